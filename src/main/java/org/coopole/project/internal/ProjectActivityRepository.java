package org.coopole.project.internal;

import org.coopole.common.BookingId;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.project.Choice;
import org.coopole.project.HoursData;
import org.coopole.project.HoursLedger;
import org.coopole.project.JournalEntry;
import org.coopole.project.Milestone;
import org.coopole.project.Outcome;
import org.coopole.project.OutcomeData;
import org.coopole.project.OutcomeKind;
import org.coopole.project.OutcomeUnit;
import org.coopole.project.ProjectFile;
import org.coopole.project.ProjectId;
import org.coopole.project.ProjectStatus;
import org.coopole.project.UsedBooking;
import org.coopole.resource.ResourceKind;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.coopole.db.Tables.BOOKING;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.OUTCOME_KIND;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.PROJECT;
import static org.coopole.db.Tables.PROJECT_HOURS;
import static org.coopole.db.Tables.PROJECT_JOURNAL_ATTACHMENT;
import static org.coopole.db.Tables.PROJECT_JOURNAL_ENTRY;
import static org.coopole.db.Tables.PROJECT_MILESTONE;
import static org.coopole.db.Tables.PROJECT_OUTCOME;
import static org.coopole.db.Tables.PROJECT_PARTNER;
import static org.coopole.db.Tables.RESOURCE;

/** A project's outcomes, milestones, journal, hours and the bookings made for it; row security has the last word. */
@Repository
public class ProjectActivityRepository {

    private final DSLContext db;

    ProjectActivityRepository(DSLContext db) {
        this.db = db;
    }

    // ---- outcomes ------------------------------------------------------------------------------------------------

    /** Coopole's kinds first, in their order, then the pole's by name. */
    public List<OutcomeKind> outcomeKinds(PoleId poleId) {
        return db.select(OUTCOME_KIND.ID, OUTCOME_KIND.CODE, OUTCOME_KIND.NAME, OUTCOME_KIND.UNIT)
                .from(OUTCOME_KIND)
                .where(OUTCOME_KIND.POLE_ID.isNull().or(OUTCOME_KIND.POLE_ID.eq(poleId)))
                .orderBy(OUTCOME_KIND.POSITION, OUTCOME_KIND.NAME)
                .fetch(r -> new OutcomeKind(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public boolean outcomeKindNamed(PoleId poleId, String name) {
        return db.fetchExists(OUTCOME_KIND, OUTCOME_KIND.POLE_ID.eq(poleId),
                DSL.lower(OUTCOME_KIND.NAME).eq(name.toLowerCase(java.util.Locale.ROOT)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID addOutcomeKind(PoleId poleId, String name, OutcomeUnit unit) {
        return db.insertInto(OUTCOME_KIND).set(OUTCOME_KIND.POLE_ID, poleId).set(OUTCOME_KIND.NAME, name)
                .set(OUTCOME_KIND.UNIT, unit).returning(OUTCOME_KIND.ID).fetchOne(OUTCOME_KIND.ID);
    }

    public boolean outcomeKindOf(PoleId poleId, UUID kind) {
        return db.fetchExists(OUTCOME_KIND, OUTCOME_KIND.ID.eq(kind),
                OUTCOME_KIND.POLE_ID.isNull().or(OUTCOME_KIND.POLE_ID.eq(poleId)));
    }

    /**
     * The project's outcomes, by kind then date; {@code removable} for the project's editors and for the managers of
     * the organisation that reported one.
     */
    public List<Outcome> outcomes(ProjectId id, boolean editor, OrganisationId managerOf) {
        return db.select(PROJECT_OUTCOME.ID, OUTCOME_KIND.ID, OUTCOME_KIND.CODE, OUTCOME_KIND.NAME, OUTCOME_KIND.UNIT,
                        PROJECT_OUTCOME.ORGANISATION_ID, ORGANISATION.NAME, PROJECT_OUTCOME.STAGE,
                        PROJECT_OUTCOME.AMOUNT, PROJECT_OUTCOME.ON_DATE, PROJECT_OUTCOME.NOTE)
                .from(PROJECT_OUTCOME)
                .join(OUTCOME_KIND).on(OUTCOME_KIND.ID.eq(PROJECT_OUTCOME.KIND_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT_OUTCOME.ORGANISATION_ID))
                .where(PROJECT_OUTCOME.PROJECT_ID.eq(id))
                .orderBy(OUTCOME_KIND.POSITION, OUTCOME_KIND.NAME, PROJECT_OUTCOME.STAGE.desc(),
                        PROJECT_OUTCOME.ON_DATE, PROJECT_OUTCOME.ID)
                .fetch(r -> new Outcome(r.value1(), new OutcomeKind(r.value2(), r.value3(), r.value4(), r.value5()),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(),
                        editor || r.value6().equals(managerOf)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID addOutcome(ProjectId id, OutcomeData outcome, PersonId by) {
        return db.insertInto(PROJECT_OUTCOME)
                .set(PROJECT_OUTCOME.PROJECT_ID, id)
                .set(PROJECT_OUTCOME.KIND_ID, outcome.kind())
                .set(PROJECT_OUTCOME.ORGANISATION_ID, outcome.organisation())
                .set(PROJECT_OUTCOME.STAGE, outcome.stage())
                .set(PROJECT_OUTCOME.AMOUNT, outcome.amount())
                .set(PROJECT_OUTCOME.ON_DATE, outcome.on())
                .set(PROJECT_OUTCOME.NOTE, outcome.note())
                .set(PROJECT_OUTCOME.REPORTED_BY_PERSON_ID, by)
                .returning(PROJECT_OUTCOME.ID).fetchOne(PROJECT_OUTCOME.ID);
    }

    /** The project and reporting organisation of an outcome, within the pole. */
    public Optional<Owned> outcome(PoleId poleId, UUID outcome) {
        return db.select(PROJECT_OUTCOME.PROJECT_ID, PROJECT_OUTCOME.ORGANISATION_ID).from(PROJECT_OUTCOME)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_OUTCOME.PROJECT_ID))
                .where(PROJECT_OUTCOME.ID.eq(outcome), PROJECT.POLE_ID.eq(poleId))
                .fetchOptional(r -> new Owned(r.value1(), r.value2()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean removeOutcome(UUID outcome) {
        return db.deleteFrom(PROJECT_OUTCOME).where(PROJECT_OUTCOME.ID.eq(outcome)).execute() == 1;
    }

    /** A row of a project, with the organisation it is of. */
    public record Owned(ProjectId project, OrganisationId organisation) {
    }

    // ---- milestones ----------------------------------------------------------------------------------------------

    public List<Milestone> milestones(ProjectId id) {
        return db.select(PROJECT_MILESTONE.ID, PROJECT_MILESTONE.TITLE, PROJECT_MILESTONE.DUE_ON,
                        PROJECT_MILESTONE.DONE_ON)
                .from(PROJECT_MILESTONE)
                .where(PROJECT_MILESTONE.PROJECT_ID.eq(id))
                .orderBy(PROJECT_MILESTONE.DUE_ON, PROJECT_MILESTONE.ID)
                .fetch(r -> new Milestone(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID addMilestone(ProjectId id, String title, LocalDate dueOn) {
        return db.insertInto(PROJECT_MILESTONE).set(PROJECT_MILESTONE.PROJECT_ID, id)
                .set(PROJECT_MILESTONE.TITLE, title).set(PROJECT_MILESTONE.DUE_ON, dueOn)
                .returning(PROJECT_MILESTONE.ID).fetchOne(PROJECT_MILESTONE.ID);
    }

    public Optional<ProjectId> projectOfMilestone(PoleId poleId, UUID milestone) {
        return db.select(PROJECT_MILESTONE.PROJECT_ID).from(PROJECT_MILESTONE)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_MILESTONE.PROJECT_ID))
                .where(PROJECT_MILESTONE.ID.eq(milestone), PROJECT.POLE_ID.eq(poleId))
                .fetchOptional(PROJECT_MILESTONE.PROJECT_ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markMilestone(UUID milestone, LocalDate doneOn) {
        return db.update(PROJECT_MILESTONE).set(PROJECT_MILESTONE.DONE_ON, doneOn)
                .where(PROJECT_MILESTONE.ID.eq(milestone)).execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean removeMilestone(UUID milestone) {
        return db.deleteFrom(PROJECT_MILESTONE).where(PROJECT_MILESTONE.ID.eq(milestone)).execute() == 1;
    }

    /**
     * Writes the milestone reminders due on that day in every pole (a definer function: the job acts for nobody) and
     * returns each notification written, with what its email needs.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<org.coopole.notification.WrittenNotification> notifyDueMilestones(LocalDate today) {
        return db.selectFrom(org.coopole.db.Routines.notifyDueMilestones(today))
                .fetch(r -> new org.coopole.notification.WrittenNotification(r.getPoleId(), r.getPersonId(),
                        r.getEmail(), org.coopole.common.Language.valueOf(r.getLanguage().toString()),
                        org.coopole.notification.Delivery.valueOf(r.getDelivery()),
                        org.coopole.notification.NotificationKind.valueOf(r.getKind().toString()),
                        JSON.readValue(r.getParams().data(), PARAMS)));
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();
    private static final tools.jackson.core.type.TypeReference<Map<String, String>> PARAMS =
            new tools.jackson.core.type.TypeReference<>() {
            };

    // ---- journal -------------------------------------------------------------------------------------------------

    public List<JournalEntry> journal(ProjectId id, PersonId reader, boolean animator, Instant now) {
        var author = PERSON.as("author");
        var entries = db.select(PROJECT_JOURNAL_ENTRY.ID, author.FIRST_NAME, author.LAST_NAME, ORGANISATION.NAME,
                        PROJECT_JOURNAL_ENTRY.WRITTEN_ON, PROJECT_JOURNAL_ENTRY.BODY, PROJECT_JOURNAL_ENTRY.PINNED,
                        PROJECT_JOURNAL_ENTRY.CREATED_AT, PROJECT_JOURNAL_ENTRY.EDITED_AT,
                        PROJECT_JOURNAL_ENTRY.AUTHOR_PERSON_ID)
                .from(PROJECT_JOURNAL_ENTRY)
                .join(author).on(author.ID.eq(PROJECT_JOURNAL_ENTRY.AUTHOR_PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT_JOURNAL_ENTRY.ORGANISATION_ID))
                .where(PROJECT_JOURNAL_ENTRY.PROJECT_ID.eq(id))
                .orderBy(PROJECT_JOURNAL_ENTRY.PINNED.desc(), PROJECT_JOURNAL_ENTRY.WRITTEN_ON.desc(),
                        PROJECT_JOURNAL_ENTRY.CREATED_AT.desc())
                .limit(200)
                .fetch();
        Map<UUID, List<JournalEntry.File>> files = new LinkedHashMap<>();
        if (!entries.isEmpty()) {
            db.select(PROJECT_JOURNAL_ATTACHMENT.ENTRY_ID, PROJECT_JOURNAL_ATTACHMENT.ID,
                            PROJECT_JOURNAL_ATTACHMENT.FILE_NAME, PROJECT_JOURNAL_ATTACHMENT.MEDIA_TYPE,
                            PROJECT_JOURNAL_ATTACHMENT.SIZE_BYTES)
                    .from(PROJECT_JOURNAL_ATTACHMENT)
                    .where(PROJECT_JOURNAL_ATTACHMENT.PROJECT_ID.eq(id))
                    .orderBy(PROJECT_JOURNAL_ATTACHMENT.ENTRY_ID, PROJECT_JOURNAL_ATTACHMENT.POSITION)
                    .forEach(f -> files.computeIfAbsent(f.value1(), e -> new ArrayList<>())
                            .add(new JournalEntry.File(f.value2(), f.value3(), f.value4(), f.value5())));
        }
        Instant editableSince = now.minus(java.time.Duration.ofDays(1));
        return entries.map(r -> new JournalEntry(r.value1(), r.value2() + " " + r.value3(), r.value4(), r.value5(),
                r.value6(), r.value7(), r.value8().toInstant(), r.value9() == null ? null : r.value9().toInstant(),
                r.value10().equals(reader) && r.value8().toInstant().isAfter(editableSince), animator,
                files.getOrDefault(r.value1(), List.of())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID write(ProjectId id, PersonId author, OrganisationId organisation, LocalDate writtenOn, String body,
                      List<org.coopole.common.Attachments.Checked> files) {
        UUID entry = db.insertInto(PROJECT_JOURNAL_ENTRY)
                .set(PROJECT_JOURNAL_ENTRY.PROJECT_ID, id)
                .set(PROJECT_JOURNAL_ENTRY.AUTHOR_PERSON_ID, author)
                .set(PROJECT_JOURNAL_ENTRY.ORGANISATION_ID, organisation)
                .set(PROJECT_JOURNAL_ENTRY.WRITTEN_ON, writtenOn)
                .set(PROJECT_JOURNAL_ENTRY.BODY, body)
                .returning(PROJECT_JOURNAL_ENTRY.ID).fetchOne(PROJECT_JOURNAL_ENTRY.ID);
        if (!files.isEmpty()) {
            var insert = db.insertInto(PROJECT_JOURNAL_ATTACHMENT, PROJECT_JOURNAL_ATTACHMENT.ENTRY_ID,
                    PROJECT_JOURNAL_ATTACHMENT.PROJECT_ID, PROJECT_JOURNAL_ATTACHMENT.FILE_NAME,
                    PROJECT_JOURNAL_ATTACHMENT.MEDIA_TYPE, PROJECT_JOURNAL_ATTACHMENT.SIZE_BYTES,
                    PROJECT_JOURNAL_ATTACHMENT.CONTENT, PROJECT_JOURNAL_ATTACHMENT.POSITION);
            for (int i = 0; i < files.size(); i++) {
                var file = files.get(i);
                insert = insert.values(entry, id, file.fileName(), file.mediaType(), file.content().length,
                        file.content(), (short) i);
            }
            insert.execute();
        }
        return entry;
    }

    /** An entry's project, author and when it was written, within the pole. */
    public record Written(ProjectId project, PersonId author, Instant createdAt) {
    }

    public Optional<Written> entry(PoleId poleId, UUID entry) {
        return db.select(PROJECT_JOURNAL_ENTRY.PROJECT_ID, PROJECT_JOURNAL_ENTRY.AUTHOR_PERSON_ID,
                        PROJECT_JOURNAL_ENTRY.CREATED_AT)
                .from(PROJECT_JOURNAL_ENTRY)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_JOURNAL_ENTRY.PROJECT_ID))
                .where(PROJECT_JOURNAL_ENTRY.ID.eq(entry), PROJECT.POLE_ID.eq(poleId))
                .fetchOptional(r -> new Written(r.value1(), r.value2(), r.value3().toInstant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean edit(UUID entry, String body, LocalDate writtenOn) {
        return db.update(PROJECT_JOURNAL_ENTRY).set(PROJECT_JOURNAL_ENTRY.BODY, body)
                .set(PROJECT_JOURNAL_ENTRY.WRITTEN_ON, writtenOn)
                .set(PROJECT_JOURNAL_ENTRY.EDITED_AT, OffsetDateTime.now())
                .where(PROJECT_JOURNAL_ENTRY.ID.eq(entry)).execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean pin(UUID entry, boolean pinned) {
        return db.update(PROJECT_JOURNAL_ENTRY).set(PROJECT_JOURNAL_ENTRY.PINNED, pinned)
                .where(PROJECT_JOURNAL_ENTRY.ID.eq(entry)).execute() == 1;
    }

    /** A journal file the reader may read (row security: the project's organisations and animators). */
    public Optional<ProjectFile> file(PoleId poleId, UUID file) {
        return db.select(PROJECT_JOURNAL_ATTACHMENT.FILE_NAME, PROJECT_JOURNAL_ATTACHMENT.MEDIA_TYPE,
                        PROJECT_JOURNAL_ATTACHMENT.CONTENT)
                .from(PROJECT_JOURNAL_ATTACHMENT)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_JOURNAL_ATTACHMENT.PROJECT_ID))
                .where(PROJECT_JOURNAL_ATTACHMENT.ID.eq(file), PROJECT.POLE_ID.eq(poleId))
                .fetchOptional(r -> new ProjectFile(r.value1(), r.value2(), r.value3()));
    }

    /** What the acting person may do with a project of the pole, in one query; empty for another pole's. */
    public record Rights(boolean edits, boolean readsDetails, boolean worksOn) {
    }

    public Optional<Rights> rights(PoleId poleId, ProjectId id) {
        return db.select(DSL.field(DSL.function("may_edit_project", Boolean.class, PROJECT.ID)),
                        DSL.field(DSL.function("reads_project_details", Boolean.class, PROJECT.ID)),
                        DSL.field(DSL.function("works_on_project", Boolean.class, PROJECT.ID)))
                .from(PROJECT).where(PROJECT.ID.eq(id), PROJECT.POLE_ID.eq(poleId))
                .fetchOptional(r -> new Rights(Boolean.TRUE.equals(r.value1()), Boolean.TRUE.equals(r.value2()),
                        Boolean.TRUE.equals(r.value3())));
    }

    /** Whether the acting person works on the project (an animator, or a person of its lead or a partner). */
    public boolean worksOn(PoleId poleId, ProjectId id) {
        return db.fetchExists(DSL.selectOne().from(PROJECT).where(PROJECT.ID.eq(id), PROJECT.POLE_ID.eq(poleId),
                DSL.field(DSL.function("works_on_project", Boolean.class, PROJECT.ID)).isTrue()));
    }

    // ---- what the project used -----------------------------------------------------------------------------------

    /** The bookings made for the project, the latest first. */
    public List<UsedBooking> used(ProjectId id) {
        return db.select(BOOKING.ID, BOOKING.RESOURCE_ID, RESOURCE.NAME, ORGANISATION.NAME, BOOKING.PERIOD,
                        BOOKING.STATUS.coerce(String.class), RESOURCE.KIND)
                .from(BOOKING)
                .join(RESOURCE).on(RESOURCE.ID.eq(BOOKING.RESOURCE_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(BOOKING.ORGANISATION_ID))
                .where(BOOKING.PROJECT_ID.eq(id))
                .orderBy(BOOKING.PERIOD.desc(), BOOKING.ID)
                .limit(500)
                .fetch(r -> new UsedBooking(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5().lower().toInstant(), r.value5().upper().toInstant(), r.value6(),
                        r.value7() == ResourceKind.STAFF));
    }

    /** Hours entered by hand, and confirmed staff bookings made for the project (given by the staff's organisation). */
    public HoursLedger hours(ProjectId id, boolean editor, OrganisationId managerOf) {
        List<HoursLedger.Line> lines = new ArrayList<>(db.select(PROJECT_HOURS.ID, PROJECT_HOURS.ORGANISATION_ID,
                        ORGANISATION.NAME, PROJECT_HOURS.WORKED_ON, PROJECT_HOURS.MINUTES, PROJECT_HOURS.NOTE)
                .from(PROJECT_HOURS)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT_HOURS.ORGANISATION_ID))
                .where(PROJECT_HOURS.PROJECT_ID.eq(id))
                .fetch(r -> new HoursLedger.Line(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        false, editor || r.value2().equals(managerOf))));
        lines.addAll(db.select(RESOURCE.ORGANISATION_ID, ORGANISATION.NAME, BOOKING.PERIOD, RESOURCE.NAME)
                .from(BOOKING)
                .join(RESOURCE).on(RESOURCE.ID.eq(BOOKING.RESOURCE_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(RESOURCE.ORGANISATION_ID))
                .where(BOOKING.PROJECT_ID.eq(id), RESOURCE.KIND.eq(ResourceKind.STAFF),
                        // the booking module's status, by its name: bookings depend on projects, not the reverse
                        BOOKING.STATUS.coerce(String.class).eq("CONFIRMED"))
                .fetch(r -> {
                    Instant start = r.value3().lower().toInstant();
                    Instant end = r.value3().upper().toInstant();
                    return new HoursLedger.Line(null, r.value1(), r.value2(),
                            r.value3().lower().toLocalDate(), (int) java.time.Duration.between(start, end).toMinutes(),
                            r.value4(), true, false);
                }));
        lines.sort(java.util.Comparator.comparing(HoursLedger.Line::on).reversed()
                .thenComparing(HoursLedger.Line::organisationName));
        Map<OrganisationId, long[]> sums = new LinkedHashMap<>();
        Map<OrganisationId, String> names = new LinkedHashMap<>();
        for (HoursLedger.Line line : lines) {
            names.put(line.organisation(), line.organisationName());
            sums.computeIfAbsent(line.organisation(), o -> new long[2])[line.booked() ? 0 : 1] += line.minutes();
        }
        List<HoursLedger.Total> totals = sums.entrySet().stream()
                .map(e -> new HoursLedger.Total(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(java.util.Comparator.comparing(HoursLedger.Total::organisationName))
                .toList();
        return new HoursLedger(lines, totals);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID addHours(ProjectId id, HoursData hours, PersonId by) {
        return db.insertInto(PROJECT_HOURS)
                .set(PROJECT_HOURS.PROJECT_ID, id)
                .set(PROJECT_HOURS.ORGANISATION_ID, hours.organisation())
                .set(PROJECT_HOURS.WORKED_ON, hours.workedOn())
                .set(PROJECT_HOURS.MINUTES, hours.minutes())
                .set(PROJECT_HOURS.NOTE, hours.note())
                .set(PROJECT_HOURS.ENTERED_BY_PERSON_ID, by)
                .returning(PROJECT_HOURS.ID).fetchOne(PROJECT_HOURS.ID);
    }

    public Optional<Owned> hoursLine(PoleId poleId, UUID line) {
        return db.select(PROJECT_HOURS.PROJECT_ID, PROJECT_HOURS.ORGANISATION_ID).from(PROJECT_HOURS)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_HOURS.PROJECT_ID))
                .where(PROJECT_HOURS.ID.eq(line), PROJECT.POLE_ID.eq(poleId))
                .fetchOptional(r -> new Owned(r.value1(), r.value2()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean removeHours(UUID line) {
        return db.deleteFrom(PROJECT_HOURS).where(PROJECT_HOURS.ID.eq(line)).execute() == 1;
    }

    /** Whether the organisation is the project's lead or one of its partners. */
    public boolean takesPart(ProjectId id, OrganisationId organisation) {
        return organisation != null && (db.fetchExists(PROJECT, PROJECT.ID.eq(id),
                PROJECT.LEAD_ORGANISATION_ID.eq(organisation))
                || db.fetchExists(PROJECT_PARTNER, PROJECT_PARTNER.PROJECT_ID.eq(id),
                PROJECT_PARTNER.ORGANISATION_ID.eq(organisation)));
    }

    /** The projects of the pole, not over, that the organisation takes part in, by title: to book for one. */
    public List<Choice> projectsOf(PoleId poleId, OrganisationId organisation) {
        return db.select(PROJECT.ID, PROJECT.TITLE).from(PROJECT)
                .where(PROJECT.POLE_ID.eq(poleId),
                        PROJECT.STATUS.notIn(ProjectStatus.COMPLETED, ProjectStatus.ABANDONED),
                        PROJECT.LEAD_ORGANISATION_ID.eq(organisation).or(DSL.exists(DSL.selectOne()
                                .from(PROJECT_PARTNER).where(PROJECT_PARTNER.PROJECT_ID.eq(PROJECT.ID),
                                        PROJECT_PARTNER.ORGANISATION_ID.eq(organisation)))))
                .orderBy(PROJECT.TITLE)
                .fetch(r -> new Choice(r.value1().value(), r.value2()));
    }

    /** The pole's projects a resource was booked for, by title. */
    public List<Choice> projectsUsing(PoleId poleId, ResourceId resource) {
        return db.selectDistinct(PROJECT.ID, PROJECT.TITLE).from(PROJECT)
                .join(BOOKING).on(BOOKING.PROJECT_ID.eq(PROJECT.ID))
                .where(PROJECT.POLE_ID.eq(poleId), BOOKING.RESOURCE_ID.eq(resource))
                .orderBy(PROJECT.TITLE)
                .fetch(r -> new Choice(r.value1().value(), r.value2()));
    }

    /** The booking's pole, organisation and booker, when the pole sees it. */
    public record BookingSeen(OrganisationId organisation, PersonId booker) {
    }

    public Optional<BookingSeen> booking(PoleId poleId, BookingId booking) {
        return db.select(BOOKING.ORGANISATION_ID, BOOKING.PERSON_ID).from(BOOKING)
                .where(BOOKING.ID.eq(booking), BOOKING.POLE_ID.eq(poleId))
                .fetchOptional(r -> new BookingSeen(r.value1(), r.value2()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean link(BookingId booking, ProjectId project) {
        return db.update(BOOKING).set(BOOKING.PROJECT_ID, project).where(BOOKING.ID.eq(booking)).execute() == 1;
    }
}
