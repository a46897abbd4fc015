package org.coopole.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import org.coopole.common.BookingId;
import org.coopole.common.PoleId;
import org.coopole.messaging.MessagingService;

/** "Écrire": opens the conversation of a booking between its owner's managers and its booker's people. */
final class BookingConversation {

    private BookingConversation() {
    }

    static Button button(Component screen, MessagingService messaging, PoleId poleId, BookingId booking, String which) {
        Button write = new Button(screen.getTranslation("messaging.write"), VaadinIcon.COMMENT_O.create(), e -> {
            try {
                var conversation = messaging.aboutBooking(poleId, booking);
                screen.getUI().ifPresent(ui -> ui.navigate("messages", QueryParameters.of("c", conversation.toString())));
            } catch (org.springframework.security.access.AccessDeniedException notAParty) {
                com.vaadin.flow.component.notification.Notification.show(
                        screen.getTranslation("messaging.booking.not-party"));
            }
        });
        write.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        write.setAriaLabel(screen.getTranslation("messaging.write-booking-label", which));
        return write;
    }
}
