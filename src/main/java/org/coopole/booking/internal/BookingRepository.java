package org.coopole.booking.internal;

import org.coopole.booking.BookingSlot;
import org.coopole.booking.BookingStatus;
import org.coopole.booking.MyBooking;
import org.coopole.common.BookingId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.security.PoleRole;
import org.jooq.DSLContext;
import org.jooq.postgres.extensions.types.OffsetDateTimeRange;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.coopole.db.Tables.BOOKING;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.POLE;
import static org.coopole.db.Tables.POLE_ROLE;
import static org.coopole.db.Tables.RESOURCE;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.postgres.extensions.types.OffsetDateTimeRange.offsetDateTimeRange;

@Repository
public class BookingRepository {

    // aliases made once: building a generated table's alias cost more than rendering the query that uses it
    private static final org.coopole.db.tables.Person BOOKER = PERSON.as("booker");
    private static final org.coopole.db.tables.Person VIEWER = PERSON.as("viewer");
    private static final org.coopole.db.tables.Person WHO = PERSON.as("who");
    private static final org.coopole.db.tables.Organisation OWNER = ORGANISATION.as("owner");
    private static final org.coopole.db.tables.Organisation BOOKING_ORGANISATION = ORGANISATION.as("booker");

    private final DSLContext db;

    BookingRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public BookingId insert(PoleId poleId, ResourceId resourceId, PersonId person, Instant start, Instant end,
                            String purpose, BookingStatus status, UUID seriesId, org.coopole.project.ProjectId project) {
        return db.insertInto(BOOKING)
                .set(BOOKING.RESOURCE_ID, resourceId)
                .set(BOOKING.POLE_ID, poleId)
                .set(BOOKING.ORGANISATION_ID, select(PERSON.ORGANISATION_ID).from(PERSON).where(PERSON.ID.eq(person)))
                .set(BOOKING.PERSON_ID, person)
                .set(BOOKING.PERIOD, range(start, end))
                .set(BOOKING.PURPOSE, purpose)
                .set(BOOKING.STATUS, status)
                .set(BOOKING.SERIES_ID, seriesId)
                .set(BOOKING.PROJECT_ID, project)
                .returning(BOOKING.ID)
                .fetchOne(BOOKING.ID);
    }

    /** What a booking learns in its one statement before the insert (see {@link #gate}). */
    public record Gate(Optional<Instant> heldUntil, boolean quotasBind) {
    }

    /**
     * Locks the resource's row until the transaction ends — bookings of one resource are made one at a time, so that
     * weekly caps and quotas are counted right and overlapping inserts never deadlock in the exclusion constraint —,
     * then says until when the period is held for another person of the waitlist, and whether {@code quotasBind}
     * (a quota's rule, {@code QuotaRepository.anyBinding}) holds: one round trip instead of three.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Gate gate(ResourceId resourceId, Instant start, Instant end, Instant now,
                     org.jooq.Field<Boolean> quotasBind) {
        // a SECURITY DEFINER function: SELECT … FOR UPDATE would need the UPDATE policy, which only managers pass
        var row = db.select(org.coopole.db.Routines.bookingGate(resourceId.value(), utc(start), utc(end), utc(now)),
                quotasBind).fetchSingle();
        return new Gate(Optional.ofNullable(row.value1()).map(OffsetDateTime::toInstant),
                Boolean.TRUE.equals(row.value2()));
    }

    /** The periods of the resource's live bookings meeting [from, to). */
    public List<Instant[]> livePeriods(ResourceId resourceId, Instant from, Instant to) {
        return db.select(BOOKING.PERIOD)
                .from(BOOKING)
                .where(BOOKING.RESOURCE_ID.eq(resourceId),
                        BOOKING.STATUS.in(BookingStatus.REQUESTED, BookingStatus.CONFIRMED),
                        overlapping(utc(from), utc(to)))
                .fetch(r -> new Instant[] {r.value1().lower().toInstant(), r.value1().upper().toInstant()});
    }

    /**
     * Cancels the booking and the later live occurrences of its series (a series lasts a year at most), if they are
     * the person's organisation's; how many were cancelled.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelSeriesFrom(BookingId bookingId, PersonId person) {
        var chosen = db.select(BOOKING.SERIES_ID, BOOKING.PERIOD).from(BOOKING)
                .where(BOOKING.ID.eq(bookingId), BOOKING.SERIES_ID.isNotNull()).fetchOne();
        if (chosen == null) {
            return 0;
        }
        OffsetDateTime from = chosen.value2().lower();
        return db.update(BOOKING)
                .set(BOOKING.STATUS, BookingStatus.CANCELLED)
                .where(BOOKING.SERIES_ID.eq(chosen.value1()),
                        BOOKING.STATUS.in(BookingStatus.REQUESTED, BookingStatus.CONFIRMED),
                        overlapping(from, from.plusYears(2)),
                        BOOKING.ORGANISATION_ID.eq(organisationOf(person)))
                .execute();
    }

    public List<BookingSlot> busy(PoleId poleId, ResourceId resourceId, Instant from, Instant to, PersonId viewer) {
        var booker = BOOKER;
        var viewerRow = VIEWER;
        var seesDetails = BOOKING.ORGANISATION_ID.eq(select(viewerRow.ORGANISATION_ID).from(viewerRow)
                        .where(viewerRow.ID.eq(viewer)))
                .or(RESOURCE.ORGANISATION_ID.eq(select(viewerRow.ORGANISATION_ID).from(viewerRow)
                        .where(viewerRow.ID.eq(viewer))));
        // names looked up per slot (a month holds a few dozen): joins let PostgreSQL scan every organisation and
        // person under row security to build a hash (4 ms of a 5.6 ms month). An organisation of another pole stays
        // hidden by row security: its slot shows as taken, unnamed.
        var organisationName = org.jooq.impl.DSL.field(select(ORGANISATION.NAME).from(ORGANISATION)
                .where(ORGANISATION.ID.eq(BOOKING.ORGANISATION_ID)));
        var bookerName = org.jooq.impl.DSL.field(select(concat(booker.FIRST_NAME, inline(" "), booker.LAST_NAME))
                .from(booker).where(booker.ID.eq(BOOKING.PERSON_ID)));
        return db.select(BOOKING.ID, BOOKING.PERIOD, BOOKING.STATUS, organisationName, BOOKING.PURPOSE,
                        bookerName, org.jooq.impl.DSL.field(seesDetails), RESOURCE.NAME)
                .from(BOOKING)
                .join(RESOURCE).on(RESOURCE.ID.eq(BOOKING.RESOURCE_ID))
                .where(BOOKING.RESOURCE_ID.eq(resourceId),
                        BOOKING.STATUS.in(BookingStatus.REQUESTED, BookingStatus.CONFIRMED),
                        overlapping(utc(from), utc(to)))
                .orderBy(BOOKING.PERIOD)
                .fetch(r -> {
                    boolean details = Boolean.TRUE.equals(r.value7());
                    return new BookingSlot(r.value1(), r.value2().lower().toInstant(), r.value2().upper().toInstant(),
                            r.value3(), r.value4(), details ? r.value5() : null, details ? r.value6() : null,
                            r.value8());
                });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean cancelOwn(BookingId bookingId, PersonId person) {
        return db.update(BOOKING)
                .set(BOOKING.STATUS, BookingStatus.CANCELLED)
                .where(BOOKING.ID.eq(bookingId), BOOKING.STATUS.in(BookingStatus.REQUESTED, BookingStatus.CONFIRMED),
                        BOOKING.ORGANISATION_ID.eq(select(PERSON.ORGANISATION_ID).from(PERSON).where(PERSON.ID.eq(person))))
                .execute() > 0;
    }

    public List<MyBooking> mine(PoleId poleId, PersonId person, boolean wholeOrganisation, boolean upcoming,
                                Instant now, int offset, int limit) {
        var booker = BOOKER;
        var owner = OWNER;
        var whose = wholeOrganisation ? BOOKING.ORGANISATION_ID.eq(organisationOf(person)) : BOOKING.PERSON_ID.eq(person);
        var over = BOOKING.ENDS_AT.le(utc(now));
        var when = upcoming ? over.not() : over;
        return db.select(BOOKING.ID, RESOURCE.ID, RESOURCE.NAME, owner.NAME, BOOKING.PERIOD, BOOKING.STATUS,
                        BOOKING.PURPOSE, concat(booker.FIRST_NAME, inline(" "), booker.LAST_NAME), BOOKING.REASON,
                        BOOKING.SERIES_ID.isNotNull(), BOOKING.REVISION, BOOKING.CHANGED_AT, BOOKING.PROJECT_ID,
                        org.coopole.db.Tables.PROJECT.TITLE)
                .from(BOOKING)
                .join(RESOURCE).on(RESOURCE.ID.eq(BOOKING.RESOURCE_ID))
                .join(owner).on(owner.ID.eq(RESOURCE.ORGANISATION_ID))
                .leftJoin(booker).on(booker.ID.eq(BOOKING.PERSON_ID))
                .leftJoin(org.coopole.db.Tables.PROJECT).on(org.coopole.db.Tables.PROJECT.ID.eq(BOOKING.PROJECT_ID))
                .where(BOOKING.POLE_ID.eq(poleId), whose, when)
                .orderBy(upcoming ? BOOKING.PERIOD.asc() : BOOKING.PERIOD.desc(), BOOKING.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new MyBooking(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().lower().toInstant(),
                        r.value5().upper().toInstant(), r.value6(), r.value7(), r.value8(), r.value9(),
                        r.value10(), r.value11(), r.value12().toInstant(), r.value13(), r.value14()));
    }

    /** Requests waiting on resources of the manager's organisation, oldest first. */
    public List<BookingSlot> requestsFor(PersonId manager) {
        return ofOurResources(manager, BOOKING.STATUS.eq(BookingStatus.REQUESTED), BOOKING.CREATED_AT.asc(), 500);
    }

    /** Confirmed bookings of the manager's organisation's resources that have not ended, soonest first. */
    public List<BookingSlot> confirmedOfOurResources(PersonId manager, Instant now, int limit) {
        return ofOurResources(manager, BOOKING.STATUS.eq(BookingStatus.CONFIRMED)
                .and(BOOKING.ENDS_AT.gt(utc(now))), BOOKING.PERIOD.asc(), limit);
    }

    private List<BookingSlot> ofOurResources(PersonId manager, org.jooq.Condition which,
                                             org.jooq.SortField<?> order, int limit) {
        var booker = BOOKER;
        return db.select(BOOKING.ID, BOOKING.PERIOD, BOOKING.STATUS, ORGANISATION.NAME, BOOKING.PURPOSE,
                        concat(booker.FIRST_NAME, inline(" "), booker.LAST_NAME), RESOURCE.NAME)
                .from(BOOKING)
                .join(RESOURCE).on(RESOURCE.ID.eq(BOOKING.RESOURCE_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(BOOKING.ORGANISATION_ID))
                .leftJoin(booker).on(booker.ID.eq(BOOKING.PERSON_ID))
                .where(which, RESOURCE.ORGANISATION_ID.eq(organisationOf(manager)))
                .orderBy(order)
                .limit(limit)
                .fetch(r -> new BookingSlot(r.value1(), r.value2().lower().toInstant(), r.value2().upper().toInstant(),
                        r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** Moves a booking of one of the manager's organisation's resources from one status to another, once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean decide(BookingId bookingId, PersonId manager, BookingStatus from, BookingStatus to, String reason,
                          Instant at) {
        return db.update(BOOKING)
                .set(BOOKING.STATUS, to)
                .set(BOOKING.DECIDED_BY_PERSON_ID, manager)
                .set(BOOKING.DECIDED_AT, utc(at))
                .set(BOOKING.REASON, reason)
                .where(BOOKING.ID.eq(bookingId), BOOKING.STATUS.eq(from),
                        BOOKING.RESOURCE_ID.in(select(RESOURCE.ID).from(RESOURCE)
                                .where(RESOURCE.ORGANISATION_ID.eq(organisationOf(manager)))))
                .execute() > 0;
    }

    /** What a booking is called in the audit trail: its resource and its period. */
    public record Label(String resourceName, Instant start, Instant end) {
    }

    public java.util.Optional<Label> label(BookingId bookingId) {
        return db.select(RESOURCE.NAME, BOOKING.PERIOD).from(BOOKING).join(RESOURCE).on(RESOURCE.ID.eq(BOOKING.RESOURCE_ID))
                .where(BOOKING.ID.eq(bookingId))
                .fetchOptional(r -> new Label(r.value1(), r.value2().lower().toInstant(), r.value2().upper().toInstant()));
    }

    private static org.jooq.Field<org.coopole.common.OrganisationId> organisationOf(PersonId person) {
        var who = WHO;
        return org.jooq.impl.DSL.field(select(who.ORGANISATION_ID).from(who).where(who.ID.eq(person)));
    }

    /**
     * Bookings whose period meets [from, to), through the period's stored bounds: plain timestamptz comparisons,
     * which PostgreSQL may use as index conditions under row security (V0016).
     */
    private static org.jooq.Condition overlapping(OffsetDateTime from, OffsetDateTime to) {
        return BOOKING.ENDS_AT.gt(from).and(BOOKING.STARTS_AT.lt(to));
    }

    private static OffsetDateTimeRange range(Instant start, Instant end) {
        return offsetDateTimeRange(utc(start), utc(end));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** What a notification of a booking tells, and to whom. */
    public record Told(List<PersonId> recipients, ResourceId resourceId, String resourceName, String bookerName,
                       String ownerName, Instant start, Instant end, String reason, String zone) {
    }

    /**
     * Who hears of something that happened to a booking — the active managers, in the booking's pole, of the
     * organisation owning the resource, or else the booker while active; never the actor — and the booking as their
     * notification tells it. One query: a row per recipient, the booking's facts on each.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.util.Optional<Told> told(BookingId bookingId, boolean toOwnerManagers, PersonId actor) {
        var booker = BOOKING_ORGANISATION;
        var owner = OWNER;
        var from = BOOKING
                .join(RESOURCE).on(RESOURCE.ID.eq(BOOKING.RESOURCE_ID))
                .join(booker).on(booker.ID.eq(BOOKING.ORGANISATION_ID))
                .join(owner).on(owner.ID.eq(RESOURCE.ORGANISATION_ID))
                .join(POLE).on(POLE.ID.eq(BOOKING.POLE_ID));
        from = toOwnerManagers
                ? from.join(PERSON).on(PERSON.ORGANISATION_ID.eq(RESOURCE.ORGANISATION_ID), PERSON.ACTIVE.isTrue())
                        .join(POLE_ROLE).on(POLE_ROLE.PERSON_ID.eq(PERSON.ID), POLE_ROLE.POLE_ID.eq(BOOKING.POLE_ID),
                                POLE_ROLE.ROLE.eq(PoleRole.ORGANISATION_MANAGER))
                : from.join(PERSON).on(PERSON.ID.eq(BOOKING.PERSON_ID), PERSON.ACTIVE.isTrue());
        var rows = db.selectDistinct(PERSON.ID, RESOURCE.ID, RESOURCE.NAME, booker.NAME, owner.NAME, BOOKING.PERIOD,
                        BOOKING.REASON, POLE.TIME_ZONE)
                .from(from)
                .where(BOOKING.ID.eq(bookingId), PERSON.ID.ne(actor))
                .orderBy(PERSON.ID)
                .fetch();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        var first = rows.getFirst();
        return java.util.Optional.of(new Told(rows.map(r -> r.value1()), first.value2(), first.value3(), first.value4(),
                first.value5(), first.value6().lower().toInstant(), first.value6().upper().toInstant(), first.value7(),
                first.value8()));
    }

    /** The resource a booking is of. */
    public ResourceId resourceOf(BookingId bookingId) {
        return db.select(BOOKING.RESOURCE_ID).from(BOOKING).where(BOOKING.ID.eq(bookingId)).fetchSingle(BOOKING.RESOURCE_ID);
    }
}
