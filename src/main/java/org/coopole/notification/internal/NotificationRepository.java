package org.coopole.notification.internal;

import org.coopole.common.BookingId;
import org.coopole.common.Language;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.notification.Notice;
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
import static org.coopole.db.Tables.PERSON;

@Repository
public class NotificationRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    private final DSLContext db;

    NotificationRepository(DSLContext db) {
        this.db = db;
    }

    /** A person told of something, with what their email needs. */
    public record Recipient(PersonId id, String email, Language language) {
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
        List<Recipient> recipients = db.select(PERSON.ID, PERSON.EMAIL, PERSON.LANGUAGE)
                .from(PERSON)
                .where(PERSON.ID.in(others), PERSON.ACTIVE.isTrue())
                .orderBy(PERSON.ID)
                .fetch(r -> new Recipient(r.value1(), r.value2(), r.value3()));
        if (recipients.isEmpty()) {
            return recipients;
        }
        JSONB params = JSONB.valueOf(JSON.writeValueAsString(notice.params()));
        BookingId booking = notice.subject().kind() == SubjectKind.BOOKING ? new BookingId(notice.subject().id()) : null;
        var insert = db.insertInto(NOTIFICATION, NOTIFICATION.POLE_ID, NOTIFICATION.PERSON_ID, NOTIFICATION.KIND,
                NOTIFICATION.SUBJECT_KIND, NOTIFICATION.SUBJECT_ID, NOTIFICATION.BOOKING_ID, NOTIFICATION.ACTOR_ID,
                NOTIFICATION.PARAMS);
        for (Recipient recipient : recipients) {
            insert = insert.values(notice.poleId(), recipient.id(), notice.kind(), notice.subject().kind(),
                    notice.subject().id(), booking, notice.actor(), params);
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
}
