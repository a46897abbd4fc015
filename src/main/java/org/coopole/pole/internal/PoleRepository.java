package org.coopole.pole.internal;

import org.coopole.common.PoleId;
import org.coopole.pole.MembershipStatus;
import org.coopole.db.Routines;
import org.coopole.pole.NewPole;
import org.coopole.pole.Pole;
import org.coopole.pole.PoleData;
import org.coopole.pole.PoleOverview;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

import java.util.Optional;

import static org.coopole.db.Tables.MEMBERSHIP;
import static org.coopole.db.Tables.POLE;
import static org.coopole.db.Tables.POLE_OVERVIEW;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectCount;

@Repository
public class PoleRepository {

    private final DSLContext db;

    PoleRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<Pole> findProfile(PoleId poleId) {
        return db.select(POLE.ID, POLE.NAME, POLE.TERRITORY, POLE.DESCRIPTION, POLE.CHARTER, POLE.CREATED_ON,
                        field(selectCount().from(MEMBERSHIP)
                                .where(MEMBERSHIP.POLE_ID.eq(POLE.ID), MEMBERSHIP.STATUS.eq(MembershipStatus.ACTIVE))))
                .from(POLE)
                .where(POLE.ID.eq(poleId))
                .fetchOptional(Records.mapping(Pole::new));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updateProfile(PoleId poleId, PoleData data) {
        db.update(POLE)
                .set(POLE.NAME, data.name()).set(POLE.TERRITORY, data.territory())
                .set(POLE.DESCRIPTION, data.description()).set(POLE.CHARTER, data.charter())
                .where(POLE.ID.eq(poleId))
                .execute();
    }

    public List<PoleOverview> overview() {
        return db.selectFrom(POLE_OVERVIEW.call())
                .fetch(r -> new PoleOverview(r.getPoleId(), r.getName(), r.getTerritory(), r.getCreatedOn(),
                        r.getActiveMembers()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public PoleId create(NewPole pole, String email, String tokenHash) {
        return new PoleId(Routines.createPole(db.configuration(), pole.name(), pole.territory(), pole.description(),
                pole.carrierName(), pole.carrierLegalForm(), pole.carrierEss(), pole.animatorFirstName(),
                pole.animatorLastName(), email, tokenHash));
    }
}
