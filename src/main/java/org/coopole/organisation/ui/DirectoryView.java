package org.coopole.organisation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.ui.Tags;
import org.coopole.common.PoleId;
import org.coopole.organisation.DirectoryQuery;
import org.coopole.organisation.LegalForm;
import org.coopole.organisation.OrganisationCard;
import org.coopole.organisation.OrganisationService;
import org.coopole.security.Account;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.util.List;
import org.coopole.common.ui.CompactGrid;
import org.coopole.security.CurrentAccount;

/** The pole's member organisations, as cards or as a list, searchable by name and filterable. */
@Route("organisations")
@Menu(order = 10, icon = "vaadin:group", title = "organisation.directory.nav")
@ForPoleRoles({PoleRole.ANIMATOR, PoleRole.ORGANISATION_MANAGER, PoleRole.MEMBER})
@PermitAll
class DirectoryView extends Div implements HasDynamicTitle {

    private static final int CARDS_PER_PAGE = 24;

    enum Ess {
        ALL, ESS, NOT_ESS;

        String translationKey() {
            return "organisation.directory.ess." + name();
        }
    }

    enum Layout {
        CARDS, LIST;

        String translationKey() {
            return "organisation.directory.layout." + name();
        }
    }

    private final OrganisationService organisations;
    private final PoleId poleId;
    private final TextField search = new TextField();
    private final ComboBox<LegalForm> legalForm = new ComboBox<>();
    private final Select<Ess> ess = new Select<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final RadioButtonGroup<Layout> layout = new RadioButtonGroup<>();
    private final Span count = new Span();
    private final Div cards = new Div();
    private final Button more = new Button();
    private final Grid<OrganisationCard> list = new Grid<>();
    private int shown;

    /** The person and their current pole, read once for this navigation. */
    private final CurrentAccount current;

    DirectoryView(CurrentAccount current, OrganisationService organisations) {
        this.current = current;
        this.organisations = organisations;
        addClassName("coopole-page");
        this.poleId = current.get().currentPole().map(Account.PoleMembership::poleId).orElse(null);
        add(new H1(getTranslation("organisation.directory.title")));
        if (poleId == null) {
            add(new Paragraph(getTranslation("home.no-pole")));
            return;
        }

        search.setLabel(getTranslation("organisation.directory.search"));
        search.setPlaceholder(getTranslation("organisation.directory.search.placeholder"));
        org.coopole.common.ui.TextLimits.limit(search, 100);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        legalForm.setLabel(getTranslation("organisation.legal-form"));
        legalForm.setPlaceholder(getTranslation("organisation.directory.all"));
        legalForm.setItems(LegalForm.values());
        legalForm.setItemLabelGenerator(f -> getTranslation(f.translationKey()));
        legalForm.setClearButtonVisible(true);
        ess.setLabel(getTranslation("organisation.ess"));
        ess.setItems(Ess.values());
        ess.setItemLabelGenerator(e -> getTranslation(e.translationKey()));
        ess.setValue(Ess.ALL);
        tag.setLabel(getTranslation("organisation.directory.tag"));
        tag.setPlaceholder(getTranslation("organisation.directory.all"));
        tag.setItems(organisations.tags(poleId));
        tag.setClearButtonVisible(true);
        layout.setItems(Layout.values());
        layout.setItemLabelGenerator(l -> getTranslation(l.translationKey()));
        layout.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        layout.setValue(Layout.CARDS);
        layout.setAriaLabel(getTranslation("organisation.directory.layout"));

        search.addValueChangeListener(e -> refresh());
        legalForm.addValueChangeListener(e -> refresh());
        ess.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
        layout.addValueChangeListener(e -> refresh());

        cards.addClassName("coopole-cards");
        more.setText(getTranslation("organisation.directory.more"));
        more.addClickListener(e -> showMoreCards());
        list.addComponentColumn(this::link).setHeader(getTranslation("organisation.directory.column.name"))
                .setFlexGrow(2);
        list.addColumn(o -> getTranslation(o.legalForm().translationKey()))
                .setHeader(getTranslation("organisation.legal-form"));
        list.addColumn(o -> o.ess() ? getTranslation("organisation.ess") : "")
                .setHeader(getTranslation("organisation.ess")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(o -> String.join(", ", o.tags())).setHeader(getTranslation("organisation.directory.tag"));
        CompactGrid.summarise(list, 700, getTranslation("organisation.directory.column.name"),
                o -> List.of(link(o), CompactGrid.hint(getTranslation(o.legalForm().translationKey())
                        + (o.ess() ? " · " + getTranslation("organisation.ess") : "")),
                        CompactGrid.hint(String.join(", ", o.tags()))));
        list.setAllRowsVisible(true);

        Div filters = new Div(search, legalForm, ess, tag);
        filters.addClassName("coopole-filters");
        add(filters, layout, count, cards, more, list);
        refresh();
    }

    private DirectoryQuery query(int offset, int limit) {
        Boolean essOnly = switch (ess.getValue() == null ? Ess.ALL : ess.getValue()) {
            case ALL -> null;
            case ESS -> true;
            case NOT_ESS -> false;
        };
        return new DirectoryQuery(search.getValue(), legalForm.getValue(), essOnly, tag.getValue(), offset, limit);
    }

    private void refresh() {
        int total = organisations.count(poleId, query(0, 1));
        count.setText(getTranslation("organisation.directory.count", total));
        boolean asCards = layout.getValue() != Layout.LIST;
        cards.setVisible(asCards);
        list.setVisible(!asCards);
        cards.removeAll();
        shown = 0;
        if (asCards) {
            showMoreCards();
        } else {
            more.setVisible(false);
            list.setItems(page -> organisations.directory(poleId, query(page.getOffset(), page.getLimit())).stream());
        }
    }

    private void showMoreCards() {
        List<OrganisationCard> page = organisations.directory(poleId, query(shown, CARDS_PER_PAGE));
        page.forEach(o -> cards.add(card(o)));
        shown += page.size();
        more.setVisible(shown < organisations.count(poleId, query(0, 1)));
    }

    private Component card(OrganisationCard organisation) {
        Card card = new Card();
        card.addClassName("coopole-organisation-card");
        card.setTitle(link(organisation));
        card.setSubtitle(new Span(organisation.address()));
        Div tags = new Div(Tags.tag(getTranslation(organisation.legalForm().translationKey())));
        tags.addClassName("coopole-tags");
        if (organisation.ess()) {
            tags.add(Tags.tag(getTranslation("organisation.ess")));
        }
        organisation.tags().forEach(t -> tags.add(Tags.tag(t)));
        card.add(tags);
        return card;
    }

    private RouterLink link(OrganisationCard organisation) {
        return new RouterLink(organisation.name(), OrganisationView.class,
                new RouteParameters(OrganisationView.ID, organisation.id().toString()));
    }


    @Override
    public String getPageTitle() {
        return getTranslation("organisation.directory.page-title");
    }
}
