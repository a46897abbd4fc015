package org.coopole.project.internal;

import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.project.PartnerData;
import org.coopole.project.ProjectCard;
import org.coopole.project.ProjectData;
import org.coopole.project.ProjectId;
import org.coopole.project.ProjectPage;
import org.coopole.project.ProjectQuery;
import org.coopole.project.ProjectStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.coopole.db.Tables.MEMBERSHIP;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.PROJECT;
import static org.coopole.db.Tables.PROJECT_PARTNER;
import static org.coopole.db.Tables.PROJECT_STATUS_CHANGE;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectCount;

@Repository
public class ProjectRepository {

    private final DSLContext db;

    ProjectRepository(DSLContext db) {
        this.db = db;
    }

    public List<ProjectCard> list(PoleId poleId, ProjectQuery query) {
        List<Condition> where = new ArrayList<>();
        where.add(PROJECT.POLE_ID.eq(poleId));
        if (query.status() != null) {
            where.add(PROJECT.STATUS.eq(query.status()));
        }
        if (query.theme() != null && !query.theme().isBlank()) {
            where.add(DSL.val(query.theme().strip()).eq(DSL.any(PROJECT.THEMES)));
        }
        if (query.organisation() != null) {
            where.add(PROJECT.LEAD_ORGANISATION_ID.eq(query.organisation()).or(DSL.exists(DSL.selectOne()
                    .from(PROJECT_PARTNER).where(PROJECT_PARTNER.PROJECT_ID.eq(PROJECT.ID),
                            PROJECT_PARTNER.ORGANISATION_ID.eq(query.organisation())))));
        }
        if (query.year() != null) {
            LocalDate first = LocalDate.of(query.year(), 1, 1);
            LocalDate last = LocalDate.of(query.year(), 12, 31);
            // running at some time that year; an open start or end reaches it
            where.add(PROJECT.STARTS_ON.isNull().or(PROJECT.STARTS_ON.le(last))
                    .and(PROJECT.ENDS_ON.isNull().or(PROJECT.ENDS_ON.ge(first))));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(PROJECT.TITLE.likeIgnoreCase(like).or(PROJECT.SUMMARY.likeIgnoreCase(like)));
        }
        var partners = field(selectCount().from(PROJECT_PARTNER).where(PROJECT_PARTNER.PROJECT_ID.eq(PROJECT.ID)));
        return db.select(PROJECT.ID, PROJECT.TITLE, PROJECT.STATUS, ORGANISATION.NAME, PROJECT.THEMES,
                        PROJECT.STARTS_ON, PROJECT.ENDS_ON, partners)
                .from(PROJECT)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.LEAD_ORGANISATION_ID))
                .where(where)
                .orderBy(PROJECT.CREATED_AT.desc(), PROJECT.ID)
                .limit(500)
                .fetch(r -> new ProjectCard(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? List.of() : Arrays.asList(r.value5()), r.value6(), r.value7(),
                        r.value8() == null ? 0 : r.value8()));
    }

    public Optional<ProjectPage> page(PoleId poleId, ProjectId id, PersonId reader) {
        var row = db.select(PROJECT.TITLE, PROJECT.SUMMARY, PROJECT.STARTS_ON, PROJECT.ENDS_ON, PROJECT.THEMES,
                        PROJECT.LEAD_ORGANISATION_ID, PROJECT.OPEN_TO_POLE, PROJECT.STATUS, ORGANISATION.NAME,
                        DSL.field(DSL.function("may_edit_project", Boolean.class, PROJECT.ID)), PROJECT.VERSION)
                .from(PROJECT)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT.LEAD_ORGANISATION_ID))
                .where(PROJECT.ID.eq(id), PROJECT.POLE_ID.eq(poleId))
                .fetchOptional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        var r = row.get();
        OrganisationId readerOrganisation = db.select(PERSON.ORGANISATION_ID).from(PERSON).where(PERSON.ID.eq(reader))
                .fetchOptional(PERSON.ORGANISATION_ID).orElse(null);
        var contact = PERSON.as("contact");
        List<ProjectPage.Partner> partners = db.select(PROJECT_PARTNER.ID, PROJECT_PARTNER.ORGANISATION_ID,
                        ORGANISATION.NAME, PROJECT_PARTNER.OUTSIDE_NAME, PROJECT_PARTNER.OUTSIDE_KIND,
                        PROJECT_PARTNER.ROLE, PROJECT_PARTNER.CONTACT_PERSON_ID, contact.FIRST_NAME, contact.LAST_NAME)
                .from(PROJECT_PARTNER)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT_PARTNER.ORGANISATION_ID))
                .leftJoin(contact).on(contact.ID.eq(PROJECT_PARTNER.CONTACT_PERSON_ID))
                .where(PROJECT_PARTNER.PROJECT_ID.eq(id))
                .orderBy(DSL.coalesce(ORGANISATION.NAME, PROJECT_PARTNER.OUTSIDE_NAME), PROJECT_PARTNER.ID)
                .fetch(p -> new ProjectPage.Partner(p.value1(), p.value2(),
                        p.value3() != null ? p.value3() : p.value4(), p.value5(), p.value6(), p.value7(),
                        p.value8() == null ? null : p.value8() + " " + p.value9(),
                        p.value2() != null && p.value2().equals(readerOrganisation)));
        List<ProjectPage.StatusChange> history = db.select(PROJECT_STATUS_CHANGE.STATUS,
                        PROJECT_STATUS_CHANGE.CHANGED_AT, PERSON.FIRST_NAME, PERSON.LAST_NAME)
                .from(PROJECT_STATUS_CHANGE)
                .join(PERSON).on(PERSON.ID.eq(PROJECT_STATUS_CHANGE.CHANGED_BY_PERSON_ID))
                .where(PROJECT_STATUS_CHANGE.PROJECT_ID.eq(id))
                .orderBy(PROJECT_STATUS_CHANGE.CHANGED_AT)
                .fetch(h -> new ProjectPage.StatusChange(h.value1(), h.value2().toInstant(),
                        h.value3() + " " + h.value4()));
        ProjectData data = new ProjectData(r.value1(), r.value2(), r.value3(), r.value4(),
                r.value5() == null ? List.of() : Arrays.asList(r.value5()), r.value6(), r.value7());
        return Optional.of(new ProjectPage(id, data, r.value8(), r.value9(), partners, history,
                Boolean.TRUE.equals(r.value10()), r.value11()));
    }

    /** Whether the organisation is a member of the pole now. */
    public boolean memberOf(PoleId poleId, OrganisationId organisation) {
        return db.fetchExists(MEMBERSHIP, MEMBERSHIP.POLE_ID.eq(poleId),
                MEMBERSHIP.ORGANISATION_ID.eq(organisation), MEMBERSHIP.STATUS.eq(org.coopole.pole.MembershipStatus.ACTIVE));
    }

    /** Whether the person belongs to the organisation. */
    public boolean belongsTo(PersonId person, OrganisationId organisation) {
        return db.fetchExists(PERSON, PERSON.ID.eq(person), PERSON.ORGANISATION_ID.eq(organisation));
    }

    public Optional<OrganisationId> organisationOf(PersonId person) {
        return db.select(PERSON.ORGANISATION_ID).from(PERSON).where(PERSON.ID.eq(person))
                .fetchOptional(PERSON.ORGANISATION_ID);
    }

    /** Whether the project is the pole's and the acting person edits it, in one query. */
    public boolean mayEdit(PoleId poleId, ProjectId id) {
        return Boolean.TRUE.equals(db.select(DSL.function("may_edit_project", Boolean.class, PROJECT.ID))
                .from(PROJECT).where(PROJECT.ID.eq(id), PROJECT.POLE_ID.eq(poleId)).fetchOptional(0, Boolean.class)
                .orElse(false));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ProjectId create(PoleId poleId, PersonId creator, ProjectData data) {
        ProjectId id = db.insertInto(PROJECT)
                .set(PROJECT.POLE_ID, poleId)
                .set(PROJECT.TITLE, data.title())
                .set(PROJECT.SUMMARY, data.summary())
                .set(PROJECT.STARTS_ON, data.startsOn())
                .set(PROJECT.ENDS_ON, data.endsOn())
                .set(PROJECT.THEMES, data.themes().toArray(String[]::new))
                .set(PROJECT.LEAD_ORGANISATION_ID, data.lead())
                .set(PROJECT.OPEN_TO_POLE, data.openToPole())
                .set(PROJECT.CREATED_BY_PERSON_ID, creator)
                .returning(PROJECT.ID)
                .fetchOne(PROJECT.ID);
        recordStatus(id, ProjectStatus.IDEA, creator);
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(ProjectId id, int version, ProjectData data) {
        return db.update(PROJECT)
                .set(PROJECT.VERSION, version + 1)
                .set(PROJECT.TITLE, data.title())
                .set(PROJECT.SUMMARY, data.summary())
                .set(PROJECT.STARTS_ON, data.startsOn())
                .set(PROJECT.ENDS_ON, data.endsOn())
                .set(PROJECT.THEMES, data.themes().toArray(String[]::new))
                .set(PROJECT.LEAD_ORGANISATION_ID, data.lead())
                .set(PROJECT.OPEN_TO_POLE, data.openToPole())
                .where(PROJECT.ID.eq(id), PROJECT.VERSION.eq(version))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean changeStatus(ProjectId id, ProjectStatus status, PersonId by) {
        boolean changed = db.update(PROJECT).set(PROJECT.STATUS, status)
                .where(PROJECT.ID.eq(id), PROJECT.STATUS.ne(status)).execute() == 1;
        if (changed) {
            recordStatus(id, status, by);
        }
        return changed;
    }

    private void recordStatus(ProjectId id, ProjectStatus status, PersonId by) {
        db.insertInto(PROJECT_STATUS_CHANGE)
                .set(PROJECT_STATUS_CHANGE.PROJECT_ID, id)
                .set(PROJECT_STATUS_CHANGE.STATUS, status)
                .set(PROJECT_STATUS_CHANGE.CHANGED_BY_PERSON_ID, by)
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID addPartner(ProjectId id, PartnerData partner) {
        return db.insertInto(PROJECT_PARTNER)
                .set(PROJECT_PARTNER.PROJECT_ID, id)
                .set(PROJECT_PARTNER.ORGANISATION_ID, partner.organisation())
                .set(PROJECT_PARTNER.OUTSIDE_NAME, partner.outsideName())
                .set(PROJECT_PARTNER.OUTSIDE_KIND, partner.outsideKind())
                .set(PROJECT_PARTNER.ROLE, partner.role())
                .set(PROJECT_PARTNER.CONTACT_PERSON_ID, partner.contact())
                .onConflictDoNothing()
                .returning(PROJECT_PARTNER.ID)
                .fetchOptional(PROJECT_PARTNER.ID)
                .orElse(null);
    }

    /** The project a partner row is of, within the pole. */
    public Optional<ProjectId> projectOfPartner(PoleId poleId, UUID partner) {
        return db.select(PROJECT_PARTNER.PROJECT_ID).from(PROJECT_PARTNER)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_PARTNER.PROJECT_ID))
                .where(PROJECT_PARTNER.ID.eq(partner), PROJECT.POLE_ID.eq(poleId))
                .fetchOptional(PROJECT_PARTNER.PROJECT_ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean changeRole(UUID partner, String role, PersonId contact) {
        return db.update(PROJECT_PARTNER).set(PROJECT_PARTNER.ROLE, role)
                .set(PROJECT_PARTNER.CONTACT_PERSON_ID, contact)
                .where(PROJECT_PARTNER.ID.eq(partner)).execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean removePartner(UUID partner) {
        return db.deleteFrom(PROJECT_PARTNER).where(PROJECT_PARTNER.ID.eq(partner)).execute() == 1;
    }

    /**
     * The active managers, in the pole, of the project's lead and member partners (and of {@code alsoOf}), but the
     * actor; and the project's title.
     */
    public record Told(List<PersonId> people, String title) {
    }

    public Told told(PoleId poleId, ProjectId id, PersonId actor, OrganisationId alsoOf) {
        var organisations = DSL.select(PROJECT.LEAD_ORGANISATION_ID).from(PROJECT).where(PROJECT.ID.eq(id))
                .union(DSL.select(PROJECT_PARTNER.ORGANISATION_ID).from(PROJECT_PARTNER)
                        .where(PROJECT_PARTNER.PROJECT_ID.eq(id), PROJECT_PARTNER.ORGANISATION_ID.isNotNull()));
        Condition of = PERSON.ORGANISATION_ID.in(organisations);
        if (alsoOf != null) {
            of = of.or(PERSON.ORGANISATION_ID.eq(alsoOf));
        }
        List<PersonId> people = db.selectDistinct(PERSON.ID).from(PERSON)
                .join(org.coopole.db.Tables.POLE_ROLE).on(org.coopole.db.Tables.POLE_ROLE.PERSON_ID.eq(PERSON.ID),
                        org.coopole.db.Tables.POLE_ROLE.POLE_ID.eq(poleId),
                        org.coopole.db.Tables.POLE_ROLE.ROLE.eq(org.coopole.security.PoleRole.ORGANISATION_MANAGER))
                .where(of, PERSON.ACTIVE.isTrue(), PERSON.ID.ne(actor))
                .orderBy(PERSON.ID)
                .fetch(PERSON.ID);
        String title = db.select(PROJECT.TITLE).from(PROJECT).where(PROJECT.ID.eq(id)).fetchSingle(PROJECT.TITLE);
        return new Told(people, title);
    }

    /** An organisation's name. */
    public String organisationName(OrganisationId organisation) {
        return db.select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.eq(organisation))
                .fetchSingle(ORGANISATION.NAME);
    }

    /** The pole's member organisations now, by name. */
    public List<org.coopole.project.Choice> organisations(PoleId poleId) {
        return db.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION)
                .join(MEMBERSHIP).on(MEMBERSHIP.ORGANISATION_ID.eq(ORGANISATION.ID), MEMBERSHIP.POLE_ID.eq(poleId),
                        MEMBERSHIP.STATUS.eq(org.coopole.pole.MembershipStatus.ACTIVE))
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new org.coopole.project.Choice(r.value1().value(), r.value2()));
    }

    /** The active people of an organisation who hold a role in the pole, by name. */
    public List<org.coopole.project.Choice> people(PoleId poleId, OrganisationId organisation) {
        return db.selectDistinct(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME).from(PERSON)
                .join(org.coopole.db.Tables.POLE_ROLE).on(org.coopole.db.Tables.POLE_ROLE.PERSON_ID.eq(PERSON.ID),
                        org.coopole.db.Tables.POLE_ROLE.POLE_ID.eq(poleId))
                .where(PERSON.ORGANISATION_ID.eq(organisation), PERSON.ACTIVE.isTrue())
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.ID)
                .fetch(r -> new org.coopole.project.Choice(r.value1().value(), r.value2() + " " + r.value3()));
    }

    /**
     * Whether the project is the pole's and the acting person reads its details (budget): its organisations, the
     * animators, or all when it is open to the pole.
     */
    /** The project, when it is the pole's. */
    public Optional<ProjectId> projectOf(PoleId poleId, ProjectId id) {
        return db.select(PROJECT.ID).from(PROJECT).where(PROJECT.ID.eq(id), PROJECT.POLE_ID.eq(poleId))
                .fetchOptional(PROJECT.ID);
    }

    public boolean readsDetails(PoleId poleId, ProjectId id) {
        return Boolean.TRUE.equals(db.select(DSL.function("reads_project_details", Boolean.class, PROJECT.ID))
                .from(PROJECT).where(PROJECT.ID.eq(id), PROJECT.POLE_ID.eq(poleId)).fetchOptional(0, Boolean.class)
                .orElse(false));
    }

    public List<org.coopole.project.Budget.Line> budgetLines(ProjectId id) {
        var line = org.coopole.db.Tables.PROJECT_BUDGET_LINE;
        return db.select(line.ID, line.DIRECTION, line.STAGE, line.LABEL, line.AMOUNT_CENTS, line.FUNDER_KIND)
                .from(line).where(line.PROJECT_ID.eq(id))
                .orderBy(line.DIRECTION.desc(), line.STAGE.desc(), line.CREATED_AT, line.ID)
                .fetch(r -> new org.coopole.project.Budget.Line(r.value1(), r.value2().equals("INCOME"),
                        r.value3().equals("ACTUAL"), r.value4(), r.value5(), r.value6()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID addBudgetLine(ProjectId id, org.coopole.project.BudgetLineData data) {
        var line = org.coopole.db.Tables.PROJECT_BUDGET_LINE;
        return db.insertInto(line)
                .set(line.PROJECT_ID, id)
                .set(line.DIRECTION, data.income() ? "INCOME" : "EXPENSE")
                .set(line.STAGE, data.actual() ? "ACTUAL" : "PLANNED")
                .set(line.LABEL, data.label())
                .set(line.AMOUNT_CENTS, data.amountCents())
                .set(line.FUNDER_KIND, data.income() ? data.funder() : null)
                .returning(line.ID).fetchOne(line.ID);
    }

    /** The project a budget line is of, within the pole. */
    public Optional<ProjectId> projectOfBudgetLine(PoleId poleId, UUID lineId) {
        var line = org.coopole.db.Tables.PROJECT_BUDGET_LINE;
        return db.select(line.PROJECT_ID).from(line).join(PROJECT).on(PROJECT.ID.eq(line.PROJECT_ID))
                .where(line.ID.eq(lineId), PROJECT.POLE_ID.eq(poleId)).fetchOptional(line.PROJECT_ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean removeBudgetLine(UUID lineId) {
        var line = org.coopole.db.Tables.PROJECT_BUDGET_LINE;
        return db.deleteFrom(line).where(line.ID.eq(lineId)).execute() == 1;
    }
}
