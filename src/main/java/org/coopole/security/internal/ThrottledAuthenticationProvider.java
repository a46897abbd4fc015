package org.coopole.security.internal;

import org.coopole.common.Email;
import org.coopole.security.PasswordCandidate;
import org.coopole.security.Roles;
import org.coopole.security.SignInThrottle;
import org.coopole.security.SignInThrottled;
import org.coopole.security.SignedInPerson;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Email and password sign-in, refused outright while the account or the address is throttled. The database gives
 * the password's Argon2id parameters and salt (the same kind of answer for an unknown email, so that neither the
 * answer nor the time taken tells whether an account exists), Coopole hashes what was typed with them, and the
 * database compares: the stored hash never leaves it.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AccountRepository accounts;
    private final SignInThrottle throttle;
    private final TransactionTemplate transaction;

    ThrottledAuthenticationProvider(AccountRepository accounts, SignInThrottle throttle,
                                    TransactionTemplate transaction) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.transaction = transaction;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (throttle.isThrottled(email, address)) {
            throw new SignInThrottled();
        }
        try {
            Authentication authenticated = check(email, attempt);
            throttle.recordSuccess(email);
            return authenticated;
        } catch (BadCredentialsException failure) {
            throttle.recordFailure(email, address);
            throw failure;
        }
    }

    private Authentication check(String email, Authentication attempt) {
        Object typed = attempt.getCredentials();
        if (!Email.isValid(email) || !(typed instanceof String password) || password.isEmpty()) {
            throw new BadCredentialsException("Bad credentials");
        }
        String normalised = new Email(email).value();
        AccountRepository.SignedIn signedIn;
        try {
            String setting = transaction.execute(status -> accounts.signInSetting(normalised));
            String candidate = PasswordCandidate.of(setting, password)
                    .orElseThrow(() -> new BadCredentialsException("Bad credentials"));
            signedIn = transaction.execute(status -> accounts.signIn(normalised, candidate).orElse(null));
        } catch (AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InternalAuthenticationServiceException("Could not check the password", e);
        }
        if (signedIn == null) {
            throw new BadCredentialsException("Bad credentials");
        }
        List<String> roles = new ArrayList<>(List.of(Roles.USER));
        if (signedIn.platformAdmin()) {
            roles.add(Roles.PLATFORM_ADMIN);
        }
        var authorities = AuthorityUtils.createAuthorityList(roles.stream().map(r -> "ROLE_" + r).toList());
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                new SignedInPerson(signedIn.id().toString(), signedIn.at(), authorities), null, authorities);
        result.setDetails(attempt.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
