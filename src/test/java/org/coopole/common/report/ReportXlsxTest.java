package org.coopole.common.report;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A report's workbook: a sheet per heading with names Excel accepts (31 characters at most, none of []:*?/\, unique),
 * amounts and figures kept numbers; its PDF: the same words, whatever characters they hold.
 */
class ReportXlsxTest {

    @Test
    void sheetNamesAreShortUniqueAndWithoutTheCharactersExcelRefuses() {
        Set<String> taken = new HashSet<>();
        assertThat(ReportXlsx.name("Contributions volontaires en nature", taken)).isEqualTo("Contributions volontaires en");
        assertThat(ReportXlsx.name("Contributions volontaires en nature", taken)).isEqualTo("Contributions volontaires (2)");
        assertThat(ReportXlsx.name("Loyer [2026]: 50/50?", taken)).isEqualTo("Loyer  2026   50 50");
        assertThat(ReportXlsx.name("  ", taken)).isEqualTo("Coopole");
        assertThat(ReportXlsx.name("Unmotsanslesespacesquidépasselalimite", taken)).hasSize(31);
        assertThat(taken).hasSize(5);
    }

    @Test
    void amountsAndFiguresStayNumbers() throws IOException {
        Report report = new Report.Builder("Relevé", "2026")
                .heading("Totaux")
                .table(List.of("Quoi", "Montant", "Heures"), List.of(
                        List.of(Report.words("Loyer"), Report.money(123_456), Report.hours(90)),
                        List.of(Report.words("Ménage « bio »; =1+1"), Report.money(-5), Report.count(3))))
                .build("pied");
        byte[] xlsx = ReportXlsx.write(report);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Relevé", "Totaux");
            List<Row> rows = workbook.findSheet("Totaux").orElseThrow().read();
            Row loyer = rows.stream().filter(r -> "Loyer".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(loyer.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(loyer.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo(new BigDecimal("1234.56"));
            assertThat(loyer.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(new BigDecimal("1.5"));
            // text that looks like a formula stays text
            Row menage = rows.stream().filter(r -> r.getCellText(0).startsWith("Ménage")).findFirst().orElseThrow();
            assertThat(menage.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(menage.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo(new BigDecimal("-0.05"));
        }
        String pdf = org.coopole.PdfText.of(ReportPdf.write(report, Locale.FRENCH)).text();
        assertThat(pdf).contains("Relevé", "Totaux", "Loyer", "1 234,56 €", "1,5 h", "Ménage « bio »; =1+1");
    }

    @Test
    void aTableNeedsOneCellPerColumn() {
        assertThatThrownBy(() -> new Report.Table(List.of("a", "b"), List.of(List.of(Report.words("x"))), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Report.Bars("t", List.of("a"), List.of(), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
