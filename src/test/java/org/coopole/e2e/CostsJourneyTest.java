package org.coopole.e2e;

import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.common.Language;
import org.coopole.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.PERSON;

/**
 * Camille, the animator, reads the demo year's cost pools shared out to the cent, defines an insurance shared by m²
 * whose amount does not divide evenly and sees it shared out exactly, and is told when fixed percentages do not total
 * 100 %, what she typed kept, and reads the pole's indicators with their charts; Nadia, a manager, reads her own
 * organisation's statement and in-kind valuation only.
 */
class CostsJourneyTest extends BrowserTest {

    @Autowired
    Owner owner;

    @Test
    void theAnimatorDefinesAPoolByAreaAndEveryStatementAddsUpToTheCent() {
        owner.db().update(PERSON).set(PERSON.LANGUAGE, Language.FR)
                .where(PERSON.EMAIL.in(DemoPeople.ANIMATOR, DemoPeople.MANAGER)).execute();
        NumberFormat euros = NumberFormat.getCurrencyInstance(Locale.FRENCH);
        euros.setCurrency(Currency.getInstance("EUR"));

        browser.signIn(DemoPeople.ANIMATOR, DemoData.PASSWORD);
        browser.open("/costs");
        browser.waitForText("Relevés de toutes les structures");
        browser.waitForText("« Loyer du plateau partagé » : " + euros.format(new BigDecimal("18000.00")) + " réparti sur "
                + euros.format(new BigDecimal("18000.00")));
        browser.press("Nouvelle clé du pôle");
        browser.fill("Nom", "Assurance des locaux");
        browser.fillAny("Montant", "1000,01");
        browser.fillAny("m² occupés", "100");
        browser.selectMany("Structures qui partagent", "Tiers-Lieu La Fabrique");
        browser.selectMany("Structures qui partagent", "Coop'Bâtir");
        browser.selectMany("Structures qui partagent", "Atelier Vélo Solidaire");
        browser.fillNamed("m² occupés par Tiers-Lieu La Fabrique", "10");
        browser.fillNamed("m² occupés par Coop'Bâtir", "20");
        browser.fillNamed("m² occupés par Atelier Vélo Solidaire", "30,33");
        browser.pressInDialog("Enregistrer la clé");
        String thousand = euros.format(new BigDecimal("1000.01"));
        browser.waitForText("« Assurance des locaux » : " + thousand + " réparti sur " + thousand);
        browser.screenshot("costs");

        browser.press("Nouvelle clé du pôle");
        browser.fill("Nom", "Ménage");
        browser.fillAny("Montant", "2400");
        browser.fillAny("Pourcentages fixes", "100");
        browser.selectMany("Structures qui partagent", "Tiers-Lieu La Fabrique");
        browser.selectMany("Structures qui partagent", "Coop'Bâtir");
        browser.fillNamed("Pourcentage fixe de Tiers-Lieu La Fabrique", "60");
        browser.fillNamed("Pourcentage fixe de Coop'Bâtir", "39,9");
        browser.pressInDialog("Enregistrer la clé");
        browser.waitForText("Les pourcentages fixes doivent faire 100 % ensemble ; ils font 99,9 %.");
        assertThat(browser.valueOf("Nom")).isEqualTo("Ménage");
        browser.pressInDialog("Annuler");

        // the pole's indicators: charts drawn by Apache ECharts beside their tables, each with its method
        browser.open("/indicators");
        browser.waitForText("Qui prête à qui");
        browser.waitForPresent(org.openqa.selenium.By.cssSelector("coopole-chart svg"));
        assertThat(browser.text()).contains("La Ressourcerie du Val (prête)").contains("Atelier Vélo Solidaire")
                .contains("Heures réservées (confirmées, coupées aux bornes de la période)");
        browser.screenshot("indicators");
        // frozen as a dated report, listed, and read again from its own address
        browser.press("Figer ces indicateurs");
        browser.waitForText("Rapport figé « Indicateurs du");
        assertThat(browser.path()).startsWith("/indicators");
        assertThat(browser.text()).contains("ses chiffres ne changent plus").contains("figé le");

        browser.clearCookies();
        browser.signIn(DemoPeople.MANAGER, DemoData.PASSWORD);
        browser.open("/costs");
        browser.waitForText("Loyer du plateau partagé");
        assertThat(browser.text()).contains("La Ressourcerie du Val").doesNotContain("Relevés de toutes les structures")
                .doesNotContain("Assurance des locaux").contains("Valorisation en nature")
                .contains("Règles de valorisation de nos ressources");
        browser.screenshot("costs-statement");
    }
}
