package org.coopole.indicators;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.PdfText;
import org.coopole.SignIn;
import org.coopole.common.PoleId;
import org.coopole.common.report.ExportFormat;
import org.coopole.security.AccountService;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The funder report of the demo year: a PDF in French and in English with every indicators' section, its charts'
 * titles and its methods; a workbook whose figures are numbers equal to the indicators'; a frozen report's figures
 * as they were; for the pole's animators only.
 */
@CoopoleTest
class FunderReportServiceTest {

    @Autowired
    FunderReportService reports;
    @Autowired
    IndicatorService indicators;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;

    PoleId vallee;
    LocalDate from;
    LocalDate to;

    @BeforeEach
    void pole() {
        signIn.as(DemoPeople.ANIMATOR);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        to = LocalDate.now(ZoneId.of("Europe/Paris"));
        from = to.minusYears(1);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void thePdfHasEverySectionWithItsChartsTablesAndMethodsInTheReadersLanguage() {
        PdfText french = PdfText.of(reports.report(vallee, from, to, Locale.FRENCH, ExportFormat.PDF));
        assertThat(french.pages()).isGreaterThanOrEqualTo(4);
        assertThat(french.text()).contains("Rapport d’activité", "Chiffres clés", "Structures membres par forme juridique",
                "26400 Crest", "Taux d’utilisation", "Qui prête à qui", "Heures prêtées aux autres structures",
                "La Ressourcerie du Val", "Projets communs", "Contributions volontaires en nature",
                "Mise à disposition gratuite de locaux et de matériel", "Coûts partagés", "Loyer du plateau partagé",
                "Heures réservées (confirmées, coupées aux bornes de la période)",
                "Mixité demandée par le décret de 2015 : entreprises de l’ESS oui ; autres entreprises oui");
        PdfText english = PdfText.of(reports.report(vallee, from, to, Locale.ENGLISH, ExportFormat.PDF));
        assertThat(english.text()).contains("Activity report", "Key figures", "Who lent to whom", "Costs shared",
                "Voluntary contributions in kind").doesNotContain("Chiffres clés");
    }

    @Test
    void theWorkbookHoldsTheIndicatorsFiguresAsNumbers() throws IOException {
        Indicators found = indicators.indicators(vallee, from, to);
        byte[] xlsx = reports.report(vallee, from, to, Locale.FRENCH, ExportFormat.XLSX);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertThat(sheets).contains("Chiffres clés", "Structures membres", "Qui prête à qui", "Coûts partagés",
                    "Contributions volontaires en");
            Sheet key = workbook.findSheet("Chiffres clés").orElseThrow();
            List<Row> rows = key.read();
            assertThat(number(rows, "Réservations confirmées")).isEqualByComparingTo(BigDecimal.valueOf(
                    found.bookings().confirmed()));
            assertThat(number(rows, "Contributions en nature")).isEqualByComparingTo(BigDecimal.valueOf(
                    found.inKindCents(), 2));
            assertThat(number(rows, "Coûts partagés")).isEqualByComparingTo(BigDecimal.valueOf(
                    found.sharedCostCents(), 2));
            List<Row> lent = workbook.findSheet("Qui prête à qui").orElseThrow().read();
            assertThat(lent).anySatisfy(row -> assertThat(row.getCellText(0)).isEqualTo("La Ressourcerie du Val"));
        }
    }

    @Test
    void aFrozenReportsFileKeepsItsFigures() {
        UUID id = indicators.freeze(vallee, from, to, "Comité de suivi du semestre");
        PdfText frozen = PdfText.of(reports.snapshotReport(vallee, id, Locale.FRENCH, ExportFormat.PDF).orElseThrow());
        assertThat(frozen.text()).contains("Comité de suivi du semestre", "Chiffres clés");
        assertThat(reports.snapshotReport(vallee, UUID.randomUUID(), Locale.FRENCH, ExportFormat.PDF)).isEmpty();
        assertThatThrownBy(() -> reports.report(vallee, from, to, Locale.FRENCH, ExportFormat.CSV))
                .isInstanceOf(IllegalArgumentException.class);

        signIn.as(DemoPeople.MANAGER);
        assertThatThrownBy(() -> reports.report(vallee, from, to, Locale.FRENCH, ExportFormat.PDF))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoPeople.OTHER_POLE);
        PoleId ardeche = accounts.me().currentPole().orElseThrow().poleId();
        assertThat(reports.snapshotReport(ardeche, id, Locale.FRENCH, ExportFormat.PDF)).isEmpty();
    }

    private static BigDecimal number(List<Row> rows, String label) {
        return rows.stream().filter(r -> r.getCellCount() > 1 && label.equals(r.getCellText(0))
                        && r.getCell(1).getType() == org.dhatim.fastexcel.reader.CellType.NUMBER).findFirst()
                .flatMap(r -> r.getCellAsNumber(1)).orElseThrow(() -> new AssertionError("no row " + label));
    }
}
