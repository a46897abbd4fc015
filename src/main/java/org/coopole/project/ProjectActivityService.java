package org.coopole.project;

import org.coopole.common.BookingId;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.TextRules;
import org.coopole.project.internal.ProjectActivityRepository;
import org.coopole.project.internal.ProjectRepository;
import org.coopole.security.CurrentUser;
import org.coopole.security.PoleAccess;
import org.coopole.security.PoleAnimator;
import org.coopole.security.PoleMember;
import org.coopole.security.PoleRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a project reports and used: outcomes on the pole's kinds, milestones, staff hours per organisation, and the
 * bookings made for it. The project's editors write all of it; a partner's managers report their own organisation's
 * outcomes and hours. Outcomes and milestones are on the public sheet; hours follow the budget's visibility.
 */
@Service
public class ProjectActivityService {

    private final ProjectActivityRepository activity;
    private final ProjectRepository projects;
    private final CurrentUser currentUser;
    private final PoleAccess access;
    private final Clock clock;
    private final org.coopole.resource.ResourceService resources;

    ProjectActivityService(ProjectActivityRepository activity, ProjectRepository projects, CurrentUser currentUser,
                           PoleAccess access, Clock clock, org.coopole.resource.ResourceService resources) {
        this.resources = resources;
        this.activity = activity;
        this.projects = projects;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /**
     * What a project's page shows below its sheet, in one transaction and with the reader's rights checked once:
     * outcomes, milestones and the bookings made for it for every member of the pole; budget, journal and hours for
     * those who read its details. Empty for a project that is not the pole's.
     */
    @Transactional(readOnly = true)
    @PoleMember
    public Optional<ProjectSections> sections(PoleId poleId, ProjectId id) {
        var rights = id == null ? Optional.<ProjectActivityRepository.Rights>empty() : activity.rights(poleId, id);
        if (rights.isEmpty()) {
            return Optional.empty();
        }
        boolean editor = rights.get().edits();
        boolean details = rights.get().readsDetails();
        OrganisationId managed = managedOrganisation(poleId);
        boolean partnerManager = managed != null && activity.takesPart(id, managed);
        return Optional.of(new ProjectSections(
                details ? Optional.of(ProjectService.budgetOf(projects.budgetLines(id))) : Optional.empty(),
                activity.outcomes(id, editor, managed),
                activity.milestones(id),
                details ? Optional.of(activity.journal(id, currentUser.require(),
                        access.hasAnyRole(poleId, PoleRole.ANIMATOR), clock.instant())) : Optional.empty(),
                details ? Optional.of(activity.hours(id, editor, managed)) : Optional.empty(),
                activity.used(id),
                rights.get().worksOn(),
                editor || partnerManager));
    }

    // ---- outcomes ------------------------------------------------------------------------------------------------

    /** Coopole's kinds of outcome and those the pole added. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<OutcomeKind> outcomeKinds(PoleId poleId) {
        return activity.outcomeKinds(poleId);
    }

    /**
     * Adds a kind of outcome for the pole's projects; only its animators.
     *
     * @throws InvalidField for an empty or taken name, or no unit
     */
    @Transactional
    @PoleAnimator
    public UUID addOutcomeKind(PoleId poleId, String name, OutcomeUnit unit) {
        String clean = TextRules.require("name", name, OutcomeKind.NAME_MAX, true);
        if (unit == null) {
            throw new InvalidField("unit", "validation.required");
        }
        if (activity.outcomeKindNamed(poleId, clean)) {
            throw new InvalidField("name", "project.outcome.kind.taken");
        }
        return activity.addOutcomeKind(poleId, clean, unit);
    }

    /** A project's outcomes, expected and achieved; empty for a project that is not the pole's. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Outcome> outcomes(PoleId poleId, ProjectId id) {
        if (id == null || projects.projectOf(poleId, id).isEmpty()) {
            return List.of();
        }
        return activity.outcomes(id, projects.mayEdit(poleId, id), managedOrganisation(poleId));
    }

    /**
     * Reports an outcome for one of the project's organisations: its editors for any, a partner's managers for their
     * own.
     *
     * @throws InvalidField for a kind, organisation, figure, date or note that cannot be stored
     */
    @Transactional
    @PoleMember
    public UUID reportOutcome(PoleId poleId, ProjectId id, OutcomeData outcome) {
        boolean editor = requireProject(poleId, id);
        if (outcome == null || outcome.kind() == null || !activity.outcomeKindOf(poleId, outcome.kind())) {
            throw new InvalidField("kind", "validation.required");
        }
        OrganisationId organisation = outcome.organisation() != null ? outcome.organisation()
                : managedOrganisation(poleId);
        requireReporter(poleId, id, editor, organisation);
        if (outcome.stage() == null) {
            throw new InvalidField("stage", "validation.required");
        }
        BigDecimal amount = outcome.amount();
        if (amount == null) {
            throw new InvalidField("amount", "validation.required");
        }
        if (amount.signum() < 0 || amount.compareTo(OutcomeData.AMOUNT_MAX) > 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidField("amount", "project.outcome.amount-out-of-range");
        }
        LocalDate on = outcome.on() == null ? today(poleId) : outcome.on();
        checkYear("on", on);
        String note = TextRules.require("note", outcome.note(), OutcomeData.NOTE_MAX, false);
        return activity.addOutcome(id, new OutcomeData(outcome.kind(), organisation, outcome.stage(),
                amount.setScale(2, java.math.RoundingMode.UNNECESSARY), on, note), currentUser.require());
    }

    /** Takes an outcome back: the project's editors, or the managers of the organisation that reported it. */
    @Transactional
    @PoleMember
    public void removeOutcome(PoleId poleId, UUID outcome) {
        var owned = (outcome == null ? Optional.<ProjectActivityRepository.Owned>empty()
                : activity.outcome(poleId, outcome))
                .orElseThrow(() -> new AccessDeniedException("not an outcome of this pole's projects"));
        requireReporter(poleId, owned.project(), projects.mayEdit(poleId, owned.project()), owned.organisation());
        activity.removeOutcome(outcome);
    }

    // ---- milestones ----------------------------------------------------------------------------------------------

    /** A project's milestones by due date; empty for a project that is not the pole's. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Milestone> milestones(PoleId poleId, ProjectId id) {
        if (id == null || projects.projectOf(poleId, id).isEmpty()) {
            return List.of();
        }
        return activity.milestones(id);
    }

    /** Adds a milestone; only the project's editors. Its people are reminded a week before and once overdue. */
    @Transactional
    @PoleMember
    public UUID addMilestone(PoleId poleId, ProjectId id, String title, LocalDate dueOn) {
        requireEditor(poleId, id);
        String clean = TextRules.require("title", title, Milestone.TITLE_MAX, true);
        if (dueOn == null) {
            throw new InvalidField("dueOn", "validation.required");
        }
        checkYear("dueOn", dueOn);
        return activity.addMilestone(id, clean, dueOn);
    }

    /** Marks a milestone reached (today) or not; only the project's editors. */
    @Transactional
    @PoleMember
    public void markMilestone(PoleId poleId, UUID milestone, boolean done) {
        ProjectId id = milestoneProject(poleId, milestone);
        requireEditor(poleId, id);
        activity.markMilestone(milestone, done ? today(poleId) : null);
    }

    /** Removes a milestone; only the project's editors. */
    @Transactional
    @PoleMember
    public void removeMilestone(PoleId poleId, UUID milestone) {
        requireEditor(poleId, milestoneProject(poleId, milestone));
        activity.removeMilestone(milestone);
    }

    // ---- hours ---------------------------------------------------------------------------------------------------

    /**
     * The staff hours given to the project per organisation, booked and entered; for those who read its details (its
     * organisations and the animators, or all when it is open to the pole), else empty.
     */
    @Transactional(readOnly = true)
    @PoleMember
    public Optional<HoursLedger> hours(PoleId poleId, ProjectId id) {
        if (id == null || !projects.readsDetails(poleId, id)) {
            return Optional.empty();
        }
        return Optional.of(activity.hours(id, projects.mayEdit(poleId, id), managedOrganisation(poleId)));
    }

    /**
     * Enters staff time given to the project for work that was not booked: the editors for any of its organisations,
     * a partner's managers for their own.
     *
     * @throws InvalidField for an organisation outside the project, a day or a duration out of range, or a note too
     *                      long
     */
    @Transactional
    @PoleMember
    public UUID addHours(PoleId poleId, ProjectId id, HoursData hours) {
        boolean editor = requireProject(poleId, id);
        if (hours == null) {
            throw new InvalidField("minutes", "validation.required");
        }
        OrganisationId organisation = hours.organisation() != null ? hours.organisation() : managedOrganisation(poleId);
        requireReporter(poleId, id, editor, organisation);
        if (hours.workedOn() == null) {
            throw new InvalidField("workedOn", "validation.required");
        }
        checkYear("workedOn", hours.workedOn());
        if (hours.workedOn().isAfter(today(poleId))) {
            throw new InvalidField("workedOn", "project.hours.future");
        }
        if (hours.minutes() < 1 || hours.minutes() > HoursData.MINUTES_MAX) {
            throw new InvalidField("minutes", "project.hours.out-of-range", HoursData.MINUTES_MAX / 60);
        }
        String note = TextRules.require("note", hours.note(), HoursData.NOTE_MAX, false);
        return activity.addHours(id, new HoursData(organisation, hours.workedOn(), hours.minutes(), note),
                currentUser.require());
    }

    /** Takes an hours line back: the project's editors, or the managers of the organisation it is of. */
    @Transactional
    @PoleMember
    public void removeHours(PoleId poleId, UUID line) {
        var owned = (line == null ? Optional.<ProjectActivityRepository.Owned>empty()
                : activity.hoursLine(poleId, line))
                .orElseThrow(() -> new AccessDeniedException("not an hours line of this pole's projects"));
        requireReporter(poleId, owned.project(), projects.mayEdit(poleId, owned.project()), owned.organisation());
        activity.removeHours(line);
    }

    // ---- what the project used -----------------------------------------------------------------------------------

    /** The bookings made for the project (the resource, who, when); empty for a project that is not the pole's. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<UsedBooking> used(PoleId poleId, ProjectId id) {
        if (id == null || projects.projectOf(poleId, id).isEmpty()) {
            return List.of();
        }
        return activity.used(id);
    }

    /** The projects, not over, that the person's organisation takes part in: those one may book for. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Choice> bookableFor(PoleId poleId) {
        return projects.organisationOf(currentUser.require()).map(o -> activity.projectsOf(poleId, o))
                .orElse(List.of());
    }

    /** The pole's projects a resource was booked for. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Choice> projectsUsing(PoleId poleId, ResourceId resource) {
        return resource == null ? List.of() : activity.projectsUsing(poleId, resource);
    }

    /**
     * Links a booking of the pole to a project, or unlinks it ({@code project} null): the booker, or a manager of the
     * booker's organisation, and only to a project that organisation takes part in. Past bookings too.
     *
     * @throws InvalidField for a project the booking's organisation does not take part in
     */
    @Transactional
    @PoleMember
    public void linkBooking(PoleId poleId, BookingId booking, ProjectId project) {
        var seen = (booking == null ? Optional.<ProjectActivityRepository.BookingSeen>empty()
                : activity.booking(poleId, booking))
                .orElseThrow(() -> new AccessDeniedException("not a booking of this pole"));
        PersonId me = currentUser.require();
        boolean booker = seen.booker().equals(me);
        boolean manager = access.hasAnyRole(poleId, PoleRole.ORGANISATION_MANAGER)
                && projects.organisationOf(me).filter(seen.organisation()::equals).isPresent();
        if (!booker && !manager) {
            throw new AccessDeniedException("only the booker or their organisation's managers link a booking");
        }
        if (project != null && (projects.projectOf(poleId, project).isEmpty()
                || !activity.takesPart(project, seen.organisation()))) {
            throw new InvalidField("project", "project.booking.not-a-partner");
        }
        activity.link(booking, project);
    }

    // ---- rules ---------------------------------------------------------------------------------------------------

    /** The organisation the person manages in the pole, or null. */
    private OrganisationId managedOrganisation(PoleId poleId) {
        if (!access.hasAnyRole(poleId, PoleRole.ORGANISATION_MANAGER)) {
            return null;
        }
        return projects.organisationOf(currentUser.require()).orElse(null);
    }

    /** The project is the pole's; whether the person edits it. */
    private boolean requireProject(PoleId poleId, ProjectId id) {
        if (id == null || projects.projectOf(poleId, id).isEmpty()) {
            throw new AccessDeniedException("not a project of this pole");
        }
        return projects.mayEdit(poleId, id);
    }

    /** An editor reports for any of the project's organisations; a manager for their own, when it takes part. */
    private void requireReporter(PoleId poleId, ProjectId id, boolean editor, OrganisationId organisation) {
        if (!editor && (organisation == null || !organisation.equals(managedOrganisation(poleId)))) {
            throw new AccessDeniedException("only the project's editors and a partner's managers report for it");
        }
        if (organisation == null || !activity.takesPart(id, organisation)) {
            throw new InvalidField("organisation", "project.outcome.not-a-partner");
        }
    }

    private void requireEditor(PoleId poleId, ProjectId id) {
        if (id == null || !projects.mayEdit(poleId, id)) {
            throw new AccessDeniedException("not a project this person edits");
        }
    }

    private ProjectId milestoneProject(PoleId poleId, UUID milestone) {
        return (milestone == null ? Optional.<ProjectId>empty() : activity.projectOfMilestone(poleId, milestone))
                .orElseThrow(() -> new AccessDeniedException("not a milestone of this pole's projects"));
    }

    /** Today on the pole's clock. */
    private LocalDate today(PoleId poleId) {
        return LocalDate.ofInstant(clock.instant(), resources.timeZone(poleId));
    }

    private static void checkYear(String field, LocalDate date) {
        if (date.getYear() < 2000 || date.getYear() > 2100) {
            throw new InvalidField(field, "project.year.out-of-range");
        }
    }
}
