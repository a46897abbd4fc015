package org.coopole.booking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.coopole.DemoPeople;
import org.coopole.shell.ViewTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The bookings' tables keep their actions in sight and say when they have nothing to show. */
class BookingScreensTest extends ViewTestSupport {

    @Test
    void theRequestsKeepTheirDecisionsInSight() {
        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(RequestsView.class);

        // what matters in few columns, the decisions last; a summary column stands in for them on narrow windows
        assertThat(_find(Grid.class)).isNotEmpty().allSatisfy(grid -> assertThat(((Grid<?>) grid).getColumns())
                .extracting(Grid.Column::getHeaderText)
                .containsExactly("Demande", "Ressource", "Demandée par", "Quand", "Objet", "Actions"));
        assertThat(_find(Grid.class)).extracting(grid -> ((Grid<?>) grid).getEmptyStateText())
                .contains("Aucune réservation confirmée à venir.");
    }

    @Test
    void myBookingsKeepTheirActionsInSightAndSayWhenThereIsNone() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(MyBookingsView.class);

        Grid<?> grid = _find(Grid.class).getFirst();
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("Réservation", "Ressource", "Quand", "État", "Objet · réservé par", "Actions");
        assertThat(grid.getEmptyStateText()).isEqualTo("Aucune réservation à afficher.");
    }

    @Test
    void eachNewCalendarAddressAppearsInTheListAtOnceWithItsOwnRevokeButton() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(MyBookingsView.class);
        int before = revokeButtons();

        for (int i = 0; i < 2; i++) {
            _click(_get(Button.class, spec -> spec.withText("S’abonner aux réservations de mon organisation")));
            _click(_get(Button.class, spec -> spec.withText("Créer l’adresse")));
            _click(_get(Button.class, spec -> spec.withText("Fermer")));
        }

        assertThat(revokeButtons()).as("without a reload").isEqualTo(before + 2);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.coopole.resource.ResourceService resources;
    @org.springframework.beans.factory.annotation.Autowired
    org.coopole.booking.BookingService bookingService;
    @org.springframework.beans.factory.annotation.Autowired
    org.coopole.security.AccountService accounts;

    /** The decline dialog names the booking, and its way out is not a second "Annuler…". */
    @Test
    void theDeclineDialogNamesTheBookingAndItsButtonsSayWhatTheyDo() {
        signIn.as(DemoPeople.MANAGER);
        var pole = accounts.me().currentPole().orElseThrow().poleId();
        String name = "Broyeur " + java.util.UUID.randomUUID().toString().substring(0, 6);
        var shredder = resources.share(pole, new org.coopole.resource.ResourceData(
                org.coopole.resource.ResourceKind.EQUIPMENT, name, "", true));
        signIn.as(DemoPeople.BROWSER_MEMBER);
        var start = java.time.Instant.now().plus(java.time.Duration.ofDays(9)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        bookingService.book(pole, shredder, start, start.plus(java.time.Duration.ofHours(2)), "Broyage");

        openAs(DemoPeople.MANAGER);
        UI.getCurrent().navigate(RequestsView.class);
        Grid<?> requests = _find(Grid.class).getFirst();
        int row = 0;
        while (!((org.coopole.booking.BookingSlot) com.github.mvysny.kaributesting.v10.GridKt._get(requests, row))
                .resourceName().equals(name)) {
            row++;
        }
        var cell = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(requests, row, "actions");
        _click(_find(cell, Button.class).stream().filter(b -> b.getText().equals("Refuser")).findFirst().orElseThrow());

        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class);
        assertThat(_find(dialog, com.vaadin.flow.component.html.Paragraph.class)).extracting(p -> p.getText())
                .anySatisfy(text -> assertThat(text).startsWith(name + ", du "));
        assertThat(_find(dialog, Button.class)).extracting(Button::getText).containsExactlyInAnyOrder("Retour", "Refuser");
    }

    /** A photo's thumbnail is a button: the keyboard reaches it, a screen reader says what it opens, it opens. */
    /** bench/load finds these components by their ids, whatever the language and the data (decision 0024). */
    @Test
    void theLoadDriversComponentsKeepTheirIds() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate("resources");
        assertThat(_get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
                spec -> spec.withId("catalogue-free-from")).getLabel()).isEqualTo("Libre du");
        _click(_get(Button.class, spec -> spec.withId("catalogue-free-search")));

        var pole = accounts.me().currentPole().orElseThrow().poleId();
        var resource = resources.catalogue(pole).getFirst().id();
        UI.getCurrent().navigate("resources/" + resource.value());
        _click(_get(Button.class, spec -> spec.withId("resource-book")));
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("booking-purpose")))
                .isNotNull();
        assertThat(_get(Button.class, spec -> spec.withId("booking-confirm")).getText()).isIn("Réserver", "Demander");
    }

    @Test
    void aPhotosThumbnailIsANamedButtonThatOpensThePhoto() throws java.io.IOException {
        signIn.as(DemoPeople.MANAGER);
        var pole = accounts.me().currentPole().orElseThrow().poleId();
        String name = "Presse " + java.util.UUID.randomUUID().toString().substring(0, 6);
        var press = resources.share(pole, new org.coopole.resource.ResourceData(
                org.coopole.resource.ResourceKind.EQUIPMENT, name, "", false));
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 40, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        resources.addPhoto(pole, press, png.toByteArray());

        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate("resources/" + press.value());

        var thumbnail = _get(com.vaadin.flow.component.html.NativeButton.class,
                spec -> spec.withClasses("coopole-photo-button"));
        assertThat(thumbnail.getElement().getAttribute("aria-label")).isEqualTo("Agrandir : " + name + ", photo 1");
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).isEmpty();
        _click(thumbnail);
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).hasSize(1);
    }

    private static int revokeButtons() {
        return (int) _find(Button.class).stream().filter(b -> "Révoquer".equals(b.getText())).count();
    }
}
