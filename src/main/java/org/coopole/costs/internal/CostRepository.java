package org.coopole.costs.internal;

import org.coopole.common.BookingId;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.costs.CostKey;
import org.coopole.costs.CostPeriod;
import org.coopole.costs.Pool;
import org.coopole.costs.PoolData;
import org.coopole.costs.ShareData;
import org.coopole.costs.Statement;
import org.coopole.resource.RateUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.coopole.db.Tables.BOOKING;
import static org.coopole.db.Tables.COST_POOL;
import static org.coopole.db.Tables.COST_POOL_RESOURCE;
import static org.coopole.db.Tables.COST_POOL_SHARE;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.RESOURCE;

/** Cost pools and what statements are computed from; row security decides which pools a person reads and keeps. */
@Repository
public class CostRepository {

    private final DSLContext db;

    CostRepository(DSLContext db) {
        this.db = db;
    }

    /** The pools of the pole the acting person reads, the pole's first, then by name. */
    public List<Pool> pools(PoleId poleId) {
        var rows = db.select(COST_POOL.ID, COST_POOL.ORGANISATION_ID, ORGANISATION.NAME, COST_POOL.NAME,
                        COST_POOL.PERIOD, COST_POOL.AMOUNT_CENTS, COST_POOL.WEIGHT_HOURS, COST_POOL.WEIGHT_AREA,
                        COST_POOL.WEIGHT_HEADCOUNT, COST_POOL.WEIGHT_EQUAL, COST_POOL.WEIGHT_FIXED, COST_POOL.VERSION,
                        DSL.field(DSL.function("keeps_cost_pool", Boolean.class, COST_POOL.ID)))
                .from(COST_POOL)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(COST_POOL.ORGANISATION_ID))
                .where(COST_POOL.POLE_ID.eq(poleId))
                .orderBy(COST_POOL.ORGANISATION_ID.isNotNull(), COST_POOL.NAME, COST_POOL.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.map(r -> r.value1());
        Map<UUID, List<ResourceId>> resources = new LinkedHashMap<>();
        Map<UUID, Map<UUID, String>> resourceNames = new LinkedHashMap<>();
        db.select(COST_POOL_RESOURCE.POOL_ID, RESOURCE.ID, RESOURCE.NAME).from(COST_POOL_RESOURCE)
                .join(RESOURCE).on(RESOURCE.ID.eq(COST_POOL_RESOURCE.RESOURCE_ID))
                .where(COST_POOL_RESOURCE.POOL_ID.in(ids))
                .orderBy(RESOURCE.NAME)
                .forEach(r -> {
                    resources.computeIfAbsent(r.value1(), p -> new ArrayList<>()).add(r.value2());
                    resourceNames.computeIfAbsent(r.value1(), p -> new LinkedHashMap<>()).put(r.value2().value(),
                            r.value3());
                });
        Map<UUID, List<ShareData>> shares = new LinkedHashMap<>();
        Map<UUID, Map<OrganisationId, String>> names = new LinkedHashMap<>();
        db.select(COST_POOL_SHARE.POOL_ID, COST_POOL_SHARE.ORGANISATION_ID, ORGANISATION.NAME, COST_POOL_SHARE.AREA_M2,
                        COST_POOL_SHARE.HEADCOUNT, COST_POOL_SHARE.PERCENT)
                .from(COST_POOL_SHARE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(COST_POOL_SHARE.ORGANISATION_ID))
                .where(COST_POOL_SHARE.POOL_ID.in(ids))
                .orderBy(ORGANISATION.NAME, ORGANISATION.ID)
                .forEach(r -> {
                    shares.computeIfAbsent(r.value1(), p -> new ArrayList<>())
                            .add(new ShareData(r.value2(), r.value4(), r.value5(), r.value6()));
                    names.computeIfAbsent(r.value1(), p -> new LinkedHashMap<>()).put(r.value2(), r.value3());
                });
        return rows.map(r -> {
            Map<CostKey, Integer> weights = new EnumMap<>(CostKey.class);
            weights.put(CostKey.HOURS, r.value7().intValue());
            weights.put(CostKey.AREA, r.value8().intValue());
            weights.put(CostKey.HEADCOUNT, r.value9().intValue());
            weights.put(CostKey.EQUAL, r.value10().intValue());
            weights.put(CostKey.FIXED, r.value11().intValue());
            PoolData data = new PoolData(r.value4(), CostPeriod.valueOf(r.value5()), r.value6(), weights,
                    resources.getOrDefault(r.value1(), List.of()), shares.getOrDefault(r.value1(), List.of()));
            return new Pool(r.value1(), r.value2(), r.value3(), data, Boolean.TRUE.equals(r.value13()), r.value12(),
                    resourceNames.getOrDefault(r.value1(), Map.of()), names.getOrDefault(r.value1(), Map.of()));
        });
    }

    /** Whether the acting person keeps the pool of the pole (row security's own rule). */
    public boolean keeps(PoleId poleId, UUID pool) {
        return Boolean.TRUE.equals(db.select(DSL.field(DSL.function("keeps_cost_pool", Boolean.class, COST_POOL.ID)))
                .from(COST_POOL).where(COST_POOL.ID.eq(pool), COST_POOL.POLE_ID.eq(poleId))
                .fetchOptional(0, Boolean.class).orElse(false));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID create(PoleId poleId, OrganisationId owner, PoolData data) {
        UUID id = db.insertInto(COST_POOL)
                .set(COST_POOL.POLE_ID, poleId)
                .set(COST_POOL.ORGANISATION_ID, owner)
                .set(COST_POOL.NAME, data.name())
                .set(COST_POOL.PERIOD, data.period().name())
                .set(COST_POOL.AMOUNT_CENTS, data.amountCents())
                .set(COST_POOL.WEIGHT_HOURS, (short) data.weight(CostKey.HOURS))
                .set(COST_POOL.WEIGHT_AREA, (short) data.weight(CostKey.AREA))
                .set(COST_POOL.WEIGHT_HEADCOUNT, (short) data.weight(CostKey.HEADCOUNT))
                .set(COST_POOL.WEIGHT_EQUAL, (short) data.weight(CostKey.EQUAL))
                .set(COST_POOL.WEIGHT_FIXED, (short) data.weight(CostKey.FIXED))
                .returning(COST_POOL.ID).fetchOne(COST_POOL.ID);
        writeParts(id, data);
        return id;
    }

    /** Saves the pool from the version read; false when someone saved it meanwhile (nothing is written then). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(UUID id, int version, PoolData data) {
        boolean saved = db.update(COST_POOL)
                .set(COST_POOL.NAME, data.name())
                .set(COST_POOL.PERIOD, data.period().name())
                .set(COST_POOL.AMOUNT_CENTS, data.amountCents())
                .set(COST_POOL.WEIGHT_HOURS, (short) data.weight(CostKey.HOURS))
                .set(COST_POOL.WEIGHT_AREA, (short) data.weight(CostKey.AREA))
                .set(COST_POOL.WEIGHT_HEADCOUNT, (short) data.weight(CostKey.HEADCOUNT))
                .set(COST_POOL.WEIGHT_EQUAL, (short) data.weight(CostKey.EQUAL))
                .set(COST_POOL.WEIGHT_FIXED, (short) data.weight(CostKey.FIXED))
                .set(COST_POOL.VERSION, version + 1)
                .where(COST_POOL.ID.eq(id), COST_POOL.VERSION.eq(version))
                .execute() == 1;
        if (saved) {
            db.deleteFrom(COST_POOL_RESOURCE).where(COST_POOL_RESOURCE.POOL_ID.eq(id)).execute();
            db.deleteFrom(COST_POOL_SHARE).where(COST_POOL_SHARE.POOL_ID.eq(id)).execute();
            writeParts(id, data);
        }
        return saved;
    }

    private void writeParts(UUID id, PoolData data) {
        if (!data.resources().isEmpty()) {
            var insert = db.insertInto(COST_POOL_RESOURCE, COST_POOL_RESOURCE.POOL_ID, COST_POOL_RESOURCE.RESOURCE_ID);
            for (ResourceId resource : data.resources()) {
                insert = insert.values(id, resource);
            }
            insert.execute();
        }
        if (!data.shares().isEmpty()) {
            var insert = db.insertInto(COST_POOL_SHARE, COST_POOL_SHARE.POOL_ID, COST_POOL_SHARE.ORGANISATION_ID,
                    COST_POOL_SHARE.AREA_M2, COST_POOL_SHARE.HEADCOUNT, COST_POOL_SHARE.PERCENT);
            for (ShareData share : data.shares()) {
                insert = insert.values(id, share.organisation(), share.areaM2(), share.headcount(), share.percent());
            }
            insert.execute();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean remove(UUID id) {
        return db.deleteFrom(COST_POOL).where(COST_POOL.ID.eq(id)).execute() == 1;
    }

    /**
     * Minutes of confirmed bookings of the resources, by the organisation that booked, within [from, to): each
     * booking clipped to the period.
     */
    public Map<OrganisationId, Long> bookedMinutes(List<ResourceId> resources, Instant from, Instant to) {
        Map<OrganisationId, Long> minutes = new LinkedHashMap<>();
        if (resources.isEmpty()) {
            return minutes;
        }
        db.select(BOOKING.ORGANISATION_ID, BOOKING.PERIOD)
                .from(BOOKING)
                .where(BOOKING.RESOURCE_ID.in(resources),
                        BOOKING.STATUS.eq(org.coopole.booking.BookingStatus.CONFIRMED),
                        BOOKING.STARTS_AT.lt(to.atOffset(ZoneOffset.UTC)), BOOKING.ENDS_AT.gt(from.atOffset(ZoneOffset.UTC)))
                .forEach(r -> {
                    Instant start = max(r.value2().lower().toInstant(), from);
                    Instant end = min(r.value2().upper().toInstant(), to);
                    minutes.merge(r.value1(), java.time.Duration.between(start, end).toMinutes(), Long::sum);
                });
        return minutes;
    }

    /** A confirmed booking starting in the period on a resource with a rate, between two organisations. */
    public record Rated(BookingId booking, OrganisationId booker, String bookerName, OrganisationId owner,
                        String ownerName, String resourceName, Instant start, Instant end, RateUnit unit,
                        long rateCents) {
    }

    /**
     * Confirmed bookings starting in [from, to) on resources with a rate, that the organisation made on another's
     * resources or another made on its own.
     */
    public List<Rated> rated(PoleId poleId, OrganisationId organisation, Instant from, Instant to) {
        var booker = ORGANISATION.as("booker");
        var owner = ORGANISATION.as("owner");
        return db.select(BOOKING.ID, BOOKING.ORGANISATION_ID, booker.NAME, RESOURCE.ORGANISATION_ID, owner.NAME,
                        RESOURCE.NAME, BOOKING.PERIOD, RESOURCE.RATE_UNIT, RESOURCE.RATE_CENTS)
                .from(BOOKING)
                .join(RESOURCE).on(RESOURCE.ID.eq(BOOKING.RESOURCE_ID))
                .join(booker).on(booker.ID.eq(BOOKING.ORGANISATION_ID))
                .join(owner).on(owner.ID.eq(RESOURCE.ORGANISATION_ID))
                .where(BOOKING.POLE_ID.eq(poleId), BOOKING.STATUS.eq(org.coopole.booking.BookingStatus.CONFIRMED),
                        RESOURCE.RATE_UNIT.ne(RateUnit.FREE), RESOURCE.ORGANISATION_ID.ne(BOOKING.ORGANISATION_ID),
                        BOOKING.ORGANISATION_ID.eq(organisation).or(RESOURCE.ORGANISATION_ID.eq(organisation)),
                        BOOKING.STARTS_AT.ge(from.atOffset(ZoneOffset.UTC)), BOOKING.STARTS_AT.lt(to.atOffset(ZoneOffset.UTC)))
                .orderBy(BOOKING.STARTS_AT, BOOKING.ID)
                .fetch(r -> new Rated(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7().lower().toInstant(), r.value7().upper().toInstant(), r.value8(), r.value9()));
    }

    public Optional<OrganisationId> organisationOf(org.coopole.common.PersonId person) {
        return db.select(org.coopole.db.Tables.PERSON.ORGANISATION_ID).from(org.coopole.db.Tables.PERSON)
                .where(org.coopole.db.Tables.PERSON.ID.eq(person))
                .fetchOptional(org.coopole.db.Tables.PERSON.ORGANISATION_ID);
    }

    public Optional<String> organisationName(OrganisationId organisation) {
        return db.select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.eq(organisation))
                .fetchOptional(ORGANISATION.NAME);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
