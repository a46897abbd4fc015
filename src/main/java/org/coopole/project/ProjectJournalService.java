package org.coopole.project;

import org.coopole.common.Attachments;
import org.coopole.common.InvalidField;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.TextRules;
import org.coopole.notification.Notice;
import org.coopole.notification.NotificationKind;
import org.coopole.notification.Subject;
import org.coopole.notification.SubjectKind;
import org.coopole.project.internal.ProjectActivityRepository;
import org.coopole.project.internal.ProjectRepository;
import org.coopole.security.CurrentUser;
import org.coopole.security.PoleAccess;
import org.coopole.security.PoleAnimator;
import org.coopole.security.PoleMember;
import org.coopole.security.PoleRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A project's journal (journal de bord): dated entries written by the people of its organisations (and the pole's
 * animators), with files checked by their content; the author changes an entry for a day, an animator pins it. Read
 * by those who read the project's details.
 */
@Service
public class ProjectJournalService {

    /** How long an author may change their entry. */
    public static final Duration EDITABLE_FOR = Duration.ofDays(1);

    private final ProjectActivityRepository activity;
    private final ProjectRepository projects;
    private final CurrentUser currentUser;
    private final PoleAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.coopole.resource.ResourceService resources;

    ProjectJournalService(ProjectActivityRepository activity, ProjectRepository projects, CurrentUser currentUser,
                          PoleAccess access, ApplicationEventPublisher events, Clock clock,
                          org.coopole.resource.ResourceService resources) {
        this.resources = resources;
        this.activity = activity;
        this.projects = projects;
        this.currentUser = currentUser;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The journal, pinned entries first then the latest; empty for those who do not read the project's details. */
    @Transactional(readOnly = true)
    @PoleMember
    public Optional<List<JournalEntry>> journal(PoleId poleId, ProjectId id) {
        if (id == null || !projects.readsDetails(poleId, id)) {
            return Optional.empty();
        }
        return Optional.of(activity.journal(id, currentUser.require(), access.hasAnyRole(poleId, PoleRole.ANIMATOR),
                clock.instant()));
    }

    /** Whether the person may write in the project's journal. */
    @Transactional(readOnly = true)
    @PoleMember
    public boolean mayWrite(PoleId poleId, ProjectId id) {
        return id != null && activity.worksOn(poleId, id);
    }

    /**
     * Writes an entry, with up to five files of 10 MB (PDF, images re-encoded, office documents); the project's
     * organisations' managers hear of it.
     *
     * @throws AccessDeniedException for somebody outside the project's organisations who is no animator
     * @throws InvalidField for an empty or too long text, a date out of range, or a file refused, with the reason
     */
    @Transactional
    @PoleMember
    public UUID write(PoleId poleId, ProjectId id, JournalDraft draft) {
        if (id == null || !activity.worksOn(poleId, id)) {
            throw new AccessDeniedException("only the project's people write in its journal");
        }
        if (draft == null) {
            throw new InvalidField("body", "validation.required");
        }
        String body = TextRules.require("body", draft.body(), JournalEntry.BODY_MAX, true);
        LocalDate on = checkDay(poleId, draft.writtenOn());
        if (draft.files().size() > Attachments.MAX_FILES) {
            throw new InvalidField("attachments", "project.journal.too-many", Attachments.MAX_FILES);
        }
        List<Attachments.Checked> files = new ArrayList<>();
        for (JournalDraft.NewFile file : draft.files()) {
            files.add(Attachments.check(file == null ? null : file.fileName(), file == null ? null : file.content()));
        }
        PersonId me = currentUser.require();
        UUID entry = activity.write(id, me, projects.organisationOf(me).orElse(null), on, body, files);
        var told = projects.told(poleId, id, me, null);
        events.publishEvent(new Notice(NotificationKind.PROJECT_JOURNAL_ENTRY, poleId,
                new Subject(SubjectKind.PROJECT, id.value()), me, told.people(),
                Map.of("project", told.title(), "path", "projects/" + id + "#journal")));
        return entry;
    }

    /**
     * Changes an entry's text and day; only its author, for a day after writing it.
     *
     * @throws AccessDeniedException for anybody else, or after that day
     */
    @Transactional
    @PoleMember
    public void edit(PoleId poleId, UUID entry, LocalDate writtenOn, String body) {
        var written = (entry == null ? Optional.<ProjectActivityRepository.Written>empty()
                : activity.entry(poleId, entry))
                .orElseThrow(() -> new AccessDeniedException("not a journal entry of this pole"));
        if (!written.author().equals(currentUser.require())
                || written.createdAt().plus(EDITABLE_FOR).isBefore(clock.instant())) {
            throw new AccessDeniedException("only its author changes an entry, for a day");
        }
        String clean = TextRules.require("body", body, JournalEntry.BODY_MAX, true);
        if (!activity.edit(entry, clean, checkDay(poleId, writtenOn))) {
            throw new AccessDeniedException("not an entry this person changes");
        }
    }

    /** Pins an entry at the top of the journal, or unpins it; only the pole's animators. */
    @Transactional
    @PoleAnimator
    public void pin(PoleId poleId, UUID entry, boolean pinned) {
        if (entry == null || activity.entry(poleId, entry).isEmpty()) {
            throw new AccessDeniedException("not a journal entry of this pole");
        }
        activity.pin(entry, pinned);
    }

    /** A journal file, for those who read the project's details; empty otherwise. */
    @Transactional(readOnly = true)
    @PoleMember
    public Optional<ProjectFile> file(PoleId poleId, UUID file) {
        return file == null ? Optional.empty() : activity.file(poleId, file);
    }

    /** The day an entry tells of: today on the pole's clock when none is given. */
    private LocalDate checkDay(PoleId poleId, LocalDate day) {
        LocalDate on = day == null ? LocalDate.ofInstant(clock.instant(), resources.timeZone(poleId)) : day;
        if (on.getYear() < 2000 || on.getYear() > 2100) {
            throw new InvalidField("writtenOn", "project.year.out-of-range");
        }
        return on;
    }
}
