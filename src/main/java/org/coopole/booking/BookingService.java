package org.coopole.booking;

import org.coopole.booking.internal.BookingRepository;
import org.coopole.common.BookingId;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.TextRules;
import org.coopole.resource.BookingPolicy;
import org.coopole.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Booking shared resources, never twice: PostgreSQL's exclusion constraint refuses any live booking that overlaps
 * another of the same resource, and this service turns that refusal into {@link SlotTaken}. (Booking policies —
 * units, opening hours, closures, horizon, staff caps — and the screens are still to come.)
 */
@Service
public class BookingService {

    public static final int PURPOSE_MAX = 1000;
    static final Duration LONGEST = Duration.ofDays(31);
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final BookingRepository bookings;
    private final CurrentUser currentUser;
    private final Clock clock;

    BookingService(BookingRepository bookings, CurrentUser currentUser) {
        this.bookings = bookings;
        this.currentUser = currentUser;
        this.clock = Clock.systemUTC();
    }

    /**
     * Books a resource shared in the pole for the person's organisation: confirmed at once, or requested when the
     * owner approves bookings first (a request holds the slot too).
     *
     * @throws SlotTaken    when another live booking overlaps, even one made a moment ago
     * @throws InvalidField for a period or purpose to correct
     */
    @Transactional
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public BookingStatus book(PoleId poleId, ResourceId resourceId, Instant start, Instant end, String purpose) {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new InvalidField("end", "booking.end-before-start");
        }
        if (start.isBefore(clock.instant())) {
            throw new InvalidField("start", "booking.in-the-past");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidField("end", "booking.too-long");
        }
        String cleanPurpose = TextRules.require("purpose", purpose, PURPOSE_MAX, false);
        BookingRepository.Bookable resource = bookings.bookable(poleId, resourceId)
                .orElseThrow(() -> new AccessDeniedException("no such resource shared in this pole"));
        enforce(resource.policy(), start, end);
        BookingStatus status = resource.approvalRequired() ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED;
        try {
            bookings.insert(poleId, resourceId, currentUser.require(), start, end, cleanPurpose, status);
        } catch (DataIntegrityViolationException e) {
            if (isExclusionViolation(e)) {
                throw new SlotTaken();
            }
            throw e;
        } catch (PessimisticLockingFailureException e) {
            // concurrent inserts of overlapping periods wait on each other's entries in the constraint's index; when
            // they wait in a circle, PostgreSQL aborts one (40P01): it lost the race to an overlapping booking
            throw new SlotTaken();
        }
        return status;
    }

    /** The resource's live bookings overlapping [from, to), with what this person may see of them. */
    @Transactional(readOnly = true)
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public List<BookingSlot> busy(PoleId poleId, ResourceId resourceId, Instant from, Instant to) {
        return bookings.busy(poleId, resourceId, from, to, currentUser.require());
    }

    /**
     * The bookings of the person ({@code wholeOrganisation} false) or of their organisation in the pole: the
     * upcoming ones soonest first, or the past ones latest first; a page at a time.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public List<MyBooking> mine(PoleId poleId, boolean wholeOrganisation, boolean upcoming, int offset, int limit) {
        return bookings.mine(poleId, currentUser.require(), wholeOrganisation, upcoming, clock.instant(),
                Math.max(0, offset), Math.clamp(limit, 1, 200));
    }

    /** The booker cancels their booking; the slot is free again. */
    @Transactional
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public void cancel(PoleId poleId, BookingId bookingId) {
        if (!bookings.cancelOwn(bookingId, currentUser.require())) {
            throw new AccessDeniedException("not a live booking of this person's organisation");
        }
    }

    /** Requests for the resources of the manager's organisation, waiting for a decision, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@poleAccess.hasAnyRole(#poleId, T(org.coopole.security.PoleRole).ORGANISATION_MANAGER)")
    public List<BookingSlot> requestsToDecide(PoleId poleId) {
        return bookings.requestsFor(currentUser.require());
    }

    /** The owner's manager confirms a request; it keeps the slot it already held. */
    @Transactional
    @PreAuthorize("@poleAccess.hasAnyRole(#poleId, T(org.coopole.security.PoleRole).ORGANISATION_MANAGER)")
    public void confirm(PoleId poleId, BookingId bookingId) {
        decide(bookingId, BookingStatus.REQUESTED, BookingStatus.CONFIRMED, null);
    }

    /** The owner's manager declines a request, with a reason the booker will read; the slot is free again. */
    @Transactional
    @PreAuthorize("@poleAccess.hasAnyRole(#poleId, T(org.coopole.security.PoleRole).ORGANISATION_MANAGER)")
    public void decline(PoleId poleId, BookingId bookingId, String reason) {
        decide(bookingId, BookingStatus.REQUESTED, BookingStatus.DECLINED,
                TextRules.require("reason", reason, PURPOSE_MAX, true));
    }

    /** The owner's manager cancels a confirmed booking of their resource, with a reason. */
    @Transactional
    @PreAuthorize("@poleAccess.hasAnyRole(#poleId, T(org.coopole.security.PoleRole).ORGANISATION_MANAGER)")
    public void cancelAsOwner(PoleId poleId, BookingId bookingId, String reason) {
        decide(bookingId, BookingStatus.CONFIRMED, BookingStatus.CANCELLED,
                TextRules.require("reason", reason, PURPOSE_MAX, true));
    }

    private void decide(BookingId bookingId, BookingStatus from, BookingStatus to, String reason) {
        if (!bookings.decide(bookingId, currentUser.require(), from, to, reason)) {
            throw new AccessDeniedException("not a " + from + " booking of this organisation's resources");
        }
    }

    /** The resource's policy, each breach explained with its figures. */
    private void enforce(BookingPolicy policy, Instant start, Instant end) {
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes < policy.minMinutes()) {
            throw new InvalidField("end", "booking.policy.too-short", policy.minMinutes());
        }
        if (minutes > policy.maxMinutes()) {
            throw new InvalidField("end", "booking.policy.too-long", policy.maxMinutes());
        }
        Instant now = clock.instant();
        if (start.isBefore(now.plus(Duration.ofMinutes(policy.leadMinutes())))) {
            throw new InvalidField("start", "booking.policy.lead-time", policy.leadMinutes());
        }
        if (start.isAfter(now.plus(Duration.ofDays(policy.horizonDays())))) {
            throw new InvalidField("start", "booking.policy.horizon", policy.horizonDays());
        }
    }

    private static boolean isExclusionViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
