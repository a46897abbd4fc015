package org.coopole.costs;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/**
 * A statement as French spreadsheets open it: UTF-8 with a byte order mark, {@code ;} between fields, amounts with
 * the language's decimal separator and no grouping, one line per pool share and per booking charged, then the totals.
 */
final class StatementCsv {

    private StatementCsv() {
    }

    static byte[] write(Statement statement, Locale locale, ZoneId zone, Function<String, String> words) {
        NumberFormat amounts = NumberFormat.getNumberInstance(locale);
        amounts.setGroupingUsed(false);
        amounts.setMinimumFractionDigits(2);
        amounts.setMaximumFractionDigits(2);
        NumberFormat figures = NumberFormat.getNumberInstance(locale);
        figures.setGroupingUsed(false);
        figures.setMaximumFractionDigits(6);
        Function<Long, String> euros = cents -> amounts.format(BigDecimal.valueOf(cents, 2));
        DateTimeFormatter times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setRecordSeparator("\r\n").get())) {
            csv.printRecord(words.apply("costs.csv.organisation"), statement.organisationName());
            csv.printRecord(words.apply("costs.csv.period"), statement.from().toString(), statement.to().toString());
            csv.println();
            csv.printRecord(words.apply("costs.csv.section"), words.apply("costs.csv.what"),
                    words.apply("costs.csv.basis"), words.apply("costs.csv.fraction"), words.apply("costs.csv.amount"));
            for (Statement.PoolShare pool : statement.pools()) {
                StringBuilder basis = new StringBuilder();
                for (Statement.Basis b : pool.basis()) {
                    if (!basis.isEmpty()) {
                        basis.append(" ; ");
                    }
                    basis.append(words.apply(b.key().translationKey())).append(' ').append(b.weight()).append(" % : ")
                            .append(figures.format(b.own())).append(" / ").append(figures.format(b.total()));
                }
                csv.printRecord(words.apply("costs.csv.pool"), pool.poolName() + " (" + euros.apply(pool.poolCents())
                        + ")", basis.toString(), figures.format(pool.fraction()), euros.apply(pool.shareCents()));
            }
            for (Statement.Charge charge : statement.owes()) {
                csv.printRecord(words.apply("costs.csv.owes"), charge.resourceName() + " — " + charge.otherOrganisation(),
                        times.format(charge.start()) + " → " + times.format(charge.end()), "",
                        euros.apply(charge.cents()));
            }
            for (Statement.Charge charge : statement.owed()) {
                csv.printRecord(words.apply("costs.csv.owed"), charge.resourceName() + " — " + charge.otherOrganisation(),
                        times.format(charge.start()) + " → " + times.format(charge.end()), "",
                        euros.apply(charge.cents()));
            }
            csv.println();
            csv.printRecord(words.apply("costs.csv.pools-total"), "", "", "", euros.apply(statement.poolsCents()));
            csv.printRecord(words.apply("costs.csv.owes-total"), "", "", "", euros.apply(statement.owesCents()));
            csv.printRecord(words.apply("costs.csv.total"), "", "", "", euros.apply(statement.totalCents()));
            csv.printRecord(words.apply("costs.csv.owed-total"), "", "", "", euros.apply(statement.owedCents()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
