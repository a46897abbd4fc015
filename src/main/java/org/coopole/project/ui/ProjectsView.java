package org.coopole.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.Dates;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.common.ui.Tags;
import org.coopole.common.OrganisationId;
import org.coopole.project.Choice;
import org.coopole.project.ProjectCard;
import org.coopole.project.ProjectId;
import org.coopole.project.ProjectQuery;
import org.coopole.project.ProjectService;
import org.coopole.project.ProjectStatus;
import org.coopole.security.Account;
import org.coopole.security.CurrentAccount;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.util.List;
import java.util.Map;

/**
 * "Projets": the pole's joint projects as cards, filtered by status, theme, organisation, year and words; the pole's
 * animators and organisation managers log a new one.
 */
@Route("projects")
@Menu(order = 25, icon = "vaadin:connect-o", title = "project.nav")
@ForPoleRoles({PoleRole.ANIMATOR, PoleRole.ORGANISATION_MANAGER, PoleRole.MEMBER})
@PermitAll
class ProjectsView extends Div implements HasDynamicTitle {

    private final ProjectService projects;
    private final PoleId poleId;
    private final List<Choice> organisations;
    private final Select<ProjectStatus> status = new Select<>();
    private final TextField theme = new TextField();
    private final ComboBox<Choice> organisation = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final TextField text = new TextField();
    private final Div cards = new Div();
    private final Paragraph count = new Paragraph();

    ProjectsView(CurrentAccount current, ProjectService projects) {
        this.projects = projects;
        Account.PoleMembership pole = current.pole().orElseThrow();
        this.poleId = pole.poleId();
        this.organisations = projects.organisations(poleId);
        addClassName("coopole-page");
        H1 title = new H1(getTranslation("project.list.title"));
        Div head = new Div(title);
        head.addClassName("coopole-page-head");
        if (pole.roles().contains(PoleRole.ANIMATOR) || pole.roles().contains(PoleRole.ORGANISATION_MANAGER)) {
            Button create = new Button(getTranslation("project.new"), VaadinIcon.PLUS.create(), e -> openNew());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            head.add(create);
        }
        status.setLabel(getTranslation("project.status"));
        status.setItems(ProjectStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("project.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("project.filter.any") : getTranslation(s.translationKey()));
        theme.setLabel(getTranslation("project.theme"));
        theme.setMaxLength(50);
        organisation.setLabel(getTranslation("project.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Choice::name);
        organisation.setClearButtonVisible(true);
        year.setLabel(getTranslation("project.year"));
        year.setMin(2000);
        year.setMax(2100);
        year.setClearButtonVisible(true);
        text.setLabel(getTranslation("project.search"));
        text.setMaxLength(200);
        text.setClearButtonVisible(true);
        for (var field : List.of(theme, text)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        status.addValueChangeListener(e -> show());
        theme.addValueChangeListener(e -> show());
        organisation.addValueChangeListener(e -> show());
        year.addValueChangeListener(e -> show());
        text.addValueChangeListener(e -> show());
        Div filters = new Div(status, theme, organisation, year, text);
        filters.addClassName("coopole-filters");
        count.addClassName("coopole-hint");
        count.getElement().setAttribute("role", "status");
        cards.addClassName("coopole-cards");
        add(head, filters, count, cards);
        show();
    }

    private void show() {
        List<ProjectCard> found;
        try {
            year.setInvalid(false);
            text.setInvalid(false);
            found = projects.list(poleId, new ProjectQuery(status.getValue(), theme.getValue(),
                    organisation.getValue() == null ? null : new OrganisationId(organisation.getValue().id()), year.getValue(),
                    text.getValue()));
        } catch (InvalidField refusal) {
            FieldErrors.show(this, Map.of("year", year, "text", text), refusal);
            return;
        }
        count.setText(getTranslation("project.list.count", found.size()));
        cards.removeAll();
        for (ProjectCard project : found) {
            Div card = new Div();
            card.addClassName("coopole-project-card");
            Anchor link = new Anchor("projects/" + project.id(), project.title());
            link.getElement().setAttribute("router-link", true);
            H2 name = new H2(link);

            Div tags = new Div(Tags.tag(getTranslation(project.status().translationKey())));
            project.themes().forEach(t -> tags.add(Tags.tag(t)));
            tags.addClassName("coopole-tags");
            Span lead = new Span(getTranslation("project.led-by", project.leadName(), project.partners()));
            lead.addClassName("coopole-hint");
            card.add(name, tags, lead);
            if (project.startsOn() != null || project.endsOn() != null) {
                Span when = new Span(dates(project));
                when.addClassName("coopole-hint");
                card.add(when);
            }
            cards.add(card);
        }
    }

    private String dates(ProjectCard project) {
        String from = project.startsOn() == null ? "…" : Dates.format(project.startsOn(), getLocale());
        String to = project.endsOn() == null ? "…" : Dates.format(project.endsOn(), getLocale());
        return from + " – " + to;
    }

    private void openNew() {
        Dialog dialog = new Dialog(getTranslation("project.new"));
        ProjectForm form = new ProjectForm(organisations);
        Button save = new Button(getTranslation("project.create"), e -> {
            try {
                ProjectId id = projects.create(poleId, form.value());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("projects/" + id));
            } catch (InvalidField refusal) {
                form.show(refusal);
            } catch (org.springframework.security.access.AccessDeniedException refused) {
                form.show(new InvalidField("lead", "project.lead.not-yours"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.list.page-title");
    }
}
