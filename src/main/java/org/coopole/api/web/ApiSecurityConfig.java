package org.coopole.api.web;

import jakarta.servlet.http.HttpServletResponse;
import org.coopole.api.ApiTokenService;
import org.coopole.security.RequestsPerAddress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;

import java.time.Duration;

/**
 * The API and the public catalogue's page have filter chains of their own, before the screens': no session, no
 * cookie, no CSRF token (a personal token in the {@code Authorization} header is the credential), answers in JSON,
 * and at most {@code coopole.api.requests-per-minute} requests a minute per token or, without one, per address.
 * The catalogue's page may be framed by any website; nothing else of Coopole may.
 */
@Configuration
class ApiSecurityConfig {

    /** The public catalogue's page, for an {@code <iframe>} on the pole's own website. */
    @Bean
    @Order(1)
    SecurityFilterChain publicCatalogueChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/public/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/public/**").permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; script-src 'self'; "
                                + "style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; "
                                + "form-action 'none'; frame-ancestors *")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens,
                                 ObjectProvider<SecurityContextHolderStrategy> strategy,
                                 @Value("${coopole.api.requests-per-minute:120}") int perMinute) throws Exception {
        SecurityContextHolderStrategy contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        RequestsPerAddress limits = new RequestsPerAddress(perMinute, Duration.ofMinutes(1));
        return http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/me", "/api/v1/me/**").hasAuthority(ApiTokenFilter.READ)
                        .requestMatchers("/api/v1/me", "/api/v1/me/**").hasAuthority(ApiTokenFilter.WRITE)
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> { })
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                                    "a valid personal token is needed: Authorization: Bearer cpl_…");
                        })
                        .accessDeniedHandler((request, response, e) -> ApiErrors.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "forbidden", "this token's scope does not allow it")))
                .addFilterBefore(new ApiTokenFilter(tokens, contexts, limits), AuthorizationFilter.class)
                .build();
    }
}
