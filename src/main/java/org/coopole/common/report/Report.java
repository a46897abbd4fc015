package org.coopole.common.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A document made of headings, paragraphs, tables and bar charts, written as PDF ({@link ReportPdf}) or as an XLSX
 * workbook ({@link ReportXlsx}) from the same content: statements, in-kind valuations and the pole's funder report.
 * Amounts stay integer cents and exact decimals up to the file.
 */
public record Report(String title, String subtitle, List<Part> parts, String footer) {

    public Report {
        parts = List.copyOf(parts);
    }

    /** A part of the document, in reading order. */
    public sealed interface Part permits Heading, Text, Table, Bars {
    }

    /** A section's title; in a workbook, each heading starts a sheet named after it. */
    public record Heading(String text) implements Part {
    }

    /** A paragraph; a hint (how a figure is computed) is set smaller. */
    public record Text(String text, boolean hint) implements Part {
    }

    /** A table: its column names and rows of cells; {@code widths} are relative column widths. */
    public record Table(List<String> columns, List<List<Cell>> rows, float[] widths) implements Part {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            if (widths != null && widths.length != columns.size()) {
                throw new IllegalArgumentException("one width per column");
            }
            for (List<Cell> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("one cell per column");
                }
            }
        }
    }

    /** A horizontal bar chart (drawn in the PDF; its figures are always in a table too). */
    public record Bars(String title, List<String> labels, List<BigDecimal> values, String unit) implements Part {

        public Bars {
            labels = List.copyOf(labels);
            values = List.copyOf(values);
            if (labels.size() != values.size()) {
                throw new IllegalArgumentException("one value per label");
            }
        }
    }

    /** A table cell. */
    public sealed interface Cell permits Words, Figure, Money {
    }

    /** Text. */
    public record Words(String text) implements Cell {
    }

    /** A number shown with that many decimals and a unit after it ("h", "%", "m²"), kept a number in a workbook. */
    public record Figure(BigDecimal value, int decimals, String unit) implements Cell {
    }

    /** An amount in euro cents. */
    public record Money(long cents) implements Cell {
    }

    public static Cell words(String text) {
        return new Words(text == null ? "" : text);
    }

    public static Cell count(long value) {
        return new Figure(BigDecimal.valueOf(value), 0, "");
    }

    /** Minutes as hours with one decimal. */
    public static Cell hours(long minutes) {
        return new Figure(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP),
                1, "h");
    }

    public static Cell figure(BigDecimal value, int decimals, String unit) {
        return value == null ? new Words("—") : new Figure(value, decimals, unit);
    }

    public static Cell money(long cents) {
        return new Money(cents);
    }

    /** Builds a report part by part. */
    public static final class Builder {

        private final String title;
        private final String subtitle;
        private final List<Part> parts = new ArrayList<>();

        public Builder(String title, String subtitle) {
            this.title = title;
            this.subtitle = subtitle;
        }

        public Builder heading(String text) {
            parts.add(new Heading(text));
            return this;
        }

        public Builder text(String text) {
            parts.add(new Text(text, false));
            return this;
        }

        public Builder hint(String text) {
            parts.add(new Text(text, true));
            return this;
        }

        public Builder table(List<String> columns, List<List<Cell>> rows, float... widths) {
            parts.add(new Table(columns, rows, widths.length == 0 ? null : widths));
            return this;
        }

        public Builder bars(String chartTitle, List<String> labels, List<BigDecimal> values, String unit) {
            if (!labels.isEmpty()) {
                parts.add(new Bars(chartTitle, labels, values, unit));
            }
            return this;
        }

        public Report build(String footer) {
            return new Report(title, subtitle, parts, footer);
        }
    }
}
