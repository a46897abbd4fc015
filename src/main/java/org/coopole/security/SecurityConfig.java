package org.coopole.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.coopole.security.internal.AccountRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import java.util.Map;

/**
 * Sign-in with email and password through Vaadin's login view; every view and service states who may use it.
 * Static files (our CSS and scripts) and the health probe are public.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** The path of the login view (the view itself lives in the shell). */
    static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil, ApplicationEventPublisher events,
                                            AccountRepository accounts, VaadinDefaultRequestCache requestCache,
                                            ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/themes/**", "/images/**", "/js/**", "/vendor/**", "/icons/**", "/favicon.ico").permitAll()
                // secret calendar feeds: the token in the address is the credential
                .requestMatchers("/feeds/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers(ContentSecurityPolicy.REPORT_PATH).permitAll()
                // the other management endpoints are not for anybody signed in
                .requestMatchers("/actuator", "/actuator/**").denyAll());
        // An address that is no view: signed out, the sign-in page and then home (the address is not kept to return
        // to); signed in, Coopole's own "not found" page inside the layout, not the container's bare 403 (decision 0015)
        requestCache.ignoreRequests(request -> !requestUtil.isSecuredFlowRoute(request)
                && !requestUtil.isAnonymousRoute(request));
        // nosniff, no-store caching, X-Frame-Options and HSTS over HTTPS are Spring Security's defaults
        http.headers(headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.POLICY))
                    .referrerPolicy(referrer -> referrer.policy(
                            ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", ContentSecurityPolicy.PERMISSIONS))
                    .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
            // written before the request is served: Vaadin's pages bypassed the headers written on commit
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <F extends HeaderWriterFilter> F postProcess(F filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
        });
        // Spring Security's default already renews the session id at sign-in (session fixation protection)
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Vaadin's own configuration exempts the login form's POST from CSRF protection: here only Vaadin's internal
        // requests are (they carry Vaadin's own token), so POST /login needs the _csrf token the login page holds
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest,
                PathPatternRequestMatcher.withDefaults().matcher(ContentSecurityPolicy.REPORT_PATH)));
        // a session ends once its person changed or reset their password, or was deactivated, elsewhere
        http.addFilterAfter(new SessionStillValid(accounts, strategy), SecurityContextHolderFilter.class);
        return http
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LOGIN_PATH, LOGIN_PATH + "?logout")
                        .enableCsrfConfiguration(false)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)
                        // the trail records the sign-out while the person is still known
                        .addLogoutHandler((request, response, authentication) ->
                                events.publishEvent(new SigningOut(authentication))))
                .build();
    }

    /** Refusals become events, which the audit trail records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /** Sign-in successes and failures become events too. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(SignInThrottled.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    /**
     * No traces of Spring Security's own steps: Coopole exports none, and wrapping every method-security check in an
     * observation cost a tenth of a booking's time (bench/).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Argon2id with OWASP's parameters: 19 MiB of memory, 2 iterations, 1 lane. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder();
    }
}
