package org.coopole.resource.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.coopole.DemoPeople;
import org.coopole.resource.ResourceKind;
import org.coopole.shell.ViewTestSupport;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's filters, and the manager's form keeping what was typed when a value is refused. */
class ResourceScreensTest extends ViewTestSupport {

    @Test
    void theCatalogueNarrowsDownByKindAndCapacity() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(CatalogueView.class);
        int all = _find(Card.class).size();
        assertThat(all).isGreaterThanOrEqualTo(8);

        @SuppressWarnings("unchecked")
        ComboBox<ResourceKind> kind = _get(ComboBox.class, spec -> spec.withLabel("Type"));
        kind.setValue(ResourceKind.PREMISES);
        assertThat(_find(Card.class)).hasSizeBetween(2, all - 1);
        _get(IntegerField.class, spec -> spec.withLabel("Pour au moins (personnes)")).setValue(25);
        assertThat(_find(Card.class)).singleElement().satisfies(card ->
                assertThat(_find(card, Span.class)).extracting(Span::getText).contains("Tiers-Lieu La Fabrique"));
    }

    @Test
    void aMistakeInOpeningHoursIsShownNextToTheDayAndNothingTypedIsLost() {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(ResourceEditView.class, new RouteParameters(ResourceEditView.ID, ResourceEditView.NEW));
        String name = "Atelier couture " + UUID.randomUUID().toString().substring(0, 4);
        _get(TextField.class, spec -> spec.withLabel("Nom")).setValue(name);
        _get(Checkbox.class, spec -> spec.withLabel("Les réservations attendent notre validation")).setValue(true);
        TextField tuesday = _get(TextField.class, spec -> spec.withLabel("mardi"));
        tuesday.setValue("9h-midi");

        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));

        assertThat(tuesday.isInvalid()).isTrue();
        assertThat(tuesday.getErrorMessage()).contains("09:00-12:00");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Nom")).getValue()).isEqualTo(name);
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Les réservations attendent notre validation"))
                .getValue()).isTrue();

        tuesday.setValue("9h-12h, 14:00-17:30");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));
        assertThat(_get(H2.class).getText()).isEqualTo(name);
        assertThat(_get(TextField.class, spec -> spec.withLabel("mardi")).getValue())
                .isEqualTo("09:00-12:00, 14:00-17:30");
    }
}
