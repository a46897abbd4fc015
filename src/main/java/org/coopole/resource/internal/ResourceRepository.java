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
import org.coopole.resource.BookingRules;
import org.coopole.resource.Closure;
import org.coopole.resource.OpeningHours;
import org.coopole.resource.Photo;
import org.coopole.resource.Resource;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.POLE;
import static org.coopole.db.Tables.RESOURCE_CLOSURE;
import static org.coopole.db.Tables.RESOURCE_OPENING;
import static org.coopole.db.Tables.RESOURCE_PHOTO;
import static org.coopole.db.Tables.RESOURCE_POLES;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.RESOURCE;
import static org.coopole.db.Tables.RESOURCE_POLE;
import static org.jooq.impl.DSL.and;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
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
                .set(RESOURCE.BOOKING_UNIT, policy.unit())
                .set(RESOURCE.WAITLIST_HOLD_MINUTES, policy.waitlistHoldMinutes())
                .where(ours(id, manager))
                .execute() > 0;
    }

    /** The catalogue's cards, each with the rules that decide whether it can be booked. */
    public List<Map.Entry<ResourceCard, BookingRules>> catalogue(PoleId poleId, CatalogueQuery query, Instant now) {
        return db.select(CARD_AND_RULES)
                .from(RESOURCE)
                .join(RESOURCE_POLE).on(RESOURCE_POLE.RESOURCE_ID.eq(RESOURCE.ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(RESOURCE.ORGANISATION_ID))
                .join(POLE).on(POLE.ID.eq(RESOURCE_POLE.POLE_ID))
                .where(matching(poleId, query, now))
                .orderBy(lower(RESOURCE.NAME), RESOURCE.ID)
                .fetch(r -> Map.entry(card(r), rules(r)));
    }

    /** A resource shared in the pole, or one of the manager's organisation (archived ones included). */
    public Optional<Resource> find(PoleId poleId, ResourceId id) {
        return db.select(DETAILS_AND_RULES)
                .from(RESOURCE)
                .join(RESOURCE_POLE).on(RESOURCE_POLE.RESOURCE_ID.eq(RESOURCE.ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(RESOURCE.ORGANISATION_ID))
                .join(POLE).on(POLE.ID.eq(RESOURCE_POLE.POLE_ID))
                .where(RESOURCE.ID.eq(id), RESOURCE_POLE.POLE_ID.eq(poleId))
                .fetchOptional(r -> new Resource(r.get(RESOURCE.ID), r.get(RESOURCE.ORGANISATION_ID),
                        r.get(ORGANISATION.NAME), new ResourceData(r.get(RESOURCE.KIND), r.get(RESOURCE.NAME),
                                r.get(RESOURCE.DESCRIPTION), r.get(RESOURCE.APPROVAL_REQUIRED)),
                        r.get(RESOURCE.STATUS),
                        new ResourceDetails(r.get(RESOURCE.LOCATION), r.get(RESOURCE.CAPACITY),
                                r.get(RESOURCE.ACCESSIBILITY), r.get(TAGS), r.get(RESOURCE.RATE_UNIT),
                                r.get(RESOURCE.RATE_CENTS)),
                        Arrays.asList(r.get(RESOURCE.SKILLS)), r.get(PHOTOS), rules(r)));
    }

    /** The booking rules of an active resource shared in the pole (a booking's first read: nothing more). */
    public Optional<BookingRules> activeRules(PoleId poleId, ResourceId id) {
        return db.select(RULES)
                .from(RESOURCE)
                .join(RESOURCE_POLE).on(RESOURCE_POLE.RESOURCE_ID.eq(RESOURCE.ID))
                .join(POLE).on(POLE.ID.eq(RESOURCE_POLE.POLE_ID))
                .where(RESOURCE.ID.eq(id), RESOURCE_POLE.POLE_ID.eq(poleId), RESOURCE.STATUS.eq(ResourceStatus.ACTIVE))
                .fetchOptional(ResourceRepository::rules);
    }

    private static final Field<Integer> CLOSING_MINUTE = org.jooq.impl.DSL.field(
            "(extract(epoch from {0}) / 60)::int", org.jooq.impl.SQLDataType.INTEGER, RESOURCE_OPENING.CLOSES);
    private static final Field<List<OpeningHours>> OPENINGS = multiset(
            // the closing time as minutes of the day: 24:00 (open until midnight) is 1440, which no LocalTime holds
            select(RESOURCE_OPENING.WEEKDAY, RESOURCE_OPENING.OPENS, CLOSING_MINUTE)
                    .from(RESOURCE_OPENING).where(RESOURCE_OPENING.RESOURCE_ID.eq(RESOURCE.ID))
                    .orderBy(RESOURCE_OPENING.WEEKDAY, RESOURCE_OPENING.OPENS))
            .convertFrom(r -> r.map(o -> new OpeningHours(DayOfWeek.of(o.value1()), o.value2(),
                    o.value3() >= 1440 ? java.time.LocalTime.MAX : java.time.LocalTime.ofSecondOfDay(o.value3() * 60L))));
    private static final Field<List<Closure>> CLOSURES = multiset(
            select(RESOURCE_CLOSURE.FIRST_DAY, RESOURCE_CLOSURE.LAST_DAY, RESOURCE_CLOSURE.REASON)
                    .from(RESOURCE_CLOSURE).where(RESOURCE_CLOSURE.RESOURCE_ID.eq(RESOURCE.ID))
                    .orderBy(RESOURCE_CLOSURE.FIRST_DAY))
            .convertFrom(r -> r.map(c -> new Closure(c.value1(), c.value2(), c.value3())));
    private static final Field<ZoneId> ZONE = POLE.TIME_ZONE.convertFrom(ZoneId::of);
    private static final Field<List<String>> TAGS = RESOURCE.TAGS.convertFrom(tags -> Arrays.asList(tags));
    private static final Field<List<Integer>> PHOTOS = multiset(select(RESOURCE_PHOTO.POSITION).from(RESOURCE_PHOTO)
            .where(RESOURCE_PHOTO.RESOURCE_ID.eq(RESOURCE.ID)).orderBy(RESOURCE_PHOTO.POSITION))
            .convertFrom(r -> r.map(p -> p.value1().intValue()));
    private static final Field<Integer> FIRST_PHOTO = field(select(min(RESOURCE_PHOTO.POSITION)).from(RESOURCE_PHOTO)
            .where(RESOURCE_PHOTO.RESOURCE_ID.eq(RESOURCE.ID))).convertFrom(p -> p == null ? null : p.intValue());

    /*
     * The columns of the rules of a resource (read with the pole's time zone) and of its catalogue card (the row must
     * join its owner organisation), selected flat and built once: as nested rows PostgreSQL returned them as text
     * that jOOQ parsed back, which cost more than the catalogue's own SQL (bench/).
     */
    private static final List<SelectField<?>> RULES = List.of(RESOURCE.ID, RESOURCE.NAME, RESOURCE.APPROVAL_REQUIRED,
            RESOURCE.MIN_MINUTES, RESOURCE.MAX_MINUTES, RESOURCE.LEAD_MINUTES, RESOURCE.HORIZON_DAYS,
            RESOURCE.WAITLIST_HOLD_MINUTES,
            RESOURCE.BOOKING_UNIT, OPENINGS, CLOSURES, RESOURCE.WEEKLY_CAP_MINUTES, ZONE);
    private static final List<SelectField<?>> CARD = List.of(RESOURCE.ID, RESOURCE.NAME, RESOURCE.KIND,
            RESOURCE.ORGANISATION_ID, ORGANISATION.NAME, RESOURCE.APPROVAL_REQUIRED, RESOURCE.STATUS, RESOURCE.CAPACITY,
            TAGS, RESOURCE.RATE_UNIT, RESOURCE.RATE_CENTS, FIRST_PHOTO);
    private static final List<SelectField<?>> CARD_AND_RULES = union(CARD, RULES);
    private static final List<SelectField<?>> DETAILS_AND_RULES = union(RULES, List.of(RESOURCE.ORGANISATION_ID,
            ORGANISATION.NAME, RESOURCE.KIND, RESOURCE.DESCRIPTION, RESOURCE.STATUS, RESOURCE.LOCATION,
            RESOURCE.CAPACITY, RESOURCE.ACCESSIBILITY, TAGS, RESOURCE.RATE_UNIT, RESOURCE.RATE_CENTS, RESOURCE.SKILLS,
            PHOTOS));

    /** Both lists' columns, each once. */
    private static List<SelectField<?>> union(List<SelectField<?>> first, List<SelectField<?>> second) {
        LinkedHashSet<SelectField<?>> columns = new LinkedHashSet<>(first);
        columns.addAll(second);
        return List.copyOf(columns);
    }

    private static BookingRules rules(Record r) {
        return new BookingRules(r.get(RESOURCE.ID), r.get(RESOURCE.NAME), r.get(RESOURCE.APPROVAL_REQUIRED),
                new BookingPolicy(r.get(RESOURCE.MIN_MINUTES), r.get(RESOURCE.MAX_MINUTES), r.get(RESOURCE.LEAD_MINUTES),
                        r.get(RESOURCE.HORIZON_DAYS), r.get(RESOURCE.BOOKING_UNIT), r.get(RESOURCE.WAITLIST_HOLD_MINUTES)),
                r.get(OPENINGS), r.get(CLOSURES), r.get(RESOURCE.WEEKLY_CAP_MINUTES), r.get(ZONE));
    }

    private static ResourceCard card(Record r) {
        return new ResourceCard(r.get(RESOURCE.ID), r.get(RESOURCE.NAME), r.get(RESOURCE.KIND),
                r.get(RESOURCE.ORGANISATION_ID), r.get(ORGANISATION.NAME), r.get(RESOURCE.APPROVAL_REQUIRED),
                r.get(RESOURCE.STATUS), r.get(RESOURCE.CAPACITY), r.get(TAGS), r.get(RESOURCE.RATE_UNIT),
                r.get(RESOURCE.RATE_CENTS), r.get(FIRST_PHOTO));
    }

    /** Minutes of the resource's live bookings within [from, to), for weekly caps. */
    public long bookedMinutes(ResourceId id, Instant from, Instant to) {
        Integer minutes = Routines.resourceBookedMinutes(db.configuration(), id, utc(from), utc(to));
        return minutes == null ? 0 : minutes;
    }

    public ZoneId timeZone(PoleId poleId) {
        return ZoneId.of(db.select(POLE.TIME_ZONE).from(POLE).where(POLE.ID.eq(poleId)).fetchSingle(POLE.TIME_ZONE));
    }

    /** The resources of the manager's organisation, archived ones last. */
    public List<ResourceCard> ofOrganisation(PersonId manager) {
        return db.select(CARD)
                .from(RESOURCE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(RESOURCE.ORGANISATION_ID))
                .where(RESOURCE.ORGANISATION_ID.eq(organisationOf(manager)))
                .orderBy(RESOURCE.STATUS.eq(ResourceStatus.ARCHIVED), lower(RESOURCE.NAME), RESOURCE.ID)
                .fetch(ResourceRepository::card);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(ResourceId id, PersonId manager, ResourceData data) {
        return db.update(RESOURCE)
                .set(RESOURCE.KIND, data.kind())
                .set(RESOURCE.NAME, data.name())
                .set(RESOURCE.DESCRIPTION, data.description())
                .set(RESOURCE.APPROVAL_REQUIRED, data.approvalRequired())
                // only staff has a weekly cap
                .set(RESOURCE.WEEKLY_CAP_MINUTES, data.kind() == org.coopole.resource.ResourceKind.STAFF
                        ? RESOURCE.WEEKLY_CAP_MINUTES : inline((Integer) null))
                .where(ours(id, manager))
                .execute() > 0;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean setStaff(ResourceId id, PersonId manager, List<String> skills, Integer weeklyCapMinutes) {
        return db.update(RESOURCE)
                .set(RESOURCE.SKILLS, skills.toArray(String[]::new))
                .set(RESOURCE.WEEKLY_CAP_MINUTES, weeklyCapMinutes)
                .where(ours(id, manager), RESOURCE.KIND.eq(org.coopole.resource.ResourceKind.STAFF))
                .execute() > 0;
    }

    /** The resources shared in the pole, by name: all of them ({@code of} null) or one organisation's. */
    public java.util.Map<ResourceId, String> names(PoleId poleId, org.coopole.common.OrganisationId of) {
        java.util.Map<ResourceId, String> all = new java.util.LinkedHashMap<>();
        var where = RESOURCE.ID.in(org.jooq.impl.DSL.select(RESOURCE_POLE.RESOURCE_ID).from(RESOURCE_POLE)
                .where(RESOURCE_POLE.POLE_ID.eq(poleId)));
        if (of != null) {
            where = where.and(RESOURCE.ORGANISATION_ID.eq(of));
        }
        db.select(RESOURCE.ID, RESOURCE.NAME).from(RESOURCE).where(where).orderBy(RESOURCE.NAME)
                .forEach(r -> all.put(r.value1(), r.value2()));
        return all;
    }

    /** Replaces the opening hours (row security lets only the owner organisation write them). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setOpeningHours(ResourceId id, List<OpeningHours> hours) {
        db.deleteFrom(RESOURCE_OPENING).where(RESOURCE_OPENING.RESOURCE_ID.eq(id)).execute();
        if (!hours.isEmpty()) {
            var insert = db.insertInto(RESOURCE_OPENING, RESOURCE_OPENING.RESOURCE_ID, RESOURCE_OPENING.WEEKDAY,
                    RESOURCE_OPENING.OPENS, RESOURCE_OPENING.CLOSES);
            for (OpeningHours h : hours) {
                insert = insert.values(org.jooq.impl.DSL.val(id), org.jooq.impl.DSL.val((short) h.day().getValue()),
                        org.jooq.impl.DSL.val(h.opens()), h.closes().equals(java.time.LocalTime.MAX)
                                // midnight at the end of the day: PostgreSQL's time '24:00', which LocalTime lacks
                                ? org.jooq.impl.DSL.cast(org.jooq.impl.DSL.val("24:00"),
                                RESOURCE_OPENING.CLOSES.getDataType())
                                : org.jooq.impl.DSL.val(h.closes()));
            }
            insert.execute();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setClosures(ResourceId id, List<Closure> closures) {
        db.deleteFrom(RESOURCE_CLOSURE).where(RESOURCE_CLOSURE.RESOURCE_ID.eq(id)).execute();
        if (!closures.isEmpty()) {
            var insert = db.insertInto(RESOURCE_CLOSURE, RESOURCE_CLOSURE.RESOURCE_ID, RESOURCE_CLOSURE.FIRST_DAY,
                    RESOURCE_CLOSURE.LAST_DAY, RESOURCE_CLOSURE.REASON);
            for (Closure c : closures) {
                insert = insert.values(id, c.firstDay(), c.lastDay(), c.reason());
            }
            insert.execute();
        }
    }

    public boolean ownedBy(ResourceId id, PersonId manager) {
        return db.fetchExists(RESOURCE, ours(id, manager));
    }

    /** Adds a photo at the first free position; false when the resource has five already. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean addPhoto(ResourceId id, Photo photo, byte[] thumbnail) {
        List<Short> taken = db.select(RESOURCE_PHOTO.POSITION).from(RESOURCE_PHOTO)
                .where(RESOURCE_PHOTO.RESOURCE_ID.eq(id)).fetch(RESOURCE_PHOTO.POSITION);
        for (short position = 1; position <= Photo.MAX_PHOTOS; position++) {
            if (!taken.contains(position)) {
                db.insertInto(RESOURCE_PHOTO)
                        .set(RESOURCE_PHOTO.RESOURCE_ID, id)
                        .set(RESOURCE_PHOTO.POSITION, position)
                        .set(RESOURCE_PHOTO.CONTENT_TYPE, photo.contentType())
                        .set(RESOURCE_PHOTO.BYTES, photo.bytes())
                        .set(RESOURCE_PHOTO.THUMBNAIL, thumbnail)
                        .execute();
                return true;
            }
        }
        return false;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void removePhoto(ResourceId id, int position) {
        db.deleteFrom(RESOURCE_PHOTO)
                .where(RESOURCE_PHOTO.RESOURCE_ID.eq(id), RESOURCE_PHOTO.POSITION.eq((short) position)).execute();
    }

    /** A photo of a resource the person sees, whole or as its thumbnail. */
    public Optional<Photo> photo(PoleId poleId, ResourceId id, int position, boolean thumbnail) {
        return db.select(thumbnail ? inline("image/jpeg") : RESOURCE_PHOTO.CONTENT_TYPE,
                        thumbnail ? RESOURCE_PHOTO.THUMBNAIL : RESOURCE_PHOTO.BYTES)
                .from(RESOURCE_PHOTO)
                .join(RESOURCE_POLE).on(RESOURCE_POLE.RESOURCE_ID.eq(RESOURCE_PHOTO.RESOURCE_ID))
                .where(RESOURCE_PHOTO.RESOURCE_ID.eq(id), RESOURCE_PHOTO.POSITION.eq((short) position),
                        RESOURCE_POLE.POLE_ID.eq(poleId))
                .fetchOptional(r -> new Photo(r.value1(), r.value2()));
    }

    /** Chooses the poles a resource is shared in (the database checks who asks and which poles). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void shareIn(ResourceId id, List<PoleId> poles) {
        Routines.shareResourceIn(db.configuration(), id.value(), poles.stream().map(PoleId::value).toArray(UUID[]::new));
    }

    public List<PoleId> sharedIn(ResourceId id) {
        return db.select(RESOURCE_POLES.POLE_ID).from(RESOURCE_POLES.call(id.value())).fetch(RESOURCE_POLES.POLE_ID);
    }

    /** The resource, if it belongs to the manager's organisation. */
    private static Condition ours(ResourceId id, PersonId manager) {
        return RESOURCE.ID.eq(id).and(RESOURCE.ORGANISATION_ID.eq(organisationOf(manager)));
    }

    private static Field<org.coopole.common.OrganisationId> organisationOf(PersonId person) {
        return field(select(PERSON.ORGANISATION_ID).from(PERSON).where(PERSON.ID.eq(person)));
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
        if (query.owner() != null) {
            conditions.add(RESOURCE.ORGANISATION_ID.eq(query.owner()));
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
                .where(ours(id, manager), RESOURCE.STATUS.ne(ResourceStatus.ARCHIVED))
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
                .where(ours(id, manager))
                .execute() > 0;
    }
}
