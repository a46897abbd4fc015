package org.coopole.security.internal;

import org.coopole.common.PersonId;
import org.coopole.db.Routines;
import org.coopole.security.PasswordResetService;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

import static org.coopole.db.Tables.PASSWORD_RESET_BY_TOKEN;

/** Password resets, all through SECURITY DEFINER functions: nobody is signed in when they are used. */
@Repository
public class PasswordResetRepository {

    private final DSLContext db;

    PasswordResetRepository(DSLContext db) {
        this.db = db;
    }

    /** The first name of the active account with that email, after storing the reset; empty for no account. */
    @Transactional(propagation = Propagation.MANDATORY)
    /**
     * Stores a link valid one hour (the database sets it) unless the account asked three times in the last hour;
     * the account's earlier links stop working. The person's first name, or empty when nothing is to be sent.
     */
    public Optional<String> request(String email, String tokenHash) {
        return Optional.ofNullable(Routines.requestPasswordReset(db.configuration(), email, tokenHash));
    }

    public Optional<PasswordResetService.Reset> find(String tokenHash) {
        return db.selectFrom(PASSWORD_RESET_BY_TOKEN.call(tokenHash))
                .fetchOptional(r -> new PasswordResetService.Reset(r.getFirstName(), r.getLastName(), r.getEmail(),
                        !r.getExpired() && !r.getUsed()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PersonId> reset(String tokenHash, String passwordHash) {
        return Optional.ofNullable(Routines.resetPassword(db.configuration(), tokenHash, passwordHash))
                .map(PersonId::new);
    }
}
