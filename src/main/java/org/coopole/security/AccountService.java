package org.coopole.security;

import org.coopole.common.InvalidField;
import org.coopole.common.Language;
import org.coopole.common.PersonId;
import org.coopole.common.TextRules;
import org.coopole.common.PoleId;
import org.coopole.security.internal.AccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** The signed-in person's own account: what the shell shows, their language, the pole they work in. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder passwords;

    AccountService(AccountRepository accounts, CurrentUser currentUser, ApplicationEventPublisher events,
                   PasswordEncoder passwords) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.passwords = passwords;
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
    @PoleMember
    public void switchPole(PoleId poleId) {
        PersonId me = currentUser.require();
        accounts.updateCurrentPole(me, poleId);
        events.publishEvent(new AccountChanged(me, AccountChanged.Change.POLE));
    }

    /** Saves the person's own name and phone; refuses empty names, markup and oversized text, field by field. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void updateProfile(ProfileData profile) {
        validate(profile);
        PersonId me = currentUser.require();
        accounts.updateProfile(me, profile);
        events.publishEvent(new AccountChanged(me, AccountChanged.Change.PROFILE));
    }

    /**
     * Changes the person's password after checking the current one again.
     *
     * @throws WrongCurrentPassword when the current password is not right
     * @throws WeakPassword         when the new one breaks the password policy
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        PersonId me = currentUser.require();
        String current = accounts.currentPasswordSetting()
                .flatMap(setting -> PasswordCandidate.of(setting, currentPassword))
                .orElseThrow(WrongCurrentPassword::new);
        Account account = me();
        PasswordPolicy.check(newPassword, List.of(account.firstName(), account.lastName(), account.email()))
                .ifPresent(problem -> {
                    throw new WeakPassword(problem);
                });
        Instant validFrom = accounts.changePassword(current, passwords.encode(newPassword))
                .orElseThrow(WrongCurrentPassword::new);
        currentUser.sessionRenewedAt(validFrom); // this session goes on; the person's other sessions end
        events.publishEvent(new AccountChanged(me, AccountChanged.Change.PASSWORD));
    }

    static void validate(ProfileData profile) {
        requireName("firstName", profile.firstName());
        requireName("lastName", profile.lastName());
        if (!TextRules.isPhone(profile.phone())) {
            throw new InvalidField("phone", "validation.phone");
        }
    }

    private static void requireName(String field, String value) {
        TextRules.require(field, value, TextRules.NAME_MAX, true);
    }
}
