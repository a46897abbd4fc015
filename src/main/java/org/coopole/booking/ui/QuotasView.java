package org.coopole.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.booking.Quota;
import org.coopole.booking.QuotaData;
import org.coopole.booking.QuotaPeriod;
import org.coopole.booking.QuotaService;
import org.coopole.booking.QuotaUse;
import org.coopole.common.Dates;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.ui.DurationWords;
import org.coopole.common.ui.FieldErrors;
import org.coopole.common.ui.Locales;
import org.coopole.common.ui.MoneyWords;
import org.coopole.resource.ResourceKind;
import org.coopole.security.Account;
import org.coopole.security.CurrentAccount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Quotas et crédits": what the person's organisation has used and has left of each quota binding it this period;
 * for the quotas' keepers (the pole's animators, the managers of organisations sharing resources), the quotas, their
 * changes and top-ups.
 */
@Route("quotas")
@Menu(order = 22.5, icon = "vaadin:pie-bar-chart", title = "quota.nav")
@org.coopole.security.ForPoleRoles({org.coopole.security.PoleRole.ANIMATOR,
        org.coopole.security.PoleRole.ORGANISATION_MANAGER, org.coopole.security.PoleRole.MEMBER})
@PermitAll
class QuotasView extends Div implements HasDynamicTitle {

    private final QuotaService quotas;
    private final PoleId poleId;
    private final Div mine = new Div();
    private final Div kept = new Div();
    private final boolean keeper;
    private final boolean animator;
    private final Map<OrganisationId, String> organisations;

    QuotasView(CurrentAccount current, QuotaService quotas) {
        this.quotas = quotas;
        this.poleId = current.pole().map(Account.PoleMembership::poleId).orElseThrow();
        this.keeper = quotas.maySetQuotas(poleId);
        this.animator = current.pole().map(p -> p.roles().contains(org.coopole.security.PoleRole.ANIMATOR))
                .orElse(false);
        this.organisations = quotas.organisations(poleId);
        addClassName("coopole-page");
        add(new H1(getTranslation("quota.title")), new Paragraph(getTranslation("quota.intro")),
                new H2(getTranslation("quota.mine")), mine);
        if (keeper) {
            Button create = new Button(getTranslation("quota.new"), e -> open(null));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("quota-new");
            add(new H2(getTranslation("quota.kept")), new Paragraph(getTranslation("quota.kept.intro")), create, kept);
        }
        refresh();
    }

    private void refresh() {
        showMine();
        if (keeper) {
            showKept();
        }
    }

    private void showMine() {
        mine.removeAll();
        List<QuotaUse> uses = quotas.myUse(poleId);
        if (uses.isEmpty()) {
            mine.add(new Paragraph(getTranslation("quota.mine.none")));
            return;
        }
        for (QuotaUse use : uses) {
            mine.add(card(use));
        }
    }

    /** One quota's use: what it limits, each figure used of allowed with what is left, and when it starts again. */
    Component card(QuotaUse use) {
        Div card = new Div();
        card.addClassName("coopole-quota");
        Quota quota = use.quota();
        card.add(new Span(scope(quota) + " — " + getTranslation(quota.period().translationKey())));
        if (use.minutesAllowed() != null) {
            card.add(line(getTranslation("quota.use.hours", hours(use.usedMinutes()), hours(use.minutesAllowed()),
                    hours(use.minutesLeft())), use.usedMinutes(), use.minutesAllowed()));
        }
        if (use.centsAllowed() != null) {
            card.add(line(getTranslation("quota.use.credit", MoneyWords.of(this, use.usedCents()),
                    MoneyWords.of(this, use.centsAllowed()), MoneyWords.of(this, use.centsLeft())), use.usedCents(),
                    use.centsAllowed()));
        }
        if (use.aheadAllowed() != null) {
            card.add(line(getTranslation("quota.use.ahead", use.ahead(), use.aheadAllowed()), use.ahead(),
                    use.aheadAllowed()));
        }
        card.add(new Paragraph(getTranslation("quota.use.resets", Dates.format(use.resetsOn(), Locales.of(this)))));
        return card;
    }

    private Component line(String words, long used, long allowed) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, allowed), Math.min(used, Math.max(1, allowed)));
        bar.getElement().setAttribute("aria-label", words);
        if (used >= allowed) {
            bar.addThemeName("error");
        }
        return new Div(new Paragraph(words), bar);
    }

    private void showKept() {
        kept.removeAll();
        List<Quota> all = quotas.quotas(poleId).stream().filter(Quota::keeps).toList();
        if (all.isEmpty()) {
            kept.add(new Paragraph(getTranslation("quota.kept.none")));
            return;
        }
        Grid<Quota> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(this::scope).setHeader(getTranslation("quota.scope")).setFlexGrow(2);
        grid.addColumn(q -> q.organisation() == null ? getTranslation("quota.each") : q.organisationName())
                .setHeader(getTranslation("quota.organisation")).setFlexGrow(2);
        grid.addColumn(this::limits).setHeader(getTranslation("quota.limits")).setFlexGrow(3);
        grid.addComponentColumn(q -> {
            Button edit = new Button(getTranslation("quota.edit"), e -> open(q));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("quota.edit-label", scope(q)));
            Button topUp = new Button(getTranslation("quota.top-up"), e -> openTopUp(q));
            topUp.addThemeVariants(ButtonVariant.LUMO_SMALL);
            topUp.setAriaLabel(getTranslation("quota.top-up-label", scope(q)));
            Button remove = new Button(getTranslation("quota.remove"), e -> {
                quotas.remove(poleId, q.id());
                Notification.show(getTranslation("quota.removed"));
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("quota.remove-label", scope(q)));
            Div actions = new Div(edit, topUp, remove);
            actions.addClassName("coopole-actions");
            return actions;
        }).setHeader(getTranslation("quota.actions")).setAutoWidth(true);
        grid.setItems(all);
        kept.add(grid);
    }

    private String limits(Quota q) {
        List<String> parts = new ArrayList<>();
        String per = getTranslation("quota.per." + q.period().name());
        if (q.maxMinutes() != null) {
            parts.add(hours(q.maxMinutes()) + " " + per);
        }
        if (q.creditCents() != null) {
            parts.add(getTranslation("quota.limit.credit", MoneyWords.of(this, q.creditCents()), per));
        }
        if (q.maxAhead() != null) {
            parts.add(getTranslation("quota.limit.ahead", q.maxAhead()));
        }
        return String.join(" · ", parts);
    }

    private String scope(Quota q) {
        return q.resource() != null ? q.resourceName() : getTranslation("quota.scope." + q.kind().name());
    }

    private String hours(long minutes) {
        return DurationWords.of(this, minutes);
    }

    /** The form of a new quota ({@code existing} null) or of one to change; what was typed stays when refused. */
    private void open(Quota existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "quota.new" : "quota.edit-label",
                existing == null ? "" : scope(existing)));
        dialog.setWidth("min(36rem, 95vw)");
        Map<ResourceId, String> resources = quotas.resources(poleId);
        RadioButtonGroup<Boolean> byKind = new RadioButtonGroup<>(getTranslation("quota.limits-what"));
        byKind.setItems(false, true);
        byKind.setItemLabelGenerator(k -> getTranslation(k ? "quota.by-kind" : "quota.by-resource"));
        ComboBox<ResourceId> resource = new ComboBox<>(getTranslation("quota.resource"));
        resource.setItems(List.copyOf(resources.keySet()));
        resource.setItemLabelGenerator(r -> resources.getOrDefault(r, ""));
        resource.setWidthFull();
        Select<ResourceKind> kind = new Select<>();
        kind.setLabel(getTranslation("quota.kind"));
        kind.setItems(ResourceKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.translationKey()));
        ComboBox<OrganisationId> organisation = new ComboBox<>(getTranslation("quota.organisation"));
        organisation.setItems(List.copyOf(organisations.keySet()));
        organisation.setItemLabelGenerator(o -> organisations.getOrDefault(o, ""));
        organisation.setPlaceholder(getTranslation("quota.each"));
        organisation.setHelperText(getTranslation("quota.organisation.help"));
        organisation.setClearButtonVisible(true);
        organisation.setWidthFull();
        Select<QuotaPeriod> period = new Select<>();
        period.setLabel(getTranslation("quota.period"));
        period.setItems(QuotaPeriod.values());
        period.setItemLabelGenerator(p -> p == null ? "" : getTranslation(p.translationKey()));
        period.setValue(QuotaPeriod.MONTH);
        IntegerField hours = new IntegerField(getTranslation("quota.max-hours"));
        hours.setMin(1);
        hours.setMax(8784);
        hours.setSuffixComponent(new Span("h"));
        hours.setHelperText(getTranslation("quota.optional"));
        IntegerField ahead = new IntegerField(getTranslation("quota.max-ahead"));
        ahead.setMin(1);
        ahead.setMax(1000);
        ahead.setHelperText(getTranslation("quota.optional"));
        BigDecimalField credit = new BigDecimalField(getTranslation("quota.credit"));
        credit.setSuffixComponent(new Span("€"));
        credit.setHelperText(getTranslation("quota.credit.help"));
        byKind.setVisible(existing == null && animator);
        byKind.setValue(false);
        kind.setVisible(false);
        byKind.addValueChangeListener(e -> {
            resource.setVisible(!Boolean.TRUE.equals(e.getValue()));
            kind.setVisible(Boolean.TRUE.equals(e.getValue()));
        });
        if (existing != null) {
            resource.setVisible(false);
            organisation.setValue(existing.organisation());
            period.setValue(existing.period());
            hours.setValue(existing.maxMinutes() == null ? null : existing.maxMinutes() / 60);
            ahead.setValue(existing.maxAhead());
            credit.setValue(existing.creditCents() == null ? null : BigDecimal.valueOf(existing.creditCents(), 2));
        }
        Button save = new Button(getTranslation("quota.save"), e -> {
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("scope", resource, "organisation",
                    organisation, "period", period, "maxHours", hours, "maxAhead", ahead, "credit", credit);
            FieldErrors.clear(fields);
            try {
                if (hours.isInvalid() && hours.getValue() == null) {
                    throw new InvalidField("maxHours", "quota.hours.range");
                }
                if (ahead.isInvalid() && ahead.getValue() == null) {
                    throw new InvalidField("maxAhead", "quota.ahead.range");
                }
                boolean kindScope = Boolean.TRUE.equals(byKind.getValue());
                QuotaData data = new QuotaData(kindScope ? null : resource.getValue(),
                        kindScope ? kind.getValue() : null, organisation.getValue(), period.getValue(),
                        hours.getValue(), ahead.getValue(), cents(credit, "credit"));
                if (existing == null && kindScope && data.kind() == null) {
                    throw new InvalidField("scope", "validation.required");
                }
                quotas.save(poleId, existing == null ? null : existing.id(), data);
                dialog.close();
                Notification.show(getTranslation("quota.saved"));
                refresh();
            } catch (InvalidField refusal) {
                if (refusal.field().equals("scope") && Boolean.TRUE.equals(byKind.getValue())) {
                    kind.setErrorMessage(FieldErrors.message(this, refusal));
                    kind.setInvalid(true);
                } else {
                    FieldErrors.show(this, fields, refusal);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("quota-save");
        com.vaadin.flow.component.formlayout.FormLayout form = new com.vaadin.flow.component.formlayout.FormLayout(
                byKind, resource, kind, organisation, period, hours, ahead, credit);
        for (Component wide : List.of(byKind, resource, kind, organisation)) {
            form.setColspan(wide, 2);
        }
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openTopUp(Quota quota) {
        Dialog dialog = new Dialog(getTranslation("quota.top-up-label", scope(quota)));
        dialog.setWidth("min(32rem, 95vw)");
        ComboBox<OrganisationId> organisation = new ComboBox<>(getTranslation("quota.organisation"));
        organisation.setItems(quota.organisation() != null ? List.of(quota.organisation())
                : List.copyOf(organisations.keySet()));
        organisation.setItemLabelGenerator(o -> organisations.getOrDefault(o, ""));
        organisation.setValue(quota.organisation());
        organisation.setWidthFull();
        IntegerField hours = new IntegerField(getTranslation("quota.top-up.hours"));
        hours.setMin(0);
        hours.setSuffixComponent(new Span("h"));
        BigDecimalField euros = new BigDecimalField(getTranslation("quota.top-up.euros"));
        euros.setSuffixComponent(new Span("€"));
        TextField note = new TextField(getTranslation("quota.top-up.note"));
        note.setMaxLength(QuotaService.NOTE_MAX);
        note.setWidthFull();
        Paragraph help = new Paragraph(getTranslation("quota.top-up.help"));
        Button save = new Button(getTranslation("quota.top-up"), e -> {
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("organisation", organisation,
                    "hours", hours, "cents", euros, "note", note);
            FieldErrors.clear(fields);
            try {
                if (hours.isInvalid() && hours.getValue() == null) {
                    throw new InvalidField("hours", "quota.top-up.range");
                }
                Long cents = cents(euros, "cents");
                quotas.topUp(poleId, quota.id(), organisation.getValue(),
                        hours.getValue() == null ? 0 : hours.getValue(), cents == null ? 0 : cents, note.getValue());
                dialog.close();
                Notification.show(getTranslation("quota.topped-up"));
                refresh();
            } catch (InvalidField refusal) {
                FieldErrors.show(this, fields, refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(help, organisation, hours, euros, note);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Euros typed as cents, refused when finer than a cent or too large. */
    private static Long cents(BigDecimalField field, String name) {
        if (field.getValue() == null) {
            if (field.isInvalid()) {
                throw new InvalidField(name, "quota.credit.range");
            }
            return null;
        }
        BigDecimal euros = field.getValue();
        if (euros.signum() < 0 || euros.stripTrailingZeros().scale() > 2) {
            throw new InvalidField(name, "quota.credit.range");
        }
        try {
            return euros.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException tooBig) {
            throw new InvalidField(name, "quota.credit.range");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quota.page-title");
    }
}
