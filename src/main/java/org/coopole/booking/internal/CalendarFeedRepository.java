package org.coopole.booking.internal;

import org.coopole.booking.BookingStatus;
import org.coopole.booking.CalendarFeed;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.coopole.db.Tables.CALENDAR_FEED;
import static org.coopole.db.Tables.CALENDAR_FEED_EVENTS;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.RESOURCE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.select;

@Repository
public class CalendarFeedRepository {

    private final DSLContext db;

    CalendarFeedRepository(DSLContext db) {
        this.db = db;
    }

    /** A booking as a feed shows it; {@code purpose} is null when the feed's audience may not read it. */
    public record FeedEvent(UUID bookingId, Instant start, Instant end, BookingStatus status, String resourceName,
                            String organisationName, String purpose, int revision, Instant changedAt) {
    }

    /** The calendar's name and its bookings, or nothing when the token is unknown or revoked. */
    public record Feed(String name, List<FeedEvent> events) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void create(byte[] tokenHash, PoleId poleId, PersonId person, ResourceId resourceId, boolean organisation) {
        db.insertInto(CALENDAR_FEED)
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .set(CALENDAR_FEED.POLE_ID, poleId)
                .set(CALENDAR_FEED.PERSON_ID, person)
                .set(CALENDAR_FEED.RESOURCE_ID, resourceId)
                .set(CALENDAR_FEED.ORGANISATION_ID, organisation
                        ? select(PERSON.ORGANISATION_ID).from(PERSON).where(PERSON.ID.eq(person)).asField() : null)
                .execute();
    }

    public List<CalendarFeed> mine(PoleId poleId, PersonId person) {
        return db.select(CALENDAR_FEED.ID, coalesce(RESOURCE.NAME, ORGANISATION.NAME),
                        CALENDAR_FEED.ORGANISATION_ID.isNotNull(), CALENDAR_FEED.CREATED_AT)
                .from(CALENDAR_FEED)
                .leftJoin(RESOURCE).on(RESOURCE.ID.eq(CALENDAR_FEED.RESOURCE_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(CALENDAR_FEED.ORGANISATION_ID))
                .where(CALENDAR_FEED.PERSON_ID.eq(person), CALENDAR_FEED.POLE_ID.eq(poleId),
                        CALENDAR_FEED.REVOKED_AT.isNull())
                .orderBy(CALENDAR_FEED.CREATED_AT)
                .fetch(r -> new CalendarFeed(r.value1(), r.value2(), r.value3(), r.value4().toInstant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean revoke(UUID feedId, PersonId person, java.time.Instant at) {
        return db.update(CALENDAR_FEED)
                .set(CALENDAR_FEED.REVOKED_AT, at.atOffset(ZoneOffset.UTC))
                .where(CALENDAR_FEED.ID.eq(feedId), CALENDAR_FEED.PERSON_ID.eq(person),
                        CALENDAR_FEED.REVOKED_AT.isNull())
                .execute() > 0;
    }

    /** Reads a feed by its token's hash, through the database function that decides what it shows. */
    public java.util.Optional<Feed> feed(byte[] tokenHash) {
        var rows = db.selectFrom(CALENDAR_FEED_EVENTS.call(tokenHash)).fetch();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<FeedEvent> events = rows.stream().filter(r -> r.getBookingId() != null)
                .map(r -> new FeedEvent(r.getBookingId().value(), r.getPeriod().lower().toInstant(),
                        r.getPeriod().upper().toInstant(), BookingStatus.valueOf(r.getStatus()), r.getResourceName(),
                        r.getOrganisationName(), r.getPurpose(), r.getRevision(), r.getChangedAt().toInstant()))
                .toList();
        return java.util.Optional.of(new Feed(rows.getFirst().getCalendarName(), events));
    }
}
