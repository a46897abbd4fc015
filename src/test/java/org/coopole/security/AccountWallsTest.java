package org.coopole.security;

import jakarta.servlet.http.HttpSession;
import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.audit.AuditAction;
import org.coopole.mail.Mailer;
import org.coopole.security.internal.AccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.AUDIT_EVENT;
import static org.coopole.db.Tables.PERSON;

/** Accounts and sessions, tried as an attacker would over HTTP. */
@CoopoleTest
class AccountWallsTest {

    @LocalServerPort
    int port;
    @Autowired
    Mailer mailer;
    @Autowired
    Owner owner;
    @Autowired
    AccountRepository accounts;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategy;

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private String csrfToken(HttpClient client) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the login page carries a CSRF token").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> postLogin(HttpClient client, String email, String password, String token,
                                           String forwardedFor) throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (token == null ? "" : "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/", "/feeds/unknown.ics", "/actuator/health"}) {
            HttpResponse<String> response = browser().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue(ContentSecurityPolicy.POLICY);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValue(ContentSecurityPolicy.PERMISSIONS);
            assertThat(headers.firstValue("Cache-Control").orElse("")).as(path).contains("no-store");
            assertThat(headers.firstValue("Strict-Transport-Security")).as("only over HTTPS").isEmpty();
        }
    }

    @Test
    void signingInWithoutTheLoginPagesCsrfTokenIsRefused() throws Exception {
        HttpClient client = browser();
        csrfToken(client);
        HttpResponse<String> withoutToken = postLogin(client, DemoPeople.MANAGER, org.coopole.demo.DemoData.PASSWORD,
                null, null);
        assertThat(withoutToken.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
        HttpResponse<String> withToken = postLogin(client, DemoPeople.MANAGER, org.coopole.demo.DemoData.PASSWORD,
                csrfToken(client), null);
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(withToken.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
    }

    @Test
    void aForgedForwardedForChangesNeitherTheThrottledAddressNorTheAuditedOne() throws Exception {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        HttpClient client = browser();
        postLogin(client, DemoPeople.MEMBER, "pas le bon mot de passe", csrfToken(client), "203.0.113.9");
        var addresses = owner.db().select(AUDIT_EVENT.ADDRESS).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq(AuditAction.SIGN_IN_FAILED),
                        AUDIT_EVENT.TARGET.eq(DemoPeople.MEMBER), AUDIT_EVENT.OCCURRED_AT.gt(before))
                .fetch(AUDIT_EVENT.ADDRESS);
        assertThat(addresses).isNotEmpty().doesNotContain("203.0.113.9")
                .allSatisfy(a -> assertThat(a).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
    }

    @Test
    void anEmailedLinkNeverTakesAVisitorsHost() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/forgot-password");
        request.setServerName("attacker.example");
        request.setServerPort(80);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        assertThat(mailer.link("reset-password/abc")).startsWith("http://localhost:")
                .doesNotContain("attacker.example");

        request.setServerName("localhost");
        request.setServerPort(8443);
        request.setScheme("https");
        assertThat(mailer.link("reset-password/abc")).isEqualTo("https://localhost:8443/reset-password/abc");
    }

    @Test
    void aSessionEndsOnceItsPersonsPasswordChangedElsewhere() throws Exception {
        var person = owner.db().select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(DemoPeople.BROWSER_MEMBER))
                .fetchOne(PERSON.ID);
        SecurityContextHolderStrategy context = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SessionStillValid filter = new SessionStillValid(accounts, strategy);
        Instant signedIn = Instant.now().minusSeconds(60);

        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        HttpSession session = request.getSession(true);
        var authorities = AuthorityUtils.createAuthorityList("ROLE_USER");
        context.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedInPerson(person.toString(), signedIn, authorities), null, authorities));
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(context.getContext().getAuthentication()).as("a valid session goes on").isNotNull();

        var previous = owner.db().select(PERSON.SESSIONS_VALID_FROM).from(PERSON).where(PERSON.ID.eq(person))
                .fetchOne(PERSON.SESSIONS_VALID_FROM);
        // what change_password and reset_password do (and a deactivation, through its trigger)
        owner.db().update(PERSON).set(PERSON.SESSIONS_VALID_FROM, OffsetDateTime.now()).where(PERSON.ID.eq(person))
                .execute();
        try {
            MockHttpServletRequest next = new MockHttpServletRequest("GET", "/");
            HttpSession fresh = next.getSession(true);
            context.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    new SignedInPerson(person.toString(), signedIn, authorities), null, authorities));
            filter.doFilter(next, new MockHttpServletResponse(), new MockFilterChain());
            assertThat(context.getContext().getAuthentication()).as("signed out").isNull();
            assertThat(next.getSession(false)).as("the session is over").isNull();
            assertThat(((org.springframework.mock.web.MockHttpSession) fresh).isInvalid()).isTrue();
        } finally {
            owner.db().update(PERSON).set(PERSON.SESSIONS_VALID_FROM, previous).where(PERSON.ID.eq(person)).execute();
            context.clearContext();
        }
        assertThat(session.getId()).isNotEmpty();
    }

    @Test
    void deactivatingAPersonEndsTheirSessions() {
        var person = owner.db().select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(DemoPeople.BROWSER_MEMBER))
                .fetchOne(PERSON.ID);
        Instant signedIn = Instant.now().minusSeconds(5);
        assertThat(accounts.sessionStillValid(person, signedIn)).isTrue();
        var previous = owner.db().select(PERSON.SESSIONS_VALID_FROM).from(PERSON).where(PERSON.ID.eq(person))
                .fetchOne(PERSON.SESSIONS_VALID_FROM);
        owner.db().update(PERSON).set(PERSON.ACTIVE, false).where(PERSON.ID.eq(person)).execute();
        try {
            assertThat(accounts.sessionStillValid(person, signedIn)).isFalse();
            owner.db().update(PERSON).set(PERSON.ACTIVE, true).where(PERSON.ID.eq(person)).execute();
            assertThat(accounts.sessionStillValid(person, signedIn)).as("a session from before the deactivation")
                    .isFalse();
        } finally {
            owner.db().update(PERSON).set(PERSON.ACTIVE, true).set(PERSON.SESSIONS_VALID_FROM, previous)
                    .where(PERSON.ID.eq(person)).execute();
        }
    }
}
