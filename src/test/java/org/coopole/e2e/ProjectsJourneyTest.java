package org.coopole.e2e;

import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.common.Language;
import org.coopole.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.PERSON;

/**
 * Camille, the animator, logs a project led by La Fabrique and adds La Ressourcerie as a partner; Karim, a member
 * of another organisation, finds it in "Projets" and reads it without a way to edit it; a person of another pole finds
 * nothing of it, even by its address.
 */
class ProjectsJourneyTest extends BrowserTest {

    @Autowired
    Owner owner;

    @Test
    void theAnimatorLogsAProjectWithAPartnerAndTheMembersReadIt() {
        owner.db().update(PERSON).set(PERSON.LANGUAGE, Language.FR)
                .where(PERSON.EMAIL.in(DemoPeople.ANIMATOR, DemoPeople.BROWSER_MEMBER, DemoPeople.OTHER_POLE)).execute();
        String title = "Repair café itinérant " + UUID.randomUUID().toString().substring(0, 4);

        browser.signIn(DemoPeople.ANIMATOR, DemoData.PASSWORD);
        browser.open("/projects");
        browser.waitForText("Projets communs");
        browser.press("Nouveau projet");
        browser.fill("Titre", title);
        browser.fillAny("Résumé", "Un samedi par mois dans chaque commune du Val.");
        browser.fill("Thèmes", "réemploi, mobilité");
        browser.select("Structure porteuse", "Tiers-Lieu La Fabrique");
        browser.press("Créer le projet");
        browser.waitForText("Historique du statut");
        String address = browser.path();
        assertThat(address).startsWith("/projects/");
        browser.waitForText("Aucun partenaire pour l’instant.");
        browser.select("Structure", "La Ressourcerie du Val");
        browser.fill("Rôle", "opérateur");
        browser.press("Ajouter un partenaire");
        browser.waitForText("La Ressourcerie du Val · Structure membre du pôle · opérateur");
        browser.fill("Libellé", "Location de la salle");
        browser.fillAny("Montant", "1250,50");
        browser.press("Ajouter une ligne de budget");
        browser.waitForText("Location de la salle");
        browser.screenshot("project");

        browser.clearCookies();
        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        browser.open("/projects");
        browser.waitForText(title);
        browser.screenshot("projects");
        browser.follow(title);
        browser.waitForText("Structure porteuse");
        // Coop'Bâtir is not in the project: its budget stays with the project's organisations
        assertThat(browser.text()).contains("Tiers-Lieu La Fabrique").doesNotContain("Modifier le projet")
                .doesNotContain("Location de la salle").doesNotContain("Budget");
        // the lead's page lists it among its joint projects
        browser.open("/organisations/" + owner.db().select(org.coopole.db.Tables.ORGANISATION.ID)
                .from(org.coopole.db.Tables.ORGANISATION)
                .where(org.coopole.db.Tables.ORGANISATION.NAME.eq("Tiers-Lieu La Fabrique"))
                .fetchSingle(org.coopole.db.Tables.ORGANISATION.ID));
        browser.waitForText(title);

        browser.clearCookies();
        browser.signIn(DemoPeople.OTHER_POLE, DemoData.PASSWORD);
        browser.open(address);
        browser.waitForText("Page introuvable");
        assertThat(browser.text()).doesNotContain(title);
    }
}
