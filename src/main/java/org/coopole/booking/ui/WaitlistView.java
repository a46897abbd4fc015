package org.coopole.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.booking.BookingService;
import org.coopole.booking.BookingStatus;
import org.coopole.booking.SlotTaken;
import org.coopole.booking.WaitlistEntry;
import org.coopole.booking.WaitlistService;
import org.coopole.booking.WaitlistStatus;
import org.coopole.common.Dates;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.common.ui.Locales;
import org.coopole.resource.ResourceService;
import org.coopole.security.Account;
import org.coopole.security.CurrentAccount;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * "Mes listes d'attente": the person's places in the pole's lines — waiting (with how many before them), offered
 * (held for them until a time: book it or let it go), and what became of the others.
 */
@Route("waitlist")
@org.coopole.security.ForPoleRoles({org.coopole.security.PoleRole.ANIMATOR,
        org.coopole.security.PoleRole.ORGANISATION_MANAGER, org.coopole.security.PoleRole.MEMBER})
@PermitAll
class WaitlistView extends Div implements HasDynamicTitle {

    private final WaitlistService waitlist;
    private final PoleId poleId;
    private final DateTimeFormatter format;
    private final Div list = new Div();

    WaitlistView(CurrentAccount current, WaitlistService waitlist, ResourceService resources) {
        this.waitlist = waitlist;
        this.poleId = current.pole().map(Account.PoleMembership::poleId).orElseThrow();
        ZoneId zone = resources.timeZone(poleId);
        this.format = Dates.dateTimes(Locales.of(this), zone);
        addClassName("coopole-page");
        add(new H1(getTranslation("waitlist.title")), new Paragraph(getTranslation("waitlist.intro")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<WaitlistEntry> mine = waitlist.mine(poleId);
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("waitlist.none")));
            return;
        }
        mine.forEach(entry -> list.add(item(entry)));
    }

    private Component item(WaitlistEntry entry) {
        Div item = new Div();
        item.addClassName("coopole-quota");
        item.addClassName("coopole-waitlist-" + entry.status().name().toLowerCase(java.util.Locale.ROOT));
        Anchor resource = new Anchor("resources/" + entry.resourceId().value(), entry.resourceName());
        resource.getElement().setAttribute("router-link", true);
        item.add(new Div(resource, new Span(" — " + getTranslation("waitlist.period", format.format(entry.start()),
                format.format(entry.end())))));
        String state = switch (entry.status()) {
            case WAITING -> getTranslation("waitlist.waiting", entry.ahead());
            case OFFERED -> getTranslation("waitlist.offered", format.format(entry.heldUntil()));
            default -> getTranslation(entry.status().translationKey());
        };
        item.add(new Paragraph(state));
        Div actions = new Div();
        actions.addClassName("coopole-actions");
        if (entry.status() == WaitlistStatus.OFFERED) {
            Button accept = new Button(getTranslation("waitlist.accept"), e -> accept(entry));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.setAriaLabel(getTranslation("waitlist.accept-label", entry.resourceName()));
            Button pass = new Button(getTranslation("waitlist.pass"), e -> {
                run(() -> waitlist.pass(poleId, entry.id()), "waitlist.passed");
            });
            pass.setAriaLabel(getTranslation("waitlist.pass-label", entry.resourceName()));
            actions.add(accept, pass);
        }
        if (entry.status() == WaitlistStatus.WAITING || entry.status() == WaitlistStatus.OFFERED) {
            Button leave = new Button(getTranslation("waitlist.leave"), e -> run(() -> waitlist.leave(poleId,
                    entry.id()), "waitlist.left"));
            leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            leave.setAriaLabel(getTranslation("waitlist.leave-label", entry.resourceName()));
            actions.add(leave);
        }
        item.add(actions);
        return item;
    }

    /** Books the slot offered, with a purpose; a rule it breaks (a quota, say) shows in the dialog, kept as typed. */
    private void accept(WaitlistEntry entry) {
        Dialog dialog = new Dialog(getTranslation("waitlist.accept-label", entry.resourceName()));
        dialog.setWidth("min(32rem, 95vw)");
        TextArea purpose = new TextArea(getTranslation("booking.dialog.purpose"));
        org.coopole.common.ui.TextLimits.limit(purpose, BookingService.PURPOSE_MAX);
        purpose.setWidthFull();
        Paragraph problem = new Paragraph();
        problem.addClassName("coopole-form-error");
        problem.setVisible(false);
        Button book = new Button(getTranslation("waitlist.accept"), e -> {
            purpose.setInvalid(false);
            problem.setVisible(false);
            try {
                BookingStatus status = waitlist.accept(poleId, entry.id(), purpose.getValue());
                Notification.show(getTranslation(status == BookingStatus.REQUESTED ? "booking.dialog.requested"
                                : "booking.dialog.booked", entry.resourceName()), 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
                dialog.close();
                refresh();
            } catch (InvalidField refusal) {
                if (refusal.field().equals("purpose")) {
                    FieldErrors.show(this, Map.of("purpose", purpose), refusal);
                } else {
                    problem.setText(FieldErrors.message(this, refusal));
                    problem.setVisible(true);
                }
            } catch (SlotTaken taken) {
                problem.setText(getTranslation("booking.slot-taken"));
                problem.setVisible(true);
            }
        });
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.setId("waitlist-accept-confirm");
        dialog.add(new Paragraph(getTranslation("waitlist.period", format.format(entry.start()),
                format.format(entry.end()))), purpose, problem);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), book);
        dialog.open();
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Notification.show(getTranslation(done), 4000, Notification.Position.BOTTOM_START);
        } catch (InvalidField refusal) {
            Notification.show(FieldErrors.message(this, refusal), 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("waitlist.page-title");
    }
}
