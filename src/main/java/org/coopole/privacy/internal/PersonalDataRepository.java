package org.coopole.privacy.internal;

import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.privacy.ErasureRequest;
import org.coopole.privacy.Retention;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.coopole.db.Tables.BOOKING;
import static org.coopole.db.Tables.ERASURE_REQUEST;
import static org.coopole.db.Tables.NOTIFICATION;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.POLE;
import static org.coopole.db.Tables.POLE_ROLE;
import static org.coopole.db.Tables.RESOURCE;
import static org.coopole.db.Tables.WAITLIST_ENTRY;

/**
 * A person's own data, read as them (row security, and definer functions for what they wrote in places they may no
 * longer read); erasure requests; and the pole's retention settings.
 */
@Repository
public class PersonalDataRepository {

    private static final org.coopole.db.tables.Person REQUESTER = PERSON.as("requester");

    private final DSLContext db;

    PersonalDataRepository(DSLContext db) {
        this.db = db;
    }

    /** A notification's parameters, as the JSON text it keeps them in. */
    public record Params(String json) {
    }

    /** One table of the export: its columns' names (keys to translate) and its rows, each value as text or null. */
    public record Table(String name, List<String> columns, List<List<Object>> rows) {
    }

    public Table profile(PersonId person) {
        return table("profile", List.of("first-name", "last-name", "email", "phone", "language", "organisation",
                        "created"),
                db.select(PERSON.FIRST_NAME, PERSON.LAST_NAME, PERSON.EMAIL, PERSON.PHONE, PERSON.LANGUAGE,
                                ORGANISATION.NAME, PERSON.CREATED_AT)
                        .from(PERSON).leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                        .where(PERSON.ID.eq(person)).fetch().map(r -> java.util.Arrays.asList(r.intoArray())));
    }

    public Table roles(PersonId person) {
        return table("roles", List.of("pole", "role"),
                db.select(POLE.NAME, POLE_ROLE.ROLE).from(POLE_ROLE).join(POLE).on(POLE.ID.eq(POLE_ROLE.POLE_ID))
                        .where(POLE_ROLE.PERSON_ID.eq(person)).orderBy(POLE.NAME, POLE_ROLE.ROLE)
                        .fetch().map(r -> java.util.Arrays.asList(r.intoArray())));
    }

    public Table bookings(PersonId person) {
        return table("bookings", List.of("resource", "pole", "start", "end", "status", "purpose", "created"),
                db.select(RESOURCE.NAME, POLE.NAME, BOOKING.STARTS_AT, BOOKING.ENDS_AT, BOOKING.STATUS,
                                BOOKING.PURPOSE, BOOKING.CREATED_AT)
                        .from(BOOKING).join(RESOURCE).on(RESOURCE.ID.eq(BOOKING.RESOURCE_ID))
                        .join(POLE).on(POLE.ID.eq(BOOKING.POLE_ID))
                        .where(BOOKING.PERSON_ID.eq(person)).orderBy(BOOKING.STARTS_AT)
                        .fetch().map(r -> java.util.Arrays.asList(r.intoArray())));
    }

    public Table messages() {
        return table("messages", List.of("written", "pole", "conversation", "text", "deleted"),
                db.selectFrom(org.coopole.db.Routines.myMessages()).fetch().map(r -> java.util.Arrays.asList(r.intoArray())));
    }

    public Table journal() {
        return table("journal", List.of("day", "project", "text", "created"),
                db.selectFrom(org.coopole.db.Routines.myJournalEntries()).fetch().map(r -> java.util.Arrays.asList(r.intoArray())));
    }

    public Table audit() {
        return table("audit", List.of("when", "pole", "action", "target", "detail", "address"),
                db.selectFrom(org.coopole.db.Routines.myAuditEvents()).fetch().map(r -> java.util.Arrays.asList(r.intoArray())));
    }

    /** The person's notifications: kind and parameters, for the words; when; read or not. */
    public Table notifications(PersonId person) {
        return table("notifications", List.of("when", "kind", "params", "read"),
                db.select(NOTIFICATION.CREATED_AT, NOTIFICATION.KIND, NOTIFICATION.PARAMS, NOTIFICATION.READ_AT)
                        .from(NOTIFICATION).where(NOTIFICATION.PERSON_ID.eq(person))
                        .orderBy(NOTIFICATION.CREATED_AT.desc())
                        .fetch().map(r -> java.util.Arrays.<Object>asList(r.value1(), r.value2(),
                                new Params(r.value3() == null ? "{}" : r.value3().data()), r.value4())));
    }

    public Table waitlists(PersonId person) {
        return table("waitlists", List.of("resource", "start", "end", "status", "created"),
                db.select(RESOURCE.NAME, WAITLIST_ENTRY.STARTS_AT, WAITLIST_ENTRY.ENDS_AT, WAITLIST_ENTRY.STATUS,
                                WAITLIST_ENTRY.CREATED_AT)
                        .from(WAITLIST_ENTRY).join(RESOURCE).on(RESOURCE.ID.eq(WAITLIST_ENTRY.RESOURCE_ID))
                        .where(WAITLIST_ENTRY.PERSON_ID.eq(person)).orderBy(WAITLIST_ENTRY.STARTS_AT)
                        .fetch().map(r -> java.util.Arrays.asList(r.intoArray())));
    }

    private static Table table(String name, List<String> columns, List<List<Object>> rows) {
        List<List<Object>> copies = new ArrayList<>();
        rows.forEach(r -> copies.add(new ArrayList<>(r)));
        return new Table(name, columns, copies);
    }

    // ---- erasure -------------------------------------------------------------------------------------------------

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID requestErasure(PoleId poleId, PersonId person) {
        return db.insertInto(ERASURE_REQUEST)
                .set(ERASURE_REQUEST.POLE_ID, poleId)
                .set(ERASURE_REQUEST.PERSON_ID, person)
                .returning(ERASURE_REQUEST.ID)
                .fetchOne(ERASURE_REQUEST.ID);
    }

    /** The person's own request still waiting, if any. */
    public java.util.Optional<UUID> pending(PersonId person) {
        return db.select(ERASURE_REQUEST.ID).from(ERASURE_REQUEST)
                .where(ERASURE_REQUEST.PERSON_ID.eq(person), ERASURE_REQUEST.STATUS.eq("REQUESTED"))
                .fetchOptional(ERASURE_REQUEST.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean withdraw(PersonId person) {
        return db.update(ERASURE_REQUEST).set(ERASURE_REQUEST.STATUS, "CANCELLED")
                .where(ERASURE_REQUEST.PERSON_ID.eq(person), ERASURE_REQUEST.STATUS.eq("REQUESTED"))
                .execute() > 0;
    }

    /** The pole's requests waiting for a decision that the acting person reads, oldest first. */
    public List<ErasureRequest> waiting(PoleId poleId) {
        return db.select(ERASURE_REQUEST.ID, ERASURE_REQUEST.PERSON_ID, REQUESTER.FIRST_NAME, REQUESTER.LAST_NAME,
                        ORGANISATION.NAME, ERASURE_REQUEST.REQUESTED_AT)
                .from(ERASURE_REQUEST)
                .join(REQUESTER).on(REQUESTER.ID.eq(ERASURE_REQUEST.PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(REQUESTER.ORGANISATION_ID))
                .where(ERASURE_REQUEST.POLE_ID.eq(poleId), ERASURE_REQUEST.STATUS.eq("REQUESTED"))
                .orderBy(ERASURE_REQUEST.REQUESTED_AT)
                .fetch(r -> new ErasureRequest(r.value1(), r.value2(), r.value3() + " " + r.value4(),
                        r.value5() == null ? "" : r.value5(), r.value6().toInstant()));
    }

    /** Erases the person of the request (a definer function checks that the acting person may); who was erased. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PersonId erase(UUID request) {
        return new PersonId(org.coopole.db.Routines.erasePerson(db.configuration(), request));
    }

    // ---- retention -----------------------------------------------------------------------------------------------

    public Retention retention(PoleId poleId) {
        return db.select(POLE.AUDIT_RETENTION_DAYS, POLE.MESSAGE_RETENTION_DAYS, POLE.NOTIFICATION_RETENTION_DAYS)
                .from(POLE).where(POLE.ID.eq(poleId))
                .fetchOne(r -> new Retention(r.value1(), r.value2(), r.value3()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean setRetention(PoleId poleId, Retention retention) {
        return db.update(POLE)
                .set(POLE.AUDIT_RETENTION_DAYS, retention.auditDays())
                .set(POLE.MESSAGE_RETENTION_DAYS, retention.messageDays())
                .set(POLE.NOTIFICATION_RETENTION_DAYS, retention.notificationDays())
                .where(POLE.ID.eq(poleId))
                .execute() == 1;
    }

    /** Removes what every pole keeps no longer; how many audit entries, messages and notifications went. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int[] applyRetention(Instant now) {
        var row = db.selectFrom(org.coopole.db.Routines.applyRetention(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)))
                .fetchOne();
        return new int[] {row.getAuditEvents(), row.getMessages(), row.getNotifications()};
    }
}
