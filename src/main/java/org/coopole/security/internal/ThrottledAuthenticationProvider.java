package org.coopole.security.internal;

import org.coopole.security.SignInThrottle;
import org.coopole.security.SignInThrottled;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Email and password sign-in, refused outright while the account or the address is throttled. */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService people, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(people);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (throttle.isThrottled(email, address)) {
            throw new SignInThrottled();
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            throttle.recordSuccess(email);
            return authenticated;
        } catch (AuthenticationException failure) {
            throttle.recordFailure(email, address);
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
