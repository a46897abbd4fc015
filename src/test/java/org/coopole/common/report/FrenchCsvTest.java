package org.coopole.common.report;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV file for French spreadsheets: a BOM, {@code ;}, CRLF; and a name a spreadsheet would compute (a resource
 * called {@code =HYPERLINK(…)}) kept as text, while negative amounts stay numbers.
 */
class FrenchCsvTest {

    @Test
    void textThatLooksLikeAFormulaStaysText() {
        byte[] file = FrenchCsv.write(csv -> {
            csv.printRecord("=HYPERLINK(\"http://example.org\";\"clic\")", "-12,50", "+33 6 12", "@SUM(A1)", "Loyer");
            csv.printRecord("\tcaché", "-3", "", 42);
        });
        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\"'=HYPERLINK(\"\"http://example.org\"\";\"\"clic\"\")\";-12,50;'+33 6 12;'@SUM(A1);Loyer\r\n"
                + "'\tcaché;-3;;42\r\n");
    }
}
