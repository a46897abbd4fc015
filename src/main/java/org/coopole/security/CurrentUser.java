package org.coopole.security;

import org.coopole.common.PersonId;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** Who is signed in, for services and views. The principal's name is the person's id. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContext;

    /** Uses the application's security context strategy (Vaadin's, which also works in UI access threads). */
    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.securityContext = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<PersonId> personId() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        String name = principal instanceof UserDetails details ? details.getUsername() : authentication.getName();
        return PersonId.parse(name);
    }

    /** The signed-in person; throws when nobody is (a service called without authentication). */
    public PersonId require() {
        return personId().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "not signed in"));
    }

    /** When the signed-in person's session began (or was renewed); empty for a principal of another kind. */
    public Optional<Instant> signedInAt() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                ? Optional.of(person.signedInAt()) : Optional.empty();
    }

    /** The current session carries on from {@code instant}: used when the person changed their own password. */
    void sessionRenewedAt(Instant instant) {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
            UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(
                    person.renewedAt(instant), null, authentication.getAuthorities());
            renewed.setDetails(authentication.getDetails());
            securityContext.getContext().setAuthentication(renewed);
        }
    }

    public boolean isPlatformAdmin() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Roles.PLATFORM_ADMIN_AUTHORITY.equals(a.getAuthority()));
    }
}
