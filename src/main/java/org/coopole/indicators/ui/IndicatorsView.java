package org.coopole.indicators.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.indicators.IndicatorService;
import org.coopole.indicators.Indicators;
import org.coopole.resource.ResourceService;
import org.coopole.security.Account;
import org.coopole.security.CurrentAccount;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * "Indicateurs du pôle": the pole's indicators for a period the animator picks, each table with how it is computed
 * written beside it.
 */
@Route("indicators")
@Menu(order = 27, icon = "vaadin:chart-grid", title = "indicators.nav")
@ForPoleRoles(PoleRole.ANIMATOR)
@PermitAll
class IndicatorsView extends Div implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final IndicatorService indicators;
    private final org.coopole.indicators.FunderReportService funderReport;
    private final PoleId poleId;
    private final Div downloads = new Div();
    private String defaultTitle = "";
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div shown = new Div();
    private final Div reports = new Div();
    private final Div banner = new Div();
    private final com.vaadin.flow.component.textfield.TextField title = new com.vaadin.flow.component.textfield.TextField();
    private final java.time.ZoneId zone;
    private final NumberFormat euros;
    private final NumberFormat numbers;

    IndicatorsView(CurrentAccount current, IndicatorService indicators, ResourceService resources,
                   org.coopole.indicators.FunderReportService funderReport, org.coopole.booking.QuotaService quotas) {
        this.indicators = indicators;
        this.funderReport = funderReport;
        this.poleId = current.pole().map(Account.PoleMembership::poleId).orElseThrow();
        this.euros = NumberFormat.getCurrencyInstance(getLocale());
        euros.setCurrency(Currency.getInstance("EUR"));
        this.numbers = NumberFormat.getNumberInstance(getLocale());
        numbers.setMaximumFractionDigits(2);
        addClassName("coopole-page");
        this.zone = resources.timeZone(poleId);
        LocalDate today = LocalDate.now(zone);
        from.setLabel(getTranslation("costs.from"));
        to.setLabel(getTranslation("costs.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.setValue(today.withDayOfYear(1));
        to.setValue(today);
        Button show = new Button(getTranslation("costs.show"), e -> show());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button year = new Button(getTranslation("indicators.last-year"), e -> {
            from.setValue(today.minusYears(1).withDayOfYear(1));
            to.setValue(today.withDayOfYear(1).minusDays(1));
            show();
        });
        Button half = new Button(getTranslation("indicators.last-half"), e -> {
            LocalDate halfStart = today.getMonthValue() > 6 ? today.withDayOfYear(1) : today.minusYears(1).withMonth(7)
                    .withDayOfMonth(1);
            from.setValue(halfStart);
            to.setValue(halfStart.plusMonths(6).minusDays(1));
            show();
        });
        Div filters = new Div(from, to, show, year, half);
        filters.addClassName("coopole-filters");
        title.setLabel(getTranslation("indicators.snapshot.title"));
        title.setMaxLength(org.coopole.indicators.Snapshot.TITLE_MAX);
        title.setWidth("min(28rem, 100%)");
        Button freeze = new Button(getTranslation("indicators.snapshot.freeze"), e -> {
            try {
                var id = indicators.freeze(poleId, from.getValue(), to.getValue(), title.getValue());
                getUI().ifPresent(ui -> ui.navigate("indicators", com.vaadin.flow.router.QueryParameters.of("snapshot",
                        id.toString())));
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("title", title, "from", from, "to", to), refusal);
            }
        });
        Div freezing = new Div(title, freeze);
        freezing.addClassName("coopole-filters");
        downloads.addClassName("coopole-report-downloads");
        add(new H1(getTranslation("indicators.title")), new Paragraph(getTranslation("indicators.intro")), filters,
                freezing, banner, downloads, shown, new H2(getTranslation("indicators.snapshots")), reports);
        add(quotaUse(quotas.useAgainstQuotas(poleId)));
    }

    /** Each organisation's use of each quota in its current period, the fullest first. */
    private Div quotaUse(List<org.coopole.booking.QuotaUse> uses) {
        Div section = new Div(new H2(getTranslation("indicators.quotas")),
                new Paragraph(getTranslation(uses.isEmpty() ? "indicators.quotas.none" : "indicators.quotas.intro")));
        section.setId("indicators-quotas");
        if (uses.isEmpty()) {
            return section;
        }
        com.vaadin.flow.component.grid.Grid<org.coopole.booking.QuotaUse> grid =
                new com.vaadin.flow.component.grid.Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(org.coopole.booking.QuotaUse::organisationName)
                .setHeader(getTranslation("indicators.quotas.organisation")).setFlexGrow(2);
        grid.addColumn(u -> (u.quota().resource() != null ? u.quota().resourceName()
                        : getTranslation("quota.scope." + u.quota().kind().name())) + " — "
                        + getTranslation(u.quota().period().translationKey()))
                .setHeader(getTranslation("indicators.quotas.quota")).setFlexGrow(2);
        grid.addColumn(u -> {
            List<String> parts = new java.util.ArrayList<>();
            if (u.minutesAllowed() != null) {
                parts.add(getTranslation("quota.use.hours", org.coopole.common.ui.DurationWords.of(this, u.usedMinutes()),
                        org.coopole.common.ui.DurationWords.of(this, u.minutesAllowed()),
                        org.coopole.common.ui.DurationWords.of(this, u.minutesLeft())));
            }
            if (u.centsAllowed() != null) {
                parts.add(getTranslation("quota.use.credit", euros.format(BigDecimal.valueOf(u.usedCents(), 2)),
                        euros.format(BigDecimal.valueOf(u.centsAllowed(), 2)),
                        euros.format(BigDecimal.valueOf(u.centsLeft(), 2))));
            }
            if (u.aheadAllowed() != null) {
                parts.add(getTranslation("quota.use.ahead", u.ahead(), u.aheadAllowed()));
            }
            return String.join(" · ", parts);
        }).setHeader(getTranslation("indicators.quotas.use")).setFlexGrow(3);
        grid.setItems(uses);
        section.add(grid);
        return section;
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        var wanted = event.getLocation().getQueryParameters().getSingleParameter("snapshot");
        banner.removeAll();
        showReports();
        if (wanted.isPresent()) {
            java.util.UUID id;
            try {
                id = java.util.UUID.fromString(wanted.get());
            } catch (IllegalArgumentException e) {
                throw new com.vaadin.flow.router.NotFoundException();
            }
            var snapshot = indicators.snapshot(poleId, id).orElseThrow(com.vaadin.flow.router.NotFoundException::new);
            Paragraph frozen = new Paragraph(getTranslation("indicators.snapshot.banner", snapshot.title(),
                    org.coopole.common.Dates.dateTimes(getLocale(), zone).format(snapshot.createdAt()),
                    snapshot.createdBy(), org.coopole.common.Dates.format(snapshot.figures().from(), getLocale()),
                    org.coopole.common.Dates.format(snapshot.figures().to(), getLocale())));
            frozen.addClassName("coopole-frozen");
            banner.add(frozen);
            show(snapshot.figures());
            offerReport(format -> funderReport.snapshotReport(poleId, id, getLocale(), format)
                    .orElseThrow(com.vaadin.flow.router.NotFoundException::new), snapshot.figures());
            return;
        }
        show();
    }

    private void showReports() {
        reports.removeAll();
        var listed = indicators.snapshots(poleId);
        if (listed.isEmpty()) {
            reports.add(new Paragraph(getTranslation("indicators.snapshots.none")));
        }
        var times = org.coopole.common.Dates.dateTimes(getLocale(), zone);
        for (var report : listed) {
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                    "indicators?snapshot=" + report.id(), report.title());
            reports.add(new Div(link, new Span(" · " + getTranslation("indicators.snapshot.line",
                    org.coopole.common.Dates.format(report.from(), getLocale()),
                    org.coopole.common.Dates.format(report.to(), getLocale()), times.format(report.createdAt()),
                    report.createdBy()))));
        }
    }

    private void show() {
        banner.removeAll();
        Map<String, DatePicker> fields = Map.of("from", from, "to", to);
        FieldErrors.clear(fields);
        Indicators found;
        try {
            found = indicators.indicators(poleId, from.getValue(), to.getValue());
        } catch (InvalidField refusal) {
            FieldErrors.show(this, fields, refusal);
            return;
        }
        LocalDate start = found.from();
        LocalDate end = found.to();
        java.util.Locale language = getLocale();
        offerReport(format -> funderReport.report(poleId, start, end, language, format), found);
        // the title follows the period shown, until the animator writes one of their own
        if (title.isEmpty() || title.getValue().equals(defaultTitle)) {
            defaultTitle = getTranslation("indicators.snapshot.default", org.coopole.common.Dates.format(found.from(),
                    getLocale()), org.coopole.common.Dates.format(found.to(), getLocale()));
            title.setValue(defaultTitle);
        }
        show(found);
    }

    private void show(Indicators found) {
        shown.removeAll();
        Indicators.Members members = found.members();
        shown.add(section("members", Chart.bars(getTranslation("indicators.members"),
                        members.byLegalForm().stream().map(r -> getTranslation("organisation.legal-form." + r.label())).toList(),
                        Map.of(getTranslation("indicators.figure"), members.byLegalForm().stream().map(Indicators.Row::count)
                                .toList()), ""),
                table(members.byLegalForm(), r -> getTranslation("organisation.legal-form." + r.label()),
                        r -> String.valueOf(r.count())),
                new Paragraph(getTranslation("indicators.members.summary", members.total(), members.ess(),
                        members.joined(), members.left())),
                new Paragraph(getTranslation("indicators.members.mix", members.decreeMix().stream()
                        .map(yes -> getTranslation(yes ? "indicators.yes" : "indicators.no")).toArray())),
                new com.vaadin.flow.component.html.H3(getTranslation("indicators.communes")),
                table(members.byCommune(), r -> r.label().isEmpty() ? getTranslation("indicators.commune.unknown")
                        : r.label(), r -> String.valueOf(r.count()))));
        shown.add(section("resources", table(found.resourcesByKind(), r -> getTranslation("resource.kind." + r.label()),
                r -> String.valueOf(r.count())), table(found.resourcesByOrganisation(), Indicators.Row::label,
                r -> String.valueOf(r.count()))));
        Indicators.Bookings b = found.bookings();
        shown.add(section("bookings", new Paragraph(getTranslation("indicators.bookings.summary", b.confirmed(),
                hours(b.minutes()), b.decided(), b.declined(), b.declineRate() == null ? "—" : numbers.format(b.declineRate()),
                b.leadTimeHours() == null ? "—" : numbers.format(b.leadTimeHours())))));
        Grid<Indicators.Use> use = grid();
        use.addColumn(Indicators.Use::resource).setHeader(getTranslation("inkind.resource")).setFlexGrow(2);
        use.addColumn(Indicators.Use::organisation).setHeader(getTranslation("costs.organisation")).setFlexGrow(2);
        use.addColumn(u -> hours(u.bookedMinutes())).setHeader(getTranslation("indicators.booked")).setAutoWidth(true);
        use.addColumn(u -> hours(u.openMinutes())).setHeader(getTranslation("indicators.open")).setAutoWidth(true);
        use.addColumn(u -> u.rate() == null ? "—" : numbers.format(u.rate()) + " %")
                .setHeader(getTranslation("indicators.rate")).setAutoWidth(true);
        use.setItems(found.useRates());
        List<Indicators.Use> top = found.useRates().stream().filter(u -> u.rate() != null).limit(15).toList();
        shown.add(section("use", Chart.bars(getTranslation("indicators.use"), top.stream().map(Indicators.Use::resource)
                .toList(), Map.of(getTranslation("indicators.rate"), top.stream().map(Indicators.Use::rate).toList()), "%"),
                use));
        List<Map<String, Object>> links = new java.util.ArrayList<>();
        for (int i = 0; i < found.lenders().size(); i++) {
            for (int j = 0; j < found.borrowers().size(); j++) {
                if (found.lentMinutes()[i][j] > 0) {
                    links.add(Map.of("source", getTranslation("indicators.lends", found.lenders().get(i)),
                            "target", getTranslation("indicators.borrows", found.borrowers().get(j)),
                            "value", Math.round(found.lentMinutes()[i][j] / 6.0) / 10.0));
                }
            }
        }
        shown.add(section("lent", links.isEmpty() ? new Span() : Chart.flow(getTranslation("indicators.lent"), links, "h"),
                matrix(found, found.lentMinutes(), this::hours),
                matrix(found, found.lentValueCents(), cents -> euros.format(BigDecimal.valueOf(cents, 2)))));
        shown.add(section("staff", found.staffHours().isEmpty() ? new Paragraph(getTranslation("indicators.none"))
                : table(found.staffHours(), Indicators.Row::label, r -> hours(r.count())),
                new com.vaadin.flow.component.html.H3(getTranslation("indicators.skills")),
                found.staffBySkill().isEmpty() ? new Paragraph(getTranslation("indicators.none"))
                        : table(found.staffBySkill(), Indicators.Row::label, r -> hours(r.count()))));
        Grid<Indicators.Outcome> outcomes = grid();
        outcomes.addColumn(o -> o.code() == null ? o.name() : getTranslation("project.outcome.kind." + o.code()))
                .setHeader(getTranslation("project.outcome.kind")).setFlexGrow(2);
        outcomes.addColumn(o -> numbers.format(o.expected())).setHeader(getTranslation("project.outcome.stage.EXPECTED"))
                .setAutoWidth(true);
        outcomes.addColumn(o -> numbers.format(o.achieved())).setHeader(getTranslation("project.outcome.stage.ACHIEVED"))
                .setAutoWidth(true);
        outcomes.setItems(found.outcomes());
        Indicators.Money money = found.budgets();
        shown.add(section("projects", table(found.projectsByStatus(), r -> getTranslation("project.status." + r.label()),
                        r -> String.valueOf(r.count())),
                found.projectsByTheme().isEmpty() ? new Span() : table(found.projectsByTheme(), Indicators.Row::label,
                        r -> String.valueOf(r.count())),
                outcomes,
                new Paragraph(getTranslation("indicators.projects.money", euros.format(BigDecimal.valueOf(money.expensesCents(), 2)),
                        euros.format(BigDecimal.valueOf(money.incomeCents(), 2)),
                        money.publicShare() == null ? "—" : numbers.format(money.publicShare()),
                        money.selfFinancing() == null ? "—" : numbers.format(money.selfFinancing()),
                        money.partnersPerProject() == null ? "—" : numbers.format(money.partnersPerProject())))));
        shown.add(section("in-kind", found.inKind().isEmpty() ? new Paragraph(getTranslation("indicators.none"))
                        : table(found.inKind(), r -> getTranslation("inkind.category." + r.label()),
                        r -> euros.format(BigDecimal.valueOf(r.count(), 2))),
                new Paragraph(getTranslation("indicators.total",
                        euros.format(BigDecimal.valueOf(found.inKindCents(), 2))))));
        shown.add(section("shared", found.sharedCosts().isEmpty() ? new Paragraph(getTranslation("indicators.none"))
                        : table(found.sharedCosts(), Indicators.Row::label,
                        r -> euros.format(BigDecimal.valueOf(r.count(), 2))),
                new Paragraph(getTranslation("indicators.total",
                        euros.format(BigDecimal.valueOf(found.sharedCostCents(), 2))))));
    }

    /** The funder report of what is shown, as a PDF and as a workbook. */
    private void offerReport(java.util.function.Function<org.coopole.common.report.ExportFormat, byte[]> file,
                             Indicators found) {
        downloads.removeAll();
        Paragraph help = new Paragraph(getTranslation("indicators.report.help"));
        help.addClassName("coopole-hint");
        downloads.add(new H2(getTranslation("indicators.report")), help, org.coopole.common.ui.ExportLinks.of(this,
                getTranslation("indicators.report.file") + "-" + found.from() + "-" + found.to(), List.of(
                        org.coopole.common.report.ExportFormat.PDF, org.coopole.common.report.ExportFormat.XLSX), file));
    }

    /** A titled section with its tables and, beside them, how the figures are computed. */
    private Div section(String name, Component... content) {
        Div section = new Div(new H2(getTranslation("indicators." + name)));
        section.add(content);
        Paragraph method = new Paragraph(getTranslation("indicators.method." + name));
        method.addClassName("coopole-hint");
        section.add(method);
        section.addClassName("coopole-project-section");
        section.setId(name);
        return section;
    }

    private <T> Grid<T> grid() {
        Grid<T> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        return grid;
    }

    private Grid<Indicators.Row> table(List<Indicators.Row> rows, Function<Indicators.Row, String> label,
                                       Function<Indicators.Row, String> figure) {
        Grid<Indicators.Row> grid = grid();
        grid.addColumn(label::apply).setHeader(getTranslation("indicators.what")).setFlexGrow(3);
        grid.addColumn(figure::apply).setHeader(getTranslation("indicators.figure")).setAutoWidth(true);
        grid.setItems(rows);
        return grid;
    }

    /** Who lent to whom: a lender per row, a borrower per column. */
    private Component matrix(Indicators found, long[][] cells, java.util.function.LongFunction<String> format) {
        if (found.lenders().isEmpty()) {
            return new Paragraph(getTranslation("indicators.none"));
        }
        Grid<Integer> grid = grid();
        grid.addColumn(i -> found.lenders().get(i)).setHeader(getTranslation("indicators.lender")).setFlexGrow(2)
                .setFrozen(true);
        for (int j = 0; j < found.borrowers().size(); j++) {
            int column = j;
            grid.addColumn(i -> cells[i][column] == 0 ? "" : format.apply(cells[i][column]))
                    .setHeader(found.borrowers().get(j)).setAutoWidth(true);
        }
        grid.setItems(IntStream.range(0, found.lenders().size()).boxed().toList());
        return grid;
    }

    private String hours(long minutes) {
        return numbers.format(minutes / 60.0) + " h";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.title") + " · Coopole";
    }
}
