package org.coopole.costs;

import com.vaadin.flow.i18n.I18NProvider;
import org.coopole.common.Dates;
import org.coopole.common.report.Report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A statement as a {@link Report}, for its XLSX and PDF files: pool shares with their basis, charges, totals. */
final class StatementReport {

    private StatementReport() {
    }

    static Report of(Statement statement, Locale locale, ZoneId zone, I18NProvider translations, java.time.LocalDate today) {
        DateTimeFormatter times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        java.text.NumberFormat figures = java.text.NumberFormat.getNumberInstance(locale);
        figures.setMaximumFractionDigits(2);
        java.text.NumberFormat euros = java.text.NumberFormat.getCurrencyInstance(locale);
        euros.setCurrency(java.util.Currency.getInstance("EUR"));
        Report.Builder report = new Report.Builder(words(translations, locale, "costs.report.title",
                statement.organisationName()), words(translations, locale, "costs.report.period",
                Dates.format(statement.from(), locale), Dates.format(statement.to(), locale)));
        report.hint(words(translations, locale, "costs.intro"));

        report.heading(words(translations, locale, "costs.pools"));
        List<List<Report.Cell>> pools = new ArrayList<>();
        for (Statement.PoolShare pool : statement.pools()) {
            List<String> basis = new ArrayList<>();
            for (Statement.Basis b : pool.basis()) {
                basis.add(words(translations, locale, "costs.basis.line", words(translations, locale,
                        b.key().translationKey()), b.weight(), figures.format(b.own()), figures.format(b.total())));
            }
            pools.add(List.of(Report.words(pool.poolName()), Report.money(pool.poolCents()),
                    Report.words(String.join(" ; ", basis)),
                    Report.figure(pool.fraction().movePointRight(2), 2, "%"), Report.money(pool.shareCents())));
        }
        report.table(List.of(words(translations, locale, "costs.pool"),
                        words(translations, locale, "costs.pool.amount-period"), words(translations, locale, "costs.basis"),
                        words(translations, locale, "costs.fraction"), words(translations, locale, "costs.share")), pools,
                2, 1.3f, 3.2f, 1, 1.3f);
        for (var part : List.of(java.util.Map.entry("costs.owes", statement.owes()),
                java.util.Map.entry("costs.owed", statement.owed()))) {
            report.heading(words(translations, locale, part.getKey()));
            report.table(List.of(words(translations, locale, "inkind.resource"),
                            words(translations, locale, "costs.organisation"), words(translations, locale, "inkind.csv.when"),
                            words(translations, locale, "costs.report.rate"), words(translations, locale, "costs.share")),
                    part.getValue().stream().map(c -> List.of(Report.words(c.resourceName()),
                            Report.words(c.otherOrganisation()),
                            Report.words(times.format(c.start()) + " → " + times.format(c.end())),
                            Report.words(words(translations, locale, "costs.report.rate-line",
                                    euros.format(java.math.BigDecimal.valueOf(c.rateCents(), 2)), words(translations, locale,
                                            "inkind.unit." + c.rateUnit()))),
                            Report.money(c.cents()))).toList(),
                    2, 2, 2.4f, 1.4f, 1.2f);
        }
        report.heading(words(translations, locale, "costs.report.totals"));
        report.table(List.of(words(translations, locale, "costs.csv.what"), words(translations, locale, "costs.share")),
                List.of(List.of(Report.words(words(translations, locale, "costs.total.pools")),
                                Report.money(statement.poolsCents())),
                        List.of(Report.words(words(translations, locale, "costs.total.owes")),
                                Report.money(statement.owesCents())),
                        List.of(Report.words(words(translations, locale, "costs.total")),
                                Report.money(statement.totalCents())),
                        List.of(Report.words(words(translations, locale, "costs.total.owed")),
                                Report.money(statement.owedCents()))), 3, 1.3f);
        return report.build(words(translations, locale, "costs.report.footer", Dates.format(today, locale)));
    }

    private static String words(I18NProvider translations, Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
