package org.coopole.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.coopole.booking.CalendarFeedService;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.mail.Mailer;

/**
 * Makes a secret calendar address (for a resource, or for the person's organisation with no resource) and shows
 * it once, to copy into a calendar application; the bookings page lists and revokes them.
 */
final class FeedDialog {

    private FeedDialog() {
    }

    static void open(Component screen, CalendarFeedService feeds, Mailer mailer, PoleId poleId,
                     ResourceId resourceIdOrNone, Runnable created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(screen.getTranslation(resourceIdOrNone == null ? "feed.organisation" : "feed.resource"));
        Paragraph explanation = new Paragraph(screen.getTranslation("feed.explanation"));
        Button create = new Button(screen.getTranslation("feed.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        TextField address = new TextField(screen.getTranslation("feed.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setVisible(false);
        create.addClickListener(e -> {
            String token = feeds.create(poleId, resourceIdOrNone);
            address.setValue(mailer.link("feeds/" + token + ".ics"));
            address.setVisible(true);
            create.setVisible(false);
            created.run();
        });
        dialog.add(explanation, address);
        dialog.getFooter().add(new Button(screen.getTranslation("common.close"), e -> dialog.close()), create);
        dialog.open();
    }
}
