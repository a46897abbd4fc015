package org.coopole.indicators.internal;

import org.coopole.booking.BookingStatus;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.pole.MembershipStatus;
import org.coopole.project.FunderKind;
import org.coopole.resource.RateUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.coopole.db.Tables.BOOKING;
import static org.coopole.db.Tables.MEMBERSHIP;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.OUTCOME_KIND;
import static org.coopole.db.Tables.PROJECT;
import static org.coopole.db.Tables.PROJECT_BUDGET_LINE;
import static org.coopole.db.Tables.PROJECT_HOURS;
import static org.coopole.db.Tables.PROJECT_OUTCOME;
import static org.coopole.db.Tables.PROJECT_PARTNER;
import static org.coopole.db.Tables.RESOURCE;
import static org.coopole.db.Tables.RESOURCE_CLOSURE;
import static org.coopole.db.Tables.RESOURCE_OPENING;
import static org.coopole.db.Tables.RESOURCE_POLE;

/** The reads the pole's indicators are computed from; each query is one pole's, within row security. */
@Repository
public class IndicatorRepository {

    private final DSLContext db;

    IndicatorRepository(DSLContext db) {
        this.db = db;
    }

    public record Counted(String label, long count) {
    }

    /** Member organisations now, by legal form, with how many of each are of the ESS. */
    public List<long[]> membersByLegalForm(PoleId poleId, List<String> forms) {
        List<long[]> counts = new ArrayList<>();
        var rows = db.select(ORGANISATION.LEGAL_FORM, DSL.count(), DSL.count().filterWhere(ORGANISATION.ESS.isTrue()))
                .from(MEMBERSHIP).join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBERSHIP.ORGANISATION_ID))
                .where(MEMBERSHIP.POLE_ID.eq(poleId), MEMBERSHIP.STATUS.eq(MembershipStatus.ACTIVE))
                .groupBy(ORGANISATION.LEGAL_FORM)
                .fetchMap(r -> r.value1().name(), r -> new long[] {r.value2(), r.value3()});
        forms.forEach(form -> counts.add(rows.getOrDefault(form, new long[] {0, 0})));
        return counts;
    }

    /** The addresses of the pole's member organisations now. */
    public List<String> memberAddresses(PoleId poleId) {
        return db.select(ORGANISATION.ADDRESS).from(MEMBERSHIP).join(ORGANISATION)
                .on(ORGANISATION.ID.eq(MEMBERSHIP.ORGANISATION_ID))
                .where(MEMBERSHIP.POLE_ID.eq(poleId), MEMBERSHIP.STATUS.eq(MembershipStatus.ACTIVE))
                .fetch(ORGANISATION.ADDRESS);
    }

    public long joined(PoleId poleId, LocalDate from, LocalDate to) {
        return db.fetchCount(MEMBERSHIP, MEMBERSHIP.POLE_ID.eq(poleId), MEMBERSHIP.JOINED_ON.between(from, to));
    }

    public long left(PoleId poleId, LocalDate from, LocalDate to) {
        return db.fetchCount(MEMBERSHIP, MEMBERSHIP.POLE_ID.eq(poleId), MEMBERSHIP.LEFT_ON.between(from, to));
    }

    /** The resources shared in the pole, by kind (its name) and by organisation. */
    public List<Counted> resourcesBy(PoleId poleId, boolean byKind) {
        var label = byKind ? RESOURCE.KIND.cast(String.class) : ORGANISATION.NAME;
        return db.select(label, DSL.count()).from(RESOURCE)
                .join(RESOURCE_POLE).on(RESOURCE_POLE.RESOURCE_ID.eq(RESOURCE.ID), RESOURCE_POLE.POLE_ID.eq(poleId))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(RESOURCE.ORGANISATION_ID))
                .groupBy(label).orderBy(DSL.count().desc(), label)
                .fetch(r -> new Counted(r.value1(), r.value2()));
    }

    /** A confirmed booking of the pole starting in the period: its resource, owner, booker, minutes and rate. */
    public record Booked(ResourceId resource, String resourceName, boolean staff, OrganisationId owner,
                         String ownerName, OrganisationId booker, String bookerName, Instant start, Instant end,
                         RateUnit rateUnit, long rateCents) {
    }

    /** The skills of the pole's staff resources that have some, by resource. */
    public Map<ResourceId, List<String>> staffSkills(PoleId poleId) {
        return db.select(RESOURCE.ID, RESOURCE.SKILLS).from(RESOURCE)
                .join(RESOURCE_POLE).on(RESOURCE_POLE.RESOURCE_ID.eq(RESOURCE.ID), RESOURCE_POLE.POLE_ID.eq(poleId))
                .where(RESOURCE.KIND.eq(org.coopole.resource.ResourceKind.STAFF), DSL.cardinality(RESOURCE.SKILLS).gt(0))
                .fetchMap(r -> r.value1(), r -> List.of(r.value2()));
    }

    public List<Booked> confirmed(PoleId poleId, Instant from, Instant to) {
        var owner = ORGANISATION.as("owner");
        var booker = ORGANISATION.as("booker");
        return db.select(RESOURCE.ID, RESOURCE.NAME, RESOURCE.KIND, owner.ID, owner.NAME, booker.ID, booker.NAME,
                        BOOKING.PERIOD, RESOURCE.RATE_UNIT, RESOURCE.RATE_CENTS)
                .from(BOOKING)
                .join(RESOURCE).on(RESOURCE.ID.eq(BOOKING.RESOURCE_ID))
                .join(owner).on(owner.ID.eq(RESOURCE.ORGANISATION_ID))
                .join(booker).on(booker.ID.eq(BOOKING.ORGANISATION_ID))
                // by the pole's resources, whose index on (resource, end, start) finds the period's bookings
                .where(BOOKING.RESOURCE_ID.in(poleResources(poleId)), BOOKING.POLE_ID.eq(poleId),
                        BOOKING.STATUS.eq(BookingStatus.CONFIRMED), BOOKING.ENDS_AT.gt(from.atOffset(ZoneOffset.UTC)),
                        BOOKING.STARTS_AT.ge(from.atOffset(ZoneOffset.UTC)), BOOKING.STARTS_AT.lt(to.atOffset(ZoneOffset.UTC)))
                .fetch(r -> new Booked(r.value1(), r.value2(), r.value3() == org.coopole.resource.ResourceKind.STAFF,
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8().lower().toInstant(),
                        r.value8().upper().toInstant(), r.value9(), r.value10()));
    }

    private static org.jooq.Select<org.jooq.Record1<ResourceId>> poleResources(PoleId poleId) {
        return DSL.select(RESOURCE_POLE.RESOURCE_ID).from(RESOURCE_POLE).where(RESOURCE_POLE.POLE_ID.eq(poleId));
    }

    /** Requests decided in the period: how many, how many declined, and the mean hours from request to decision. */
    public Object[] decided(PoleId poleId, Instant from, Instant to) {
        var hours = DSL.avg(DSL.extract(BOOKING.DECIDED_AT.minus(BOOKING.CREATED_AT), org.jooq.DatePart.EPOCH))
                .div(3600);
        var row = db.select(DSL.count(), DSL.count().filterWhere(BOOKING.STATUS.eq(BookingStatus.DECLINED)), hours)
                .from(BOOKING)
                .where(BOOKING.POLE_ID.eq(poleId), BOOKING.DECIDED_AT.isNotNull(), BOOKING.DECIDED_BY_PERSON_ID.isNotNull(),
                        BOOKING.STATUS.in(BookingStatus.CONFIRMED, BookingStatus.DECLINED),
                        BOOKING.DECIDED_AT.ge(from.atOffset(ZoneOffset.UTC)), BOOKING.DECIDED_AT.lt(to.atOffset(ZoneOffset.UTC)))
                .fetchOne();
        return new Object[] {row.value1(), row.value2(), row.value3()};
    }

    /** A resource of the pole with its owner, opening hours by weekday (1 = Monday) and closed days. */
    public record Opening(ResourceId resource, String name, String organisation, Map<Integer, List<LocalTime[]>> hours,
                          List<LocalDate[]> closures) {
    }

    public List<Opening> openings(PoleId poleId) {
        Map<ResourceId, Opening> all = new LinkedHashMap<>();
        db.select(RESOURCE.ID, RESOURCE.NAME, ORGANISATION.NAME).from(RESOURCE)
                .join(RESOURCE_POLE).on(RESOURCE_POLE.RESOURCE_ID.eq(RESOURCE.ID), RESOURCE_POLE.POLE_ID.eq(poleId))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(RESOURCE.ORGANISATION_ID))
                .orderBy(RESOURCE.NAME)
                .forEach(r -> all.put(r.value1(), new Opening(r.value1(), r.value2(), r.value3(), new LinkedHashMap<>(),
                        new ArrayList<>())));
        if (all.isEmpty()) {
            return List.of();
        }
        db.select(RESOURCE_OPENING.RESOURCE_ID, RESOURCE_OPENING.WEEKDAY, RESOURCE_OPENING.OPENS, RESOURCE_OPENING.CLOSES)
                .from(RESOURCE_OPENING).where(RESOURCE_OPENING.RESOURCE_ID.in(all.keySet()))
                .forEach(r -> all.get(r.value1()).hours().computeIfAbsent(r.value2().intValue(), d -> new ArrayList<>())
                        .add(new LocalTime[] {r.value3(), r.value4()}));
        db.select(RESOURCE_CLOSURE.RESOURCE_ID, RESOURCE_CLOSURE.FIRST_DAY, RESOURCE_CLOSURE.LAST_DAY)
                .from(RESOURCE_CLOSURE).where(RESOURCE_CLOSURE.RESOURCE_ID.in(all.keySet()))
                .forEach(r -> all.get(r.value1()).closures().add(new LocalDate[] {r.value2(), r.value3()}));
        return List.copyOf(all.values());
    }

    /** Staff hours entered by hand in the pole's projects, by organisation, for days in the period. */
    public Map<String, Long> enteredStaffMinutes(PoleId poleId, LocalDate from, LocalDate to) {
        Map<String, Long> minutes = new LinkedHashMap<>();
        db.select(ORGANISATION.NAME, DSL.sum(PROJECT_HOURS.MINUTES)).from(PROJECT_HOURS)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_HOURS.PROJECT_ID), PROJECT.POLE_ID.eq(poleId))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT_HOURS.ORGANISATION_ID))
                .where(PROJECT_HOURS.WORKED_ON.between(from, to))
                .groupBy(ORGANISATION.NAME)
                .forEach(r -> minutes.put(r.value1(), r.value2().longValue()));
        return minutes;
    }

    /** The pole's projects running at some time in the period ({@code null} dates reach it). */
    private org.jooq.Condition running(PoleId poleId, LocalDate from, LocalDate to) {
        return PROJECT.POLE_ID.eq(poleId).and(PROJECT.STARTS_ON.isNull().or(PROJECT.STARTS_ON.le(to)))
                .and(PROJECT.ENDS_ON.isNull().or(PROJECT.ENDS_ON.ge(from)));
    }

    public List<Counted> projectsByStatus(PoleId poleId, LocalDate from, LocalDate to) {
        return db.select(PROJECT.STATUS, DSL.count()).from(PROJECT).where(running(poleId, from, to))
                .groupBy(PROJECT.STATUS).orderBy(PROJECT.STATUS)
                .fetch(r -> new Counted(r.value1().name(), r.value2()));
    }

    public List<Counted> projectsByTheme(PoleId poleId, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        db.select(PROJECT.THEMES).from(PROJECT).where(running(poleId, from, to))
                .forEach(r -> {
                    if (r.value1() != null) {
                        for (String theme : r.value1()) {
                            counts.merge(theme, 1L, Long::sum);
                        }
                    }
                });
        return counts.entrySet().stream().map(e -> new Counted(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparingLong(Counted::count).reversed().thenComparing(Counted::label))
                .toList();
    }

    /** The mean number of partners per project running in the period, or null without any. */
    public java.math.BigDecimal partnersPerProject(PoleId poleId, LocalDate from, LocalDate to) {
        var partners = DSL.field(DSL.selectCount().from(PROJECT_PARTNER).where(PROJECT_PARTNER.PROJECT_ID.eq(PROJECT.ID)));
        return db.select(DSL.avg(partners)).from(PROJECT).where(running(poleId, from, to)).fetchOne(0,
                java.math.BigDecimal.class);
    }

    /** Outcome figures dated in the period, by kind and stage: code, name, unit, expected, achieved. */
    public List<Object[]> outcomes(PoleId poleId, LocalDate from, LocalDate to) {
        return db.select(OUTCOME_KIND.CODE, OUTCOME_KIND.NAME, OUTCOME_KIND.UNIT,
                        DSL.sum(PROJECT_OUTCOME.AMOUNT).filterWhere(PROJECT_OUTCOME.STAGE.eq(org.coopole.project.OutcomeStage.EXPECTED)),
                        DSL.sum(PROJECT_OUTCOME.AMOUNT).filterWhere(PROJECT_OUTCOME.STAGE.eq(org.coopole.project.OutcomeStage.ACHIEVED)))
                .from(PROJECT_OUTCOME)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_OUTCOME.PROJECT_ID), PROJECT.POLE_ID.eq(poleId))
                .join(OUTCOME_KIND).on(OUTCOME_KIND.ID.eq(PROJECT_OUTCOME.KIND_ID))
                .where(PROJECT_OUTCOME.ON_DATE.between(from, to))
                .groupBy(OUTCOME_KIND.ID, OUTCOME_KIND.CODE, OUTCOME_KIND.NAME, OUTCOME_KIND.UNIT, OUTCOME_KIND.POSITION)
                .orderBy(OUTCOME_KIND.POSITION, OUTCOME_KIND.NAME)
                .fetch(r -> new Object[] {r.value1(), r.value2(), r.value3().name(), r.value4(), r.value5()});
    }

    /** The actual budget lines of the projects running in the period: expenses, income, public money, own funds. */
    public long[] actualBudgets(PoleId poleId, LocalDate from, LocalDate to) {
        long[] sums = new long[4];
        db.select(PROJECT_BUDGET_LINE.DIRECTION, PROJECT_BUDGET_LINE.FUNDER_KIND, PROJECT_BUDGET_LINE.AMOUNT_CENTS)
                .from(PROJECT_BUDGET_LINE)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_BUDGET_LINE.PROJECT_ID))
                .where(running(poleId, from, to), PROJECT_BUDGET_LINE.STAGE.eq("ACTUAL"))
                .forEach(r -> {
                    if (r.value1().equals("EXPENSE")) {
                        sums[0] += r.value3();
                        return;
                    }
                    sums[1] += r.value3();
                    FunderKind funder = r.value2();
                    if (funder != null && funder.isPublic()) {
                        sums[2] += r.value3();
                    }
                    if (funder == FunderKind.OWN_FUNDS || funder == FunderKind.IN_KIND) {
                        sums[3] += r.value3();
                    }
                });
        return sums;
    }

    // ---- snapshots ---------------------------------------------------------------------------------------------

    @org.springframework.transaction.annotation.Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public java.util.UUID freeze(PoleId poleId, String title, LocalDate from, LocalDate to, String figures,
                                 org.coopole.common.PersonId by) {
        var snapshot = org.coopole.db.Tables.INDICATOR_SNAPSHOT;
        return db.insertInto(snapshot).set(snapshot.POLE_ID, poleId).set(snapshot.TITLE, title)
                .set(snapshot.PERIOD_FROM, from).set(snapshot.PERIOD_TO, to)
                .set(snapshot.FIGURES, org.jooq.JSONB.valueOf(figures)).set(snapshot.CREATED_BY_PERSON_ID, by)
                .returning(snapshot.ID).fetchOne(snapshot.ID);
    }

    public List<org.coopole.indicators.Snapshot.Listed> snapshots(PoleId poleId) {
        var snapshot = org.coopole.db.Tables.INDICATOR_SNAPSHOT;
        var person = org.coopole.db.Tables.PERSON;
        return db.select(snapshot.ID, snapshot.TITLE, snapshot.PERIOD_FROM, snapshot.PERIOD_TO, snapshot.CREATED_AT,
                        person.FIRST_NAME, person.LAST_NAME)
                .from(snapshot).join(person).on(person.ID.eq(snapshot.CREATED_BY_PERSON_ID))
                .where(snapshot.POLE_ID.eq(poleId))
                .orderBy(snapshot.CREATED_AT.desc(), snapshot.ID)
                .limit(200)
                .fetch(r -> new org.coopole.indicators.Snapshot.Listed(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5().toInstant(), r.value6() + " " + r.value7()));
    }

    /** A snapshot's title, when and by whom, and its figures as JSON; empty for another pole's. */
    public java.util.Optional<Object[]> snapshot(PoleId poleId, java.util.UUID id) {
        var snapshot = org.coopole.db.Tables.INDICATOR_SNAPSHOT;
        var person = org.coopole.db.Tables.PERSON;
        return db.select(snapshot.TITLE, snapshot.CREATED_AT, person.FIRST_NAME, person.LAST_NAME, snapshot.FIGURES)
                .from(snapshot).join(person).on(person.ID.eq(snapshot.CREATED_BY_PERSON_ID))
                .where(snapshot.ID.eq(id), snapshot.POLE_ID.eq(poleId))
                .fetchOptional(r -> new Object[] {r.value1(), r.value2().toInstant(), r.value3() + " " + r.value4(),
                        r.value5().data()});
    }
}
