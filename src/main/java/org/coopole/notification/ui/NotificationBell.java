package org.coopole.notification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import org.coopole.common.Dates;
import org.coopole.common.PoleId;
import org.coopole.common.ui.Locales;
import org.coopole.notification.Notification;
import org.coopole.notification.NotificationService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The bell in the top bar: the number of unread notifications, and the latest ones in a popover (opening it
 * marks them read). The count is read again at each navigation.
 */
public class NotificationBell extends Div {

    private final NotificationService notifications;
    private final PoleId poleId;
    private final ZoneId zone;
    /** A plain button: the popover opens in the browser, so no click listener is kept for it on the server. */
    private final NativeButton bell = new NativeButton();
    private final Span count = new Span();
    private final Div list = new Div();

    public NotificationBell(NotificationService notifications, PoleId poleId, ZoneId zone) {
        this.notifications = notifications;
        this.poleId = poleId;
        this.zone = zone;
        addClassName("coopole-bell");
        bell.addClassName("coopole-icon-button");
        bell.add(VaadinIcon.BELL.create());
        count.addClassName("coopole-bell-count");
        add(bell, count);
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addClassName("coopole-notifications");
        list.addClassName("coopole-notification-list");
        // the list is built when the popover opens and dropped when it closes: a session keeps none of it meanwhile
        popover.addOpenedChangeListener(e -> {
            popover.removeAll(); // once, even if the browser said "opened" twice
            list.removeAll();
            if (e.isOpened()) {
                show();
                popover.add(new H4(getTranslation("notification.title")), list);
                notifications.markAllRead(poleId);
                refresh();
            }
        });
        refresh();
    }

    /** Reads the unread count again. */
    public void refresh() {
        int unread = notifications.unread(poleId);
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.getElement().setAttribute("aria-label", getTranslation("notification.bell", unread));
    }

    /** Fills the list, emptied when the popover opened or closed. */
    private void show() {
        var latest = notifications.latest(poleId, 20);
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notification.none")));
            return;
        }
        DateTimeFormatter format = Dates.dateTimes(Locales.of(this), zone);
        for (Notification n : latest) {
            // the words as they were when it happened, in the reader's language
            Anchor what = new Anchor(n.path(), getTranslation(n.kind().translationKey(),
                    new java.util.HashMap<String, Object>(n.params())));
            what.getElement().setAttribute("router-link", true);
            Div item = new Div(what);
            n.param("start").ifPresent(start -> {
                Span when = new Span(getTranslation("notification.when",
                        format.format(java.time.Instant.parse(start))));
                when.addClassName("coopole-hint");
                item.add(when);
            });
            n.param("reason").ifPresent(text -> {
                Span reason = new Span(getTranslation("notification.mail.reason", text));
                reason.addClassName("coopole-hint");
                item.add(reason);
            });
            item.addClassName(n.read() ? "coopole-notification" : "coopole-notification-unread");
            item.addClassName("coopole-notification");
            list.add(item);
        }
    }
}
