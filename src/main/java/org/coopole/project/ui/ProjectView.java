package org.coopole.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.Dates;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.common.ui.Tags;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.project.Choice;
import org.coopole.project.OutsideKind;
import org.coopole.project.PartnerData;
import org.coopole.project.ProjectId;
import org.coopole.project.ProjectPage;
import org.coopole.project.ProjectService;
import org.coopole.project.ProjectStatus;
import org.coopole.security.Account;
import org.coopole.security.CurrentAccount;

import java.util.List;
import java.util.Map;

/**
 * A joint project's page: its overview (what, when, themes, the lead, each change of status with its date) and its
 * partners with their roles. Its editors change it and its partners; a partner's managers change their own role.
 */
@Route("projects/:id")
@PermitAll
class ProjectView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final PoleId poleId;
    private List<Choice> organisations;
    private ProjectPage page;
    private String title = "";

    private final java.time.ZoneId zone;
    private final org.coopole.project.ProjectActivityService activity;
    private final org.coopole.project.ProjectJournalService journal;
    private final org.coopole.project.ProjectSheetService sheets;
    private final boolean manager;
    private final boolean animator;

    ProjectView(CurrentAccount current, ProjectService projects, org.coopole.resource.ResourceService resources,
                org.coopole.project.ProjectActivityService activity, org.coopole.project.ProjectJournalService journal,
                org.coopole.project.ProjectSheetService sheets) {
        this.projects = projects;
        this.activity = activity;
        this.journal = journal;
        this.sheets = sheets;
        this.poleId = current.pole().map(Account.PoleMembership::poleId).orElse(null);
        var roles = current.pole().map(Account.PoleMembership::roles).orElse(java.util.Set.of());
        this.manager = roles.contains(org.coopole.security.PoleRole.ORGANISATION_MANAGER);
        this.animator = roles.contains(org.coopole.security.PoleRole.ANIMATOR);
        this.zone = poleId == null ? java.time.ZoneOffset.UTC : resources.timeZone(poleId); // the pole's clock
        addClassName("coopole-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProjectId id = event.getRouteParameters().get("id").flatMap(ProjectId::parse).orElse(null);
        if (poleId == null || id == null) {
            throw new NotFoundException();
        }
        page = projects.page(poleId, id).orElseThrow(NotFoundException::new);
        organisations = projects.organisations(poleId);
        show();
    }

    private void show() {
        removeAll();
        title = page.data().title();
        Div tags = new Div(Tags.tag(getTranslation(page.status().translationKey())));
        page.data().themes().forEach(t -> tags.add(Tags.tag(t)));
        tags.addClassName("coopole-tags");
        Div head = new Div(new H1(page.data().title()));
        head.addClassName("coopole-page-head");
        Div actions = new Div();
        actions.addClassName("coopole-actions");
        if (page.editable()) {
            actions.add(new Button(getTranslation("project.edit"), e -> openEdit()));
        }
        ProjectId id = page.id();
        java.util.Locale language = getLocale();
        com.vaadin.flow.component.html.Anchor pdf = new com.vaadin.flow.component.html.Anchor(
                com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> sheets.sheet(poleId, id, language)
                        .map(bytes -> new com.vaadin.flow.server.streams.DownloadResponse(
                                new java.io.ByteArrayInputStream(bytes), "projet-" + id + ".pdf", "application/pdf",
                                bytes.length))
                        .orElseGet(() -> com.vaadin.flow.server.streams.DownloadResponse.error(404))),
                getTranslation("project.sheet.download"));
        pdf.getElement().setAttribute("download", true);
        pdf.addClassName("coopole-button-link");
        actions.add(pdf);
        var sections = activity.sections(poleId, id).orElseThrow(NotFoundException::new);
        if (sections.mayWrite()) {
            // the messaging screen opens (or joins) the project's conversation from its address
            actions.add(new Button(getTranslation("project.conversation.open"),
                    com.vaadin.flow.component.icon.VaadinIcon.COMMENT_O.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("messages",
                            com.vaadin.flow.router.QueryParameters.of("project", id.toString())))));
        }
        head.add(actions);
        add(head, tags);
        var budget = sections.budget();
        var entries = sections.journal();
        // one page of sections with a table of contents (Vaadin's TabSheet failed axe-core's aria-required-children;
        // see decision 0019): each section has its own address, e.g. projects/<id>#journal
        com.vaadin.flow.component.html.Nav contents = new com.vaadin.flow.component.html.Nav();
        contents.addClassName("coopole-contents");
        contents.setAriaLabel(getTranslation("project.contents"));
        java.util.List<String[]> anchors = new java.util.ArrayList<>();
        anchors.add(new String[] {"overview", "project.tab.overview"});
        anchors.add(new String[] {"partners", "project.tab.partners"});
        if (budget.isPresent()) {
            anchors.add(new String[] {"budget", "project.budget"});
        }
        anchors.add(new String[] {"outcomes", "project.tab.outcomes"});
        anchors.add(new String[] {"milestones", "project.tab.milestones"});
        if (entries.isPresent()) {
            anchors.add(new String[] {"journal", "project.tab.journal"});
        }
        anchors.add(new String[] {"used", "project.tab.used"});
        for (String[] section : anchors) {
            // a plain in-page link: the router must not take it for a route
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                    "projects/" + id + "#" + section[0], getTranslation(section[1]));
            link.getElement().setAttribute("router-ignore", true);
            contents.add(link);
        }
        add(contents);
        Runnable reload = this::reload;
        add(ProjectParts.section(this, "overview", "project.tab.overview", overview()),
                ProjectParts.section(this, "partners", "project.tab.partners", partners()));
        budget.ifPresent(b -> add(ProjectParts.section(this, "budget", "project.budget", budget(b))));
        add(ProjectParts.section(this, "outcomes", "project.tab.outcomes",
                        new OutcomesSection(activity, poleId, page, sections.outcomes(), sections.mayReport(), animator,
                                java.time.LocalDate.now(zone), reload)),
                ProjectParts.section(this, "milestones", "project.tab.milestones",
                        new MilestonesSection(activity, poleId, page, sections.milestones(),
                                java.time.LocalDate.now(zone), reload)));
        entries.ifPresent(list -> add(ProjectParts.section(this, "journal", "project.tab.journal",
                new JournalSection(journal, poleId, page, list, sections.mayWrite(), zone, reload))));
        add(ProjectParts.section(this, "used", "project.tab.used",
                new UsedSection(activity, poleId, page, sections.used(), sections.hours(), sections.mayReport(), zone,
                        reload)));
    }

    private Component overview() {
        Div overview = new Div();
        if (!page.data().summary().isBlank()) {
            Paragraph summary = new Paragraph(page.data().summary());
            summary.addClassName("coopole-preserve-lines");
            overview.add(summary);
        }
        Div facts = new Div();
        facts.addClassName("coopole-facts");
        facts.add(new Div(new Span(getTranslation("project.lead")), new Span(page.leadName())));
        if (page.data().startsOn() != null) {
            facts.add(new Div(new Span(getTranslation("project.starts-on")),
                    new Span(Dates.format(page.data().startsOn(), getLocale()))));
        }
        if (page.data().endsOn() != null) {
            facts.add(new Div(new Span(getTranslation("project.ends-on")),
                    new Span(Dates.format(page.data().endsOn(), getLocale()))));
        }
        facts.add(new Div(new Span(getTranslation("project.visibility")), new Span(getTranslation(
                page.data().openToPole() ? "project.open-to-pole.yes" : "project.open-to-pole.no"))));
        com.vaadin.flow.component.html.H3 historyTitle = new com.vaadin.flow.component.html.H3(getTranslation("project.history"));
        overview.add(facts, historyTitle);
        var format = Dates.dateTimes(getLocale(), zone);
        Div history = new Div();
        history.addClassName("coopole-history");
        for (ProjectPage.StatusChange change : page.history()) {
            history.add(new Paragraph(getTranslation("project.history.line", getTranslation(change.status().translationKey()),
                    format.format(change.at()), change.byName())));
        }
        overview.add(history);
        if (page.editable()) {
            Select<ProjectStatus> status = new Select<>();
            status.setLabel(getTranslation("project.status.change"));
            status.setItems(ProjectStatus.values());
            status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
            status.setValue(page.status());
            status.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    projects.changeStatus(poleId, page.id(), e.getValue());
                    reload();
                }
            });
            overview.add(status);
        }
        return overview;
    }

    private Component partners() {
        Div partners = new Div();
        if (page.partners().isEmpty()) {
            partners.add(new Paragraph(getTranslation("project.partners.none")));
        }
        for (ProjectPage.Partner partner : page.partners()) {
            Div row = new Div();
            row.addClassName("coopole-partner");
            String kind = partner.outsideKind() == null ? getTranslation("project.partner.member")
                    : getTranslation(partner.outsideKind().translationKey());
            row.add(new Span(partner.name() + " · " + kind + " · " + partner.role()
                    + (partner.contactName() == null ? "" : " · " + getTranslation("project.partner.contact-is",
                    partner.contactName()))));
            if (page.editable() || partner.mine() && manager) { // a partner's managers change their own role
                Button role = new Button(getTranslation("project.partner.change-role"), e -> openRole(partner));
                role.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                role.setAriaLabel(getTranslation("project.partner.change-role-label", partner.name()));
                row.add(role);
            }
            if (page.editable()) {
                Button remove = new Button(getTranslation("project.partner.remove"), e -> {
                    projects.removePartner(poleId, partner.id());
                    reload();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("project.partner.remove-label", partner.name()));
                row.add(remove);
            }
            partners.add(row);
        }
        if (page.editable()) {
            partners.add(addPartner());
        }
        return partners;
    }

    private Component budget(org.coopole.project.Budget budget) {
        Div div = new Div();
        java.text.NumberFormat euros = java.text.NumberFormat.getCurrencyInstance(getLocale());
        euros.setCurrency(java.util.Currency.getInstance("EUR"));
        java.util.function.LongFunction<String> money = cents -> euros.format(java.math.BigDecimal.valueOf(cents, 2));
        if (budget.lines().isEmpty()) {
            div.add(new Paragraph(getTranslation("project.budget.none")));
        }
        for (var line : budget.lines()) {
            Div row = new Div();
            row.addClassName("coopole-partner");
            String what = getTranslation(line.income() ? "project.budget.income" : "project.budget.expense") + " · "
                    + getTranslation(line.actual() ? "project.budget.actual" : "project.budget.planned") + " · "
                    + line.label() + (line.funder() == null ? "" : " (" + getTranslation(line.funder().translationKey()) + ")")
                    + " · " + money.apply(line.amountCents());
            row.add(new Span(what));
            if (page.editable()) {
                Button remove = new Button(getTranslation("project.partner.remove"), e -> {
                    projects.removeBudgetLine(poleId, line.id());
                    reload();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("project.budget.remove-label", line.label()));
                row.add(remove);
            }
            div.add(row);
        }
        Div totals = new Div();
        totals.addClassName("coopole-facts");
        totals.add(new Div(new Span(getTranslation("project.budget.planned-totals")), new Span(getTranslation(
                "project.budget.totals", money.apply(budget.plannedExpenses()), money.apply(budget.plannedIncome())))));
        totals.add(new Div(new Span(getTranslation("project.budget.actual-totals")), new Span(getTranslation(
                "project.budget.totals", money.apply(budget.actualExpenses()), money.apply(budget.actualIncome())))));
        if (budget.publicShare() != null) {
            totals.add(new Div(new Span(getTranslation("project.budget.public-share")),
                    new Span(budget.publicShare().toPlainString() + " %")));
            totals.add(new Div(new Span(getTranslation("project.budget.self-financing")),
                    new Span(budget.selfFinancing().toPlainString() + " %")));
        }
        div.add(totals);
        if (page.editable()) {
            div.add(addBudgetLine());
        }
        return div;
    }

    private Component addBudgetLine() {
        Div form = new Div();
        form.addClassName("coopole-form");
        RadioButtonGroup<Boolean> income = new RadioButtonGroup<>(getTranslation("project.budget.direction"));
        income.setItems(false, true);
        income.setItemLabelGenerator(i -> getTranslation(i ? "project.budget.income" : "project.budget.expense"));
        income.setValue(false);
        RadioButtonGroup<Boolean> actual = new RadioButtonGroup<>(getTranslation("project.budget.stage"));
        actual.setItems(false, true);
        actual.setItemLabelGenerator(a -> getTranslation(a ? "project.budget.actual" : "project.budget.planned"));
        actual.setValue(false);
        TextField label = new TextField(getTranslation("project.budget.label"));
        label.setMaxLength(org.coopole.project.BudgetLineData.LABEL_MAX);
        com.vaadin.flow.component.textfield.BigDecimalField amount =
                new com.vaadin.flow.component.textfield.BigDecimalField(getTranslation("project.budget.amount"));
        amount.setSuffixComponent(new Span("€"));
        Select<org.coopole.project.FunderKind> funder = new Select<>();
        funder.setLabel(getTranslation("project.budget.funder"));
        funder.setItems(org.coopole.project.FunderKind.values());
        funder.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.translationKey()));
        funder.setVisible(false);
        income.addValueChangeListener(e -> funder.setVisible(Boolean.TRUE.equals(e.getValue())));
        Button add = new Button(getTranslation("project.budget.add"), e -> {
            try {
                java.math.BigDecimal value = amount.getValue();
                if (value == null || value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
                    throw new InvalidField("amount", "project.budget.amount-cents");
                }
                long cents = value.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
                projects.addBudgetLine(poleId, page.id(), new org.coopole.project.BudgetLineData(
                        Boolean.TRUE.equals(income.getValue()), Boolean.TRUE.equals(actual.getValue()),
                        label.getValue(), cents, funder.getValue()));
                reload();
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("label", label, "amount", amount, "funder", funder), refusal);
            } catch (ArithmeticException tooBig) {
                FieldErrors.show(this, Map.of("amount", amount),
                        new InvalidField("amount", "project.budget.amount-out-of-range"));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(new com.vaadin.flow.component.html.H3(getTranslation("project.budget.add")), income, actual, label,
                amount, funder, add);
        return form;
    }

    private Component addPartner() {
        Div form = new Div();
        form.addClassName("coopole-form");
        RadioButtonGroup<Boolean> member = new RadioButtonGroup<>(getTranslation("project.partner.which"));
        member.setItems(true, false);
        member.setItemLabelGenerator(m -> getTranslation(m ? "project.partner.member" : "project.partner.outside"));
        member.setValue(true);
        ComboBox<Choice> organisation = new ComboBox<>(getTranslation("project.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Choice::name);
        ComboBox<Choice> contact = new ComboBox<>(getTranslation("project.partner.contact"));
        contact.setItemLabelGenerator(Choice::name);
        contact.setClearButtonVisible(true);
        organisation.addValueChangeListener(e -> {
            contact.clear();
            contact.setItems(e.getValue() == null ? List.of()
                    : projects.people(poleId, new OrganisationId(e.getValue().id())));
        });
        TextField outsideName = new TextField(getTranslation("project.partner.outside-name"));
        outsideName.setMaxLength(PartnerData.NAME_MAX);
        Select<OutsideKind> outsideKind = new Select<>();
        outsideKind.setLabel(getTranslation("project.partner.outside-kind"));
        outsideKind.setItems(OutsideKind.values());
        outsideKind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.translationKey()));
        TextField role = new TextField(getTranslation("project.partner.role"));
        role.setMaxLength(PartnerData.ROLE_MAX);
        role.setHelperText(getTranslation("project.partner.role.help"));
        Runnable which = () -> {
            boolean isMember = Boolean.TRUE.equals(member.getValue());
            organisation.setVisible(isMember);
            contact.setVisible(isMember);
            outsideName.setVisible(!isMember);
            outsideKind.setVisible(!isMember);
        };
        member.addValueChangeListener(e -> which.run());
        which.run();
        Button add = new Button(getTranslation("project.partner.add"), e -> {
            try {
                boolean isMember = Boolean.TRUE.equals(member.getValue());
                projects.addPartner(poleId, page.id(), new PartnerData(
                        isMember && organisation.getValue() != null ? new OrganisationId(organisation.getValue().id()) : null,
                        isMember ? null : outsideName.getValue(), isMember ? null : outsideKind.getValue(),
                        role.getValue(), isMember && contact.getValue() != null ? new PersonId(contact.getValue().id()) : null));
                reload();
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("organisation", organisation, "contact", contact, "outsideName",
                        outsideName, "outsideKind", outsideKind, "role", role), refusal);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(new com.vaadin.flow.component.html.H3(getTranslation("project.partner.add")), member, organisation, contact, outsideName,
                outsideKind, role, add);
        return form;
    }

    private void openRole(ProjectPage.Partner partner) {
        Dialog dialog = new Dialog(getTranslation("project.partner.change-role-label", partner.name()));
        TextField role = new TextField(getTranslation("project.partner.role"));
        role.setMaxLength(PartnerData.ROLE_MAX);
        role.setValue(partner.role());
        role.setWidthFull();
        Button save = new Button(getTranslation("project.save"), e -> {
            try {
                projects.changePartnerRole(poleId, partner.id(), role.getValue(), partner.contact());
                dialog.close();
                reload();
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("role", role), refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(role);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openEdit() {
        Dialog dialog = new Dialog(getTranslation("project.edit"));
        ProjectForm form = new ProjectForm(organisations);
        form.show(page.data(), organisations);
        int version = page.version();
        Paragraph meanwhile = new Paragraph();
        meanwhile.addClassName("coopole-field-error");
        meanwhile.getElement().setAttribute("role", "alert");
        meanwhile.setVisible(false);
        Button save = new Button(getTranslation("project.save"), e -> {
            try {
                projects.update(poleId, page.id(), version, form.value());
                dialog.close();
                reload();
            } catch (InvalidField refusal) {
                form.show(refusal);
            } catch (org.coopole.project.ProjectChangedMeanwhile changed) {
                // nothing was written; what was typed stays here, to copy into the version saved meanwhile
                meanwhile.setText(getTranslation("project.changed-meanwhile"));
                meanwhile.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(meanwhile, form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void reload() {
        page = projects.page(poleId, page.id()).orElseThrow(NotFoundException::new);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.page-title", title);
    }
}
