package org.coopole.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.coopole.DemoPeople;
import org.coopole.notification.Delivery;
import org.coopole.notification.NotificationKind;
import org.coopole.notification.NotificationService;
import org.coopole.shell.ViewTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The email notification settings: a choice per kind for everyone; the pole's digest time for its animators. */
class NotificationSettingsViewTest extends ViewTestSupport {

    @Autowired
    NotificationService notifications;

    @AfterEach
    void atOnceAgain() {
        signIn.as(DemoPeople.MEMBER);
        notifications.prefer(NotificationKind.BOOKING_DECLINED, Delivery.IMMEDIATELY);
        signIn.out();
    }

    @Test
    void aMemberChoosesKindByKindAndSeesNoDigestTime() {
        openAs(DemoPeople.MEMBER);
        UI.getCurrent().navigate("notifications/settings");

        assertThat(_find(Select.class)).hasSize(NotificationKind.values().length);
        @SuppressWarnings("unchecked")
        Select<Delivery> declined = _get(Select.class, spec -> spec.withLabel("Le refus de ma demande"));
        assertThat(declined.getValue()).isEqualTo(Delivery.IMMEDIATELY);
        declined.setValue(Delivery.DAILY_DIGEST);

        assertThat(notifications.preferences()).containsEntry(NotificationKind.BOOKING_DECLINED, Delivery.DAILY_DIGEST);
        assertThat(_find(TimePicker.class)).isEmpty();
    }

    @Test
    void theAnimatorSetsThePolesDigestTime() {
        openAs(DemoPeople.ANIMATOR);
        UI.getCurrent().navigate("notifications/settings");

        TimePicker time = _get(TimePicker.class, spec -> spec.withLabel("Heure du récapitulatif quotidien"));
        assertThat(time.getHelperText()).contains("Vallée Coopère");
        time.clear();
        assertThat(time.isInvalid()).as("an emptied time says it is required").isTrue();
        time.setValue(java.time.LocalTime.of(7, 30));
        assertThat(time.isInvalid()).isFalse();
        assertThat(notifications.digestTime(accounts.me().currentPole().orElseThrow().poleId()))
                .isEqualTo(java.time.LocalTime.of(7, 30));
        notifications.setDigestTime(accounts.me().currentPole().orElseThrow().poleId(), java.time.LocalTime.of(8, 0));
    }

    @Autowired
    org.coopole.security.AccountService accounts;
}
