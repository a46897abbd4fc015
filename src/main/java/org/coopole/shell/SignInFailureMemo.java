package org.coopole.shell;

import jakarta.servlet.http.HttpSession;
import org.coopole.common.DatabaseUnavailable;
import org.coopole.security.SignInThrottled;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every failed sign-in lands on the same {@code /login?error}; this remembers in the browser's session whether
 * the attempt was refused for too many failures, or because the database was away, so that the login view can say
 * "wait a few minutes" or "Coopole is briefly unavailable" instead.
 */
@Component
class SignInFailureMemo {

    static final String THROTTLED = SignInFailureMemo.class.getName() + ".throttled";
    static final String UNAVAILABLE = SignInFailureMemo.class.getName() + ".unavailable";

    @EventListener
    void remember(AbstractAuthenticationFailureEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(true);
            session.setAttribute(THROTTLED, event.getException() instanceof SignInThrottled);
            session.setAttribute(UNAVAILABLE, DatabaseUnavailable.isCause(event.getException()));
        }
    }
}
