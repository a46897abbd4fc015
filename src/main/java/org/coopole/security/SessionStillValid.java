package org.coopole.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.coopole.common.DatabaseUnavailable;
import org.coopole.common.PersonId;
import org.coopole.security.internal.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * Ends a session whose person changed or reset their password, or was deactivated, after it began — on whichever
 * node it lives. The database is asked at most every few seconds per session; the next request of an ended session
 * is anonymous, so Vaadin sends it to the sign-in page. Built by {@link SecurityConfig} for its filter chain only
 * (a filter bean would also run outside it, before the security context is there).
 */
final class SessionStillValid extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStillValid.class);
    static final Duration RECHECK = Duration.ofSeconds(5);
    private static final String CHECKED_AT = SessionStillValid.class.getName() + ".checkedAt";

    private final AccountRepository accounts;
    private final SecurityContextHolderStrategy securityContext;

    SessionStillValid(AccountRepository accounts, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.accounts = accounts;
        this.securityContext = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = securityContext.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                && due(session)) {
            boolean valid;
            try {
                valid = PersonId.parse(person.getUsername())
                        .map(id -> accounts.sessionStillValid(id, person.signedInAt())).orElse(false);
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.isCause(e)) {
                    throw e;
                }
                valid = true; // the database is away: the screens say so; the check runs again when it is back
                session.removeAttribute(CHECKED_AT);
            }
            if (!valid) {
                log.info("Ending a session of person {}: password changed or reset, or deactivated, since it began",
                        person.getUsername());
                securityContext.clearContext();
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean due(HttpSession session) {
        long now = System.currentTimeMillis();
        Object last = session.getAttribute(CHECKED_AT);
        if (last instanceof Long checked && now - checked >= 0 && now - checked < RECHECK.toMillis()) {
            return false;
        }
        session.setAttribute(CHECKED_AT, now);
        return true;
    }
}
