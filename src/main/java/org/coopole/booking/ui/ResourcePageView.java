package org.coopole.booking.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.security.PoleRole;
import org.coopole.security.ForPoleRoles;
import org.coopole.live.LiveUpdates;
import org.coopole.messaging.MessagingService;
import org.coopole.live.Topic;
import org.coopole.live.ui.LiveRefresh;
import org.coopole.common.ui.Tags;
import org.coopole.booking.BookingService;
import org.coopole.booking.BookingSlot;
import org.coopole.booking.BookingStatus;
import org.coopole.booking.CalendarFeedService;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.ui.Locales;
import org.coopole.mail.Mailer;
import org.coopole.resource.ui.PhotoImages;
import org.coopole.resource.ui.RateWords;
import org.coopole.resource.Resource;
import org.coopole.resource.ResourceService;
import org.coopole.resource.ResourceStatus;
import org.coopole.security.Account;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.coopole.security.CurrentAccount;

/**
 * A resource's page: what it is, its photos, how it may be booked (in plain words), and its calendar of busy
 * slots, on which selecting a free range starts a booking. Others see which organisation holds a slot; the
 * purpose and the person only the owner and the booker.
 */
@Route("resources/:id")
@PermitAll
@ForPoleRoles({PoleRole.ANIMATOR, PoleRole.ORGANISATION_MANAGER, PoleRole.MEMBER})
class ResourcePageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final ResourceService resources;
    private final BookingService bookings;
    private final CalendarFeedService feeds;
    private final Mailer mailer;
    private final PoleId poleId;
    private Resource resource;
    private BookingCalendar calendar;
    private LocalDateTime shownFrom;
    private LocalDateTime shownTo;
    /** The window the person looked for in the catalogue, if any: the calendar opens there, the booking too. */
    private LocalDateTime[] wanted;

    /** The person and their current pole, read once for this navigation. */
    private final CurrentAccount current;
    private final LiveUpdates live;
    private final MessagingService messaging;

    private final org.coopole.project.ProjectActivityService projects;
    private final org.coopole.booking.WaitlistService waitlist;

    ResourcePageView(CurrentAccount current, ResourceService resources, BookingService bookings, CalendarFeedService feeds, Mailer mailer,
                     LiveUpdates live, MessagingService messaging, org.coopole.project.ProjectActivityService projects,
                     org.coopole.booking.WaitlistService waitlist) {
        this.projects = projects;
        this.waitlist = waitlist;
        this.live = live;
        this.messaging = messaging;
        this.current = current;
        this.mailer = mailer;
        this.resources = resources;
        this.bookings = bookings;
        this.feeds = feeds;
        this.poleId = current.get().currentPole().map(Account.PoleMembership::poleId).orElse(null);
        addClassName("coopole-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ResourceId id;
        try {
            id = new ResourceId(UUID.fromString(event.getRouteParameters().get(ID).orElse("")));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        if (poleId == null) {
            throw new NotFoundException();
        }
        resource = resources.resource(poleId, id).orElseThrow(NotFoundException::new);
        var query = event.getLocation().getQueryParameters();
        wanted = query.getSingleParameter("from").flatMap(ResourcePageView::dateTime)
                .flatMap(from -> query.getSingleParameter("to").flatMap(ResourcePageView::dateTime)
                        .map(to -> new LocalDateTime[] {from, to}))
                .orElse(null);
        removeAll();
        build();
    }

    private void build() {
        H1 title = new H1(resource.data().name());
        Div badges = new Div(Tags.tag(getTranslation(resource.data().kind().translationKey())),
                Tags.tag(resource.ownerName()));
        if (resource.status() != ResourceStatus.ACTIVE) {
            badges.add(Tags.tag(getTranslation(resource.status().translationKey())));
        }
        badges.addClassName("coopole-tags");
        add(title, badges);
        if (!resource.ownerId().equals(current.get().organisationId())) {
            // a question to the owner's managers about this resource
            Button write = new Button(getTranslation("messaging.write-owner"), VaadinIcon.COMMENTS_O.create(), e -> {
                try {
                    var conversation = messaging.aboutResource(poleId, resource.id());
                    getUI().ifPresent(ui -> ui.navigate("messages",
                            com.vaadin.flow.router.QueryParameters.of("c", conversation.toString())));
                } catch (org.coopole.common.InvalidField refusal) {
                    com.vaadin.flow.component.notification.Notification.show(
                            org.coopole.common.ui.FieldErrors.message(this, refusal));
                }
            });
            write.addThemeVariants(ButtonVariant.TERTIARY);
            write.setAriaLabel(getTranslation("messaging.write-owner-label", resource.ownerName(),
                    resource.data().name()));
            add(write);
        }

        Div about = new Div();
        about.addClassName("coopole-resource-about");
        if (!resource.photoPositions().isEmpty()) {
            about.add(photos());
        }
        if (!resource.data().description().isBlank()) {
            Paragraph description = new Paragraph(resource.data().description());
            description.addClassName("coopole-preserve-lines");
            about.add(description);
        }
        about.add(details(), new H2(getTranslation("booking.rules.title")), PolicyWords.of(this, resource.rules()));
        var usedBy = projects.projectsUsing(poleId, resource.id());
        if (!usedBy.isEmpty()) {
            // the joint projects this resource was booked for
            Div list = new Div();
            list.addClassName("coopole-tags");
            usedBy.forEach(p -> list.add(new com.vaadin.flow.component.html.Anchor("projects/" + p.id(), p.name())));
            about.add(new H2(getTranslation("booking.resource.projects")), list);
        }

        boolean bookable = resource.status() == ResourceStatus.ACTIVE;
        Button book = new Button(getTranslation(resource.data().approvalRequired()
                ? "booking.dialog.request" : "booking.dialog.book"), VaadinIcon.CALENDAR_CLOCK.create(),
                e -> openBooking(wanted == null ? null : wanted[0], wanted == null ? null : wanted[1]));
        book.addThemeVariants(ButtonVariant.PRIMARY);
        book.setEnabled(bookable);
        book.setId("resource-book");
        Button feed = new Button(getTranslation("feed.resource"), VaadinIcon.LINK.create(),
                e -> FeedDialog.open(this, feeds, mailer, poleId, resource.id(), () -> { }));
        feed.addThemeVariants(ButtonVariant.TERTIARY);
        Div actions = new Div(book, feed);
        actions.addClassName("coopole-actions");
        Paragraph legend = new Paragraph(getTranslation(bookable ? "booking.calendar.legend"
                : "booking.calendar.not-bookable"));
        legend.addClassName("coopole-hint");
        calendar = new BookingCalendar(BookingCalendar.localeTag(Locales.of(this),
                com.vaadin.flow.server.VaadinSession.getCurrent()), bookable);
        calendar.setNow(LocalDateTime.now(resource.rules().zone()));
        if (wanted != null) {
            calendar.getElement().setAttribute("date", wanted[0].toLocalDate().toString());
        }
        if (resource.rules().policy().unit().withinTheDay()) {
            calendar.setOpeningHours(resource.rules().openingHours());
        }
        calendar.onRange(e -> {
            shownFrom = e.start;
            shownTo = e.end;
            showBusy();
        });
        calendar.onSelect(e -> openBooking(e.start, e.end));
        // a booking made, decided or cancelled anywhere shows at once
        LiveRefresh.keep(calendar, live, Topic.BOOKINGS, poleId, resource.id().value(), signal -> {
            if (shownFrom != null) {
                showBusy();
            }
        });
        Div planning = new Div(actions, legend, calendar);
        planning.addClassName("coopole-resource-planning");

        Div layout = new Div(planning, about);
        layout.addClassName("coopole-resource-layout");
        add(layout);
    }

    private static java.util.Optional<LocalDateTime> dateTime(String text) {
        try {
            return java.util.Optional.of(LocalDateTime.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private void showBusy() {
        ZoneId zone = resource.rules().zone();
        var slots = bookings.busy(poleId, resource.id(), shownFrom.atZone(zone).toInstant(), shownTo.atZone(zone).toInstant());
        calendar.show(slots.stream().map(s -> new BookingCalendar.Entry(s.id().toString(), title(s),
                LocalDateTime.ofInstant(s.start(), zone), LocalDateTime.ofInstant(s.end(), zone), s.status().name()))
                .toList());
    }

    private String title(BookingSlot slot) {
        String who = slot.organisationName() != null ? slot.organisationName()
                : getTranslation("booking.calendar.other-pole");
        if (slot.status() == BookingStatus.REQUESTED) {
            who = getTranslation("booking.calendar.requested", who);
        }
        return slot.purpose() == null || slot.purpose().isBlank() ? who : who + " · " + slot.purpose();
    }

    private void openBooking(LocalDateTime from, LocalDateTime to) {
        if (resource.status() != ResourceStatus.ACTIVE) {
            return;
        }
        BookingDialog dialog = new BookingDialog(bookings, poleId, resource.rules(), calendar::refresh,
                projects.bookableFor(poleId), waitlist);
        if (from != null) {
            dialog.startAt(from, to);
        }
        dialog.open();
    }

    private Component photos() {
        Div gallery = new Div();
        gallery.addClassName("coopole-gallery");
        for (int position : resource.photoPositions()) {
            Image thumbnail = photo(position, true);
            thumbnail.addClassName("coopole-photo-thumbnail");
            // a button, so that the keyboard reaches it and a screen reader says what it does
            NativeButton open = new NativeButton();
            open.add(thumbnail);
            open.addClassName("coopole-photo-button");
            open.getElement().setAttribute("aria-label",
                    getTranslation("resource.photo.open", resource.data().name(), position));
            open.addClickListener(e -> {
                Dialog big = new Dialog(photo(position, false));
                big.addClassName("coopole-photo-dialog");
                big.setCloseOnOutsideClick(true);
                big.getFooter().add(new Button(getTranslation("common.close"), c -> big.close()));
                big.open();
            });
            gallery.add(open);
        }
        return gallery;
    }

    private Image photo(int position, boolean thumbnail) {
        return PhotoImages.of(resources, poleId, resource.id(), position, thumbnail,
                getTranslation("resource.photo.alt", resource.data().name(), position));
    }

    private Component details() {
        Div list = new Div();
        list.addClassName("coopole-facts");
        var details = resource.details();
        fact(list, "resource.location", details.location());
        fact(list, "resource.capacity", details.capacity() == null ? "" : details.capacity().toString());
        fact(list, "resource.accessibility", details.accessibility());
        fact(list, "resource.tags", String.join(", ", details.tags()));
        fact(list, "resource.skills", String.join(", ", resource.skills()));
        fact(list, "resource.rate", RateWords.of(this, details.rateUnit(), details.rateCents()));
        return list;
    }

    private void fact(Div list, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(key));
        label.addClassName("coopole-fact-label");
        Span text = new Span(value);
        Div row = new Div(label, text);
        row.addClassName("coopole-fact");
        list.add(row);
    }


    @Override
    public String getPageTitle() {
        return resource == null ? getTranslation("app.name") : resource.data().name() + " · Coopole";
    }
}
