package org.coopole.security;

import org.coopole.common.PoleId;
import org.coopole.security.internal.AccountRepository;
import org.coopole.security.internal.DatabaseContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.Set;

/**
 * The policy that says who may act in a pole, used by services through the rules named once as annotations:
 * {@link PoleMember}, {@link OrganisationManager}, {@link PoleAnimator}. It asks the database each time, so a role
 * taken away takes effect at once — or, for membership, reads the answer the database already gave when the
 * transaction began: {@code enter_context} chose, for this person, a pole they hold a role in.
 */
@Component("poleAccess")
public class PoleAccess {

    private final AccountRepository accounts;
    private final CurrentUser currentUser;

    PoleAccess(AccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in person holds any role in the pole. */
    @Transactional(readOnly = true)
    public boolean isMember(PoleId poleId) {
        // the pole enter_context chose for this person in this transaction is one they hold a role in
        return poleId != null && currentUser.personId()
                .map(person -> DatabaseContext.isIn(person, poleId) || !accounts.rolesIn(person, poleId).isEmpty())
                .orElse(false);
    }

    /** Whether the signed-in person holds at least one of the given roles in the pole. */
    @Transactional(readOnly = true)
    public boolean hasAnyRole(PoleId poleId, PoleRole... roles) {
        if (poleId == null) {
            return false;
        }
        Set<PoleRole> wanted = Set.copyOf(Arrays.asList(roles));
        return currentUser.personId()
                .map(person -> accounts.rolesIn(person, poleId).stream().anyMatch(wanted::contains))
                .orElse(false);
    }
}
