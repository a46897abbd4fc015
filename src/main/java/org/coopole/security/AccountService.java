package org.coopole.security;

import org.coopole.common.Language;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.security.internal.AccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own account: what the shell shows, their language, the pole they work in. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AccountService(AccountRepository accounts, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Account me() {
        return accounts.findAccount(currentUser.require())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no such person"));
    }

    /** Remembers the language the person reads Coopole in. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeLanguage(Language language) {
        PersonId me = currentUser.require();
        accounts.updateLanguage(me, language);
        events.publishEvent(new AccountChanged(me, AccountChanged.Change.LANGUAGE));
    }

    /** Makes a pole the person is a member of their current one, remembered for the next sign-in. */
    @Transactional
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public void switchPole(PoleId poleId) {
        PersonId me = currentUser.require();
        accounts.updateCurrentPole(me, poleId);
        events.publishEvent(new AccountChanged(me, AccountChanged.Change.POLE));
    }
}
