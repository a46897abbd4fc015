package org.coopole.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.coopole.DemoPeople;
import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditEntry;
import org.coopole.audit.AuditTrail;
import org.coopole.security.AccountService;
import org.coopole.shell.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AuditViewTest extends ViewTestSupport {

    @Autowired
    AccountService accounts;
    @Autowired
    AuditTrail trail;

    @Test
    void theAnimatorReadsAndFiltersThePolesTrail() {
        openAs(DemoPeople.ANIMATOR);
        // written in a transaction of its own, as the app does after a change of language
        trail.record(AuditAction.LANGUAGE_CHANGED, null, null, null);
        UI.getCurrent().navigate(AuditView.class);

        assertThat(menuLabels()).contains("Journal d’audit");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class);
        assertThat(_size(grid)).isPositive();

        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = _get(ComboBox.class, spec -> spec.withLabel("Action"));
        action.setValue(AuditAction.LANGUAGE_CHANGED);
        assertThat(_size(grid)).isPositive();
        assertThat(_get(grid, 0).personName()).isEqualTo("Camille Martin");
        assertThat(_find(Span.class)).extracting(Span::getText).anyMatch(t -> t.matches("(Un événement|\\d+ événements)"));
    }

    @Test
    void objectsReadAsWordsAndTimesAreOnThePolesClock() {
        openAs(DemoPeople.ANIMATOR);
        org.coopole.common.PoleId pole = accounts.me().currentPole().orElseThrow().poleId();
        // a refused call as the security events record it, and a booking decision as the booking service does
        trail.record(AuditAction.REFUSED, "BookingService.confirm", pole + ", 1234", null);
        UI.getCurrent().navigate(AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class);
        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = _get(ComboBox.class, spec -> spec.withLabel("Action"));
        action.setValue(AuditAction.REFUSED);

        java.util.List<String> row = com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0);
        assertThat(row).contains("Confirmer une demande de réservation").noneMatch(cell -> cell.contains("BookingService"));
        // the first column is the summary shown on narrow windows; then the time, on the pole's clock
        assertThat(grid.getColumns().get(1).getHeaderText()).isEqualTo("Quand (heure d’Europe centrale)");
        AuditEntry entry = _get(grid, 0);
        String paris = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.FRENCH).withZone(java.time.ZoneId.of("Europe/Paris")).format(entry.occurredAt());
        assertThat(row.getFirst()).as("the summary column is hidden on a wide window").isEqualTo(paris);
    }

    @Test
    void aMemberFindsNeitherTheEntryNorThePage() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate(AuditView.class);

        assertThat(menuLabels()).doesNotContain("Journal d’audit");
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).contains("Page introuvable");
    }
}
