package org.coopole.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.coopole.DemoPeople;
import org.coopole.organisation.LegalForm;
import org.coopole.organisation.OrganisationCard;
import org.coopole.shell.ViewTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DirectoryViewTest extends ViewTestSupport {

    @Test
    void theDirectoryShowsCardsThatFiltersNarrowDown() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(DirectoryView.class);
        assertThat(_find(Card.class)).hasSize(12);
        assertThat(_find(Span.class)).extracting(Span::getText).contains("12 structures");

        _get(TextField.class, spec -> spec.withLabel("Rechercher")).setValue("coop");
        assertThat(_find(Card.class)).hasSize(2);

        @SuppressWarnings("unchecked")
        ComboBox<LegalForm> form = _get(ComboBox.class, spec -> spec.withLabel("Forme juridique"));
        form.setValue(LegalForm.SCIC);
        assertThat(_find(Card.class)).isEmpty();
        assertThat(_find(Span.class)).extracting(Span::getText).contains("Aucune structure ne correspond");
    }

    @Test
    void theListLayoutPagesThroughAGrid() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(DirectoryView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DirectoryView.Layout> layout = _get(RadioButtonGroup.class);
        layout.setValue(DirectoryView.Layout.LIST);

        @SuppressWarnings("unchecked")
        Grid<OrganisationCard> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(12);
        assertThat(_find(Card.class)).isEmpty();
    }

    @Test
    void aCardLeadsToTheOrganisationsPage() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(DirectoryView.class);
        RouterLink link = _get(RouterLink.class, spec -> spec.withText("Menuiserie Durand"));
        UI.getCurrent().navigate(link.getHref());

        assertThat(_get(H1.class).getText()).isEqualTo("Menuiserie Durand");
        assertThat(_find(Span.class)).extracting(Span::getText).contains("Entreprise (SAS, SARL…)", "bois");
    }
}
