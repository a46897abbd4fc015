package org.coopole;

import org.coopole.db.Routines;
import org.coopole.security.Roles;
import org.coopole.security.SignedInPerson;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.PLATFORM_ADMIN;

/**
 * Signs a demo person in on the current thread, as the sign-in form would, without their password (looked up as
 * the owner role, since nobody is signed in yet).
 * Goes through the application context's own security context strategy: several Spring contexts live in
 * one test JVM, and the global {@code SecurityContextHolder} belongs to whichever started last.
 */
@Component
public class SignIn {

    private final Owner owner;
    private final SecurityContextHolderStrategy securityContext;
    private final DSLContext db;

    SignIn(Owner owner, ObjectProvider<SecurityContextHolderStrategy> strategy, DSLContext db) {
        this.owner = owner;
        this.securityContext = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.db = db;
    }

    public Authentication as(String email) {
        var row = owner.db().select(PERSON.ID, DSL.field(DSL.exists(DSL.selectOne().from(PLATFORM_ADMIN)
                        .where(PLATFORM_ADMIN.PERSON_ID.eq(PERSON.ID)))))
                .from(PERSON).where(PERSON.EMAIL.eq(email)).fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("no person with the email " + email));
        List<String> roles = new ArrayList<>(List.of("ROLE_" + Roles.USER));
        if (Boolean.TRUE.equals(row.value2())) {
            roles.add("ROLE_" + Roles.PLATFORM_ADMIN);
        }
        var authorities = AuthorityUtils.createAuthorityList(roles);
        SignedInPerson person = new SignedInPerson(row.value1().toString(), Instant.now(), authorities);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(person, null, authorities);
        securityContext.getContext().setAuthentication(authentication);
        reenterDatabaseContext(row.value1().value());
        return authentication;
    }

    /**
     * Signs in again, on this thread, the person an earlier {@link #as(String)} returned: for the many threads of a
     * race, without a lookup (and an owner's connection) each.
     */
    public void as(Authentication signedIn) {
        securityContext.getContext().setAuthentication(signedIn);
        reenterDatabaseContext(UUID.fromString(((SignedInPerson) signedIn.getPrincipal()).getUsername()));
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
                Routines.enterContext(db.configuration(), person, null);
            } catch (RuntimeException aborted) {
                // the test's transaction already failed on purpose (a refused duplicate): it rolls back anyway
            }
        }
    }
}
