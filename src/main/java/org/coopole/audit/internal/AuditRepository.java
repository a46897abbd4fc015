package org.coopole.audit.internal;

import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditEntry;
import org.coopole.audit.AuditQuery;
import org.coopole.common.PoleId;
import org.coopole.db.Routines;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.coopole.db.Tables.AUDIT_EVENT;
import static org.coopole.db.Tables.PERSON;
import static org.jooq.impl.DSL.and;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.or;

@Repository
public class AuditRepository {

    private final DSLContext db;

    AuditRepository(DSLContext db) {
        this.db = db;
    }

    /** The pole's clock, on which its trail is read. */
    public java.time.ZoneId zoneOf(PoleId pole) {
        return java.time.ZoneId.of(db.select(org.coopole.db.Tables.POLE.TIME_ZONE).from(org.coopole.db.Tables.POLE)
                .where(org.coopole.db.Tables.POLE.ID.eq(pole)).fetchSingle(org.coopole.db.Tables.POLE.TIME_ZONE));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(AuditAction action, PoleId pole, String target, String detail, String address) {
        // the actor, and their address when someone is signed in, come from the transaction's context
        Routines.recordAuditEvent(db.configuration(), pole == null ? null : pole.value(), action.name(), target,
                detail, address);
    }

    public List<AuditEntry> find(PoleId poleId, AuditQuery query) {
        return db.select(AUDIT_EVENT.OCCURRED_AT, concat(PERSON.FIRST_NAME, inline(" "), PERSON.LAST_NAME),
                        AUDIT_EVENT.ACTION, AUDIT_EVENT.TARGET, AUDIT_EVENT.DETAIL, AUDIT_EVENT.ADDRESS)
                .from(AUDIT_EVENT)
                .leftJoin(PERSON).on(PERSON.ID.eq(AUDIT_EVENT.PERSON_ID))
                .where(matching(poleId, query))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .offset(query.offset())
                .limit(query.limit())
                .fetch(r -> new AuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    public int count(PoleId poleId, AuditQuery query) {
        return db.fetchCount(db.select(AUDIT_EVENT.ID)
                .from(AUDIT_EVENT)
                .leftJoin(PERSON).on(PERSON.ID.eq(AUDIT_EVENT.PERSON_ID))
                .where(matching(poleId, query)));
    }

    private static Condition matching(PoleId poleId, AuditQuery query) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(AUDIT_EVENT.POLE_ID.eq(poleId));
        if (query.action() != null) {
            conditions.add(AUDIT_EVENT.ACTION.eq(query.action()));
        }
        if (!query.text().isEmpty()) {
            String pattern = "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add(or(PERSON.FIRST_NAME.likeIgnoreCase(pattern), PERSON.LAST_NAME.likeIgnoreCase(pattern),
                    AUDIT_EVENT.TARGET.likeIgnoreCase(pattern), AUDIT_EVENT.DETAIL.likeIgnoreCase(pattern)));
        }
        if (query.from() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(query.from().atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        if (query.to() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        return and(conditions);
    }
}
