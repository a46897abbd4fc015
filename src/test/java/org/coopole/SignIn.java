package org.coopole;

import org.coopole.db.Routines;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.UUID;

/**
 * Signs a demo person in on the current thread, as the sign-in form would, without their password.
 * Goes through the application context's own security context strategy: several Spring contexts live in
 * one test JVM, and the global {@code SecurityContextHolder} belongs to whichever started last.
 */
@Component
public class SignIn {

    private final UserDetailsService people;
    private final SecurityContextHolderStrategy securityContext;
    private final DSLContext db;

    SignIn(UserDetailsService people, ObjectProvider<SecurityContextHolderStrategy> strategy, DSLContext db) {
        this.people = people;
        this.securityContext = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.db = db;
    }

    public Authentication as(String email) {
        UserDetails person = people.loadUserByUsername(email);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(person, null,
                person.getAuthorities());
        securityContext.getContext().setAuthentication(authentication);
        reenterDatabaseContext(UUID.fromString(person.getUsername()));
        return authentication;
    }

    public void out() {
        securityContext.clearContext();
        reenterDatabaseContext(null);
    }

    /**
     * In a test that runs in one transaction, the database context was set when it began (as nobody, or as the
     * person signed in before): act as the new person from here on, as a new request's transaction would.
     */
    private void reenterDatabaseContext(UUID person) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                Routines.enterContext(db.configuration(), person);
            } catch (RuntimeException aborted) {
                // the test's transaction already failed on purpose (a refused duplicate): it rolls back anyway
            }
        }
    }
}
