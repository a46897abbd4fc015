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
    void theAnimatorDefinesAPoolByAreaAndEveryStatementAddsUpToTheCent() throws java.io.IOException {
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
        // the funder report: downloaded as a PDF, opened, its pages drawn as images (the first kept for the README)
        java.nio.file.Path report = browser.download("PDF");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(report.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Rapport d’activité — " + DemoData.VALLEE, "Chiffres clés", "Qui prête à qui",
                    "Contributions volontaires en nature", "Coûts partagés");
            var renderer = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                java.awt.image.BufferedImage image = renderer.renderImageWithDPI(page, 110);
                // the last page may hold only the end of a table (the shared test database grows with every class)
                assertThat(inked(image)).as("page %d has something drawn on it", page + 1)
                        .isGreaterThan(page == pdf.getNumberOfPages() - 1 ? 0.002 : 0.01);
                if (page < 2) {
                    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
                    javax.imageio.ImageIO.write(image, "png", java.nio.file.Path.of("target/screenshots",
                            "funder-report-" + (page + 1) + ".png").toFile());
                }
            }
        }
        assertThat(java.nio.file.Files.readAllBytes(browser.download("Excel (XLSX)"))).startsWith('P', 'K');
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

    /** The share of a page's pixels that are not white. */
    private static double inked(java.awt.image.BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return inked / (image.getWidth() / 2.0 * image.getHeight() / 2.0);
    }
}
