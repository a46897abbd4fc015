package org.coopole.booking.internal;

import org.coopole.booking.BookingStatus;
import org.coopole.booking.Quota;
import org.coopole.booking.QuotaData;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.RateUnit;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.coopole.db.Tables.BOOKING;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.QUOTA;
import static org.coopole.db.Tables.QUOTA_TOP_UP;
import static org.coopole.db.Tables.RESOURCE;

/** Quotas, their top-ups and the bookings they count; row security decides who reads and keeps which. */
@Repository
public class QuotaRepository {

    private static final org.coopole.db.tables.Quota SPECIFIC = QUOTA.as("specific_quota");
    private static final org.coopole.db.tables.Resource BOOKED = RESOURCE.as("booked");

    private final DSLContext db;

    QuotaRepository(DSLContext db) {
        this.db = db;
    }

    /** A booking a quota counts: its period and its resource's rate. */
    public record Counted(Instant start, Instant end, RateUnit unit, long rateCents) {
    }

    /** The quotas of the pole the acting person reads, by resource or kind, then organisation. */
    public List<Quota> quotas(PoleId poleId) {
        return select().where(QUOTA.POLE_ID.eq(poleId))
                .orderBy(RESOURCE.NAME.nullsFirst(), QUOTA.RESOURCE_KIND, ORGANISATION.NAME.nullsFirst(), QUOTA.ID)
                .fetch(QuotaRepository::quota);
    }

    public Optional<Quota> quota(PoleId poleId, UUID id) {
        return select().where(QUOTA.POLE_ID.eq(poleId), QUOTA.ID.eq(id)).fetchOptional(QuotaRepository::quota);
    }

    private org.jooq.SelectOnConditionStep<org.jooq.Record12<UUID, ResourceId, String, org.coopole.resource.ResourceKind,
            OrganisationId, String, org.coopole.booking.QuotaPeriod, Integer, Integer, Long, Boolean,
            OrganisationId>> select() {
        return db.select(QUOTA.ID, QUOTA.RESOURCE_ID, RESOURCE.NAME, QUOTA.RESOURCE_KIND, QUOTA.ORGANISATION_ID,
                        ORGANISATION.NAME, QUOTA.PERIOD, QUOTA.MAX_MINUTES, QUOTA.MAX_AHEAD, QUOTA.CREDIT_CENTS,
                        DSL.field(org.coopole.db.Routines.keepsQuotaId(QUOTA.ID)), RESOURCE.ORGANISATION_ID)
                .from(QUOTA)
                .leftJoin(RESOURCE).on(RESOURCE.ID.eq(QUOTA.RESOURCE_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(QUOTA.ORGANISATION_ID));
    }

    private static Quota quota(org.jooq.Record12<UUID, ResourceId, String, org.coopole.resource.ResourceKind,
            OrganisationId, String, org.coopole.booking.QuotaPeriod, Integer, Integer, Long, Boolean,
            OrganisationId> r) {
        return new Quota(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                r.value8(), r.value9(), r.value10(), Boolean.TRUE.equals(r.value11()), r.value12());
    }

    /** Whether a quota of that scope and organisation already exists (other than {@code except}). */
    public boolean exists(PoleId poleId, QuotaData data, UUID except) {
        return db.fetchExists(QUOTA, QUOTA.POLE_ID.eq(poleId), scope(QUOTA, data.resource(), data.kind()),
                data.organisation() == null ? QUOTA.ORGANISATION_ID.isNull()
                        : QUOTA.ORGANISATION_ID.eq(data.organisation()),
                except == null ? DSL.trueCondition() : QUOTA.ID.ne(except));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID create(PoleId poleId, QuotaData data) {
        return db.insertInto(QUOTA)
                .set(QUOTA.POLE_ID, poleId)
                .set(QUOTA.RESOURCE_ID, data.resource())
                .set(QUOTA.RESOURCE_KIND, data.resource() == null ? data.kind() : null)
                .set(QUOTA.ORGANISATION_ID, data.organisation())
                .set(QUOTA.PERIOD, data.period())
                .set(QUOTA.MAX_MINUTES, data.maxHours() == null ? null : data.maxHours() * 60)
                .set(QUOTA.MAX_AHEAD, data.maxAhead())
                .set(QUOTA.CREDIT_CENTS, data.creditCents())
                .returning(QUOTA.ID)
                .fetchOne(QUOTA.ID);
    }

    /** Saves what may change of a quota (not what it limits); false when the person does not keep it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(UUID id, QuotaData data) {
        return db.update(QUOTA)
                .set(QUOTA.ORGANISATION_ID, data.organisation())
                .set(QUOTA.PERIOD, data.period())
                .set(QUOTA.MAX_MINUTES, data.maxHours() == null ? null : data.maxHours() * 60)
                .set(QUOTA.MAX_AHEAD, data.maxAhead())
                .set(QUOTA.CREDIT_CENTS, data.creditCents())
                .where(QUOTA.ID.eq(id))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean delete(UUID id) {
        return db.deleteFrom(QUOTA).where(QUOTA.ID.eq(id)).execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void topUp(UUID quota, OrganisationId organisation, LocalDate periodStart, int minutes, long cents,
                      String note) {
        db.insertInto(QUOTA_TOP_UP)
                .set(QUOTA_TOP_UP.QUOTA_ID, quota)
                .set(QUOTA_TOP_UP.ORGANISATION_ID, organisation)
                .set(QUOTA_TOP_UP.PERIOD_START, periodStart)
                .set(QUOTA_TOP_UP.MINUTES, minutes)
                .set(QUOTA_TOP_UP.CENTS, cents)
                .set(QUOTA_TOP_UP.NOTE, note)
                .execute();
    }

    /** The minutes and cents added to an organisation's allowance for the period starting that day. */
    public long[] toppedUp(UUID quota, OrganisationId organisation, LocalDate periodStart) {
        return toppedUpBy(quota, QUOTA_TOP_UP.ORGANISATION_ID.eq(organisation), periodStart)
                .getOrDefault(organisation, new long[2]);
    }

    /** The same for every organisation topped up, by organisation. */
    public Map<OrganisationId, long[]> toppedUpByOrganisation(UUID quota, LocalDate periodStart) {
        return toppedUpBy(quota, DSL.trueCondition(), periodStart);
    }

    private Map<OrganisationId, long[]> toppedUpBy(UUID quota, Condition whose, LocalDate periodStart) {
        Map<OrganisationId, long[]> topped = new java.util.HashMap<>();
        db.select(QUOTA_TOP_UP.ORGANISATION_ID, DSL.sum(QUOTA_TOP_UP.MINUTES), DSL.sum(QUOTA_TOP_UP.CENTS))
                .from(QUOTA_TOP_UP)
                .where(QUOTA_TOP_UP.QUOTA_ID.eq(quota), whose, QUOTA_TOP_UP.PERIOD_START.eq(periodStart))
                .groupBy(QUOTA_TOP_UP.ORGANISATION_ID)
                .forEach(r -> topped.put(r.value1(), new long[] {r.value2().longValue(), r.value3().longValue()}));
        return topped;
    }

    /**
     * The quotas that bind a person's organisation booking a resource in the pole: those of the resource and of its
     * kind, the organisation's own replacing the general one of the same scope; none on its own resources. One
     * query, the organisation looked up inside it: most bookings are bound by none.
     */
    public List<Quota> binding(PoleId poleId, ResourceId resourceId, PersonId person) {
        return select().where(binds(poleId, resourceId, person)).orderBy(QUOTA.ID).fetch(QuotaRepository::quota);
    }

    /**
     * Whether any quota binds the person's organisation booking the resource ({@link #binding}'s rule), as a field
     * for a booking's one statement before its insert: most bookings are bound by none, and then read no quota.
     */
    public org.jooq.Field<Boolean> anyBinding(PoleId poleId, ResourceId resourceId, PersonId person) {
        return DSL.field(DSL.exists(DSL.selectOne().from(QUOTA).where(binds(poleId, resourceId, person))));
    }

    private static Condition binds(PoleId poleId, ResourceId resourceId, PersonId person) {
        var res = BOOKED;
        var booker = DSL.field(DSL.select(PERSON.ORGANISATION_ID).from(PERSON).where(PERSON.ID.eq(person)));
        Condition scope = QUOTA.RESOURCE_ID.eq(resourceId).or(QUOTA.RESOURCE_KIND.eq(
                DSL.field(DSL.select(res.KIND).from(res).where(res.ID.eq(resourceId)))));
        Condition notOwn = DSL.notExists(DSL.selectOne().from(res)
                .where(res.ID.eq(resourceId), res.ORGANISATION_ID.eq(booker)));
        Condition forBooker = QUOTA.ORGANISATION_ID.eq(booker).or(QUOTA.ORGANISATION_ID.isNull()
                .and(DSL.notExists(DSL.selectOne().from(SPECIFIC).where(SPECIFIC.POLE_ID.eq(QUOTA.POLE_ID),
                        SPECIFIC.ORGANISATION_ID.eq(booker),
                        SPECIFIC.RESOURCE_ID.isNotDistinctFrom(QUOTA.RESOURCE_ID),
                        SPECIFIC.RESOURCE_KIND.isNotDistinctFrom(QUOTA.RESOURCE_KIND)))));
        return DSL.and(QUOTA.POLE_ID.eq(poleId), scope, forBooker, notOwn);
    }

    /** Counts one organisation's use of a quota one booking at a time, until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(UUID quota, OrganisationId organisation) {
        org.coopole.db.Routines.lockQuota(db.configuration(), quota, organisation.value());
    }

    /**
     * The organisation's live bookings in the pole that the quota counts (of its resource, or of its kind, never of
     * the organisation's own resources) ending after {@code from}, oldest first.
     */
    public List<Counted> counted(PoleId poleId, Quota quota, OrganisationId organisation, Instant from) {
        return countedBy(poleId, quota, BOOKING.ORGANISATION_ID.eq(organisation), from)
                .getOrDefault(organisation, List.of());
    }

    /** The same for every organisation at once, by organisation: for the indicators, one query per quota. */
    public Map<OrganisationId, List<Counted>> countedByOrganisation(PoleId poleId, Quota quota, Instant from) {
        return countedBy(poleId, quota, DSL.trueCondition(), from);
    }

    private Map<OrganisationId, List<Counted>> countedBy(PoleId poleId, Quota quota, Condition whose, Instant from) {
        Map<OrganisationId, List<Counted>> counted = new java.util.HashMap<>();
        db.select(BOOKING.ORGANISATION_ID, BOOKING.PERIOD, BOOKED.RATE_UNIT, BOOKED.RATE_CENTS)
                .from(BOOKING)
                .join(BOOKED).on(BOOKED.ID.eq(BOOKING.RESOURCE_ID))
                .where(BOOKING.POLE_ID.eq(poleId), whose,
                        BOOKING.STATUS.in(BookingStatus.REQUESTED, BookingStatus.CONFIRMED),
                        BOOKING.ENDS_AT.gt(from.atOffset(ZoneOffset.UTC)),
                        BOOKED.ORGANISATION_ID.ne(BOOKING.ORGANISATION_ID),
                        quota.resource() != null ? BOOKED.ID.eq(quota.resource()) : BOOKED.KIND.eq(quota.kind()))
                .orderBy(BOOKING.ENDS_AT)
                .forEach(r -> counted.computeIfAbsent(r.value1(), o -> new java.util.ArrayList<>())
                        .add(new Counted(r.value2().lower().toInstant(), r.value2().upper().toInstant(), r.value3(),
                                r.value4())));
        return counted;
    }

    /** The rate of a resource, for the euros a booking of it costs. */
    public Optional<Counted> rate(ResourceId resourceId) {
        return db.select(RESOURCE.RATE_UNIT, RESOURCE.RATE_CENTS).from(RESOURCE).where(RESOURCE.ID.eq(resourceId))
                .fetchOptional(r -> new Counted(null, null, r.value1(), r.value2()));
    }

    public Optional<OrganisationId> organisationOf(PersonId person) {
        return db.select(PERSON.ORGANISATION_ID).from(PERSON).where(PERSON.ID.eq(person))
                .fetchOptional(PERSON.ORGANISATION_ID);
    }

    private static Condition scope(org.coopole.db.tables.Quota q, ResourceId resource,
                                   org.coopole.resource.ResourceKind kind) {
        return resource != null ? q.RESOURCE_ID.eq(resource) : q.RESOURCE_KIND.eq(kind).and(q.RESOURCE_ID.isNull());
    }
}
