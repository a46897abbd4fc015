package org.coopole.costs;

import org.coopole.common.report.FrenchCsv;


import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/**
 * A statement as a CSV file for French spreadsheets ({@link FrenchCsv}): one line per pool share and per booking
 * charged, then the totals.
 */
final class StatementCsv {

    private StatementCsv() {
    }

    static byte[] write(Statement statement, Locale locale, ZoneId zone, Function<String, String> words) {
        NumberFormat figures = NumberFormat.getNumberInstance(locale);
        figures.setGroupingUsed(false);
        figures.setMaximumFractionDigits(6);
        Function<Long, String> euros = cents -> FrenchCsv.euros(cents, locale);
        DateTimeFormatter times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        return FrenchCsv.write(csv -> {
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
        });
    }
}
