package org.coopole.pole.internal;

import org.coopole.common.PoleId;
import org.coopole.pole.MembershipStatus;
import org.coopole.pole.Pole;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import java.util.Optional;

import static org.coopole.db.Tables.MEMBERSHIP;
import static org.coopole.db.Tables.POLE;
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
        return db.select(POLE.ID, POLE.NAME, POLE.TERRITORY, POLE.DESCRIPTION, POLE.CREATED_ON,
                        field(selectCount().from(MEMBERSHIP)
                                .where(MEMBERSHIP.POLE_ID.eq(POLE.ID), MEMBERSHIP.STATUS.eq(MembershipStatus.ACTIVE))))
                .from(POLE)
                .where(POLE.ID.eq(poleId))
                .fetchOptional(Records.mapping(Pole::new));
    }
}
