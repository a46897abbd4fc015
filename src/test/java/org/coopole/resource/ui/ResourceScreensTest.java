package org.coopole.resource.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
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
        _get(TextField.class, spec -> spec.withLabel("samedi")).setValue("18h-24h");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));
        assertThat(_get(H1.class).getText()).isEqualTo(name);
        assertThat(_get(TextField.class, spec -> spec.withLabel("mardi")).getValue())
                .isEqualTo("09:00-12:00, 14:00-17:30");
        assertThat(_get(TextField.class, spec -> spec.withLabel("samedi")).getValue())
                .as("open until midnight").isEqualTo("18:00-24:00");
        assertThat(_get(TextField.class, spec -> spec.withLabel("lundi")).getPlaceholder())
                .as("no greyed example that looks like set hours").isNullOrEmpty();
    }

    @Test
    void hoursTypedAsANumberAreSaidInWords() {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(ResourceEditView.class, new RouteParameters(ResourceEditView.ID, ResourceEditView.NEW));
        var min = _get(com.vaadin.flow.component.textfield.NumberField.class,
                spec -> spec.withLabel("Durée minimale (heures)"));
        var max = _get(com.vaadin.flow.component.textfield.NumberField.class,
                spec -> spec.withLabel("Durée maximale (heures)"));
        min.setValue(0.5);
        max.setValue(744.0);
        assertThat(min.getHelperText()).isEqualTo("Soit 30 min.");
        assertThat(max.getHelperText()).isEqualTo("Soit 31 jours.");
        min.setValue(1.5);
        assertThat(min.getHelperText()).isEqualTo("Soit 1 h 30.");
    }

    @Test
    void aNewResourcesFormSaysPhotosComeAfterTheFirstSave() {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(ResourceEditView.class, new RouteParameters(ResourceEditView.ID, ResourceEditView.NEW));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class)).extracting(p -> p.getText())
                .contains("Vous pourrez ajouter des photos dès le premier enregistrement de la ressource.");
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class)).isEmpty();
    }

    /** Out-of-range numbers are refused with their bound named, never wrapped round and saved as another value. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} = {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Montant                                | 42949722.96 | Un tarif est un montant positif
            Montant                                | 1e308       | Un tarif est un montant positif
            Durée minimale (heures)                | 71582788.5  | Entre 0 et 31 jours.
            Durée maximale (heures)                | 1e308       | Entre 0 et 31 jours.
            Heures prêtées par semaine au plus     | 71582788.5  | Entre 0 et 7 jours.
            """)
    void anOutOfRangeNumberIsRefusedAndKept(String label, double typed, String message) {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(ResourceEditView.class, new RouteParameters(ResourceEditView.ID, ResourceEditView.NEW));
        String name = "Borne " + UUID.randomUUID().toString().substring(0, 6);
        _get(TextField.class, spec -> spec.withLabel("Nom")).setValue(name);
        if (label.equals("Heures prêtées par semaine au plus")) {
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.select.Select<ResourceKind> kind =
                    _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Type"));
            kind.setValue(ResourceKind.STAFF);
        }
        if (label.equals("Montant")) {
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.select.Select<org.coopole.resource.RateUnit> unit =
                    _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Tarif"));
            unit.setValue(org.coopole.resource.RateUnit.HOUR);
        }
        com.vaadin.flow.component.textfield.NumberField field =
                _get(com.vaadin.flow.component.textfield.NumberField.class, spec -> spec.withLabel(label));
        field.setValue(typed);

        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));

        assertThat(field.isInvalid()).as(label).isTrue();
        assertThat(field.getErrorMessage()).startsWith(message);
        assertThat(field.getValue()).as("what was typed stays").isEqualTo(typed);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Nom")).getValue()).isEqualTo(name);
    }

    /** A closure is added only as it is shown: in order, within 2000-2100, every date readable; else the field says why. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2027-01-10 | 2027-01-01 | Au   | Une fermeture va d’une date à une date égale ou plus tardive.
            9999-01-01 | 9999-01-02 | Du   | Une fermeture tombe entre les années 2000 et 2100.
            2027-01-10 | -          | Au   | Ce champ est obligatoire.
            """)
    void aClosureIsRefusedOnTheFieldThatIsWrongAndNothingIsAdded(String from, String to, String wrong, String message) {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(ResourceEditView.class, new RouteParameters(ResourceEditView.ID, ResourceEditView.NEW));
        var fromPicker = _get(
                com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("Du"));
        var toPicker = _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("Au"));
        fromPicker.setValue(java.time.LocalDate.parse(from));
        toPicker.setValue(to == null ? null : java.time.LocalDate.parse(to));

        _click(_get(Button.class, spec -> spec.withText("Ajouter la fermeture")));

        var refused = wrong.equals("Du") ? fromPicker : toPicker;
        assertThat(refused.isInvalid()).isTrue();
        assertThat(refused.getErrorMessage()).isEqualTo(message);
        assertThat(fromPicker.getValue()).as("what was typed stays").isEqualTo(java.time.LocalDate.parse(from));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("coopole-closures"))
                .getChildren()).isEmpty();
    }
}
