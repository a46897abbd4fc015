package org.coopole.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coopole.api.ApiScope;
import org.coopole.api.ApiTokenService;
import org.coopole.api.TokenHolder;
import org.coopole.common.Tokens;
import org.coopole.security.RequestsPerAddress;
import org.coopole.security.Roles;
import org.coopole.security.SignedInPerson;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signs the API's caller in for one request from their personal token ({@code Authorization: Bearer cpl_…}), with
 * the token's scope as authorities; refuses a token that is unknown, revoked or whose person was deactivated; and
 * counts each request against the limit of its token (or, without one, of its address).
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    static final String READ = "SCOPE_READ";
    static final String WRITE = "SCOPE_WRITE";
    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy contexts;
    private final RequestsPerAddress limits;

    ApiTokenFilter(ApiTokenService tokens, SecurityContextHolderStrategy contexts, RequestsPerAddress limits) {
        this.tokens = tokens;
        this.contexts = contexts;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String secret = header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()).strip() : null;
        // a token's requests count as its own, whoever sends them; without one, the address's
        String key = secret != null ? "token:" + Tokens.hash(secret) : "address:" + request.getRemoteAddr();
        if (!limits.tryAcquire(key)) {
            response.setHeader("Retry-After", "60");
            ApiErrors.write(response, 429, "too-many-requests", "too many requests: wait a minute");
            return;
        }
        if (secret == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenHolder> holder = tokens.holder(secret);
        if (holder.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid-token",
                    "this token is unknown or was revoked");
            return;
        }
        List<String> authorities = new ArrayList<>(List.of("ROLE_" + Roles.USER, READ));
        if (holder.get().scope() == ApiScope.READ_WRITE) {
            authorities.add(WRITE);
        }
        var granted = AuthorityUtils.createAuthorityList(authorities);
        SignedInPerson person = new SignedInPerson(holder.get().person().value().toString(), Instant.now(), granted);
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, granted));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
