package org.coopole.resource.internal;

import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.BookingPolicy;
import org.coopole.resource.ResourceCard;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceStatus;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.RESOURCE;
import static org.coopole.db.Tables.RESOURCE_POLE;
import static org.jooq.impl.DSL.lower;
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

    public List<ResourceCard> catalogue(PoleId poleId) {
        return db.select(RESOURCE.ID, RESOURCE.NAME, RESOURCE.KIND, ORGANISATION.NAME, RESOURCE.APPROVAL_REQUIRED,
                        RESOURCE.STATUS)
                .from(RESOURCE)
                .join(RESOURCE_POLE).on(RESOURCE_POLE.RESOURCE_ID.eq(RESOURCE.ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(RESOURCE.ORGANISATION_ID))
                .where(RESOURCE_POLE.POLE_ID.eq(poleId), RESOURCE.STATUS.ne(ResourceStatus.ARCHIVED))
                .orderBy(lower(RESOURCE.NAME))
                .fetch(r -> new ResourceCard(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }
}
