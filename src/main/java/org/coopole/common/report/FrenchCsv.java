package org.coopole.common.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A CSV file as French spreadsheets open it: UTF-8 with a byte order mark, {@code ;} between fields, CRLF lines, and
 * amounts with the language's decimal separator and no grouping.
 */
public final class FrenchCsv {

    /** The lines of a file, written to its printer. */
    public interface Rows {
        void write(Printer csv) throws IOException;
    }

    /**
     * Writes records whose text cannot be taken for a formula: a cell a spreadsheet would compute (starting with
     * {@code = + - @}, a tab or a carriage return, and not a plain number) gets a leading apostrophe, so that a
     * resource or organisation named {@code =HYPERLINK(…)} stays text.
     */
    public static final class Printer {

        private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+([.,]\\d+)?");

        private final CSVPrinter csv;

        Printer(CSVPrinter csv) {
            this.csv = csv;
        }

        public void printRecord(Object... values) throws IOException {
            Object[] safe = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                safe[i] = values[i] instanceof String text ? cell(text) : values[i];
            }
            csv.printRecord(safe);
        }

        public void println() throws IOException {
            csv.println();
        }

        public static String cell(String text) {
            if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
                return text;
            }
            return "'" + text;
        }
    }

    private FrenchCsv() {
    }

    public static byte[] write(Rows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setRecordSeparator("\r\n").get())) {
            rows.write(new Printer(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An amount in cents as euros with two decimals, e.g. {@code 1234,50} in French. */
    public static String euros(long cents, Locale locale) {
        NumberFormat amounts = NumberFormat.getNumberInstance(locale);
        amounts.setGroupingUsed(false);
        amounts.setMinimumFractionDigits(2);
        amounts.setMaximumFractionDigits(2);
        return amounts.format(BigDecimal.valueOf(cents, 2));
    }
}
