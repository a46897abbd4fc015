package org.coopole.booking;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import org.coopole.booking.internal.CalendarFeedRepository;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.Tokens;
import org.coopole.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopole.security.PoleMember;

/**
 * Calendar feeds: a person's secret, revocable iCalendar address for a resource (who holds which slot; the
 * purpose only for the owner's and the booker's people) or for their organisation's bookings, and an
 * {@code .ics} file for one of their bookings. Only the SHA-256 of a feed's token is kept.
 */
@Service
public class CalendarFeedService {

    static final String PRODUCT = "-//Coopole//Coopole//FR";

    private final CalendarFeedRepository feeds;
    private final java.time.Clock clock;
    private final BookingService bookings;
    private final CurrentUser currentUser;

    CalendarFeedService(CalendarFeedRepository feeds, BookingService bookings, CurrentUser currentUser,
                        java.time.Clock clock) {
        this.clock = clock;
        this.feeds = feeds;
        this.bookings = bookings;
        this.currentUser = currentUser;
    }

    /** A new secret address for a resource shared in the pole (or, with none, the organisation); its token. */
    @Transactional
    @PoleMember
    public String create(PoleId poleId, ResourceId resourceIdOrNone) {
        String token = Tokens.newToken();
        feeds.create(hash(token), poleId, currentUser.require(), resourceIdOrNone, resourceIdOrNone == null);
        return token;
    }

    @Transactional(readOnly = true)
    @PoleMember
    public List<CalendarFeed> mine(PoleId poleId) {
        return feeds.mine(poleId, currentUser.require());
    }

    /** The address stops working at once. */
    @Transactional
    @PoleMember
    public void revoke(PoleId poleId, UUID feedId) {
        if (!feeds.revoke(feedId, currentUser.require(), clock.instant())) {
            throw new AccessDeniedException("not a live feed of this person");
        }
    }

    /** A feed is read by calendar apps without a language: both of Coopole's. */
    static final String OTHER_POLE_MEMBER = "Membre d’un autre pôle / Another pole's member";

    /** The iCalendar text behind a secret address, read without anybody signed in; empty when unknown or revoked. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<String> calendar(String token) {
        if (!Tokens.isToken(token)) {
            return Optional.empty();
        }
        return feeds.feed(hash(token)).map(feed -> {
            Calendar calendar = newCalendar(feed.name());
            for (CalendarFeedRepository.FeedEvent event : feed.events()) {
                // a booking by an organisation outside the feed's pole: taken, by nobody named (as in the app)
                String who = event.organisationName() != null ? event.organisationName() : OTHER_POLE_MEMBER;
                String summary = event.resourceName() + " · " + who;
                calendar.add(event(event.bookingId(), event.start(), event.end(), summary, event.purpose(),
                        event.status(), event.revision(), event.changedAt()));
            }
            return calendar.toString();
        });
    }

    /** One of the person's (or their organisation's) bookings as an .ics file. */
    @Transactional(readOnly = true)
    @PoleMember
    public String ics(PoleId poleId, MyBooking booking) {
        Calendar calendar = newCalendar(booking.resourceName());
        calendar.add(event(booking.id().value(), booking.start(), booking.end(),
                booking.resourceName() + " · " + booking.ownerName(), booking.purpose(), booking.status(),
                booking.revision(), booking.changedAt()));
        return calendar.toString();
    }

    private static Calendar newCalendar(String name) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        calendar.add(new XProperty("X-WR-CALNAME", name));
        return calendar;
    }

    private static VEvent event(UUID id, Instant start, Instant end, String summary, String purpose,
                                BookingStatus status, int revision, Instant stamp) {
        VEvent event = new VEvent(start, end, summary);
        event.add(new Uid(id + "@coopole"));
        event.replace(new DtStamp(stamp));
        // the true status, and a sequence that grows with each change, so that calendar applications update the event
        event.add(switch (status) {
            case REQUESTED -> new Status(Status.VALUE_TENTATIVE);
            case CONFIRMED -> new Status(Status.VALUE_CONFIRMED);
            case DECLINED, CANCELLED -> new Status(Status.VALUE_CANCELLED);
        });
        event.add(new Sequence(revision));
        if (purpose != null && !purpose.isBlank()) {
            event.add(new Description(purpose));
        }
        return event;
    }

    private static byte[] hash(String token) {
        return HexFormat.of().parseHex(Tokens.hash(token));
    }
}
