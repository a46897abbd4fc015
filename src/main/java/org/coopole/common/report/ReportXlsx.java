package org.coopole.common.report;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link Report} as an XLSX workbook for an accountant or a funder: a first sheet with the title and what comes
 * before the first heading, then a sheet per heading with its paragraphs and tables. Figures and amounts stay numbers
 * (euros with two decimals), so that the workbook adds them up; charts are left out, their figures are in the tables.
 */
public final class ReportXlsx {

    private static final int SHEET_NAME_MAX = 31;

    private ReportXlsx() {
    }

    public static byte[] write(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Coopole", "1.0");
            Set<String> names = new HashSet<>();
            Sheet sheet = new Sheet(workbook.newWorksheet(name(report.title(), names)));
            sheet.title(report.title());
            if (report.subtitle() != null && !report.subtitle().isBlank()) {
                sheet.line(report.subtitle(), false);
            }
            if (report.footer() != null) {
                sheet.line(report.footer(), false);
            }
            for (Report.Part part : report.parts()) {
                switch (part) {
                    case Report.Heading heading -> {
                        sheet.finish();
                        sheet = new Sheet(workbook.newWorksheet(name(heading.text(), names)));
                        sheet.title(heading.text());
                    }
                    case Report.Text words -> sheet.line(words.text(), words.hint());
                    case Report.Table table -> sheet.table(table);
                    case Report.Bars ignored -> {
                        // the chart's figures are in the table beside it
                    }
                }
            }
            sheet.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A sheet's name: at most 31 characters, none of {@code []:*?/\}, unique in the workbook. */
    static String name(String wanted, Set<String> taken) {
        String clean = wanted == null || wanted.isBlank() ? "Coopole" : wanted.replaceAll("[\\[\\]:*?/\\\\']", " ")
                .strip();
        String name = clean.length() > SHEET_NAME_MAX ? cut(clean, SHEET_NAME_MAX) : clean;
        int n = 2;
        while (!taken.add(name.toLowerCase(java.util.Locale.ROOT))) {
            String suffix = " (" + n++ + ")";
            name = (clean.length() > SHEET_NAME_MAX - suffix.length()
                    ? cut(clean, SHEET_NAME_MAX - suffix.length()) : clean) + suffix;
        }
        return name;
    }

    /** The words that fit in that many characters (the characters, for one long word). */
    private static String cut(String text, int max) {
        int space = text.lastIndexOf(' ', max);
        return (space > max / 2 ? text.substring(0, space) : text.substring(0, max)).strip();
    }

    /** Writes rows one after the other, and sets column widths from what they hold. */
    private static final class Sheet {

        private final Worksheet sheet;
        private final int[] widths = new int[64];
        private int row;

        Sheet(Worksheet sheet) {
            this.sheet = sheet;
        }

        void title(String text) {
            sheet.value(row, 0, text);
            sheet.style(row, 0).bold().fontSize(14).set();
            row += 2;
        }

        void line(String text, boolean hint) {
            sheet.value(row, 0, text);
            if (hint) {
                sheet.style(row, 0).italic().set();
            }
            row++;
        }

        void table(Report.Table table) {
            List<String> columns = table.columns();
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(row, c, columns.get(c));
                sheet.style(row, c).bold().fillColor("DDEBEC").set();
                widen(c, columns.get(c));
            }
            row++;
            for (List<Report.Cell> cells : table.rows()) {
                for (int c = 0; c < cells.size(); c++) {
                    switch (cells.get(c)) {
                        case Report.Words words -> {
                            sheet.value(row, c, words.text());
                            widen(c, words.text());
                        }
                        case Report.Figure figure -> {
                            sheet.value(row, c, figure.value());
                            String format = figure.decimals() <= 0 ? "0" : "0." + "0".repeat(figure.decimals());
                            sheet.style(row, c).format(figure.unit() == null || figure.unit().isEmpty() ? format
                                    : format + " \"" + figure.unit().replace("\"", "") + "\"").set();
                            widen(c, figure.value().toPlainString() + "  " + figure.unit());
                        }
                        case Report.Money money -> {
                            sheet.value(row, c, BigDecimal.valueOf(money.cents(), 2));
                            sheet.style(row, c).format("#,##0.00 \"€\"").set();
                            widen(c, BigDecimal.valueOf(money.cents(), 2).toPlainString() + " €  ");
                        }
                    }
                }
                row++;
            }
            row++;
        }

        private void widen(int column, String text) {
            if (column < widths.length && text != null) {
                widths[column] = Math.max(widths[column], Math.min(60, text.length() + 2));
            }
        }

        void finish() {
            for (int c = 0; c < widths.length; c++) {
                if (widths[c] > 0) {
                    sheet.width(c, Math.max(10, widths[c]));
                }
            }
        }
    }
}
