package org.coopole.notification.internal;

import org.coopole.common.BookingId;
import org.coopole.common.Language;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.notification.Delivery;
import org.coopole.notification.Notice;
import org.coopole.notification.NotificationKind;
import org.coopole.notification.Notification;
import org.coopole.notification.Subject;
import org.coopole.notification.SubjectKind;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.coopole.db.Tables.NOTIFICATION;
import static org.coopole.db.Tables.NOTIFICATION_DIGEST;
import static org.coopole.db.Tables.NOTIFICATION_PREFERENCE;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.TAKE_DAILY_DIGESTS;

@Repository
public class NotificationRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    private final DSLContext db;

    NotificationRepository(DSLContext db) {
        this.db = db;
    }

    /** A person told of something, with what their email needs and how they want it. */
    public record Recipient(PersonId id, String email, Language language, Delivery delivery) {
    }

    /**
     * Writes a notification for each recipient but the actor who is active (row security checks that each holds a
     * role in the pole, and that the actor is the person acting), and returns them with their email and language.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Recipient> write(Notice notice) {
        var others = notice.recipients().stream().filter(r -> !r.equals(notice.actor())).distinct().toList();
        if (others.isEmpty()) {
            return List.of();
        }
        List<Recipient> recipients = db.select(PERSON.ID, PERSON.EMAIL, PERSON.LANGUAGE, NOTIFICATION_PREFERENCE.DELIVERY)
                .from(PERSON)
                .leftJoin(NOTIFICATION_PREFERENCE).on(NOTIFICATION_PREFERENCE.PERSON_ID.eq(PERSON.ID),
                        NOTIFICATION_PREFERENCE.KIND.eq(notice.kind()))
                .where(PERSON.ID.in(others), PERSON.ACTIVE.isTrue())
                .orderBy(PERSON.ID)
                .fetch(r -> new Recipient(r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? Delivery.IMMEDIATELY : r.value4()));
        if (recipients.isEmpty()) {
            return recipients;
        }
        JSONB params = JSONB.valueOf(JSON.writeValueAsString(notice.params()));
        BookingId booking = notice.subject().kind() == SubjectKind.BOOKING ? new BookingId(notice.subject().id()) : null;
        var insert = db.insertInto(NOTIFICATION, NOTIFICATION.POLE_ID, NOTIFICATION.PERSON_ID, NOTIFICATION.KIND,
                NOTIFICATION.SUBJECT_KIND, NOTIFICATION.SUBJECT_ID, NOTIFICATION.BOOKING_ID, NOTIFICATION.ACTOR_ID,
                NOTIFICATION.PARAMS, NOTIFICATION.DIGEST_PENDING);
        for (Recipient recipient : recipients) {
            insert = insert.values(notice.poleId(), recipient.id(), notice.kind(), notice.subject().kind(),
                    notice.subject().id(), booking, notice.actor(), params,
                    recipient.delivery() == Delivery.DAILY_DIGEST);
        }
        insert.execute();
        return recipients;
    }

    /** The person's latest notifications in the pole, newest first. */
    public List<Notification> latest(PoleId poleId, PersonId person, int limit) {
        return db.select(NOTIFICATION.ID, NOTIFICATION.KIND, NOTIFICATION.SUBJECT_KIND, NOTIFICATION.SUBJECT_ID,
                        NOTIFICATION.CREATED_AT, NOTIFICATION.PARAMS, NOTIFICATION.READ_AT.isNotNull())
                .from(NOTIFICATION)
                .where(NOTIFICATION.PERSON_ID.eq(person), NOTIFICATION.POLE_ID.eq(poleId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID)
                .limit(limit)
                .fetch(r -> new Notification(r.value1(), r.value2(),
                        new Subject(r.value3(), r.value4()), r.value5().toInstant(),
                        JSON.readValue(r.value6().data(), PARAMS), r.value7()));
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

    @Transactional(propagation = Propagation.MANDATORY)
    public void markRead(PoleId poleId, PersonId person, Subject subject, java.time.Instant at) {
        db.update(NOTIFICATION)
                .set(NOTIFICATION.READ_AT, at.atOffset(ZoneOffset.UTC))
                .where(NOTIFICATION.PERSON_ID.eq(person), NOTIFICATION.POLE_ID.eq(poleId),
                        NOTIFICATION.SUBJECT_KIND.eq(subject.kind()), NOTIFICATION.SUBJECT_ID.eq(subject.id()),
                        NOTIFICATION.READ_AT.isNull())
                .execute();
    }

    /** The person's choices, kind by kind (a kind not chosen is sent at once). */
    public java.util.Map<NotificationKind, Delivery> preferences(PersonId person) {
        java.util.Map<NotificationKind, Delivery> chosen = new java.util.EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            chosen.put(kind, Delivery.IMMEDIATELY);
        }
        db.select(NOTIFICATION_PREFERENCE.KIND, NOTIFICATION_PREFERENCE.DELIVERY)
                .from(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.PERSON_ID.eq(person))
                .forEach(r -> chosen.put(r.value1(), r.value2()));
        return chosen;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void prefer(PersonId person, NotificationKind kind, Delivery delivery) {
        db.insertInto(NOTIFICATION_PREFERENCE)
                .set(NOTIFICATION_PREFERENCE.PERSON_ID, person)
                .set(NOTIFICATION_PREFERENCE.KIND, kind)
                .set(NOTIFICATION_PREFERENCE.DELIVERY, delivery)
                .onConflict(NOTIFICATION_PREFERENCE.PERSON_ID, NOTIFICATION_PREFERENCE.KIND)
                .doUpdate().set(NOTIFICATION_PREFERENCE.DELIVERY, delivery)
                .execute();
    }

    /** When the pole's daily digests leave, on its clock (08:00 until its animators choose). */
    public java.time.LocalTime digestTime(PoleId poleId) {
        return db.select(NOTIFICATION_DIGEST.SEND_AT).from(NOTIFICATION_DIGEST)
                .where(NOTIFICATION_DIGEST.POLE_ID.eq(poleId))
                .fetchOptional(NOTIFICATION_DIGEST.SEND_AT).orElse(java.time.LocalTime.of(8, 0));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setDigestTime(PoleId poleId, java.time.LocalTime at) {
        db.insertInto(NOTIFICATION_DIGEST)
                .set(NOTIFICATION_DIGEST.POLE_ID, poleId)
                .set(NOTIFICATION_DIGEST.SEND_AT, at)
                .onConflict(NOTIFICATION_DIGEST.POLE_ID)
                .doUpdate().set(NOTIFICATION_DIGEST.SEND_AT, at)
                .execute();
    }

    /** One notification of a digest, with its recipient's email and language. */
    public record Digested(PersonId person, String email, Language language, NotificationKind kind,
                           Map<String, String> params, java.time.Instant at) {
    }

    /** Takes the digests due at that instant, in every pole whose time has come (see {@code take_daily_digests}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Digested> takeDailyDigests(java.time.Instant at) {
        return db.selectFrom(TAKE_DAILY_DIGESTS.call(at.atOffset(ZoneOffset.UTC)))
                .fetch(r -> new Digested(r.getPersonId(), r.getEmail(), r.getLanguage(),
                        NotificationKind.valueOf(r.getKind()), JSON.readValue(r.getParams().data(), PARAMS),
                        r.getCreatedAt().toInstant()));
    }
}
