package org.coopole;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Signs a demo person in on the current thread, as the sign-in form would, without their password. */
@Component
public class SignIn {

    private final UserDetailsService people;

    SignIn(UserDetailsService people) {
        this.people = people;
    }

    public Authentication as(String email) {
        UserDetails person = people.loadUserByUsername(email);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(person, null,
                person.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
