package org.coopole.booking.internal;

import org.coopole.booking.WaitlistEntry;
import org.coopole.booking.WaitlistStatus;
import org.coopole.common.BookingId;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.notification.WrittenNotification;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.coopole.db.Tables.BOOKING;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.RESOURCE;
import static org.coopole.db.Tables.WAITLIST_ENTRY;

/**
 * Waitlists: places joined and left by their people under row security; offers made and lapsed by definer functions,
 * under the resource's lock, since the person who frees a slot (or the scheduled job) cannot read others' places.
 */
@Repository
public class WaitlistRepository {

    private static final org.coopole.db.tables.WaitlistEntry BEFORE = WAITLIST_ENTRY.as("before");
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();
    private static final tools.jackson.core.type.TypeReference<Map<String, String>> PARAMS =
            new tools.jackson.core.type.TypeReference<>() {
            };

    private final DSLContext db;

    WaitlistRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID join(PoleId poleId, ResourceId resourceId, PersonId person, Instant start, Instant end) {
        return db.insertInto(WAITLIST_ENTRY)
                .set(WAITLIST_ENTRY.POLE_ID, poleId)
                .set(WAITLIST_ENTRY.RESOURCE_ID, resourceId)
                .set(WAITLIST_ENTRY.ORGANISATION_ID, DSL.field(DSL.select(PERSON.ORGANISATION_ID).from(PERSON)
                        .where(PERSON.ID.eq(person))))
                .set(WAITLIST_ENTRY.PERSON_ID, person)
                .set(WAITLIST_ENTRY.STARTS_AT, utc(start))
                .set(WAITLIST_ENTRY.ENDS_AT, utc(end))
                .returning(WAITLIST_ENTRY.ID)
                .fetchOne(WAITLIST_ENTRY.ID);
    }

    /** Whether the person already waits (or holds an offer) for that resource and period. */
    public boolean waiting(PersonId person, ResourceId resourceId, Instant start, Instant end) {
        return db.fetchExists(WAITLIST_ENTRY, WAITLIST_ENTRY.PERSON_ID.eq(person),
                WAITLIST_ENTRY.RESOURCE_ID.eq(resourceId), WAITLIST_ENTRY.STARTS_AT.eq(utc(start)),
                WAITLIST_ENTRY.ENDS_AT.eq(utc(end)), WAITLIST_ENTRY.STATUS.in("WAITING", "OFFERED"));
    }

    /** The person's places in the pole's lines, live ones first, then the latest others. */
    public List<WaitlistEntry> mine(PoleId poleId, PersonId person, int limit) {
        return select().where(WAITLIST_ENTRY.POLE_ID.eq(poleId), WAITLIST_ENTRY.PERSON_ID.eq(person))
                .orderBy(DSL.when(WAITLIST_ENTRY.STATUS.in("WAITING", "OFFERED"), 0).otherwise(1),
                        WAITLIST_ENTRY.STARTS_AT, WAITLIST_ENTRY.CREATED_AT.desc())
                .limit(limit)
                .fetch(WaitlistRepository::entry);
    }

    /** One of the person's places. */
    public Optional<WaitlistEntry> own(PoleId poleId, PersonId person, UUID id) {
        return select().where(WAITLIST_ENTRY.POLE_ID.eq(poleId), WAITLIST_ENTRY.PERSON_ID.eq(person),
                WAITLIST_ENTRY.ID.eq(id)).fetchOptional(WaitlistRepository::entry);
    }

    private org.jooq.SelectOnConditionStep<org.jooq.Record9<UUID, ResourceId, String, OffsetDateTime, OffsetDateTime,
            String, OffsetDateTime, OffsetDateTime, Integer>> select() {
        // places before it in line for an overlapping period (read through a definer count: others' are hidden)
        var ahead = DSL.field(org.coopole.db.Routines.waitlistAhead(WAITLIST_ENTRY.ID));
        return db.select(WAITLIST_ENTRY.ID, WAITLIST_ENTRY.RESOURCE_ID, RESOURCE.NAME, WAITLIST_ENTRY.STARTS_AT,
                        WAITLIST_ENTRY.ENDS_AT, WAITLIST_ENTRY.STATUS, WAITLIST_ENTRY.HELD_UNTIL,
                        WAITLIST_ENTRY.CREATED_AT, ahead)
                .from(WAITLIST_ENTRY)
                .join(RESOURCE).on(RESOURCE.ID.eq(WAITLIST_ENTRY.RESOURCE_ID));
    }

    private static WaitlistEntry entry(org.jooq.Record9<UUID, ResourceId, String, OffsetDateTime, OffsetDateTime,
            String, OffsetDateTime, OffsetDateTime, Integer> r) {
        return new WaitlistEntry(r.value1(), r.value2(), r.value3(), r.value4().toInstant(), r.value5().toInstant(),
                WaitlistStatus.valueOf(r.value6()), r.value7() == null ? null : r.value7().toInstant(),
                r.value8().toInstant(), r.value9() == null ? 0 : r.value9());
    }

    /** The person leaves their place, lets their offer go, or has booked it; false when it was not theirs to move. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean move(UUID id, PersonId person, List<WaitlistStatus> from, WaitlistStatus to) {
        return db.update(WAITLIST_ENTRY)
                .set(WAITLIST_ENTRY.STATUS, to.name())
                .where(WAITLIST_ENTRY.ID.eq(id), WAITLIST_ENTRY.PERSON_ID.eq(person),
                        WAITLIST_ENTRY.STATUS.in(from.stream().map(Enum::name).toList()))
                .execute() == 1;
    }

    /** Offers what a resource's freed slots can give its line; returns the notifications written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<WrittenNotification> offer(ResourceId resourceId, Instant now) {
        return db.selectFrom(org.coopole.db.Routines.offerWaitlist(resourceId.value(), utc(now)))
                .fetch(r -> written(r.getPoleId(), r.getPersonId(), r.getEmail(), r.getLanguage(), r.getDelivery(),
                        r.getKind(), r.getParams()));
    }

    /** The same, for the resource of a booking just cancelled or declined. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<WrittenNotification> offerFreedBy(BookingId bookingId, Instant now) {
        return db.select(BOOKING.RESOURCE_ID).from(BOOKING).where(BOOKING.ID.eq(bookingId))
                .fetchOptional(BOOKING.RESOURCE_ID)
                .map(resource -> offer(resource, now))
                .orElse(List.of());
    }

    /** Lapses the offers whose hold has ended and offers their slots to the next; the notifications written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<WrittenNotification> lapse(Instant now) {
        return db.selectFrom(org.coopole.db.Routines.lapseWaitlistOffers(utc(now)))
                .fetch(r -> written(r.getPoleId(), r.getPersonId(), r.getEmail(), r.getLanguage(), r.getDelivery(),
                        r.getKind(), r.getParams()));
    }

    private static WrittenNotification written(PoleId pole, PersonId person, String email,
                                               org.coopole.common.Language language, String delivery, String kind,
                                               org.jooq.JSONB params) {
        return new WrittenNotification(pole, person, email, language,
                org.coopole.notification.Delivery.valueOf(delivery),
                org.coopole.notification.NotificationKind.valueOf(kind), JSON.readValue(params.data(), PARAMS));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
