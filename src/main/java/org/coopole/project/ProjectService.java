package org.coopole.project;

import org.coopole.common.InvalidField;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.TextRules;
import org.coopole.notification.Notice;
import org.coopole.notification.NotificationKind;
import org.coopole.notification.Subject;
import org.coopole.notification.SubjectKind;
import org.coopole.project.internal.ProjectRepository;
import org.springframework.context.ApplicationEventPublisher;
import java.util.HashMap;
import java.util.Map;
import org.coopole.security.CurrentUser;
import org.coopole.security.PoleAccess;
import org.coopole.security.PoleMember;
import org.coopole.security.PoleRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The pole's joint projects: every member sees the list and each sheet; the pole's animators and the lead
 * organisation's managers create and edit them (row security says so again); a partner's managers change their own
 * organisation's role and contact.
 */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final CurrentUser currentUser;
    private final PoleAccess access;
    private final ApplicationEventPublisher events;

    ProjectService(ProjectRepository projects, CurrentUser currentUser, PoleAccess access,
                   ApplicationEventPublisher events) {
        this.events = events;
        this.projects = projects;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** The pole's projects matching the filters, the newest first. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<ProjectCard> list(PoleId poleId, ProjectQuery query) {
        ProjectQuery filters = query == null ? ProjectQuery.ALL : query;
        if (filters.text() != null && filters.text().length() > TextRules.LINE_MAX) {
            throw new InvalidField("text", "validation.too-long", TextRules.LINE_MAX);
        }
        if (filters.year() != null && (filters.year() < 2000 || filters.year() > 2100)) {
            throw new InvalidField("year", "project.year.out-of-range");
        }
        return projects.list(poleId, filters);
    }

    /** The pole's member organisations, to choose a project's lead or a partner. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Choice> organisations(PoleId poleId) {
        return projects.organisations(poleId);
    }

    /** The people of a member organisation, to choose a partner's contact. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Choice> people(PoleId poleId, org.coopole.common.OrganisationId organisation) {
        if (organisation == null || !projects.memberOf(poleId, organisation)) {
            return List.of();
        }
        return projects.people(poleId, organisation);
    }

    /** A project's sheet, or empty for one that is not the pole's. */
    @Transactional(readOnly = true)
    @PoleMember
    public Optional<ProjectPage> page(PoleId poleId, ProjectId id) {
        return id == null ? Optional.empty() : projects.page(poleId, id, currentUser.require());
    }

    /**
     * Logs a new project, as an idea.
     *
     * @throws AccessDeniedException for a member who is neither an animator nor a manager of the lead organisation
     * @throws InvalidField for a field that cannot be stored, with its reason
     */
    @Transactional
    @PoleMember
    public ProjectId create(PoleId poleId, ProjectData data) {
        ProjectData clean = clean(poleId, data);
        requireMayLead(poleId, clean);
        return projects.create(poleId, currentUser.require(), clean);
    }

    /**
     * Changes what a project is; only its editors, and only from the version they read.
     *
     * @throws ProjectChangedMeanwhile when someone saved it after {@code version} was read: nothing is written
     */
    @Transactional
    @PoleMember
    public void update(PoleId poleId, ProjectId id, int version, ProjectData data) {
        requireEditor(poleId, id);
        ProjectData clean = clean(poleId, data);
        if (!projects.update(id, version, clean)) {
            throw new ProjectChangedMeanwhile();
        }
    }

    /** Moves a project to another status; the change is kept with its date. */
    @Transactional
    @PoleMember
    public void changeStatus(PoleId poleId, ProjectId id, ProjectStatus status) {
        requireEditor(poleId, id);
        if (status == null) {
            throw new InvalidField("status", "validation.required");
        }
        if (projects.changeStatus(id, status, currentUser.require())) {
            tell(poleId, id, NotificationKind.PROJECT_STATUS_CHANGED, null, Map.of("status", status.name()));
        }
    }

    /**
     * Adds a partner: a member organisation of the pole (with a contact person of it, or none), or an outside body.
     *
     * @throws InvalidField for a partner that is neither or both, an organisation outside the pole, a contact of
     *                      another organisation, or a role that cannot be stored
     */
    @Transactional
    @PoleMember
    public UUID addPartner(PoleId poleId, ProjectId id, PartnerData partner) {
        requireEditor(poleId, id);
        if (partner == null) {
            throw new InvalidField("organisation", "validation.required");
        }
        String role = TextRules.require("role", partner.role(), PartnerData.ROLE_MAX, true);
        PartnerData clean;
        if (partner.organisation() != null) {
            if (!projects.memberOf(poleId, partner.organisation())) {
                throw new InvalidField("organisation", "project.partner.not-in-pole");
            }
            if (partner.contact() != null && !projects.belongsTo(partner.contact(), partner.organisation())) {
                throw new InvalidField("contact", "project.partner.contact-elsewhere");
            }
            clean = new PartnerData(partner.organisation(), null, null, role, partner.contact());
        } else {
            String name = TextRules.require("outsideName", partner.outsideName(), PartnerData.NAME_MAX, true);
            if (partner.outsideKind() == null) {
                throw new InvalidField("outsideKind", "validation.required");
            }
            clean = new PartnerData(null, name, partner.outsideKind(), role, null);
        }
        UUID added = projects.addPartner(id, clean);
        if (added == null) {
            throw new InvalidField("organisation", "project.partner.already");
        }
        tell(poleId, id, NotificationKind.PROJECT_PARTNER_ADDED, clean.organisation(), Map.of("partner",
                clean.organisation() != null ? projects.organisationName(clean.organisation()) : clean.outsideName(),
                "role", clean.role()));
        return added;
    }

    /**
     * Changes a partner's role in words and contact: the project's editors for any partner, a partner's managers for
     * their own organisation.
     */
    @Transactional
    @PoleMember
    public void changePartnerRole(PoleId poleId, UUID partner, String role, PersonId contact) {
        ProjectId id = partnerOf(poleId, partner);
        String clean = TextRules.require("role", role, PartnerData.ROLE_MAX, true);
        var page = projects.page(poleId, id, currentUser.require()).orElseThrow();
        var row = page.partners().stream().filter(p -> p.id().equals(partner)).findFirst().orElseThrow();
        if (contact != null && (row.organisation() == null || !projects.belongsTo(contact, row.organisation()))) {
            throw new InvalidField("contact", "project.partner.contact-elsewhere");
        }
        if (!projects.changeRole(partner, clean, contact)) {
            throw new AccessDeniedException("not a partner this person edits");
        }
    }

    /** Removes a partner; only the project's editors. */
    @Transactional
    @PoleMember
    public void removePartner(PoleId poleId, UUID partner) {
        requireEditor(poleId, partnerOf(poleId, partner));
        projects.removePartner(partner);
    }

    /** The project's organisations' managers hear of it, in the bell and by email as each chose (after commit). */
    private void tell(PoleId poleId, ProjectId id, NotificationKind kind, org.coopole.common.OrganisationId alsoOf,
                      Map<String, String> words) {
        PersonId actor = currentUser.require();
        var told = projects.told(poleId, id, actor, alsoOf);
        Map<String, String> params = new HashMap<>(words);
        params.put("project", told.title());
        params.put("path", "projects/" + id);
        events.publishEvent(new Notice(kind, poleId, new Subject(SubjectKind.PROJECT, id.value()), actor, told.people(),
                params));
    }

    /**
     * A project's budget with its totals, for the project's organisations and the pole's animators (every member when
     * the project is open to the pole); empty for anybody else.
     */
    @Transactional(readOnly = true)
    @PoleMember
    public Optional<Budget> budget(PoleId poleId, ProjectId id) {
        if (id == null || !projects.readsDetails(poleId, id)) {
            return Optional.empty();
        }
        return Optional.of(budgetOf(projects.budgetLines(id)));
    }

    /**
     * Adds a budget line; only the project's editors.
     *
     * @throws InvalidField for an empty label, an amount out of range, or income without its kind of funder
     */
    @Transactional
    @PoleMember
    public UUID addBudgetLine(PoleId poleId, ProjectId id, BudgetLineData line) {
        requireEditor(poleId, id);
        if (line == null) {
            throw new InvalidField("label", "validation.required");
        }
        String label = TextRules.require("label", line.label(), BudgetLineData.LABEL_MAX, true);
        if (line.amountCents() < 0 || line.amountCents() > BudgetLineData.AMOUNT_MAX_CENTS) {
            throw new InvalidField("amount", "project.budget.amount-out-of-range");
        }
        if (line.income() && line.funder() == null) {
            throw new InvalidField("funder", "validation.required");
        }
        return projects.addBudgetLine(id, new BudgetLineData(line.income(), line.actual(), label, line.amountCents(),
                line.income() ? line.funder() : null));
    }

    /** Removes a budget line; only the project's editors. */
    @Transactional
    @PoleMember
    public void removeBudgetLine(PoleId poleId, UUID line) {
        ProjectId id = (line == null ? Optional.<ProjectId>empty() : projects.projectOfBudgetLine(poleId, line))
                .orElseThrow(() -> new AccessDeniedException("not a budget line of this pole's projects"));
        requireEditor(poleId, id);
        projects.removeBudgetLine(line);
    }

    /** Totals in cents, and the shares of the income on the actual lines when there are some, else the planned. */
    static Budget budgetOf(List<Budget.Line> lines) {
        long plannedExpenses = 0;
        long plannedIncome = 0;
        long actualExpenses = 0;
        long actualIncome = 0;
        for (Budget.Line line : lines) {
            if (line.income()) {
                if (line.actual()) {
                    actualIncome += line.amountCents();
                } else {
                    plannedIncome += line.amountCents();
                }
            } else if (line.actual()) {
                actualExpenses += line.amountCents();
            } else {
                plannedExpenses += line.amountCents();
            }
        }
        boolean onActual = actualIncome > 0;
        long base = onActual ? actualIncome : plannedIncome;
        long publicMoney = 0;
        long own = 0;
        for (Budget.Line line : lines) {
            if (line.income() && line.actual() == onActual) {
                if (line.funder().isPublic()) {
                    publicMoney += line.amountCents();
                }
                if (line.funder() == FunderKind.OWN_FUNDS || line.funder() == FunderKind.IN_KIND) {
                    own += line.amountCents();
                }
            }
        }
        return new Budget(lines, plannedExpenses, plannedIncome, actualExpenses, actualIncome,
                percent(publicMoney, base), percent(own, base));
    }

    private static java.math.BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : java.math.BigDecimal.valueOf(part).multiply(java.math.BigDecimal.valueOf(100))
                .divide(java.math.BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
    }

    private ProjectId partnerOf(PoleId poleId, UUID partner) {
        return (partner == null ? Optional.<ProjectId>empty() : projects.projectOfPartner(poleId, partner))
                .orElseThrow(() -> new AccessDeniedException("not a partner of this pole's projects"));
    }

    private void requireEditor(PoleId poleId, ProjectId id) {
        if (id == null || !projects.mayEdit(poleId, id)) {
            throw new AccessDeniedException("not a project this person edits");
        }
    }

    /** An animator leads for any member organisation; a manager only for their own. */
    private void requireMayLead(PoleId poleId, ProjectData data) {
        if (!projects.memberOf(poleId, data.lead())) {
            throw new InvalidField("lead", "project.partner.not-in-pole");
        }
        if (!access.hasAnyRole(poleId, PoleRole.ANIMATOR)
                && !(access.hasAnyRole(poleId, PoleRole.ORGANISATION_MANAGER)
                && projects.organisationOf(currentUser.require()).filter(data.lead()::equals).isPresent())) {
            throw new AccessDeniedException("only the pole's animators and the lead's managers log a project");
        }
    }

    private ProjectData clean(PoleId poleId, ProjectData data) {
        if (data == null) {
            throw new InvalidField("title", "validation.required");
        }
        String title = TextRules.require("title", data.title(), ProjectData.TITLE_MAX, true);
        String summary = TextRules.require("summary", data.summary(), ProjectData.SUMMARY_MAX, false);
        if (data.lead() == null) {
            throw new InvalidField("lead", "validation.required");
        }
        if (data.startsOn() != null && data.endsOn() != null && data.endsOn().isBefore(data.startsOn())) {
            throw new InvalidField("endsOn", "project.ends-before-start");
        }
        for (var date : new java.time.LocalDate[] {data.startsOn(), data.endsOn()}) {
            if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
                throw new InvalidField(date == data.startsOn() ? "startsOn" : "endsOn", "project.year.out-of-range");
            }
        }
        Set<String> themes = new LinkedHashSet<>();
        for (String theme : data.themes()) {
            String clean = TextRules.require("themes", theme, ProjectData.THEME_MAX, false).toLowerCase(java.util.Locale.ROOT);
            if (!clean.isEmpty()) {
                themes.add(clean);
            }
        }
        if (themes.size() > ProjectData.THEMES_MAX) {
            throw new InvalidField("themes", "project.themes.too-many", ProjectData.THEMES_MAX);
        }
        return new ProjectData(title, summary, data.startsOn(), data.endsOn(), new ArrayList<>(themes), data.lead(),
                data.openToPole());
    }
}
