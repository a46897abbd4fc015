package org.coopole.e2e;

import com.icegreen.greenmail.util.GreenMail;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.TestMailServer;
import org.coopole.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.ORGANISATION;

/** Poles and their members, in real Chromium: inviting a person who then signs in; a pole's walls. */
class MembersJourneyTest extends BrowserTest {

    @Autowired
    GreenMail mail;
    @Autowired
    Owner owner;

    @Test
    void aManagerInvitesAPersonWhoChoosesAPasswordAndSignsIn() {
        String email = "zoe." + UUID.randomUUID().toString().substring(0, 6) + "@ressourcerie-val.example";
        browser.signIn(DemoPeople.MANAGER, DemoData.PASSWORD);
        browser.waitForText("Bonjour, Nadia !");
        browser.open("/my-organisation");
        browser.waitForText("Inviter une personne");
        browser.press("Inviter une personne");
        browser.fill("Prénom", "Zoé");
        browser.fill("Nom", "Petit");
        browser.fill("Adresse e-mail", "zoe@");
        browser.press("Envoyer l’invitation");
        browser.waitForText("Saisissez une adresse e-mail valide");
        browser.fill("Adresse e-mail", email);
        browser.screenshot("invite");
        browser.press("Envoyer l’invitation");
        browser.waitForText("Invitation envoyée à " + email);

        String link = TestMailServer.linkIn(TestMailServer.mailTo(mail, email, "/invitation/").orElseThrow(), "/invitation/");
        browser.clearCookies();
        browser.open(URI.create(link).getPath());
        browser.waitForText("Nadia Benali vous invite à rejoindre La Ressourcerie du Val");
        browser.fill("Nouveau mot de passe", "motdepasse123");
        browser.fill("Confirmez le nouveau mot de passe", "motdepasse123");
        browser.press("Choisir ce mot de passe");
        browser.waitForText("Trop courant ou trop facile à deviner");
        browser.fill("Nouveau mot de passe", "les vélos du marché de Die");
        browser.fill("Confirmez le nouveau mot de passe", "les vélos du marché de Die");
        browser.screenshot("invitation");
        browser.press("Choisir ce mot de passe");
        browser.waitForText("Connexion");

        browser.signIn(email, "les vélos du marché de Die");
        browser.waitForText("Bonjour, Zoé !");
        assertThat(browser.text()).contains("La Ressourcerie du Val", DemoData.VALLEE);

        browser.clearCookies();
        browser.open(URI.create(link).getPath());
        browser.waitForText("Ce lien d’invitation a déjà servi");
    }

    @Test
    void aMemberOfAnotherPoleCannotReachThisPolesPages() {
        String ressourcerie = owner.db().select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.NAME.eq("La Ressourcerie du Val")).fetchOne(ORGANISATION.ID).toString();
        browser.signIn(DemoPeople.OTHER_POLE, DemoData.PASSWORD);
        browser.waitForText("Bonjour, Lucie !");

        browser.open("/organisations/" + ressourcerie);
        browser.waitForText("Page introuvable");
        assertThat(browser.text()).doesNotContain("Nadia", "Benali", "Louis");

        browser.open("/organisations");
        browser.waitForText("Épicerie Paysanne d'Annonay");
        assertThat(browser.text()).doesNotContain("La Ressourcerie du Val");
    }

    @Test
    void theDirectoryFindsOrganisationsAndOnlyAnimatorsSeeTheAuditTrail() {
        browser.signIn(DemoPeople.ANIMATOR, DemoData.PASSWORD);
        browser.waitForText("Bonjour, Camille !");
        browser.open("/organisations");
        browser.waitForText("12 structures");
        browser.screenshot("directory");
        browser.fill("Rechercher", "menuiserie");
        browser.waitForText("Une structure");
        assertThat(browser.text()).contains("Menuiserie Durand").doesNotContain("Coop'Bâtir");

        browser.open("/pole");
        browser.waitForText("Le pôle réunit la diversité demandée par le décret de 2015");
        browser.screenshot("pole");

        browser.open("/audit");
        browser.waitForText("Journal d’audit du pôle");
        browser.screenshot("audit");

        browser.clearCookies();
        browser.signIn(DemoPeople.MANAGER, DemoData.PASSWORD);
        browser.waitForText("Bonjour, Nadia !");
        assertThat(browser.text()).doesNotContain("Journal d’audit");
        browser.open("/audit");
        browser.waitForText("Page introuvable");
    }

    @Test
    void aMemberBrowsesThePoleButFindsNoManagersOrAnimatorsPages() {
        String coopBatir = owner.db().select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.NAME.eq("Coop'Bâtir")).fetchOne(ORGANISATION.ID).toString();
        browser.signIn(DemoPeople.MEMBER, DemoData.PASSWORD);
        browser.waitForText("Bonjour, Louis !");
        assertThat(browser.text()).contains("Structures membres").doesNotContain("Ma structure", "Animation du pôle");

        browser.open("/organisations/" + coopBatir);
        browser.waitForText("Sarah Fontaine");
        assertThat(browser.text()).contains("sarah.fontaine@coopbatir.example", "référent·e de la structure");

        for (String page : new String[] {"/my-organisation", "/pole", "/audit", "/platform"}) {
            browser.open(page);
            browser.waitForText("Page introuvable");
        }
    }
}
