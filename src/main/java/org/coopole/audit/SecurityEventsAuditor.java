package org.coopole.audit;

import org.coopole.security.AccountChanged;
import org.coopole.security.PasswordResetRequested;
import org.coopole.security.SignInThrottled;
import org.coopole.security.SigningOut;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Turns sign-ins, sign-outs, refusals and account changes into audit events. */
@Component
class SecurityEventsAuditor {

    private final AuditTrail trail;

    SecurityEventsAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    /** After the sign-in form's success: the security context holds the person, so the database knows who acts. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        trail.record(AuditAction.SIGN_IN, null, null, address(event.getAuthentication()));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        AuditAction action = event.getException() instanceof SignInThrottled
                ? AuditAction.SIGN_IN_THROTTLED : AuditAction.SIGN_IN_FAILED;
        trail.record(action, event.getAuthentication().getName(), null, address(event.getAuthentication()));
    }

    /** Published by the sign-out handler before the security context is cleared, while the person is still known. */
    @EventListener
    void signingOut(SigningOut event) {
        Authentication authentication = event.authentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            trail.record(AuditAction.SIGN_OUT, null, null, address(authentication));
        }
    }

    /** A signed-in person was refused something (anonymous visitors sent to the sign-in page are not). */
    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return;
        }
        trail.record(AuditAction.REFUSED, describe(event.getSource()), arguments(event.getSource()),
                address(authentication));
    }

    @EventListener
    void passwordResetRequested(PasswordResetRequested event) {
        trail.record(AuditAction.PASSWORD_RESET_REQUESTED, event.email(), null, event.address());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void accountChanged(AccountChanged event) {
        if (SecurityContextHolder.getContext().getAuthentication() == null
                || SecurityContextHolder.getContext().getAuthentication() instanceof AnonymousAuthenticationToken) {
            // a password chosen through an emailed link: nobody is signed in, and the trail records only what a
            // signed-in person did, or what happens before signing in
            return;
        }
        AuditAction action = switch (event.change()) {
            case LANGUAGE -> AuditAction.LANGUAGE_CHANGED;
            case POLE -> AuditAction.POLE_SWITCHED;
            case PROFILE -> AuditAction.PROFILE_UPDATED;
            case PASSWORD -> AuditAction.PASSWORD_CHANGED;
        };
        trail.record(action, null, null, null);
    }

    /** The refused call's arguments (the ids it named), kept as the entry's detail. */
    private static String arguments(Object source) {
        return source instanceof org.aopalliance.intercept.MethodInvocation invocation
                ? String.join(", ", java.util.Arrays.stream(invocation.getArguments()).map(String::valueOf).toList())
                : null;
    }

    private static String address(Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
    }

    /**
     * "PoleService.profile" for a refused service call (the trail's screen says it in words), the request line for a
     * refused page.
     */
    private static String describe(Object source) {
        if (source instanceof org.aopalliance.intercept.MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        }
        if (source instanceof jakarta.servlet.http.HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return String.valueOf(source);
    }
}
