package org.coopole.security;

import org.coopole.common.ClientAddress;
import org.coopole.common.Email;
import org.coopole.common.Tokens;
import org.coopole.mail.MailTemplate;
import org.coopole.mail.Outbox;
import org.coopole.security.internal.PasswordResetRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Forgotten passwords: a link by email, single-use and valid for an hour. Asking for one tells nothing about
 * whether the email has an account: the visitor sees the same answer, and only an existing account gets mail.
 */
@Service
public class PasswordResetService {


    private final PasswordResetRepository resets;
    private final PasswordEncoder passwords;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    /** Ten requests per address per hour; per account, three per hour (the database counts those). */
    private final RequestsPerAddress perAddress = new RequestsPerAddress(10, Duration.ofHours(1));

    PasswordResetService(PasswordResetRepository resets, PasswordEncoder passwords, Outbox outbox,
                         ApplicationEventPublisher events) {
        this.resets = resets;
        this.passwords = passwords;
        this.outbox = outbox;
        this.events = events;
    }

    /** What the reset page needs; {@code usable} is false once used or expired. */
    public record Reset(String firstName, String lastName, String email, boolean usable) {
    }

    /** Emails a reset link if an active account has this email; does nothing visible otherwise. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void request(String email) {
        if (!Email.isValid(email)) {
            return;
        }
        String address = ClientAddress.current();
        events.publishEvent(new PasswordResetRequested(new Email(email).value(), address));
        if (!perAddress.tryAcquire(address)) {
            return; // the same answer for the visitor; the trail shows the request
        }
        String token = Tokens.newToken();
        resets.request(new Email(email).value(), Tokens.hash(token)).ifPresent(firstName ->
                outbox.send(new Email(email).value(), org.coopole.common.Language.DEFAULT, MailTemplate.PASSWORD_RESET,
                        java.util.Map.of("firstName", firstName, "link", outbox.link("reset-password/" + token))));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<Reset> lookup(String token) {
        return Tokens.isToken(token) ? resets.find(Tokens.hash(token)) : Optional.empty();
    }

    /**
     * Sets the new password; the link, and any other pending one of that person, cannot serve again.
     *
     * @throws LinkInvalid  when the link is unknown, expired or used
     * @throws WeakPassword when the password breaks the policy (the link stays usable)
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void reset(String token, String newPassword) {
        Reset reset = lookup(token).filter(Reset::usable).orElseThrow(LinkInvalid::new);
        PasswordPolicy.check(newPassword, List.of(reset.firstName(), reset.lastName(), reset.email()))
                .ifPresent(problem -> {
                    throw new WeakPassword(problem);
                });
        resets.reset(Tokens.hash(token), passwords.encode(newPassword))
                .ifPresentOrElse(person -> events.publishEvent(new AccountChanged(person, AccountChanged.Change.PASSWORD)),
                        () -> {
                            throw new LinkInvalid();
                        });
    }

    /** A reset link that is unknown, expired or already used. */
    public static class LinkInvalid extends RuntimeException {
        public LinkInvalid() {
            super("this link is unknown, expired or already used");
        }
    }
}
