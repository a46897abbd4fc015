package org.coopole.security;

import com.icegreen.greenmail.util.GreenMail;
import org.coopole.CoopoleTest;
import org.coopole.Owner;
import org.coopole.TestMailServer;
import org.coopole.common.Tokens;
import org.coopole.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.OffsetDateTime;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.PASSWORD_RESET;
import static org.coopole.db.Tables.PERSON;

@CoopoleTest
class PasswordResetServiceTest {

    private static final String NEW_PASSWORD = "le four à pain de la fabrique";

    @Autowired
    PasswordResetService resets;
    @Autowired
    GreenMail mail;
    @Autowired
    Owner owner;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void aForgottenPasswordIsReplacedThroughTheEmailedLinkOnce() {
        String email = "thomas.girard@energies-val.example";
        resets.request(email.toUpperCase());
        String token = token(email);
        assertThat(resets.lookup(token)).get().extracting(PasswordResetService.Reset::usable).isEqualTo(true);

        resets.reset(token, NEW_PASSWORD);

        assertThat(passwords.matches(NEW_PASSWORD, hashOf(email))).isTrue();
        assertThat(resets.lookup(token)).get().extracting(PasswordResetService.Reset::usable).isEqualTo(false);
        assertThatThrownBy(() -> resets.reset(token, "encore une autre phrase solide"))
                .isInstanceOf(PasswordResetService.LinkInvalid.class);
        resetBack(email);
    }

    @Test
    void anUnknownEmailGetsNoMailAndTheSameSilence() {
        int before = mail.getReceivedMessages().length;
        resets.request("nobody." + System.nanoTime() + "@nowhere.example");
        resets.request("not an email");
        assertThat(mail.getReceivedMessages()).hasSize(before);
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStaysUsable() {
        String email = "claire.mercier@ifr.example";
        resets.request(email);
        String token = token(email);
        assertThatThrownBy(() -> resets.reset(token, "motdepasse123")).isInstanceOf(WeakPassword.class);
        assertThat(resets.lookup(token)).get().extracting(PasswordResetService.Reset::usable).isEqualTo(true);
    }

    @Test
    void anExpiredLinkNoLongerWorks() {
        String email = "yann.legoff@labo-eco.example";
        resets.request(email);
        String token = token(email);
        owner.db().update(PASSWORD_RESET)
                .set(PASSWORD_RESET.CREATED_AT, OffsetDateTime.now().minusHours(3))
                .set(PASSWORD_RESET.EXPIRES_AT, OffsetDateTime.now().minusHours(2))
                .where(PASSWORD_RESET.TOKEN_HASH.eq(Tokens.hash(token))).execute();
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD)).isInstanceOf(PasswordResetService.LinkInvalid.class);
        assertThat(passwords.matches(DemoData.PASSWORD, hashOf(email))).isTrue();
    }

    private String token(String email) {
        String link = TestMailServer.linkIn(TestMailServer.mailTo(mail, email, "/reset-password/").orElseThrow(), "/reset-password/");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private String hashOf(String email) {
        return owner.db().select(PERSON.PASSWORD_HASH).from(PERSON).where(PERSON.EMAIL.eq(email))
                .fetchOne(PERSON.PASSWORD_HASH);
    }

    private void resetBack(String email) {
        owner.db().update(PERSON).set(PERSON.PASSWORD_HASH, passwords.encode(DemoData.PASSWORD))
                .where(PERSON.EMAIL.eq(email)).execute();
        assertThat(Arrays.asList(mail.getReceivedMessages())).isNotEmpty();
    }
}
