package org.coopole.costs.internal;

import org.coopole.common.BookingId;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.costs.InKindCategory;
import org.coopole.costs.ValuationData;
import org.coopole.costs.ValuationMethod;
import org.coopole.costs.Valued;
import org.coopole.resource.RateUnit;
import org.coopole.resource.ResourceKind;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.coopole.db.Tables.BOOKING;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.RESOURCE;
import static org.coopole.db.Tables.RESOURCE_POLE;
import static org.coopole.db.Tables.RESOURCE_VALUATION;

/** Valuation rules of resources and the bookings lent in kind; row security has the last word. */
@Repository
public class InKindRepository {

    private final DSLContext db;

    InKindRepository(DSLContext db) {
        this.db = db;
    }

    /** The organisation's resources shared in the pole, with their rates and valuation rules, by name. */
    public List<Valued> valued(PoleId poleId, OrganisationId organisation) {
        return db.select(RESOURCE.ID, RESOURCE.NAME, RESOURCE.KIND, RESOURCE.RATE_UNIT, RESOURCE.RATE_CENTS,
                        RESOURCE_VALUATION.METHOD, RESOURCE_VALUATION.UNIT, RESOURCE_VALUATION.CENTS,
                        RESOURCE_VALUATION.SMIC_COEFFICIENT, RESOURCE_VALUATION.CATEGORY, RESOURCE_VALUATION.NOTE)
                .from(RESOURCE)
                .join(RESOURCE_POLE).on(RESOURCE_POLE.RESOURCE_ID.eq(RESOURCE.ID), RESOURCE_POLE.POLE_ID.eq(poleId))
                .leftJoin(RESOURCE_VALUATION).on(RESOURCE_VALUATION.RESOURCE_ID.eq(RESOURCE.ID))
                .where(RESOURCE.ORGANISATION_ID.eq(organisation))
                .orderBy(RESOURCE.NAME)
                .fetch(r -> new Valued(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), rule(r)));
    }

    private static ValuationData rule(Record r) {
        String method = r.get(RESOURCE_VALUATION.METHOD);
        if (method == null) {
            return null;
        }
        String unit = r.get(RESOURCE_VALUATION.UNIT);
        Integer cents = r.get(RESOURCE_VALUATION.CENTS);
        return new ValuationData(ValuationMethod.valueOf(method), unit == null ? null : RateUnit.valueOf(unit),
                cents == null ? null : cents.longValue(), r.get(RESOURCE_VALUATION.SMIC_COEFFICIENT),
                InKindCategory.valueOf(r.get(RESOURCE_VALUATION.CATEGORY)), r.get(RESOURCE_VALUATION.NOTE));
    }

    /** The valuation rules of the pole's resources, by resource. */
    public java.util.Map<ResourceId, ValuationData> rules(PoleId poleId) {
        return db.select(RESOURCE_VALUATION.RESOURCE_ID, RESOURCE_VALUATION.METHOD, RESOURCE_VALUATION.UNIT,
                        RESOURCE_VALUATION.CENTS, RESOURCE_VALUATION.SMIC_COEFFICIENT, RESOURCE_VALUATION.CATEGORY,
                        RESOURCE_VALUATION.NOTE)
                .from(RESOURCE_VALUATION)
                .join(RESOURCE_POLE).on(RESOURCE_POLE.RESOURCE_ID.eq(RESOURCE_VALUATION.RESOURCE_ID),
                        RESOURCE_POLE.POLE_ID.eq(poleId))
                .fetchMap(r -> r.get(RESOURCE_VALUATION.RESOURCE_ID), InKindRepository::rule);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void set(ResourceId resource, ValuationData rule) {
        db.insertInto(RESOURCE_VALUATION)
                .set(RESOURCE_VALUATION.RESOURCE_ID, resource)
                .set(RESOURCE_VALUATION.METHOD, rule.method().name())
                .set(RESOURCE_VALUATION.UNIT, rule.unit() == null ? null : rule.unit().name())
                .set(RESOURCE_VALUATION.CENTS, rule.cents() == null ? null : rule.cents().intValue())
                .set(RESOURCE_VALUATION.SMIC_COEFFICIENT, rule.smicCoefficient())
                .set(RESOURCE_VALUATION.CATEGORY, rule.category().name())
                .set(RESOURCE_VALUATION.NOTE, rule.note())
                .onConflict(RESOURCE_VALUATION.RESOURCE_ID).doUpdate()
                .set(RESOURCE_VALUATION.METHOD, rule.method().name())
                .set(RESOURCE_VALUATION.UNIT, rule.unit() == null ? null : rule.unit().name())
                .set(RESOURCE_VALUATION.CENTS, rule.cents() == null ? null : rule.cents().intValue())
                .set(RESOURCE_VALUATION.SMIC_COEFFICIENT, rule.smicCoefficient())
                .set(RESOURCE_VALUATION.CATEGORY, rule.category().name())
                .set(RESOURCE_VALUATION.NOTE, rule.note())
                .set(RESOURCE_VALUATION.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    /** A confirmed booking between two organisations, with its resource's rate and valuation rule. */
    public record Lent(BookingId booking, OrganisationId owner, String ownerName, OrganisationId booker,
                       String bookerName, String resourceName, ResourceKind kind, Instant start, Instant end,
                       RateUnit rateUnit, long rateCents, ValuationData rule) {
    }

    /**
     * Confirmed bookings of the pole starting in [from, to) and ended by {@code now}, between two organisations, that
     * the organisation lent or received.
     */
    public List<Lent> lent(PoleId poleId, OrganisationId organisation, Instant from, Instant to, Instant now) {
        // two reads that each follow an index — what it booked, and what was booked of its resources — rather than
        // one whose "or" across two tables reads all the pole's bookings
        List<Lent> lent = new java.util.ArrayList<>(lent(poleId, BOOKING.ORGANISATION_ID.eq(organisation)
                .and(RESOURCE.ORGANISATION_ID.ne(organisation)), from, to, now));
        lent.addAll(lent(poleId, BOOKING.RESOURCE_ID.in(DSL.select(RESOURCE.ID).from(RESOURCE)
                .where(RESOURCE.ORGANISATION_ID.eq(organisation))).and(BOOKING.ORGANISATION_ID.ne(organisation)),
                from, to, now));
        lent.sort(java.util.Comparator.comparing(Lent::start).thenComparing(l -> l.booking().value()));
        return lent;
    }

    private List<Lent> lent(PoleId poleId, org.jooq.Condition whose, Instant from, Instant to, Instant now) {
        var owner = ORGANISATION.as("owner");
        var booker = ORGANISATION.as("booker");
        return db.select(BOOKING.ID, RESOURCE.ORGANISATION_ID, owner.NAME, BOOKING.ORGANISATION_ID, booker.NAME,
                        RESOURCE.NAME, RESOURCE.KIND, BOOKING.PERIOD, RESOURCE.RATE_UNIT, RESOURCE.RATE_CENTS,
                        RESOURCE_VALUATION.METHOD, RESOURCE_VALUATION.UNIT, RESOURCE_VALUATION.CENTS,
                        RESOURCE_VALUATION.SMIC_COEFFICIENT, RESOURCE_VALUATION.CATEGORY, RESOURCE_VALUATION.NOTE)
                .from(BOOKING)
                .join(RESOURCE).on(RESOURCE.ID.eq(BOOKING.RESOURCE_ID))
                .join(owner).on(owner.ID.eq(RESOURCE.ORGANISATION_ID))
                .join(booker).on(booker.ID.eq(BOOKING.ORGANISATION_ID))
                .leftJoin(RESOURCE_VALUATION).on(RESOURCE_VALUATION.RESOURCE_ID.eq(RESOURCE.ID))
                .where(whose, BOOKING.POLE_ID.eq(poleId), BOOKING.STATUS.eq(org.coopole.booking.BookingStatus.CONFIRMED),
                        BOOKING.STARTS_AT.ge(from.atOffset(ZoneOffset.UTC)), BOOKING.STARTS_AT.lt(to.atOffset(ZoneOffset.UTC)),
                        BOOKING.ENDS_AT.gt(from.atOffset(ZoneOffset.UTC)), BOOKING.ENDS_AT.le(now.atOffset(ZoneOffset.UTC)))
                .fetch(r -> new Lent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8().lower().toInstant(), r.value8().upper().toInstant(), r.value9(), r.value10(),
                        rule(r)));
    }
}
