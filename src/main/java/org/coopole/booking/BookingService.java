package org.coopole.booking;

import org.coopole.booking.internal.BookingRepository;
import org.coopole.common.BookingId;
import org.coopole.common.InvalidField;
import org.coopole.project.ProjectActivityService;
import org.coopole.project.ProjectId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.TextRules;
import org.coopole.resource.BookingRules;
import org.coopole.resource.ResourceService;
import org.springframework.context.ApplicationEventPublisher;
import org.coopole.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coopole.security.PoleMember;
import org.coopole.security.OrganisationManager;

/**
 * Booking shared resources, never twice: PostgreSQL's exclusion constraint refuses any live booking that overlaps
 * another of the same resource, and this service turns that refusal into {@link SlotTaken}. Each resource's rules
 * (units, length, lead time, horizon, opening hours, closures, staff caps) are enforced here, each breach explained.
 */
@Service
public class BookingService {

    public static final int PURPOSE_MAX = 1000;
    static final Duration LONGEST = Duration.ofDays(31);
    private static final String EXCLUSION_VIOLATION = "23P01";

    public static final int MAX_OCCURRENCES = 100;

    private final BookingRepository bookings;
    private final ResourceService resources;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final PlatformTransactionManager transactions;
    private final Clock clock;
    private final org.coopole.audit.AuditTrail audit;
    private final ProjectActivityService projects;
    private final QuotaService quotas;
    private final org.coopole.booking.internal.WaitlistRepository waitlist;
    private final org.coopole.booking.internal.QuotaRepository quotaRows;
    private final org.coopole.notification.Deliveries deliveries;

    BookingService(BookingRepository bookings, ResourceService resources, CurrentUser currentUser,
                   ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
                   org.coopole.audit.AuditTrail audit, ProjectActivityService projects, QuotaService quotas,
                   org.coopole.booking.internal.WaitlistRepository waitlist,
                   org.coopole.booking.internal.QuotaRepository quotaRows,
                   org.coopole.notification.Deliveries deliveries) {
        this.projects = projects;
        this.quotaRows = quotaRows;
        this.quotas = quotas;
        this.waitlist = waitlist;
        this.deliveries = deliveries;
        this.bookings = bookings;
        this.resources = resources;
        this.currentUser = currentUser;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Books a resource shared in the pole for the person's organisation: confirmed at once, or requested when the
     * owner approves bookings first (a request holds the slot too).
     *
     * @throws SlotTaken    when another live booking overlaps, even one made a moment ago
     * @throws InvalidField for a period or purpose to correct, or a rule of the resource the period breaks
     */
    @Transactional
    @PoleMember
    public BookingStatus book(PoleId poleId, ResourceId resourceId, Instant start, Instant end, String purpose) {
        return book(poleId, resourceId, start, end, purpose, null);
    }

    /**
     * The same, for a joint project the person's organisation takes part in ({@code project} may be null).
     *
     * @throws InvalidField also for a project the person's organisation does not take part in
     */
    @Transactional
    @PoleMember
    public BookingStatus book(PoleId poleId, ResourceId resourceId, Instant start, Instant end, String purpose,
                              ProjectId project) {
        checkPeriod(start, end);
        String cleanPurpose = TextRules.require("purpose", purpose, PURPOSE_MAX, false);
        checkProject(poleId, project);
        BookingRules rules = rulesOf(poleId, resourceId);
        rules.check(start, end, clock.instant());
        BookingStatus status = statusFor(rules);
        BookingId id = insert(poleId, rules, start, end, cleanPurpose, status, null, project);
        events.publishEvent(new BookingEvent(eventKind(status), poleId, id, 1));
        return status;
    }

    /**
     * The occurrences of a repeating booking (at most {@value #MAX_OCCURRENCES}, within a year of the first), each
     * free, taken, or refused by the resource's rules, for the person to see before booking.
     */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Occurrence> preview(PoleId poleId, ResourceId resourceId, Instant start, Instant end, Repeat repeat,
                                    int count) {
        checkPeriod(start, end);
        BookingRules rules = rulesOf(poleId, resourceId);
        List<Instant[]> periods = occurrences(rules, start, end, repeat, count);
        List<Instant[]> busy = bookings.livePeriods(resourceId, periods.getFirst()[0], periods.getLast()[1]);
        Instant now = clock.instant();
        List<Occurrence> result = new ArrayList<>();
        List<Instant[]> accepted = new ArrayList<>();
        for (Instant[] period : periods) {
            boolean taken = busy.stream().anyMatch(b -> b[0].isBefore(period[1]) && period[0].isBefore(b[1]));
            InvalidField refusal = taken ? null : rules.breach(period[0], period[1], now)
                    .or(() -> rules.capBreach(period[0], period[1], concat(busy, accepted))).orElse(null);
            if (!taken && refusal == null) {
                accepted.add(period);
            }
            result.add(new Occurrence(period[0], period[1], taken, refusal));
        }
        // the quotas binding the person's organisation, over the dates every other rule lets through, in order
        List<java.util.Optional<InvalidField>> quotaSays = quotas.preview(poleId, resourceId, accepted, rules.zone());
        for (int i = 0, a = 0; i < result.size(); i++) {
            Occurrence o = result.get(i);
            if (!o.taken() && o.refusal() == null) {
                InvalidField breach = quotaSays.get(a++).orElse(null);
                if (breach != null) {
                    result.set(i, new Occurrence(o.start(), o.end(), false, breach));
                }
            }
        }
        return result;
    }

    /**
     * Books the free occurrences of a repeating booking as one series; those taken meanwhile or refused are left
     * out and reported. The owner's managers hear of the series once.
     *
     * @throws InvalidField when no occurrence could be booked, or for a period or purpose to correct
     */
    @Transactional
    @PoleMember
    public SeriesOutcome bookSeries(PoleId poleId, ResourceId resourceId, Instant start, Instant end, Repeat repeat,
                                    int count, String purpose) {
        return bookSeries(poleId, resourceId, start, end, repeat, count, purpose, null);
    }

    /** The same, for a joint project the person's organisation takes part in ({@code project} may be null). */
    @Transactional
    @PoleMember
    public SeriesOutcome bookSeries(PoleId poleId, ResourceId resourceId, Instant start, Instant end, Repeat repeat,
                                    int count, String purpose, ProjectId project) {
        checkPeriod(start, end);
        String cleanPurpose = TextRules.require("purpose", purpose, PURPOSE_MAX, false);
        checkProject(poleId, project);
        BookingRules rules = rulesOf(poleId, resourceId);
        BookingStatus status = statusFor(rules);
        UUID series = UUID.randomUUID();
        Instant now = clock.instant();
        List<Occurrence> booked = new ArrayList<>();
        List<Occurrence> leftOut = new ArrayList<>();
        BookingId first = null;
        for (Instant[] period : occurrences(rules, start, end, repeat, count)) {
            var refusal = rules.breach(period[0], period[1], now);
            if (refusal.isPresent()) {
                leftOut.add(new Occurrence(period[0], period[1], false, refusal.get()));
                continue;
            }
            try {
                BookingId id = inSavepoint(() -> insert(poleId, rules, period[0], period[1], cleanPurpose, status,
                        series, project));
                first = first == null ? id : first;
                booked.add(new Occurrence(period[0], period[1], false, null));
            } catch (SlotTaken e) {
                leftOut.add(new Occurrence(period[0], period[1], true, null));
            } catch (InvalidField e) {
                leftOut.add(new Occurrence(period[0], period[1], false, e));
            }
        }
        if (first == null) {
            throw new InvalidField("start", "booking.series.nothing-free");
        }
        events.publishEvent(new BookingEvent(eventKind(status), poleId, first, booked.size()));
        return new SeriesOutcome(status, booked, leftOut);
    }

    /** The booker cancels an occurrence of a series and all the later ones; how many were cancelled. */
    @Transactional
    @PoleMember
    public int cancelSeriesFrom(PoleId poleId, BookingId bookingId) {
        int cancelled = bookings.cancelSeriesFrom(bookingId, currentUser.require());
        if (cancelled == 0) {
            throw new AccessDeniedException("not a live occurrence of a series of this person's organisation");
        }
        audited(poleId, bookingId, org.coopole.audit.AuditAction.BOOKING_CANCELLED);
        events.publishEvent(new BookingEvent(BookingEvent.Kind.CANCELLED_BY_BOOKER, poleId, bookingId, cancelled));
        offerFreedBy(bookingId);
        return cancelled;
    }

    private BookingRules rulesOf(PoleId poleId, ResourceId resourceId) {
        return resources.bookingRules(poleId, resourceId)
                .orElseThrow(() -> new AccessDeniedException("no such resource shared in this pole"));
    }

    private void checkPeriod(Instant start, Instant end) {
        checkPeriod(start, end, clock.instant());
    }

    /** Refuses a period without a start or end, ending before it starts, in the past, or longer than a month. */
    static void checkPeriod(Instant start, Instant end, Instant now) {
        // an empty field says so, on that field: "the end must come after the start" would not tell what is missing
        if (start == null) {
            throw new InvalidField("start", "validation.required");
        }
        if (end == null) {
            throw new InvalidField("end", "validation.required");
        }
        if (!end.isAfter(start)) {
            throw new InvalidField("end", "booking.end-before-start");
        }
        if (start.isBefore(now)) {
            throw new InvalidField("start", "booking.in-the-past");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidField("end", "booking.too-long");
        }
    }

    private static BookingStatus statusFor(BookingRules rules) {
        return rules.approvalRequired() ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED;
    }

    private static BookingEvent.Kind eventKind(BookingStatus status) {
        return status == BookingStatus.REQUESTED ? BookingEvent.Kind.REQUESTED : BookingEvent.Kind.BOOKED;
    }

    /** A project one books for must be one the person's organisation takes part in, in this pole. */
    private void checkProject(PoleId poleId, ProjectId project) {
        if (project != null && projects.bookableFor(poleId).stream().noneMatch(p -> p.id().equals(project.value()))) {
            throw new InvalidField("project", "project.booking.not-a-partner");
        }
    }

    /** Inserts one booking, counting the weekly cap under a lock of the resource; the constraint has the last word. */
    private BookingId insert(PoleId poleId, BookingRules rules, Instant start, Instant end, String purpose,
                             BookingStatus status, UUID series, ProjectId project) {
        // every booking of a resource waits its turn on the resource's row: the weekly cap is counted one booking at
        // a time, and two overlapping inserts never wait on each other's entries in the exclusion constraint's index
        // (a circle PostgreSQL breaks only after its deadlock timeout, a second, holding both connections meanwhile)
        // in the same statement: whether the period is held for the waitlist, and whether any quota binds at all
        var gate = bookings.gate(rules.resourceId(), start, end, clock.instant(),
                quotaRows.anyBinding(poleId, rules.resourceId(), currentUser.require()));
        if (rules.weeklyCapMinutes() != null) {
            List<Instant[]> weeks = rules.weeksOf(start, end);
            List<Instant[]> others = bookings.livePeriods(rules.resourceId(), weeks.getFirst()[0], weeks.getLast()[1]);
            var breach = rules.capBreach(start, end, others);
            if (breach.isPresent()) {
                throw breach.get();
            }
        }
        // a slot freed for the waitlist is held for the first in line a while: nobody else books it meanwhile
        if (gate.heldUntil().isPresent()) {
            throw new InvalidField("start", "waitlist.held", gate.heldUntil().get().atZone(rules.zone()));
        }
        // the organisation's quotas, each locked for the organisation, counted with the bookings made so far
        if (gate.quotasBind()) {
            quotas.check(poleId, rules.resourceId(), start, end, rules.zone());
        }
        try {
            return bookings.insert(poleId, rules.resourceId(), currentUser.require(), start, end, purpose, status,
                    series, project);
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
    }

    /** Runs one insert of a series in a savepoint, so that a taken occurrence does not undo the others. */
    private BookingId inSavepoint(java.util.function.Supplier<BookingId> insert) {
        TransactionTemplate nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        return nested.execute(status -> insert.get());
    }

    /** The periods of a repeating booking on the pole's clock, at most {@value #MAX_OCCURRENCES}, within a year. */
    private static List<Instant[]> occurrences(BookingRules rules, Instant start, Instant end, Repeat repeat,
                                               int count) {
        if (repeat == null) {
            throw new InvalidField("repeat", "validation.required");
        }
        if (count < 2 || count > MAX_OCCURRENCES) {
            throw new InvalidField("count", "booking.series.count", MAX_OCCURRENCES);
        }
        ZonedDateTime first = start.atZone(rules.zone());
        Duration length = Duration.between(start, end);
        Instant limit = first.plusYears(1).toInstant();
        List<Instant[]> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ZonedDateTime from = switch (repeat) {
                case DAILY -> first.plusDays(i);
                case WEEKLY -> first.plusWeeks(i);
                case MONTHLY -> first.plusMonths(i);
            };
            if (from.toInstant().isAfter(limit)) {
                throw new InvalidField("count", "booking.series.within-a-year");
            }
            periods.add(new Instant[] {from.toInstant(), from.toInstant().plus(length)});
        }
        return periods;
    }

    private static List<Instant[]> concat(List<Instant[]> a, List<Instant[]> b) {
        List<Instant[]> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The resource's live bookings overlapping [from, to), with what this person may see of them. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<BookingSlot> busy(PoleId poleId, ResourceId resourceId, Instant from, Instant to) {
        return bookings.busy(poleId, resourceId, from, to, currentUser.require());
    }

    /**
     * The bookings of the person ({@code wholeOrganisation} false) or of their organisation in the pole: the
     * upcoming ones soonest first, or the past ones latest first; a page at a time.
     */
    @Transactional(readOnly = true)
    @PoleMember
    public List<MyBooking> mine(PoleId poleId, boolean wholeOrganisation, boolean upcoming, int offset, int limit) {
        return bookings.mine(poleId, currentUser.require(), wholeOrganisation, upcoming, clock.instant(),
                Math.max(0, offset), Math.clamp(limit, 1, 200));
    }

    /** The booker cancels their booking; the slot is free again. */
    @Transactional
    @PoleMember
    public void cancel(PoleId poleId, BookingId bookingId) {
        if (!bookings.cancelOwn(bookingId, currentUser.require())) {
            throw new AccessDeniedException("not a live booking of this person's organisation");
        }
        audited(poleId, bookingId, org.coopole.audit.AuditAction.BOOKING_CANCELLED);
        events.publishEvent(new BookingEvent(BookingEvent.Kind.CANCELLED_BY_BOOKER, poleId, bookingId, 1));
        offerFreedBy(bookingId);
    }

    /** What a cancelled or declined booking freed goes to its resource's waitlist, told in the same transaction. */
    private void offerFreedBy(BookingId bookingId) {
        deliveries.deliver(waitlist.offerFreedBy(bookingId, clock.instant()));
    }

    /** Requests for the resources of the manager's organisation, waiting for a decision, oldest first. */
    @Transactional(readOnly = true)
    @OrganisationManager
    public List<BookingSlot> requestsToDecide(PoleId poleId) {
        return bookings.requestsFor(currentUser.require());
    }

    /** Confirmed bookings of the manager's organisation's resources that have not ended, soonest first. */
    @Transactional(readOnly = true)
    @OrganisationManager
    public List<BookingSlot> confirmedOfOurResources(PoleId poleId, int limit) {
        return bookings.confirmedOfOurResources(currentUser.require(), clock.instant(), Math.clamp(limit, 1, 500));
    }

    /** The owner's manager confirms a request; it keeps the slot it already held. */
    @Transactional
    @OrganisationManager
    public void confirm(PoleId poleId, BookingId bookingId) {
        decide(poleId, bookingId, BookingStatus.REQUESTED, BookingStatus.CONFIRMED, BookingEvent.Kind.CONFIRMED, null);
    }

    /** The owner's manager declines a request, with a reason the booker will read; the slot is free again. */
    @Transactional
    @OrganisationManager
    public void decline(PoleId poleId, BookingId bookingId, String reason) {
        decide(poleId, bookingId, BookingStatus.REQUESTED, BookingStatus.DECLINED, BookingEvent.Kind.DECLINED,
                TextRules.require("reason", reason, PURPOSE_MAX, true));
    }

    /** The owner's manager cancels a confirmed booking of their resource, with a reason. */
    @Transactional
    @OrganisationManager
    public void cancelAsOwner(PoleId poleId, BookingId bookingId, String reason) {
        decide(poleId, bookingId, BookingStatus.CONFIRMED, BookingStatus.CANCELLED,
                BookingEvent.Kind.CANCELLED_BY_OWNER,
                TextRules.require("reason", reason, PURPOSE_MAX, true));
    }

    /** Moves a booking of the organisation's resources from one status to another, once, and tells the booker. */
    private void decide(PoleId poleId, BookingId bookingId, BookingStatus from, BookingStatus to,
                        BookingEvent.Kind decision, String reason) {
        if (!bookings.decide(bookingId, currentUser.require(), from, to, reason, clock.instant())) {
            throw new AccessDeniedException("not a " + from + " booking of this organisation's resources");
        }
        audited(poleId, bookingId, switch (decision) {
            case CONFIRMED -> org.coopole.audit.AuditAction.BOOKING_CONFIRMED;
            case DECLINED -> org.coopole.audit.AuditAction.BOOKING_DECLINED;
            default -> org.coopole.audit.AuditAction.BOOKING_CANCELLED_BY_OWNER;
        });
        events.publishEvent(new BookingEvent(decision, poleId, bookingId, 1));
        if (to != BookingStatus.CONFIRMED) {
            offerFreedBy(bookingId);
        }
    }

    /**
     * Writes a decision or cancellation to the pole's audit trail, in the same transaction: its object is the
     * resource's name, its detail the period (instants, shown on the pole's clock by the trail's screen).
     */
    private void audited(PoleId poleId, BookingId bookingId, org.coopole.audit.AuditAction action) {
        bookings.label(bookingId).ifPresent(label -> audit.log(action, poleId, label.resourceName(),
                label.start() + "/" + label.end()));
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
