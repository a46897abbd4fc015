package org.coopole.notification.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.common.InvalidField;
import org.coopole.notification.Delivery;
import org.coopole.notification.NotificationKind;
import org.coopole.notification.NotificationService;
import org.coopole.security.PoleRole;

import java.time.Duration;
import java.util.Map;
import org.coopole.security.CurrentAccount;

/**
 * How each kind of notification reaches the person by email: at once, in the pole's daily digest, or never (the
 * bell always shows it); for the pole's animators, the time of day the digests leave.
 */
@Route("notifications/settings")
@PermitAll
class NotificationSettingsView extends Div implements HasDynamicTitle {

    private final NotificationService notifications;

    /** The person and their current pole, read once for this navigation. */
    private final CurrentAccount current;

    NotificationSettingsView(CurrentAccount current, NotificationService notifications) {
        this.current = current;
        this.notifications = notifications;
        addClassName("coopole-page");
        add(new H1(getTranslation("notification.settings.title")),
                new Paragraph(getTranslation("notification.settings.intro")));

        FormLayout kinds = new FormLayout();
        Map<NotificationKind, Delivery> chosen = notifications.preferences();
        for (NotificationKind kind : NotificationKind.values()) {
            Select<Delivery> delivery = new Select<>();
            delivery.setLabel(getTranslation("notification.setting." + kind.name()));
            delivery.setItems(Delivery.values());
            delivery.setItemLabelGenerator(d -> getTranslation(d.translationKey()));
            delivery.setValue(chosen.get(kind));
            delivery.addValueChangeListener(change -> { // added after the value shown, so each change is the person's
                if (change.getValue() != null) {
                    notifications.prefer(kind, change.getValue());
                    saved();
                }
            });
            kinds.add(delivery);
        }
        add(kinds);

        current.get().currentPole().filter(pole -> pole.roles().contains(PoleRole.ANIMATOR)).ifPresent(pole -> {
            TimePicker time = new TimePicker(getTranslation("notification.settings.digest-time"));
            time.setStep(Duration.ofMinutes(30));
            time.addClassName("coopole-digest-time"); // wide enough for its label, never wider than a phone
            time.setValue(notifications.digestTime(pole.poleId()));
            time.setHelperText(getTranslation("notification.settings.digest-time.help", pole.poleName()));
            time.addValueChangeListener(change -> {
                try {
                    notifications.setDigestTime(pole.poleId(), change.getValue());
                    time.setInvalid(false);
                    saved();
                } catch (InvalidField refusal) {
                    time.setErrorMessage(getTranslation(refusal.messageKey()));
                    time.setInvalid(true);
                }
            });
            add(new H2(getTranslation("notification.settings.pole")), time);
        });
    }

    private void saved() {
        Notification.show(getTranslation("notification.settings.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.settings.page-title");
    }
}
