package org.coopole.costs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import org.coopole.common.report.ExportFormat;
import org.coopole.common.ui.ExportLinks;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.costs.CostKey;
import org.coopole.costs.CostPeriod;
import org.coopole.costs.CostPoolChangedMeanwhile;
import org.coopole.costs.CostService;
import org.coopole.costs.Pool;
import org.coopole.costs.PoolData;
import org.coopole.costs.ShareData;
import org.coopole.costs.Statement;
import org.coopole.resource.ResourceService;
import org.coopole.security.Account;
import org.coopole.security.CurrentAccount;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Répartition des coûts": an organisation's statement for a period (the animators choose which; a manager reads
 * their own), with its CSV export; the animators' table of every organisation's total; and the pools, which their
 * keepers create and change.
 */
@Route("costs")
@Menu(order = 26, icon = "vaadin:scale", title = "costs.nav")
@ForPoleRoles({PoleRole.ANIMATOR, PoleRole.ORGANISATION_MANAGER})
@PermitAll
class CostsView extends Div implements HasDynamicTitle {

    private final CostService costs;
    private final PoleId poleId;
    private final ZoneId zone;
    private final boolean animator;
    private final boolean manager;
    private final OrganisationId mine;
    private final Map<OrganisationId, String> organisations;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<OrganisationId> organisation = new ComboBox<>();
    private final Div statement = new Div();
    private final Div all = new Div();
    private final Div pools = new Div();
    private final NumberFormat euros;

    private final org.coopole.costs.InKindService inKind;
    private final Div inKindShown = new Div();
    private final Div rules = new Div();
    private final com.vaadin.flow.component.select.Select<Integer> year = new com.vaadin.flow.component.select.Select<>();

    CostsView(CurrentAccount current, CostService costs, ResourceService resources,
              org.coopole.costs.InKindService inKind) {
        this.costs = costs;
        this.inKind = inKind;
        Account me = current.get();
        this.poleId = current.pole().map(Account.PoleMembership::poleId).orElseThrow();
        this.animator = current.pole().map(p -> p.roles().contains(PoleRole.ANIMATOR)).orElse(false);
        this.manager = current.pole().map(p -> p.roles().contains(PoleRole.ORGANISATION_MANAGER)).orElse(false);
        this.mine = me.organisationId();
        this.zone = resources.timeZone(poleId);
        this.organisations = costs.organisations(poleId);
        this.euros = NumberFormat.getCurrencyInstance(getLocale());
        euros.setCurrency(Currency.getInstance("EUR"));
        addClassName("coopole-page");
        add(new H1(getTranslation("costs.title")), new Paragraph(getTranslation("costs.intro")));

        LocalDate today = LocalDate.now(zone);
        from.setLabel(getTranslation("costs.from"));
        to.setLabel(getTranslation("costs.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.setValue(today.withDayOfYear(1));
        to.setValue(today.withDayOfYear(today.lengthOfYear()));
        organisation.setLabel(getTranslation("costs.organisation"));
        organisation.setItems(animator ? List.copyOf(organisations.keySet()) : List.of(mine));
        organisation.setItemLabelGenerator(o -> organisations.getOrDefault(o, me.organisationName()));
        organisation.setValue(mine != null && (!animator || organisations.containsKey(mine)) ? mine
                : organisations.keySet().stream().findFirst().orElse(null));
        organisation.setReadOnly(!animator);
        organisation.setWidth("min(22rem, 100%)");
        Button show = new Button(getTranslation("costs.show"), e -> showStatements());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div filters = new Div(from, to, organisation, show);
        filters.addClassName("coopole-filters");
        add(new H2(getTranslation("costs.statement")), filters, statement);
        if (animator) {
            add(new H2(getTranslation("costs.all")), all);
        }
        add(new H2(getTranslation("costs.pools")), pools);
        year.setLabel(getTranslation("inkind.year"));
        year.setItems(java.util.stream.IntStream.rangeClosed(today.getYear() - 5, today.getYear()).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        year.setValue(today.getYear());
        year.addValueChangeListener(e -> showInKind());
        Div inKindFilters = new Div(year);
        inKindFilters.addClassName("coopole-filters");
        add(new H2(getTranslation("inkind.title")), new Paragraph(getTranslation("inkind.intro")), inKindFilters,
                inKindShown);
        if (manager) {
            add(new H2(getTranslation("inkind.rules")), rules);
            showRules();
        }
        organisation.addValueChangeListener(e -> showInKind());
        showStatements();
        showPools();
        showInKind();
    }

    /** What the chosen organisation gave and received in kind in the chosen year. */
    private void showInKind() {
        inKindShown.removeAll();
        if (organisation.getValue() == null || year.getValue() == null) {
            return;
        }
        var shown = inKind.statement(poleId, organisation.getValue(), year.getValue());
        Grid<org.coopole.costs.InKindCategory> totals = new Grid<>();
        totals.setAllRowsVisible(true);
        totals.addColumn(c -> getTranslation(c.translationKey())).setHeader(getTranslation("inkind.category"))
                .setFlexGrow(2);
        totals.addColumn(c -> money(shown.givenByCategory().getOrDefault(c, 0L))).setHeader(getTranslation("inkind.given"))
                .setAutoWidth(true);
        totals.addColumn(c -> money(shown.receivedByCategory().getOrDefault(c, 0L)))
                .setHeader(getTranslation("inkind.received")).setAutoWidth(true);
        totals.setItems(org.coopole.costs.InKindCategory.values());
        inKindShown.add(totals);
        var times = org.coopole.common.Dates.dateTimes(getLocale(), zone);
        for (var part : List.of(Map.entry("inkind.given", shown.given()), Map.entry("inkind.received", shown.received()))) {
            if (part.getValue().isEmpty()) {
                continue;
            }
            inKindShown.add(new H3(getTranslation(part.getKey())));
            part.getValue().forEach(l -> inKindShown.add(new Paragraph(getTranslation("inkind.line", l.resourceName(),
                    l.otherOrganisation(), times.format(l.start()), money(l.worthCents()), money(l.paidCents()),
                    money(l.valueCents())))));
        }
        if (!shown.unvalued().isEmpty()) {
            inKindShown.add(new Paragraph(getTranslation("inkind.unvalued", shown.unvalued().size())));
        }
        if (!shown.methods().isEmpty()) {
            inKindShown.add(new H3(getTranslation("inkind.methods")));
            shown.methods().forEach(m -> inKindShown.add(new Paragraph(m.resourceName() + " (" + m.ownerName() + ") : "
                    + m.rule() + (m.note().isBlank() ? "" : " — " + m.note()))));
        }
        OrganisationId who = shown.organisation();
        int chosen = shown.year();
        java.util.Locale language = getLocale();
        inKindShown.add(ExportLinks.of(this, getTranslation("inkind.file") + "-" + chosen, List.of(ExportFormat.CSV, ExportFormat.XLSX,
                ExportFormat.PDF), format -> inKind.statementFile(poleId, who, chosen, language, format)));
    }

    /** The manager's organisation's resources and how each is valued when lent in kind. */
    private void showRules() {
        rules.removeAll();
        Grid<org.coopole.costs.Valued> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(org.coopole.costs.Valued::name).setHeader(getTranslation("inkind.resource")).setFlexGrow(2);
        grid.addColumn(v -> v.rule() == null ? getTranslation("inkind.rule.none")
                : getTranslation(v.rule().method().translationKey())).setHeader(getTranslation("inkind.method"))
                .setFlexGrow(1);
        grid.addComponentColumn(v -> {
            Button set = new Button(getTranslation("inkind.set"), e -> openRule(v));
            set.addThemeVariants(ButtonVariant.LUMO_SMALL);
            set.setAriaLabel(getTranslation("inkind.set-label", v.name()));
            return set;
        }).setHeader(getTranslation("inkind.action")).setAutoWidth(true);
        grid.setItems(inKind.valuationRules(poleId));
        rules.add(grid);
    }

    private void openRule(org.coopole.costs.Valued valued) {
        Dialog dialog = new Dialog(getTranslation("inkind.set-label", valued.name()));
        dialog.setWidth("min(36rem, 95vw)");
        com.vaadin.flow.component.select.Select<org.coopole.costs.ValuationMethod> method =
                new com.vaadin.flow.component.select.Select<>();
        method.setLabel(getTranslation("inkind.method"));
        method.setItems(org.coopole.costs.ValuationMethod.values());
        method.setItemLabelGenerator(m -> m == null ? "" : getTranslation(m.translationKey()));
        com.vaadin.flow.component.select.Select<org.coopole.resource.RateUnit> unit =
                new com.vaadin.flow.component.select.Select<>();
        unit.setLabel(getTranslation("inkind.unit"));
        unit.setItems(org.coopole.resource.RateUnit.HOUR, org.coopole.resource.RateUnit.HALF_DAY,
                org.coopole.resource.RateUnit.DAY);
        unit.setItemLabelGenerator(u -> u == null ? "" : getTranslation("inkind.unit." + u.name()));
        BigDecimalField amount = new BigDecimalField(getTranslation("inkind.amount"));
        amount.setSuffixComponent(new Span("€"));
        BigDecimalField coefficient = new BigDecimalField(getTranslation("inkind.coefficient"));
        coefficient.setHelperText(getTranslation("inkind.coefficient.help"));
        com.vaadin.flow.component.select.Select<org.coopole.costs.InKindCategory> category =
                new com.vaadin.flow.component.select.Select<>();
        category.setLabel(getTranslation("inkind.category"));
        category.setItems(org.coopole.costs.InKindCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.translationKey()));
        com.vaadin.flow.component.textfield.TextArea note =
                new com.vaadin.flow.component.textfield.TextArea(getTranslation("inkind.note"));
        note.setMaxLength(org.coopole.costs.ValuationData.NOTE_MAX);
        note.setWidthFull();
        var rule = valued.rule();
        method.setValue(rule == null ? org.coopole.costs.ValuationMethod.RATE : rule.method());
        category.setValue(rule == null ? org.coopole.costs.InKindCategory.of(valued.kind()) : rule.category());
        if (rule != null) {
            unit.setValue(rule.unit());
            amount.setValue(rule.cents() == null ? null : BigDecimal.valueOf(rule.cents(), 2));
            coefficient.setValue(rule.smicCoefficient());
            note.setValue(rule.note());
        }
        Runnable which = () -> {
            var m = method.getValue();
            unit.setVisible(m == org.coopole.costs.ValuationMethod.RENTAL);
            amount.setVisible(m == org.coopole.costs.ValuationMethod.RENTAL
                    || m == org.coopole.costs.ValuationMethod.HOURLY_COST);
            coefficient.setVisible(m == org.coopole.costs.ValuationMethod.SMIC);
        };
        method.addValueChangeListener(e -> which.run());
        which.run();
        Button save = new Button(getTranslation("costs.pool.save"), e -> {
            try {
                Long cents = null;
                if (amount.getValue() != null) {
                    if (amount.getValue().stripTrailingZeros().scale() > 2) {
                        throw new InvalidField("cents", "costs.pool.amount-cents");
                    }
                    try {
                        cents = amount.getValue().movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
                    } catch (ArithmeticException tooBig) {
                        throw new InvalidField("cents", "costs.pool.amount-out-of-range");
                    }
                }
                inKind.setValuation(poleId, valued.resource(), new org.coopole.costs.ValuationData(method.getValue(),
                        unit.getValue(), cents, coefficient.getValue(), category.getValue(), note.getValue()));
                dialog.close();
                showRules();
                showInKind();
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("method", method, "unit", unit, "cents", amount, "smicCoefficient",
                        coefficient, "category", category, "note", note), refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(method, unit, amount, coefficient, category, note);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void showStatements() {
        statement.removeAll();
        all.removeAll();
        Map<String, DatePicker> fields = Map.of("from", from, "to", to);
        FieldErrors.clear(fields);
        if (organisation.getValue() == null) {
            statement.add(new Paragraph(getTranslation("costs.no-organisation")));
            return;
        }
        try {
            if (animator) {
                // every organisation's at once: the chosen one's is among them, not computed a second time
                List<Statement> every = costs.statements(poleId, from.getValue(), to.getValue());
                every.stream().filter(s -> s.organisation().equals(organisation.getValue())).findFirst()
                        .ifPresent(s -> statement.add(statementOf(s)));
                all.add(allOf(every));
            } else {
                statement.add(statementOf(costs.statement(poleId, organisation.getValue(), from.getValue(),
                        to.getValue())));
            }
        } catch (InvalidField refusal) {
            FieldErrors.show(this, fields, refusal);
        }
    }

    private Component statementOf(Statement shown) {
        Div div = new Div();
        if (shown.pools().isEmpty()) {
            div.add(new Paragraph(getTranslation("costs.statement.no-pool")));
        } else {
            Grid<Statement.PoolShare> grid = new Grid<>();
            grid.addClassName("coopole-costs-grid");
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addColumn(Statement.PoolShare::poolName).setHeader(getTranslation("costs.pool")).setFlexGrow(2);
            grid.addColumn(p -> money(p.poolCents())).setHeader(getTranslation("costs.pool.amount-period"))
                    .setAutoWidth(true);
            grid.addColumn(this::basisOf).setHeader(getTranslation("costs.basis")).setFlexGrow(2);
            NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
            percent.setMaximumFractionDigits(2);
            grid.addColumn(p -> percent.format(p.fraction())).setHeader(getTranslation("costs.fraction"))
                    .setAutoWidth(true);
            grid.addColumn(p -> money(p.shareCents())).setHeader(getTranslation("costs.share")).setAutoWidth(true);
            grid.setItems(shown.pools());
            div.add(grid);
        }
        var times = org.coopole.common.Dates.dateTimes(getLocale(), zone);
        if (!shown.owes().isEmpty()) {
            div.add(new H3(getTranslation("costs.owes")));
            shown.owes().forEach(c -> div.add(new Paragraph(getTranslation("costs.charge", c.resourceName(),
                    c.otherOrganisation(), times.format(c.start()), money(c.cents())))));
        }
        if (!shown.owed().isEmpty()) {
            div.add(new H3(getTranslation("costs.owed")));
            shown.owed().forEach(c -> div.add(new Paragraph(getTranslation("costs.charge", c.resourceName(),
                    c.otherOrganisation(), times.format(c.start()), money(c.cents())))));
        }
        Div totals = new Div();
        totals.addClassName("coopole-facts");
        totals.add(new Div(new Span(getTranslation("costs.total.pools")), new Span(money(shown.poolsCents()))));
        totals.add(new Div(new Span(getTranslation("costs.total.owes")), new Span(money(shown.owesCents()))));
        totals.add(new Div(new Span(getTranslation("costs.total")), new Span(money(shown.totalCents()))));
        totals.add(new Div(new Span(getTranslation("costs.total.owed")), new Span(money(shown.owedCents()))));
        div.add(totals);
        OrganisationId who = shown.organisation();
        LocalDate start = shown.from();
        LocalDate end = shown.to();
        java.util.Locale language = getLocale();
        div.add(ExportLinks.of(this, getTranslation("costs.file") + "-" + start + "-" + end, List.of(ExportFormat.CSV, ExportFormat.XLSX,
                ExportFormat.PDF), format -> costs.statementFile(poleId, who, start, end, language, format)));
        return div;
    }

    private String basisOf(Statement.PoolShare share) {
        NumberFormat figures = NumberFormat.getNumberInstance(getLocale());
        figures.setMaximumFractionDigits(2);
        List<String> parts = new ArrayList<>();
        for (Statement.Basis basis : share.basis()) {
            parts.add(getTranslation("costs.basis.line", getTranslation(basis.key().translationKey()), basis.weight(),
                    figures.format(basis.own()), figures.format(basis.total())));
        }
        return String.join(" · ", parts);
    }

    private Component allOf(List<Statement> statements) {
        Grid<Statement> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Statement::organisationName).setHeader(getTranslation("costs.organisation")).setFlexGrow(1);
        grid.addColumn(s -> money(s.poolsCents())).setHeader(getTranslation("costs.total.pools")).setAutoWidth(true);
        grid.addColumn(s -> money(s.owesCents())).setHeader(getTranslation("costs.total.owes")).setAutoWidth(true);
        grid.addColumn(s -> money(s.totalCents())).setHeader(getTranslation("costs.total")).setAutoWidth(true);
        grid.setItems(statements.stream().filter(s -> !s.pools().isEmpty() || s.totalCents() > 0).toList());
        Div div = new Div(grid);
        // each pool, shared out to the cent
        Map<String, long[]> check = new LinkedHashMap<>();
        statements.forEach(s -> s.pools().forEach(p -> check.computeIfAbsent(p.poolName(), n -> new long[] {p.poolCents(), 0})[1]
                += p.shareCents()));
        check.forEach((name, sums) -> div.add(new Paragraph(getTranslation("costs.check", name, money(sums[1]),
                money(sums[0])))));
        return div;
    }

    private void showPools() {
        pools.removeAll();
        List<Pool> list = costs.pools(poleId);
        if (list.isEmpty()) {
            pools.add(new Paragraph(getTranslation("costs.pools.none")));
        }
        for (Pool pool : list) {
            Div card = new Div();
            card.addClassName("coopole-journal-entry");
            String keys = String.join(", ", java.util.Arrays.stream(CostKey.values()).filter(k -> pool.data().weight(k) > 0)
                    .map(k -> getTranslation(k.translationKey()) + " " + pool.data().weight(k) + " %").toList());
            card.add(new H3(pool.data().name()), new Paragraph(getTranslation("costs.pool.line",
                    money(pool.data().amountCents()), getTranslation(pool.data().period().translationKey()),
                    pool.owner() == null ? getTranslation("costs.pool.of-pole") : pool.ownerName(), keys)));
            card.add(new Paragraph(getTranslation("costs.pool.shared-by",
                    String.join(", ", pool.organisationNames().values()))));
            if (!pool.resourceNames().isEmpty()) {
                card.add(new Paragraph(getTranslation("costs.pool.covers", String.join(", ", pool.resourceNames().values()))));
            }
            if (pool.editable()) {
                Button edit = new Button(getTranslation("costs.pool.edit"), e -> openPool(pool, pool.owner() == null));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                edit.setAriaLabel(getTranslation("costs.pool.edit-label", pool.data().name()));
                Button remove = new Button(getTranslation("costs.pool.remove"), e -> {
                    costs.remove(poleId, pool.id());
                    showPools();
                    showStatements();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("costs.pool.remove-label", pool.data().name()));
                card.add(new Div(edit, remove));
            }
            pools.add(card);
        }
        Div actions = new Div();
        actions.addClassName("coopole-actions");
        if (animator) {
            actions.add(new Button(getTranslation("costs.pool.new-pole"), e -> openPool(null, true)));
        }
        if (mine != null && manager) {
            actions.add(new Button(getTranslation("costs.pool.new-mine"), e -> openPool(null, false)));
        }
        pools.add(actions);
    }

    /** The pool's form: what it is, its keys' weights, the resources it covers and who shares it with what figures. */
    private void openPool(Pool pool, boolean polePool) {
        Dialog dialog = new Dialog(getTranslation(pool == null ? "costs.pool.new" : "costs.pool.edit"));
        dialog.setWidth("min(48rem, 95vw)");
        TextField name = new TextField(getTranslation("costs.pool.name"));
        name.setMaxLength(PoolData.NAME_MAX);
        name.setWidthFull();
        RadioButtonGroup<CostPeriod> period = new RadioButtonGroup<>(getTranslation("costs.pool.period"));
        period.setItems(CostPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation(p.translationKey()));
        period.setValue(CostPeriod.YEAR);
        BigDecimalField amount = new BigDecimalField(getTranslation("costs.pool.amount"));
        amount.setSuffixComponent(new Span("€"));
        Map<CostKey, IntegerField> weights = new EnumMap<>(CostKey.class);
        Div keys = new Div();
        keys.addClassName("coopole-filters");
        for (CostKey key : CostKey.values()) {
            IntegerField weight = new IntegerField(getTranslation(key.translationKey()));
            weight.setMin(0);
            weight.setMax(PoolData.WEIGHT_MAX);
            weight.setValue(0);
            weight.setSuffixComponent(new Span("%"));
            weight.setWidth("9rem");
            weights.put(key, weight);
            keys.add(weight);
        }
        Map<ResourceId, String> resourceChoices = costs.resources(poleId, polePool);
        MultiSelectComboBox<ResourceId> covered = new MultiSelectComboBox<>(getTranslation("costs.pool.resources"));
        covered.setItems(resourceChoices.keySet());
        covered.setItemLabelGenerator(r -> resourceChoices.getOrDefault(r, ""));
        covered.setWidthFull();
        MultiSelectComboBox<OrganisationId> sharing = new MultiSelectComboBox<>(getTranslation("costs.pool.organisations"));
        sharing.setItems(organisations.keySet());
        sharing.setItemLabelGenerator(o -> organisations.getOrDefault(o, ""));
        sharing.setWidthFull();
        Div figures = new Div();
        Map<OrganisationId, BigDecimalField[]> rows = new LinkedHashMap<>();
        Runnable showFigures = () -> {
            Map<OrganisationId, BigDecimal[]> kept = new LinkedHashMap<>();
            rows.forEach((o, f) -> kept.put(o, new BigDecimal[] {f[0].getValue(), f[1].getValue(), f[2].getValue()}));
            rows.clear();
            figures.removeAll();
            for (OrganisationId o : organisations.keySet()) {
                if (!sharing.getSelectedItems().contains(o)) {
                    continue;
                }
                BigDecimalField area = new BigDecimalField(getTranslation("costs.share.area"));
                BigDecimalField heads = new BigDecimalField(getTranslation("costs.share.headcount"));
                BigDecimalField percent = new BigDecimalField(getTranslation("costs.share.percent"));
                BigDecimal[] before = kept.get(o);
                if (before != null) {
                    area.setValue(before[0]);
                    heads.setValue(before[1]);
                    percent.setValue(before[2]);
                }
                area.setAriaLabel(getTranslation("costs.share.area-of", organisations.get(o)));
                heads.setAriaLabel(getTranslation("costs.share.headcount-of", organisations.get(o)));
                percent.setAriaLabel(getTranslation("costs.share.percent-of", organisations.get(o)));
                Div row = new Div(new Span(organisations.get(o)), area, heads, percent);
                row.addClassName("coopole-share-row");
                figures.add(row);
                rows.put(o, new BigDecimalField[] {area, heads, percent});
            }
        };
        sharing.addValueChangeListener(e -> showFigures.run());
        if (pool != null) {
            name.setValue(pool.data().name());
            period.setValue(pool.data().period());
            amount.setValue(BigDecimal.valueOf(pool.data().amountCents(), 2));
            weights.forEach((k, f) -> f.setValue(pool.data().weight(k)));
            covered.setValue(Set.copyOf(pool.data().resources()));
            sharing.setValue(pool.data().shares().stream().map(ShareData::organisation).collect(
                    java.util.stream.Collectors.toSet()));
            showFigures.run();
            for (ShareData share : pool.data().shares()) {
                BigDecimalField[] f = rows.get(share.organisation());
                if (f != null) {
                    f[0].setValue(share.areaM2());
                    f[1].setValue(share.headcount());
                    f[2].setValue(share.percent());
                }
            }
        }
        Paragraph error = new Paragraph();
        error.addClassName("coopole-field-error");
        error.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("costs.pool.save"), e -> {
            error.setText("");
            try {
                BigDecimal euros = amount.getValue();
                if (euros == null) {
                    throw new InvalidField("amount", "validation.required");
                }
                if (euros.stripTrailingZeros().scale() > 2) {
                    throw new InvalidField("amount", "costs.pool.amount-cents");
                }
                long cents;
                try {
                    cents = euros.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
                } catch (ArithmeticException tooBig) {
                    throw new InvalidField("amount", "costs.pool.amount-out-of-range");
                }
                Map<CostKey, Integer> chosen = new EnumMap<>(CostKey.class);
                weights.forEach((k, f) -> chosen.put(k, f.getValue() == null ? 0 : f.getValue()));
                List<ShareData> shares = new ArrayList<>();
                rows.forEach((o, f) -> shares.add(new ShareData(o, f[0].getValue(), f[1].getValue(), f[2].getValue())));
                costs.save(poleId, pool == null ? null : pool.id(), pool == null ? 0 : pool.version(), polePool,
                        new PoolData(name.getValue(), period.getValue(), cents, chosen,
                                List.copyOf(covered.getSelectedItems()), shares));
                dialog.close();
                showPools();
                showStatements();
            } catch (InvalidField refusal) {
                switch (refusal.field()) {
                    case "name" -> FieldErrors.show(this, Map.of("name", name), refusal);
                    case "amount" -> FieldErrors.show(this, Map.of("amount", amount), refusal);
                    case "resources" -> FieldErrors.show(this, Map.of("resources", covered), refusal);
                    default -> { // weights and shares: the form's, shown beside the button
                        error.setText(FieldErrors.message(this, refusal));
                        error.scrollIntoView();
                    }
                }
            } catch (CostPoolChangedMeanwhile changed) {
                error.setText(getTranslation("costs.pool.changed-meanwhile"));
                error.scrollIntoView();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name, period, amount, new H3(getTranslation("costs.pool.keys")),
                new Paragraph(getTranslation("costs.pool.keys.help")), keys, covered, sharing, figures, error);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private String money(long cents) {
        return euros.format(BigDecimal.valueOf(cents, 2));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("costs.title") + " · Coopole";
    }
}
