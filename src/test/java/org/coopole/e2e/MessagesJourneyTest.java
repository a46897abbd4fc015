package org.coopole.e2e;

import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.common.Language;
import org.coopole.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;

/**
 * Two people of two organisations: one writes to the other from the other's organisation page; the other finds the
 * conversation with its unread count, reads it and answers; a third person of the pole finds nothing of it.
 */
class MessagesJourneyTest extends BrowserTest {

    @Autowired
    Owner owner;

    @Test
    void aManagerWritesToAMemberOfAnotherOrganisationWhoReadsAndAnswers() throws java.io.IOException {
        owner.db().update(PERSON).set(PERSON.LANGUAGE, Language.FR)
                .where(PERSON.EMAIL.in(DemoPeople.MANAGER, DemoPeople.BROWSER_MEMBER)).execute();
        var coopBatir = owner.db().select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.NAME.eq("Coop'Bâtir")).fetchSingle(ORGANISATION.ID);
        // a long link pasted first: its notification quotes it, and must wrap, not scroll sideways
        String words = "https://coopole.example/documents/ProgrammeDeLaJourneeDeCooperationTerritoriale2026.pdf"
                + " Bonjour Karim, la bétonnière est libre jeudi " + System.nanoTime() % 1000 + ".";

        browser.signIn(DemoPeople.MANAGER, DemoData.PASSWORD);
        browser.open("/organisations/" + coopBatir);
        browser.pressLabelled("Écrire à Karim Haddad");
        browser.waitForText("Avec Karim Haddad");
        browser.fillAny("Votre message", words);
        // with a file: a PDF whatever it is called
        java.nio.file.Path pdf = java.nio.file.Files.createTempDirectory("coopole-upload").resolve("programme.pdf");
        java.nio.file.Files.write(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes());
        browser.upload(pdf);
        // the file is kept for the message once the server has checked it
        browser.waitForPresent(org.openqa.selenium.By.cssSelector(".coopole-pending-file"));
        browser.press("Envoyer");
        browser.waitForText(words);
        browser.waitForText("programme.pdf (1 Ko)");
        String address = browser.path();

        browser.clearCookies();
        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.open("/messages");
        browser.waitForText(words);
        // the unread count, said to screen readers too (other tests may have written to Karim before)
        assertThat(browser.text()).containsPattern(", \\d+ messages? non lus?");
        browser.pressLabelled("Notifications");
        browser.waitForText("Nadia Benali vous a écrit : « https://coopole.example/documents/Programme");
        assertThat(browser.script("const list = document.querySelector('.coopole-notification-list');"
                + " return list.scrollWidth - list.clientWidth;")).as("sideways overflow of the bell's list, px")
                .isEqualTo(0L);
        browser.keys(org.openqa.selenium.Keys.ESCAPE);
        browser.followContaining("Nadia Benali");
        browser.waitForText("Avec Nadia Benali");
        browser.waitForText("programme.pdf (1 Ko)");
        browser.fillAny("Votre message", "Merci Nadia, je la prends jeudi matin.");
        browser.press("Envoyer");
        browser.waitForText("Merci Nadia, je la prends jeudi matin.");
        browser.screenshot("messages");

        // a third person of the pole, even with the address, finds nothing
        browser.clearCookies();
        browser.signIn(DemoPeople.MEMBER, DemoData.PASSWORD);
        browser.open(address);
        browser.waitForText("Page introuvable");
        assertThat(browser.text()).doesNotContain(words);
    }
}
