package org.coopole;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Signs a demo person in on the current thread, as the sign-in form would, without their password.
 * Goes through the application context's own security context strategy: several Spring contexts live in
 * one test JVM, and the global {@code SecurityContextHolder} belongs to whichever started last.
 */
@Component
public class SignIn {

    private final UserDetailsService people;
    private final SecurityContextHolderStrategy securityContext;

    SignIn(UserDetailsService people, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.people = people;
        this.securityContext = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Authentication as(String email) {
        UserDetails person = people.loadUserByUsername(email);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(person, null,
                person.getAuthorities());
        securityContext.getContext().setAuthentication(authentication);
        return authentication;
    }

    public void out() {
        securityContext.clearContext();
    }
}
