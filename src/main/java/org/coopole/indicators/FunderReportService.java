package org.coopole.indicators;

import com.vaadin.flow.i18n.I18NProvider;
import org.coopole.common.Dates;
import org.coopole.common.PoleId;
import org.coopole.common.report.ExportFormat;
import org.coopole.common.report.Report;
import org.coopole.common.report.ReportPdf;
import org.coopole.common.report.ReportXlsx;
import org.coopole.pole.PoleService;
import org.coopole.resource.ResourceService;
import org.coopole.security.PoleAnimator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The pole's activity report for its funders' follow-up committee: the indicators of a period (or of a frozen report)
 * with their charts, tables and methods, as a PDF in French or English, and the same figures as an XLSX workbook.
 */
@Service
public class FunderReportService {

    private static final int TOP = 15;

    private final IndicatorService indicators;
    private final PoleService poles;
    private final ResourceService resources;
    private final I18NProvider translations;
    private final Clock clock;

    FunderReportService(IndicatorService indicators, PoleService poles, ResourceService resources,
                        I18NProvider translations, Clock clock) {
        this.indicators = indicators;
        this.poles = poles;
        this.resources = resources;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * The report of the period's indicators as computed now.
     *
     * @param format PDF or XLSX
     * @throws org.coopole.common.InvalidField for a period the indicators refuse
     */
    @Transactional(readOnly = true)
    @PoleAnimator
    public byte[] report(PoleId poleId, LocalDate from, LocalDate to, Locale locale, ExportFormat format) {
        Locale language = locale == null ? Locale.FRENCH : locale;
        return write(build(poleId, indicators.indicators(poleId, from, to), null, language), language, format);
    }

    /** The report of a frozen report's figures as they were frozen; empty for one that is not the pole's. */
    @Transactional(readOnly = true)
    @PoleAnimator
    public Optional<byte[]> snapshotReport(PoleId poleId, UUID snapshot, Locale locale, ExportFormat format) {
        Locale language = locale == null ? Locale.FRENCH : locale;
        return indicators.snapshot(poleId, snapshot)
                .map(frozen -> write(build(poleId, frozen.figures(), frozen, language), language, format));
    }

    private static byte[] write(Report report, Locale language, ExportFormat format) {
        return switch (format == null ? ExportFormat.PDF : format) {
            case PDF -> ReportPdf.write(report, language);
            case XLSX -> ReportXlsx.write(report);
            case CSV -> throw new IllegalArgumentException("the funder report is a PDF or a workbook");
        };
    }

    Report build(PoleId poleId, Indicators found, Snapshot frozen, Locale language) {
        Words words = new Words(translations, language);
        String poleName = poles.profile(poleId).map(org.coopole.pole.Pole::name).orElse("");
        String period = words.get("indicators.report.period", Dates.format(found.from(), language),
                Dates.format(found.to(), language));
        Report.Builder report = new Report.Builder(words.get("indicators.report.title", poleName),
                frozen == null ? period : period + " · " + words.get("indicators.report.frozen", frozen.title(),
                        Dates.dateTimes(language, resources.timeZone(poleId)).format(frozen.createdAt()),
                        frozen.createdBy()));
        report.text(words.get("indicators.report.intro"));

        Indicators.Members members = found.members();
        Indicators.Bookings bookings = found.bookings();
        long lentMinutes = sum(found.lentMinutes());
        long lentCents = sum(found.lentValueCents());
        long projects = found.projectsByStatus().stream().mapToLong(Indicators.Row::count).sum();
        report.heading(words.get("indicators.report.summary"));
        report.table(List.of(words.get("indicators.what"), words.get("indicators.figure")), List.of(
                row(words.get("indicators.report.key.members"), Report.count(members.total())),
                row(words.get("indicators.report.key.ess"), Report.count(members.ess())),
                row(words.get("indicators.report.key.joined-left"), Report.words(members.joined() + " / "
                        + members.left())),
                row(words.get("indicators.report.key.resources"), Report.count(found.resourcesByKind().stream()
                        .mapToLong(Indicators.Row::count).sum())),
                row(words.get("indicators.report.key.bookings"), Report.count(bookings.confirmed())),
                row(words.get("indicators.report.key.hours"), Report.hours(bookings.minutes())),
                row(words.get("indicators.report.key.lent-hours"), Report.hours(lentMinutes)),
                row(words.get("indicators.report.key.lent-value"), Report.money(lentCents)),
                row(words.get("indicators.report.key.in-kind"), Report.money(found.inKindCents())),
                row(words.get("indicators.report.key.shared"), Report.money(found.sharedCostCents())),
                row(words.get("indicators.report.key.projects"), Report.count(projects))), 3, 1.2f);

        report.heading(words.get("indicators.members"));
        report.bars(words.get("indicators.report.chart.legal-forms"), members.byLegalForm().stream()
                        .map(r -> words.get("organisation.legal-form." + r.label())).toList(),
                members.byLegalForm().stream().map(r -> BigDecimal.valueOf(r.count())).toList(), "");
        report.table(List.of(words.get("organisation.legal-form"), words.get("indicators.figure")),
                counted(members.byLegalForm(), r -> words.get("organisation.legal-form." + r.label())), 3, 1);
        report.text(words.get("indicators.members.summary", members.total(), members.ess(), members.joined(),
                members.left()));
        report.text(words.get("indicators.members.mix", members.decreeMix().stream()
                .map(yes -> words.get(yes ? "indicators.yes" : "indicators.no")).toArray()));
        report.table(List.of(words.get("indicators.commune"), words.get("indicators.figure")),
                counted(members.byCommune(), r -> r.label().isEmpty() ? words.get("indicators.commune.unknown")
                        : r.label()), 3, 1);
        report.hint(words.get("indicators.method.members"));

        report.heading(words.get("indicators.resources"));
        report.bars(words.get("indicators.report.chart.kinds"), found.resourcesByKind().stream()
                        .map(r -> words.get("resource.kind." + r.label())).toList(),
                found.resourcesByKind().stream().map(r -> BigDecimal.valueOf(r.count())).toList(), "");
        report.table(List.of(words.get("resource.kind"), words.get("indicators.figure")),
                counted(found.resourcesByKind(), r -> words.get("resource.kind." + r.label())), 3, 1);
        report.table(List.of(words.get("costs.organisation"), words.get("indicators.figure")),
                counted(found.resourcesByOrganisation(), Indicators.Row::label), 3, 1);
        report.hint(words.get("indicators.method.resources"));

        report.heading(words.get("indicators.bookings"));
        report.table(List.of(words.get("indicators.what"), words.get("indicators.figure")), List.of(
                row(words.get("indicators.report.key.bookings"), Report.count(bookings.confirmed())),
                row(words.get("indicators.report.key.hours"), Report.hours(bookings.minutes())),
                row(words.get("indicators.report.key.decided"), Report.count(bookings.decided())),
                row(words.get("indicators.report.key.declined"), Report.count(bookings.declined())),
                row(words.get("indicators.report.key.decline-rate"), Report.figure(bookings.declineRate(), 1, "%")),
                row(words.get("indicators.report.key.lead-time"), Report.figure(bookings.leadTimeHours(), 1, "h"))),
                3, 1.2f);
        report.hint(words.get("indicators.method.bookings"));

        report.heading(words.get("indicators.use"));
        List<Indicators.Use> top = found.useRates().stream().filter(u -> u.rate() != null).limit(TOP).toList();
        report.bars(words.get("indicators.report.chart.use", TOP), top.stream().map(Indicators.Use::resource).toList(),
                top.stream().map(Indicators.Use::rate).toList(), "%");
        report.table(List.of(words.get("inkind.resource"), words.get("costs.organisation"), words.get("indicators.booked"),
                words.get("indicators.open"), words.get("indicators.rate")), found.useRates().stream()
                .map(u -> List.of(Report.words(u.resource()), Report.words(u.organisation()),
                        Report.hours(u.bookedMinutes()), Report.hours(u.openMinutes()), Report.figure(u.rate(), 1, "%")))
                .toList(), 3, 3, 1.2f, 1.2f, 1);
        report.hint(words.get("indicators.method.use"));

        report.heading(words.get("indicators.lent"));
        List<String> lenders = found.lenders();
        List<BigDecimal> lentBy = new ArrayList<>();
        for (long[] lender : found.lentMinutes()) {
            lentBy.add(BigDecimal.valueOf(java.util.Arrays.stream(lender).sum()).divide(BigDecimal.valueOf(60), 1,
                    RoundingMode.HALF_UP));
        }
        report.bars(words.get("indicators.report.chart.lent"), lenders, lentBy, "h");
        report.text(words.get("indicators.report.matrix.hours"));
        report.table(matrixColumns(found, words), matrix(found, found.lentMinutes(), Report::hours));
        report.text(words.get("indicators.report.matrix.value"));
        report.table(matrixColumns(found, words), matrix(found, found.lentValueCents(), Report::money));
        report.hint(words.get("indicators.method.lent"));

        report.heading(words.get("indicators.staff"));
        report.bars(words.get("indicators.staff"), found.staffHours().stream().map(Indicators.Row::label).toList(),
                found.staffHours().stream().map(r -> BigDecimal.valueOf(r.count()).divide(BigDecimal.valueOf(60), 1,
                        RoundingMode.HALF_UP)).toList(), "h");
        report.table(List.of(words.get("costs.organisation"), words.get("indicators.hours")), found.staffHours().stream()
                .map(r -> List.of(Report.words(r.label()), Report.hours(r.count()))).toList(), 3, 1);
        report.table(List.of(words.get("indicators.skill"), words.get("indicators.hours")), found.staffBySkill().stream()
                .map(r -> List.of(Report.words(r.label()), Report.hours(r.count()))).toList(), 3, 1);
        report.hint(words.get("indicators.method.staff"));

        report.heading(words.get("indicators.projects"));
        report.table(List.of(words.get("project.status"), words.get("indicators.figure")),
                counted(found.projectsByStatus(), r -> words.get("project.status." + r.label())), 3, 1);
        if (!found.projectsByTheme().isEmpty()) {
            report.table(List.of(words.get("project.theme"), words.get("indicators.figure")),
                    counted(found.projectsByTheme(), Indicators.Row::label), 3, 1);
        }
        report.table(List.of(words.get("project.outcome.kind"), words.get("project.outcome.stage.EXPECTED"),
                words.get("project.outcome.stage.ACHIEVED")), found.outcomes().stream()
                .map(o -> List.of(Report.words(o.code() == null ? o.name() : words.get("project.outcome.kind." + o.code())),
                        Report.figure(o.expected(), 2, ""), Report.figure(o.achieved(), 2, ""))).toList(), 3, 1, 1);
        Indicators.Money money = found.budgets();
        report.table(List.of(words.get("indicators.what"), words.get("indicators.figure")), List.of(
                row(words.get("indicators.report.key.expenses"), Report.money(money.expensesCents())),
                row(words.get("indicators.report.key.income"), Report.money(money.incomeCents())),
                row(words.get("indicators.report.key.public"), Report.money(money.publicCents())),
                row(words.get("indicators.report.key.own"), Report.money(money.ownCents())),
                row(words.get("indicators.report.key.public-share"), Report.figure(money.publicShare(), 1, "%")),
                row(words.get("indicators.report.key.self-financing"), Report.figure(money.selfFinancing(), 1, "%")),
                row(words.get("indicators.report.key.partners"), Report.figure(money.partnersPerProject(), 1, ""))),
                3, 1.2f);
        report.hint(words.get("indicators.method.projects"));

        report.heading(words.get("indicators.in-kind"));
        List<List<Report.Cell>> inKind = new ArrayList<>(found.inKind().stream()
                .map(r -> row(words.get("inkind.category." + r.label()), Report.money(r.count()))).toList());
        inKind.add(row(words.get("inkind.report.total"), Report.money(found.inKindCents())));
        report.table(List.of(words.get("inkind.category"), words.get("inkind.report.value")), inKind, 3, 1.2f);
        report.hint(words.get("indicators.method.in-kind"));

        report.heading(words.get("indicators.shared"));
        List<List<Report.Cell>> shared = new ArrayList<>(found.sharedCosts().stream()
                .map(r -> row(r.label(), Report.money(r.count()))).toList());
        shared.add(row(words.get("inkind.report.total"), Report.money(found.sharedCostCents())));
        report.table(List.of(words.get("costs.pool"), words.get("costs.pool.amount-period")), shared, 3, 1.2f);
        report.hint(words.get("indicators.method.shared"));

        return report.build(words.get("indicators.report.footer", Dates.format(LocalDate.now(
                clock.withZone(resources.timeZone(poleId))), language)));
    }

    private static List<String> matrixColumns(Indicators found, Words words) {
        List<String> columns = new ArrayList<>();
        columns.add(words.get("indicators.lender"));
        columns.addAll(found.borrowers());
        return columns;
    }

    private static List<List<Report.Cell>> matrix(Indicators found, long[][] cells,
                                                  java.util.function.LongFunction<Report.Cell> format) {
        List<List<Report.Cell>> rows = new ArrayList<>();
        for (int i = 0; i < found.lenders().size(); i++) {
            List<Report.Cell> row = new ArrayList<>();
            row.add(Report.words(found.lenders().get(i)));
            for (long cell : cells[i]) {
                row.add(cell == 0 ? Report.words("") : format.apply(cell));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Report.Cell>> counted(List<Indicators.Row> rows, Function<Indicators.Row, String> label) {
        return rows.stream().map(r -> row(label.apply(r), Report.count(r.count()))).toList();
    }

    private static List<Report.Cell> row(String label, Report.Cell figure) {
        return List.of(Report.words(label), figure);
    }

    private static long sum(long[][] cells) {
        long sum = 0;
        for (long[] row : cells) {
            for (long cell : row) {
                sum += cell;
            }
        }
        return sum;
    }

    private record Words(I18NProvider translations, Locale locale) {
        String get(String key, Object... params) {
            return translations.getTranslation(key, locale, params);
        }
    }
}
