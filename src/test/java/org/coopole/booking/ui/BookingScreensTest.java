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

        assertThat(_find(Grid.class)).isNotEmpty().allSatisfy(grid -> {
            assertThat(((Grid<?>) grid).getColumns().getLast().isFrozenToEnd()).isTrue();
            assertThat(((Grid<?>) grid).getColumns().getFirst().isFrozenToEnd()).isFalse();
        });
        assertThat(_find(Grid.class)).extracting(grid -> ((Grid<?>) grid).getEmptyStateText())
                .contains("Aucune réservation confirmée à venir.");
    }

    @Test
    void myBookingsKeepTheirActionsInSightAndSayWhenThereIsNone() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(MyBookingsView.class);

        Grid<?> grid = _find(Grid.class).getFirst();
        assertThat(grid.getColumns().getLast().isFrozenToEnd()).isTrue();
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

    private static int revokeButtons() {
        return (int) _find(Button.class).stream().filter(b -> "Révoquer".equals(b.getText())).count();
    }
}
