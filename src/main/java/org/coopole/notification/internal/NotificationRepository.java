package org.coopole.notification.internal;

import org.coopole.common.BookingId;
import org.coopole.common.Language;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.notification.Notification;
import org.coopole.notification.NotificationKind;
import org.coopole.security.PoleRole;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.coopole.db.Tables.BOOKING;
import static org.coopole.db.Tables.NOTIFICATION;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.POLE;
import static org.coopole.db.Tables.POLE_ROLE;
import static org.coopole.db.Tables.RESOURCE;
import static org.jooq.impl.DSL.when;

@Repository
public class NotificationRepository {

    private final DSLContext db;

    NotificationRepository(DSLContext db) {
        this.db = db;
    }

    /** Who heard of a booking (a person with an email and a language), and the booking as their email tells it. */
    public record Notified(PersonId id, String email, Language language, About about) {
    }

    /** The booking as the notification's email tells it. */
    public record About(String resourceName, String bookerName, String ownerName, OffsetDateTime start,
                        OffsetDateTime end, String reason, ZoneId zone) {
    }

    /**
     * Writes a notification of the booking for each recipient but the actor — the active managers, in the booking's
     * pole, of the organisation owning the resource, or else the booker while active — and returns them with the
     * booking as their email tells it: two statements within the booking's transaction (row security lets the
     * sender write a notification, not read it back, so the insert cannot return the recipients).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Notified> notify(PoleId poleId, BookingId bookingId, NotificationKind kind, boolean toOwnerManagers,
                                 PersonId actor) {
        var booker = ORGANISATION.as("booker");
        var owner = ORGANISATION.as("owner");
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
        List<Notified> notified = db.selectDistinct(PERSON.ID, PERSON.EMAIL, PERSON.LANGUAGE, RESOURCE.NAME,
                        booker.NAME, owner.NAME, BOOKING.PERIOD, BOOKING.REASON, POLE.TIME_ZONE)
                .from(from)
                .where(BOOKING.ID.eq(bookingId), PERSON.ID.ne(actor))
                .fetch(r -> new Notified(r.value1(), r.value2(), r.value3(), new About(r.value4(), r.value5(),
                        r.value6(), r.value7().lower(), r.value7().upper(), r.value8(), ZoneId.of(r.value9()))));
        if (!notified.isEmpty()) {
            var insert = db.insertInto(NOTIFICATION, NOTIFICATION.POLE_ID, NOTIFICATION.PERSON_ID,
                    NOTIFICATION.BOOKING_ID, NOTIFICATION.KIND);
            for (Notified recipient : notified) {
                insert = insert.values(poleId, recipient.id(), bookingId, kind);
            }
            insert.execute();
        }
        return notified;
    }

    /** The person's latest notifications in the pole, newest first. */
    public List<Notification> latest(PoleId poleId, PersonId person, int limit) {
        var booker = ORGANISATION.as("booker");
        var owner = ORGANISATION.as("owner");
        return db.select(NOTIFICATION.ID, NOTIFICATION.KIND, NOTIFICATION.CREATED_AT, RESOURCE.ID, RESOURCE.NAME,
                        when(NOTIFICATION.KIND.in(NotificationKind.CONFIRMED, NotificationKind.DECLINED,
                                NotificationKind.CANCELLED_BY_OWNER), owner.NAME).otherwise(booker.NAME),
                        BOOKING.PERIOD, BOOKING.REASON, NOTIFICATION.READ_AT.isNotNull())
                .from(NOTIFICATION)
                .join(BOOKING).on(BOOKING.ID.eq(NOTIFICATION.BOOKING_ID))
                .join(RESOURCE).on(RESOURCE.ID.eq(BOOKING.RESOURCE_ID))
                .join(booker).on(booker.ID.eq(BOOKING.ORGANISATION_ID))
                .join(owner).on(owner.ID.eq(RESOURCE.ORGANISATION_ID))
                .where(NOTIFICATION.PERSON_ID.eq(person), NOTIFICATION.POLE_ID.eq(poleId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID)
                .limit(limit)
                .fetch(r -> new Notification(r.value1(), r.value2(), r.value3().toInstant(), r.value4(), r.value5(),
                        r.value6(), r.value7().lower().toInstant(), r.value7().upper().toInstant(), r.value8(),
                        r.value9()));
    }

    public int unread(PoleId poleId, PersonId person) {
        return db.fetchCount(NOTIFICATION, NOTIFICATION.PERSON_ID.eq(person), NOTIFICATION.POLE_ID.eq(poleId),
                NOTIFICATION.READ_AT.isNull());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markAllRead(PoleId poleId, PersonId person, java.time.Instant at) {
        db.update(NOTIFICATION)
                .set(NOTIFICATION.READ_AT, at.atOffset(ZoneOffset.UTC))
                .where(NOTIFICATION.PERSON_ID.eq(person), NOTIFICATION.POLE_ID.eq(poleId),
                        NOTIFICATION.READ_AT.isNull())
                .execute();
    }
}
