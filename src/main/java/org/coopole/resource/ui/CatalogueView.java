package org.coopole.resource.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.ui.Tags;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.common.ui.Locales;
import org.coopole.resource.CatalogueQuery;
import org.coopole.resource.ResourceCard;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.Account;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.coopole.security.CurrentAccount;

/**
 * The pole's shared resources as cards, filtered by kind, tag, owner and capacity, and "free from … to …": only
 * what can actually be booked for that whole window under each resource's rules.
 */
@Route("resources")
@Menu(order = 20, icon = "vaadin:calendar-briefcase", title = "resource.catalogue.nav")
@ForPoleRoles({PoleRole.ANIMATOR, PoleRole.ORGANISATION_MANAGER, PoleRole.MEMBER})
@PermitAll
class CatalogueView extends Div implements HasDynamicTitle {

    private final ResourceService resources;
    private final PoleId poleId;
    private final ComboBox<ResourceKind> kind = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final ComboBox<Owner> owner = new ComboBox<>();
    private final IntegerField capacity = new IntegerField();
    private final DateTimePicker freeFrom = new DateTimePicker();
    private final DateTimePicker freeTo = new DateTimePicker();
    private final Span count = new Span();
    private final Div cards = new Div();
    private ZoneId zone;

    record Owner(OrganisationId id, String name) {
    }

    /** The person and their current pole, read once for this navigation. */
    private final CurrentAccount current;

    CatalogueView(CurrentAccount current, ResourceService resources) {
        this.current = current;
        this.resources = resources;
        addClassName("coopole-page");
        Account me = current.get();
        this.poleId = me.currentPole().map(Account.PoleMembership::poleId).orElse(null);
        add(new H1(getTranslation("resource.catalogue.title")));
        if (poleId == null) {
            add(new Paragraph(getTranslation("home.no-pole")));
            return;
        }
        zone = resources.timeZone(poleId);
        boolean manager = me.currentPole().map(p -> p.roles().contains(PoleRole.ORGANISATION_MANAGER)).orElse(false);
        if (manager) {
            Anchor share = new Anchor("my-resources", getTranslation("resource.catalogue.mine"));
            share.getElement().setAttribute("router-link", true);
            share.addClassName("coopole-link-button");
            add(share);
        }

        kind.setLabel(getTranslation("resource.kind"));
        kind.setItems(ResourceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setPlaceholder(getTranslation("organisation.directory.all"));
        kind.setClearButtonVisible(true);
        List<ResourceCard> all = resources.catalogue(poleId);
        tag.setLabel(getTranslation("resource.tags"));
        tag.setItems(all.stream().flatMap(c -> c.tags().stream()).distinct().sorted().toList());
        tag.setPlaceholder(getTranslation("organisation.directory.all"));
        tag.setClearButtonVisible(true);
        owner.setLabel(getTranslation("resource.owner"));
        owner.setItems(all.stream().map(c -> new Owner(c.ownerId(), c.organisationName())).distinct()
                .sorted(Comparator.comparing(Owner::name)).toList());
        owner.setItemLabelGenerator(Owner::name);
        owner.setPlaceholder(getTranslation("organisation.directory.all"));
        owner.setClearButtonVisible(true);
        capacity.setLabel(getTranslation("resource.catalogue.capacity"));
        capacity.setMin(1);
        capacity.setClearButtonVisible(true);
        freeFrom.setLabel(getTranslation("resource.catalogue.free-from"));
        freeTo.setLabel(getTranslation("resource.catalogue.free-to"));
        for (DateTimePicker picker : List.of(freeFrom, freeTo)) {
            picker.setStep(Duration.ofMinutes(30));
            picker.setLocale(Locales.of(this));
        }
        freeFrom.addValueChangeListener(e -> {
            if (e.getValue() != null && (freeTo.getValue() == null || !freeTo.getValue().isAfter(e.getValue()))) {
                freeTo.setValue(e.getValue().plusHours(2));
            }
        });
        Button search = new Button(getTranslation("resource.catalogue.search"), VaadinIcon.SEARCH.create(),
                e -> refresh());
        search.addThemeVariants(ButtonVariant.PRIMARY);
        // ids that tests and bench/load (which speaks Vaadin's protocol) find the fields by, whatever the language
        freeFrom.setId("catalogue-free-from");
        search.setId("catalogue-free-search");
        Button clear = new Button(getTranslation("resource.catalogue.clear"), e -> {
            freeFrom.clear();
            freeTo.clear();
            refresh();
        });
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        kind.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        capacity.addValueChangeListener(e -> refresh());

        Div filters = new Div(kind, tag, owner, capacity);
        filters.addClassName("coopole-filters");
        Div window = new Div(freeFrom, freeTo, search, clear);
        window.addClassName("coopole-filters");
        cards.addClassName("coopole-cards");
        add(filters, window, count, cards);
        refresh();
    }

    private void refresh() {
        FieldErrors.clear(Map.of("freeFrom", freeFrom, "freeTo", freeTo));
        Instant from = freeFrom.getValue() == null ? null : freeFrom.getValue().atZone(zone).toInstant();
        Instant to = freeTo.getValue() == null ? null : freeTo.getValue().atZone(zone).toInstant();
        if ((from == null) != (to == null)) {
            (from == null ? freeFrom : freeTo).setErrorMessage(getTranslation("resource.catalogue.both-ends"));
            (from == null ? freeFrom : freeTo).setInvalid(true);
            return;
        }
        List<ResourceCard> found;
        try {
            found = resources.catalogue(poleId, new CatalogueQuery(kind.getValue(), tag.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id(), capacity.getValue(), from, to));
        } catch (InvalidField refusal) {
            FieldErrors.show(this, Map.of("freeTo", freeTo, "freeFrom", freeFrom), refusal);
            return;
        }
        count.setText(getTranslation(from == null ? "resource.catalogue.count" : "resource.catalogue.count-free",
                found.size()));
        cards.removeAll();
        String window = from == null ? "" : "?from=" + freeFrom.getValue().withSecond(0).withNano(0)
                + "&to=" + freeTo.getValue().withSecond(0).withNano(0);
        found.forEach(c -> cards.add(card(c, window)));
        if (found.isEmpty() && from != null) {
            // nothing free then: the same filters without the dates, each opening on them, to join a waitlist
            List<ResourceCard> taken = resources.catalogue(poleId, new CatalogueQuery(kind.getValue(), tag.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id(), capacity.getValue(), null, null));
            cards.add(new Paragraph(getTranslation(taken.isEmpty() ? "resource.catalogue.none"
                    : "resource.catalogue.none-free-waitlist")));
            taken.forEach(c -> cards.add(card(c, window)));
        } else if (found.isEmpty()) {
            cards.add(new Paragraph(getTranslation("resource.catalogue.none")));
        }
    }

    private Component card(ResourceCard resource, String window) {
        Card card = new Card();
        card.addClassName("coopole-resource-card");
        if (resource.photo() != null) {
            Image thumbnail = PhotoImages.of(resources, poleId, resource.id(), resource.photo(), true,
                    getTranslation("resource.photo.alt", resource.name(), resource.photo()));
            card.setMedia(thumbnail);
        }
        Anchor link = new Anchor("resources/" + resource.id() + window, resource.name());
        link.getElement().setAttribute("router-link", true);
        card.setTitle(link);
        card.setSubtitle(new Span(resource.organisationName()));
        Div tags = new Div(Tags.tag(getTranslation(resource.kind().translationKey())));
        tags.addClassName("coopole-tags");
        if (resource.capacity() != null) {
            tags.add(Tags.tag(getTranslation("resource.catalogue.for", resource.capacity())));
        }
        tags.add(Tags.tag(RateWords.of(this, resource.rateUnit(), resource.rateCents())));
        if (resource.approvalRequired()) {
            tags.add(Tags.tag(getTranslation("resource.approval-required")));
        }
        if (resource.status() != org.coopole.resource.ResourceStatus.ACTIVE) {
            tags.add(Tags.tag(getTranslation(resource.status().translationKey())));
        }
        card.add(tags);
        return card;
    }


    @Override
    public String getPageTitle() {
        return getTranslation("resource.catalogue.page-title");
    }
}
