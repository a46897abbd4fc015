package org.coopole.resource.internal;

import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.db.Routines;
import org.coopole.resource.BookingPolicy;
import org.coopole.resource.CatalogueQuery;
import org.coopole.resource.ResourceDetails;
import org.coopole.resource.ResourceCard;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.RESOURCE;
import static org.coopole.db.Tables.RESOURCE_POLE;
import static org.jooq.impl.DSL.and;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.select;

@Repository
public class ResourceRepository {

    private final DSLContext db;

    ResourceRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ResourceId create(PoleId poleId, PersonId manager, ResourceData data) {
        ResourceId id = new ResourceId(UUID.randomUUID());
        db.insertInto(RESOURCE)
                .set(RESOURCE.ID, id)
                .set(RESOURCE.ORGANISATION_ID, select(PERSON.ORGANISATION_ID).from(PERSON).where(PERSON.ID.eq(manager)))
                .set(RESOURCE.KIND, data.kind())
                .set(RESOURCE.NAME, data.name())
                .set(RESOURCE.DESCRIPTION, data.description())
                .set(RESOURCE.APPROVAL_REQUIRED, data.approvalRequired())
                .execute();
        db.insertInto(RESOURCE_POLE).set(RESOURCE_POLE.RESOURCE_ID, id).set(RESOURCE_POLE.POLE_ID, poleId).execute();
        return id;
    }

    /** Sets the policy of a resource owned by the manager's organisation; false for any other resource. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean setPolicy(ResourceId id, PersonId manager, BookingPolicy policy) {
        return db.update(RESOURCE)
                .set(RESOURCE.MIN_MINUTES, policy.minMinutes())
                .set(RESOURCE.MAX_MINUTES, policy.maxMinutes())
                .set(RESOURCE.LEAD_MINUTES, policy.leadMinutes())
                .set(RESOURCE.HORIZON_DAYS, policy.horizonDays())
                .where(RESOURCE.ID.eq(id),
                        RESOURCE.ORGANISATION_ID.eq(select(PERSON.ORGANISATION_ID).from(PERSON).where(PERSON.ID.eq(manager))))
                .execute() > 0;
    }

    public List<ResourceCard> catalogue(PoleId poleId, CatalogueQuery query, Instant now) {
        return db.select(RESOURCE.ID, RESOURCE.NAME, RESOURCE.KIND, ORGANISATION.NAME, RESOURCE.APPROVAL_REQUIRED,
                        RESOURCE.STATUS, RESOURCE.CAPACITY, RESOURCE.TAGS, RESOURCE.RATE_UNIT, RESOURCE.RATE_CENTS)
                .from(RESOURCE)
                .join(RESOURCE_POLE).on(RESOURCE_POLE.RESOURCE_ID.eq(RESOURCE.ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(RESOURCE.ORGANISATION_ID))
                .where(matching(poleId, query, now))
                .orderBy(lower(RESOURCE.NAME), RESOURCE.ID)
                .fetch(r -> new ResourceCard(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), Arrays.asList(r.value8()), r.value9(), r.value10()));
    }

    /** The catalogue's filters; with a window, what can be booked for all of it under each resource's policy. */
    private static Condition matching(PoleId poleId, CatalogueQuery query, Instant now) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(RESOURCE_POLE.POLE_ID.eq(poleId));
        conditions.add(RESOURCE.STATUS.ne(ResourceStatus.ARCHIVED));
        if (query.kind() != null) {
            conditions.add(RESOURCE.KIND.eq(query.kind()));
        }
        if (!query.tag().isEmpty()) {
            conditions.add(RESOURCE.TAGS.contains(new String[] {query.tag()}));
        }
        if (query.minCapacity() != null) {
            conditions.add(RESOURCE.CAPACITY.ge(query.minCapacity()));
        }
        if (query.hasWindow()) {
            long length = Duration.between(query.freeFrom(), query.freeTo()).toMinutes();
            long ahead = Duration.between(now, query.freeFrom()).toMinutes();
            conditions.add(RESOURCE.STATUS.eq(ResourceStatus.ACTIVE));
            conditions.add(val((int) Math.min(length, Integer.MAX_VALUE)).between(RESOURCE.MIN_MINUTES, RESOURCE.MAX_MINUTES));
            conditions.add(RESOURCE.LEAD_MINUTES.le((int) Math.max(Math.min(ahead, Integer.MAX_VALUE), -1)));
            conditions.add(RESOURCE.HORIZON_DAYS.mul(1440).ge((int) Math.max(Math.min(ahead, Integer.MAX_VALUE), 0)));
            conditions.add(condition(Routines.resourceIsFree(RESOURCE.ID, val(utc(query.freeFrom())),
                    val(utc(query.freeTo())))));
        }
        return and(conditions);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Changes the status of a resource of the manager's organisation; an archived one stays archived. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean setStatus(ResourceId id, PersonId manager, ResourceStatus status) {
        return db.update(RESOURCE)
                .set(RESOURCE.STATUS, status)
                .where(RESOURCE.ID.eq(id), RESOURCE.STATUS.ne(ResourceStatus.ARCHIVED),
                        RESOURCE.ORGANISATION_ID.eq(select(PERSON.ORGANISATION_ID).from(PERSON).where(PERSON.ID.eq(manager))))
                .execute() > 0;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean setDetails(ResourceId id, PersonId manager, ResourceDetails details) {
        return db.update(RESOURCE)
                .set(RESOURCE.LOCATION, details.location())
                .set(RESOURCE.CAPACITY, details.capacity())
                .set(RESOURCE.ACCESSIBILITY, details.accessibility())
                .set(RESOURCE.TAGS, details.tags().toArray(String[]::new))
                .set(RESOURCE.RATE_UNIT, details.rateUnit())
                .set(RESOURCE.RATE_CENTS, details.rateCents())
                .where(RESOURCE.ID.eq(id),
                        RESOURCE.ORGANISATION_ID.eq(select(PERSON.ORGANISATION_ID).from(PERSON).where(PERSON.ID.eq(manager))))
                .execute() > 0;
    }
}
