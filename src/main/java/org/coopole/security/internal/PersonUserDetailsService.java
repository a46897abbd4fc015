package org.coopole.security.internal;

import org.coopole.common.Email;
import org.coopole.security.Roles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Looks a person up by the email they sign in with. The principal's name is the person's id, so that a
 * changed email never detaches a session from its person. Unknown emails, people without a password yet
 * and wrong passwords all end in the same "bad credentials" answer (Spring Security hides which one, and
 * checks a dummy hash for unknown emails so that timing does not tell either).
 */
@Service
class PersonUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    PersonUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!Email.isValid(username)) {
            throw new UsernameNotFoundException("unknown");
        }
        AccountRepository.Credentials credentials = accounts.findCredentials(new Email(username).value())
                .filter(c -> c.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        List<String> roles = new ArrayList<>(List.of(Roles.USER));
        if (credentials.platformAdmin()) {
            roles.add(Roles.PLATFORM_ADMIN);
        }
        return User.withUsername(credentials.id().toString())
                .password(credentials.passwordHash())
                .disabled(!credentials.active())
                .roles(roles.toArray(String[]::new))
                .build();
    }
}
