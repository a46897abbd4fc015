package org.coopole.organisation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.security.PoleRole;
import org.coopole.security.ForPoleRoles;
import org.coopole.common.Dates;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.organisation.OrganisationPage;
import org.coopole.organisation.OrganisationService;
import org.coopole.security.Account;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coopole.common.ui.CompactGrid;
import org.coopole.security.CurrentAccount;
import org.coopole.messaging.MessagingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An organisation's page. The id in the address is checked again by the service and by the database: an
 * organisation outside the person's pole, or an id that was guessed or edited, shows "not found".
 */
@Route("organisations/:id")
@PermitAll
@ForPoleRoles({PoleRole.ANIMATOR, PoleRole.ORGANISATION_MANAGER, PoleRole.MEMBER})
class OrganisationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final OrganisationService organisations;
    private final org.coopole.resource.ResourceService resources;
    private final PoleId poleId;
    private String title = "";

    /** The person and their current pole, read once for this navigation. */
    private final CurrentAccount current;
    private final MessagingService messaging;
    private final org.coopole.project.ProjectService projects;

    OrganisationView(CurrentAccount current, OrganisationService organisations,
                     org.coopole.resource.ResourceService resources, MessagingService messaging,
                     org.coopole.project.ProjectService projects) {
        this.messaging = messaging;
        this.projects = projects;
        this.current = current;
        this.organisations = organisations;
        this.resources = resources;
        this.poleId = current.get().currentPole().map(Account.PoleMembership::poleId).orElse(null);
        addClassName("coopole-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<OrganisationPage> page = event.getRouteParameters().get(ID)
                .flatMap(OrganisationId::parse)
                .filter(id -> poleId != null)
                .flatMap(id -> organisations.page(poleId, id));
        if (page.isEmpty()) {
            throw new NotFoundException();
        }
        show(page.get());
    }

    private void show(OrganisationPage organisation) {
        removeAll();
        title = organisation.name();
        Div tags = new Div(tag(getTranslation(organisation.legalForm().translationKey())));
        tags.addClassName("coopole-tags");
        if (organisation.ess()) {
            tags.add(tag(getTranslation("organisation.ess")));
        }
        organisation.tags().forEach(t -> tags.add(tag(t)));
        organisations.logo(poleId, organisation.id()).ifPresent(logo -> {
            Image image = new Image(logo.bytes(), getTranslation("organisation.logo.alt", organisation.name()));
            image.addClassName("coopole-logo-small");
            add(image);
        });
        add(new H1(organisation.name()), tags);
        if (!organisation.id().equals(current.get().organisationId())) {
            // write to the organisation: its managers read it, and whoever answers speaks for it
            Button write = new Button(getTranslation("messaging.write-organisation"), VaadinIcon.COMMENTS_O.create(),
                    click -> {
                        try {
                            var conversation = messaging.toOrganisation(poleId, organisation.id());
                            getUI().ifPresent(ui -> ui.navigate("messages",
                                    com.vaadin.flow.router.QueryParameters.of("c", conversation.toString())));
                        } catch (org.coopole.common.InvalidField refusal) {
                            com.vaadin.flow.component.notification.Notification.show(
                                    org.coopole.common.ui.FieldErrors.message(this, refusal));
                        }
                    });
            write.setAriaLabel(getTranslation("messaging.write-organisation-label", organisation.name()));
            add(write);
        }
        if (!organisation.description().isBlank()) {
            add(new Paragraph(organisation.description()));
        }
        Div facts = new Div();
        facts.addClassName("coopole-facts");
        fact(facts, "organisation.address", organisation.address());
        fact(facts, "organisation.siret", organisation.siret());
        if (organisation.contactEmail() != null) {
            Div line = new Div(new Span(getTranslation("organisation.contact-email")),
                    new Anchor("mailto:" + organisation.contactEmail(), organisation.contactEmail()));
            facts.add(line);
        }
        fact(facts, "organisation.phone", organisation.phone());
        if (organisation.memberSince() != null) {
            fact(facts, "organisation.member-since", Dates.format(organisation.memberSince(), getLocale()));
        }
        add(facts, new H2(getTranslation("organisation.people")));

        Grid<OrganisationPage.Member> people = new Grid<>();
        people.addColumn(OrganisationPage.Member::displayName).setHeader(getTranslation("organisation.people.name"));
        people.addColumn(m -> m.roles().stream().map(r -> getTranslation(r.translationKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("organisation.people.role"));
        people.addColumn(OrganisationPage.Member::email).setHeader(getTranslation("organisation.people.email"));
        people.addColumn(m -> Objects.requireNonNullElse(m.phone(), ""))
                .setHeader(getTranslation("organisation.people.phone"));
        // write to a person: one click opens (or reopens) the conversation with them
        var write = people.addComponentColumn(m -> {
            if (m.id().equals(current.get().id())) {
                return new Span();
            }
            Button button = new Button(getTranslation("messaging.write"), VaadinIcon.COMMENT_O.create(), click -> {
                var conversation = messaging.direct(poleId, m.id());
                getUI().ifPresent(ui -> ui.navigate("messages", com.vaadin.flow.router.QueryParameters.of("c",
                        conversation.toString())));
            });
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setAriaLabel(getTranslation("messaging.write-to", m.displayName()));
            return button;
        }).setAutoWidth(true).setFlexGrow(0);
        CompactGrid.summarise(people, 700, getTranslation("organisation.people.name"),
                m -> java.util.List.of(new Span(m.displayName()), CompactGrid.hint(m.roles().stream()
                        .map(r -> getTranslation(r.translationKey())).collect(Collectors.joining(", "))),
                        CompactGrid.hint(m.email() + (m.phone() == null ? "" : " · " + m.phone()))), write);
        people.setItems(organisation.people());
        people.setAllRowsVisible(true);
        add(people);
        add(new H2(getTranslation("organisation.shares")), shared(organisation));
        // the joint projects it leads or takes part in
        var joint = projects.list(poleId, new org.coopole.project.ProjectQuery(null, null, organisation.id(), null, null));
        add(new H2(getTranslation("organisation.projects")));
        if (joint.isEmpty()) {
            add(new Paragraph(getTranslation("organisation.projects.none")));
        } else {
            Div list = new Div();
            list.addClassName("coopole-organisation-projects");
            for (var project : joint) {
                Anchor link = new Anchor("projects/" + project.id(), project.title());
                link.getElement().setAttribute("router-link", true);
                list.add(new Div(link, new Span(" · " + getTranslation(project.status().translationKey()))));
            }
            add(list);
        }
    }

    /** What the organisation shares in the pole, each a link to its page and calendar. */
    private Component shared(OrganisationPage organisation) {
        var shared = resources.catalogue(poleId, new org.coopole.resource.CatalogueQuery(null, "", organisation.id(),
                null, null, null));
        if (shared.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("organisation.shares.none"));
            none.addClassName("coopole-empty");
            return none;
        }
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        list.addClassName("coopole-shared-resources");
        for (var resource : shared) {
            Anchor link = new Anchor("resources/" + resource.id(), resource.name());
            link.getElement().setAttribute("router-link", true);
            list.add(new com.vaadin.flow.component.html.ListItem(link, tag(getTranslation(resource.kind().translationKey()))));
        }
        return list;
    }

    private void fact(Div facts, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Div(new Span(getTranslation(labelKey)), new Span(value)));
        }
    }

    private static Span tag(String text) {
        Span tag = new Span(text);
        tag.addClassName("coopole-tag");
        return tag;
    }

    @Override
    public String getPageTitle() {
        return title + " · Coopole";
    }
}
