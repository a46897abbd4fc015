package org.coopole.booking;

import org.coopole.booking.internal.WaitlistRepository;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.notification.Deliveries;
import org.coopole.resource.BookingRules;
import org.coopole.resource.ResourceService;
import org.coopole.security.CurrentUser;
import org.coopole.security.PoleMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Second chances: a member waits in line for a taken slot of a resource. When a live booking meeting it is cancelled
 * or declined, the first in line whose period is free again is offered it, held for them for the time the owner set
 * (never past its start), then offered to the next ({@link WaitlistOffers}). Accepting books it under every rule.
 */
@Service
public class WaitlistService {

    /** How many of a person's places their page lists. */
    public static final int MINE_MAX = 100;

    private final WaitlistRepository waitlist;
    private final BookingService bookings;
    private final ResourceService resources;
    private final CurrentUser currentUser;
    private final Deliveries deliveries;
    private final Clock clock;

    WaitlistService(WaitlistRepository waitlist, BookingService bookings, ResourceService resources,
                    CurrentUser currentUser, Deliveries deliveries, Clock clock) {
        this.waitlist = waitlist;
        this.bookings = bookings;
        this.resources = resources;
        this.currentUser = currentUser;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /**
     * Joins the line for a slot that is taken: the period must be one the resource's rules allow, so that an offer
     * can be booked.
     *
     * @throws InvalidField for a period to correct, a slot that is free (book it instead), or a place already held
     */
    @Transactional
    @PoleMember
    public UUID join(PoleId poleId, ResourceId resourceId, Instant start, Instant end) {
        BookingRules rules = resources.bookingRules(poleId, resourceId)
                .orElseThrow(() -> new AccessDeniedException("no such resource shared in this pole"));
        BookingService.checkPeriod(start, end, clock.instant());
        rules.check(start, end, clock.instant());
        if (bookings.busy(poleId, resourceId, start, end).isEmpty()) {
            throw new InvalidField("start", "waitlist.free");
        }
        if (waitlist.waiting(currentUser.require(), resourceId, start, end)) {
            throw new InvalidField("start", "waitlist.already");
        }
        return waitlist.join(poleId, resourceId, currentUser.require(), start, end);
    }

    /** The person's places in the pole's lines: waiting and offered first. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<WaitlistEntry> mine(PoleId poleId) {
        return waitlist.mine(poleId, currentUser.require(), MINE_MAX);
    }

    /**
     * Books the slot offered to the person, under every rule of the resource (its owner's approval included).
     *
     * @throws InvalidField when the offer has ended, or the booking breaks a rule (a quota, say)
     * @throws SlotTaken    never for a slot still held for the person, since nobody else may book it meanwhile
     */
    @Transactional
    @PoleMember
    public BookingStatus accept(PoleId poleId, UUID entryId, String purpose) {
        WaitlistEntry entry = waitlist.own(poleId, currentUser.require(), entryId)
                .orElseThrow(() -> new AccessDeniedException("not a place of this person"));
        if (entry.status() != WaitlistStatus.OFFERED || !entry.heldUntil().isAfter(clock.instant())) {
            throw new InvalidField("offer", "waitlist.offer-ended");
        }
        BookingStatus status = bookings.book(poleId, entry.resourceId(), entry.start(), entry.end(), purpose);
        waitlist.move(entryId, currentUser.require(), List.of(WaitlistStatus.OFFERED), WaitlistStatus.BOOKED);
        return status;
    }

    /** The person lets the slot offered go: it is offered to the next in line at once. */
    @Transactional
    @PoleMember
    public void pass(PoleId poleId, UUID entryId) {
        WaitlistEntry entry = waitlist.own(poleId, currentUser.require(), entryId)
                .orElseThrow(() -> new AccessDeniedException("not a place of this person"));
        if (!waitlist.move(entryId, currentUser.require(), List.of(WaitlistStatus.OFFERED), WaitlistStatus.PASSED)) {
            throw new InvalidField("offer", "waitlist.offer-ended");
        }
        deliveries.deliver(waitlist.offer(entry.resourceId(), clock.instant()));
    }

    /** The person leaves the line (an offer they held goes to the next). */
    @Transactional
    @PoleMember
    public void leave(PoleId poleId, UUID entryId) {
        WaitlistEntry entry = waitlist.own(poleId, currentUser.require(), entryId)
                .orElseThrow(() -> new AccessDeniedException("not a place of this person"));
        if (!waitlist.move(entryId, currentUser.require(), List.of(WaitlistStatus.WAITING, WaitlistStatus.OFFERED),
                WaitlistStatus.WITHDRAWN)) {
            throw new InvalidField("offer", "waitlist.not-waiting");
        }
        if (entry.status() == WaitlistStatus.OFFERED) {
            deliveries.deliver(waitlist.offer(entry.resourceId(), clock.instant()));
        }
    }
}
