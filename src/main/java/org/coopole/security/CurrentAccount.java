package org.coopole.security;

import com.vaadin.flow.spring.annotation.UIScope;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The signed-in person and their current pole, as one browser tab sees them: read once at each navigation (by the
 * view guard, which asks first) and shared by the guard, the layout and the view, instead of each asking the
 * database again. Services check every call themselves.
 */
@Component
@UIScope
public class CurrentAccount {

    private final AccountService accounts;
    private Account account;

    CurrentAccount(AccountService accounts) {
        this.accounts = accounts;
    }

    public Account get() {
        if (account == null) {
            account = accounts.me();
        }
        return account;
    }

    public Optional<Account.PoleMembership> pole() {
        return get().currentPole();
    }

    /** Forgets what was read: the next {@link #get()} reads it again (a new navigation, a changed profile). */
    public void refresh() {
        account = null;
    }
}
