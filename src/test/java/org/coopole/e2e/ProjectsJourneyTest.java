package org.coopole.e2e;

import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.common.Language;
import org.coopole.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.RESOURCE;

/**
 * The journey: Camille, the animator, logs a project led by La Fabrique with La Ressourcerie and Coop'Bâtir
 * as partners and a budget line; Nadia, the Ressourcerie's manager, reports an outcome and writes in the journal with
 * a photo; Karim, of Coop'Bâtir, books the van for the project, and the project's page shows it under the resources
 * used; Thomas, whose organisation is outside the project, reads its sheet but not its budget nor its journal, even by
 * its address; a person of another pole finds nothing of it.
 */
class ProjectsJourneyTest extends BrowserTest {

    static final String THOMAS = "thomas.girard@energies-val.example";

    @Autowired
    Owner owner;

    @Test
    void aProjectIsLoggedReportedOnBookedForAndKeptFromOutsiders() throws Exception {
        owner.db().update(PERSON).set(PERSON.LANGUAGE, Language.FR).where(PERSON.EMAIL.in(DemoPeople.ANIMATOR,
                DemoPeople.MANAGER, DemoPeople.BROWSER_MEMBER, DemoPeople.OTHER_POLE, THOMAS)).execute();
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
        browser.select("Structure", "Coop'Bâtir");
        browser.fill("Rôle", "logistique");
        browser.press("Ajouter un partenaire");
        browser.waitForText("Coop'Bâtir · Structure membre du pôle · logistique");
        browser.fill("Libellé", "Location de la salle");
        browser.fillAny("Montant", "1250,50");
        browser.press("Ajouter une ligne de budget");
        browser.waitForText("Location de la salle");
        browser.fill("Jalon", "Premier samedi");
        browser.fillAny("Échéance", LocalDate.now().plusDays(20).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.press("Ajouter un jalon");
        browser.waitForText("Premier samedi · échéance le");
        browser.screenshot("project");

        browser.clearCookies();
        browser.signIn(DemoPeople.MANAGER, DemoData.PASSWORD);
        browser.open(address);
        browser.waitForText("Déclarer un résultat");
        browser.select("Indicateur", "Personnes touchées (nombre)");
        browser.fillAny("Valeur", "35");
        browser.fill("Note", "Premier samedi à Crest");
        browser.press("Déclarer un résultat");
        browser.waitForText("Personnes touchées · Atteint · 35");
        Path photo = Files.createTempFile("atelier", ".png");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        browser.upload(photo);
        browser.waitForPresent(org.openqa.selenium.By.cssSelector(".coopole-pending-file"));
        browser.fillAny("Ce qui s’est passé", "Trente-cinq personnes, douze objets réparés.");
        browser.press("Écrire au journal");
        browser.waitForText("Trente-cinq personnes, douze objets réparés.");
        assertThat(browser.text()).contains(photo.getFileName().toString());

        browser.clearCookies();
        browser.signIn(DemoPeople.BROWSER_MEMBER, DemoData.PASSWORD);
        var van = owner.db().select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.NAME.eq("Camion 20 m³"))
                .fetchSingle(RESOURCE.ID);
        LocalDateTime from = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(45 + (int) (Math.random() * 20))
                .atStartOfDay();
        browser.open("/resources/" + van + "?from=" + from + "&to=" + from.plusHours(12));
        browser.press("Demander");
        browser.fillAny("Objet", "Tournée du repair café");
        browser.select("Pour le projet", title);
        browser.pressInDialog("Demander");
        browser.waitForText("Demande envoyée");
        browser.open("/projects");
        browser.waitForText(title);
        browser.screenshot("projects");
        browser.open(address);
        browser.waitForText("Réservations faites pour le projet");
        assertThat(browser.text()).contains("Camion 20 m³").contains("Coop'Bâtir ·")
                .doesNotContain("Modifier le rôle"); // a member, not a manager, of a partner
        browser.script("document.getElementById('outcomes').scrollIntoView()");
        browser.screenshot("project-used");

        browser.clearCookies();
        browser.signIn(THOMAS, DemoData.PASSWORD);
        browser.open(address);
        browser.waitForText("Structure porteuse");
        // Énergies Citoyennes is not in the project: its budget and journal stay with the project's organisations
        assertThat(browser.text()).contains("Personnes touchées").contains("Camion 20 m³")
                .doesNotContain("Location de la salle").doesNotContain("Trente-cinq personnes")
                .doesNotContain("Modifier le projet").doesNotContain("Journal de bord");
        browser.open("/organisations/" + owner.db().select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.NAME.eq("Tiers-Lieu La Fabrique")).fetchSingle(ORGANISATION.ID));
        browser.waitForText(title);

        browser.clearCookies();
        browser.signIn(DemoPeople.OTHER_POLE, DemoData.PASSWORD);
        browser.open(address);
        browser.waitForText("Page introuvable");
        assertThat(browser.text()).doesNotContain(title);
    }
}
