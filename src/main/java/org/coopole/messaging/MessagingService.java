package org.coopole.messaging;

import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditTrail;
import org.coopole.common.BookingId;
import org.coopole.common.Attachments;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.TextRules;
import org.coopole.live.LiveSignals;
import org.coopole.live.Topic;
import org.coopole.messaging.internal.MessagingRepository;
import org.coopole.notification.Notice;
import org.coopole.notification.NotificationKind;
import org.coopole.notification.NotificationService;
import org.coopole.notification.Subject;
import org.coopole.notification.SubjectKind;
import org.coopole.security.CurrentUser;
import org.coopole.security.PoleAnimator;
import org.coopole.security.PoleMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Messaging between people of a pole: direct, group, to an organisation, about a resource or a booking. Only a
 * conversation's participants read or write in it (row security says so again); each new message is a notification
 * to the others, and a live signal to every node.
 */
@Service
public class MessagingService {

    /** The longest message, in characters. */
    public static final int BODY_MAX = TextRules.TEXT_MAX;
    /** The longest group name. */
    public static final int TITLE_MAX = TextRules.LINE_MAX;
    /** The most people a group starts with. */
    public static final int GROUP_MAX = 100;
    /** The largest attachment, in bytes, and how many go with one message. */
    public static final int ATTACHMENT_MAX_BYTES = Attachments.MAX_BYTES;
    public static final int ATTACHMENTS_PER_MESSAGE = Attachments.MAX_FILES;
    /** The longest reason given for a report. */
    public static final int REASON_MAX = 1000;

    private final MessagingRepository conversations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final NotificationService notifications;
    private final LiveSignals live;
    private final AuditTrail audit;
    private final Clock clock;

    MessagingService(MessagingRepository conversations, CurrentUser currentUser, ApplicationEventPublisher events,
                     NotificationService notifications, LiveSignals live, AuditTrail audit, Clock clock) {
        this.live = live;
        this.notifications = notifications;
        this.conversations = conversations;
        this.currentUser = currentUser;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The direct conversation between the signed-in person and another person of the pole: the one they already
     * have, or a new one.
     *
     * @throws InvalidField for oneself, or a person who holds no role in the pole
     */
    @Transactional
    @PoleMember
    public ConversationId direct(PoleId poleId, PersonId with) {
        PersonId me = currentUser.require();
        if (with == null || with.equals(me)) {
            throw new InvalidField("with", "messaging.not-with-oneself");
        }
        if (!conversations.holdsARoleIn(with, poleId)) {
            throw new InvalidField("with", "messaging.not-in-pole");
        }
        return conversations.findDirect(poleId, me, with).orElseGet(() -> conversations.start(poleId, me,
                new MessagingRepository.Start(ConversationKind.DIRECT, null, null, null, null), List.of(with)));
    }

    /**
     * A new group conversation, named, with its starter and the people chosen (people of the pole).
     *
     * @throws InvalidField without a name, with nobody else, or with someone outside the pole
     */
    @Transactional
    @PoleMember
    public ConversationId group(PoleId poleId, String title, Collection<PersonId> people) {
        PersonId me = currentUser.require();
        String name = title == null ? "" : title.strip();
        if (name.isEmpty()) {
            throw new InvalidField("title", "validation.required");
        }
        if (name.length() > TITLE_MAX) {
            throw new InvalidField("title", "validation.too-long", TITLE_MAX);
        }
        if (TextRules.hasHiddenCharacters(name, false)) {
            throw new InvalidField("title", "validation.hidden-characters");
        }
        Set<PersonId> others = new LinkedHashSet<>(people == null ? List.of() : people);
        others.remove(me);
        others.remove(null);
        if (others.isEmpty()) {
            throw new InvalidField("people", "messaging.group.nobody");
        }
        if (others.size() > GROUP_MAX) {
            throw new InvalidField("people", "messaging.group.too-many", GROUP_MAX);
        }
        for (PersonId person : others) {
            if (!conversations.holdsARoleIn(person, poleId)) {
                throw new InvalidField("people", "messaging.not-in-pole");
            }
        }
        return conversations.start(poleId, me, new MessagingRepository.Start(ConversationKind.GROUP, name, null, null,
                null), others);
    }

    /**
     * The person's conversation with an organisation of the pole, reaching its managers: the one they started, or a
     * new one.
     *
     * @throws InvalidField for one's own organisation, one outside the pole, or one without a manager
     */
    @Transactional
    @PoleMember
    public ConversationId toOrganisation(PoleId poleId, OrganisationId organisation) {
        PersonId me = currentUser.require();
        if (organisation == null || !conversations.organisationIn(poleId, organisation)) {
            throw new InvalidField("organisation", "messaging.organisation.not-in-pole");
        }
        if (conversations.organisationOf(me).filter(organisation::equals).isPresent()) {
            throw new InvalidField("organisation", "messaging.organisation.own");
        }
        List<PersonId> managers = conversations.managersOf(poleId, organisation);
        if (managers.isEmpty()) {
            throw new InvalidField("organisation", "messaging.organisation.nobody");
        }
        return conversations.findStartedBy(poleId, me, ConversationKind.ORGANISATION, organisation, null)
                .orElseGet(() -> conversations.start(poleId, me, new MessagingRepository.Start(
                        ConversationKind.ORGANISATION, null, organisation, null, null), managers));
    }

    /**
     * The person's conversation about a resource of the pole, with its owner's managers.
     *
     * @throws InvalidField for a resource of one's own organisation, or one without a manager
     * @throws AccessDeniedException for a resource the pole does not see
     */
    @Transactional
    @PoleMember
    public ConversationId aboutResource(PoleId poleId, ResourceId resource) {
        PersonId me = currentUser.require();
        var seen = (resource == null ? Optional.<MessagingRepository.ResourceSeen>empty()
                : conversations.resource(resource))
                .orElseThrow(() -> new AccessDeniedException("not a resource of this pole"));
        if (conversations.organisationOf(me).filter(seen.owner()::equals).isPresent()) {
            throw new InvalidField("resource", "messaging.resource.own");
        }
        List<PersonId> managers = conversations.managersOf(poleId, seen.owner());
        if (managers.isEmpty()) {
            throw new InvalidField("resource", "messaging.organisation.nobody");
        }
        return conversations.findStartedBy(poleId, me, ConversationKind.RESOURCE, null, resource)
                .orElseGet(() -> conversations.start(poleId, me, new MessagingRepository.Start(
                        ConversationKind.RESOURCE, null, null, resource, null), managers));
    }

    /**
     * The conversation of a booking: the owner's managers, the booker and the booker's organisation's managers. Only
     * they open it.
     *
     * @throws AccessDeniedException for anybody else, or a booking of another pole
     */
    @Transactional
    @PoleMember
    public ConversationId aboutBooking(PoleId poleId, BookingId booking) {
        PersonId me = currentUser.require();
        var seen = (booking == null ? Optional.<MessagingRepository.BookingSeen>empty()
                : conversations.booking(poleId, booking))
                .orElseThrow(() -> new AccessDeniedException("not a booking of this pole"));
        Set<PersonId> people = new LinkedHashSet<>(conversations.managersOf(poleId, seen.owner()));
        if (conversations.holdsARoleIn(seen.booker(), poleId)) {
            people.add(seen.booker());
        }
        people.addAll(conversations.managersOf(poleId, seen.bookerOrganisation()));
        if (!people.contains(me)) {
            throw new AccessDeniedException("not a party to this booking");
        }
        Optional<ConversationId> existing = conversations.findOfBooking(poleId, booking);
        if (existing.isPresent()) {
            if (!conversations.takesPart(poleId, existing.get(), me)) {
                // someone who became a party later (a new manager) joins it
                throw new AccessDeniedException("not a participant of this booking's conversation");
            }
            return existing.get();
        }
        people.remove(me);
        String title = seen.resourceName() + " · " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(seen.start().atZone(ZoneId.of(seen.zone())));
        if (title.length() > TITLE_MAX) {
            title = title.substring(0, TITLE_MAX);
        }
        return conversations.start(poleId, me, new MessagingRepository.Start(ConversationKind.BOOKING, title, null,
                null, booking), people);
    }

    /**
     * The conversation attached to a joint project, for the people of its organisations (and the pole's animators):
     * started with all of them the first time, joined by whoever comes later.
     *
     * @throws AccessDeniedException for a project of another pole, or somebody who does not work on it
     */
    @Transactional
    @PoleMember
    public ConversationId aboutProject(PoleId poleId, org.coopole.project.ProjectId project) {
        PersonId me = currentUser.require();
        String title = (project == null ? Optional.<String>empty() : conversations.projectWorkedOn(poleId, project))
                .orElseThrow(() -> new AccessDeniedException("not a project this person works on"));
        Optional<ConversationId> existing = conversations.findOfProject(poleId, project);
        if (existing.isPresent()) {
            if (!conversations.takesPart(poleId, existing.get(), me)) {
                conversations.join(existing.get(), me);
            }
            return existing.get();
        }
        Set<PersonId> people = new LinkedHashSet<>(conversations.projectPeople(poleId, project));
        people.remove(me);
        return conversations.start(poleId, me, new MessagingRepository.Start(ConversationKind.PROJECT,
                title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title, null, null, null, project), people);
    }

    /** The person's conversations in the pole, the latest first (at most 500). */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Conversation> conversations(PoleId poleId) {
        return conversations.of(poleId, currentUser.require(), 500);
    }

    /**
     * The open conversation's kind, name and people.
     *
     * @throws AccessDeniedException when the person does not take part in it
     */
    @Transactional(readOnly = true)
    @PoleMember
    public ConversationDetails details(PoleId poleId, ConversationId conversation) {
        requireParticipant(poleId, conversation);
        return conversations.details(poleId, conversation, currentUser.require())
                .orElseThrow(() -> new AccessDeniedException("not a participant of this conversation in this pole"));
    }

    /**
     * The latest messages of a conversation, oldest first, up to {@code limit}.
     *
     * @throws AccessDeniedException when the person does not take part in it
     */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Message> messages(PoleId poleId, ConversationId conversation, int limit) {
        requireParticipant(poleId, conversation);
        return conversations.latest(conversation, currentUser.require(), Math.clamp(limit, 1, 500), clock.instant());
    }

    /**
     * Writes a message, with its files and the message it answers; the other participants are told (the bell, and
     * email as each chose), and every open screen of the conversation shows it.
     *
     * @throws InvalidField for an empty, too long or odd text, a file that is not allowed, or too many files
     */
    @Transactional
    @PoleMember
    public MessageId send(PoleId poleId, ConversationId conversation, Draft draft) {
        requireParticipant(poleId, conversation);
        String text = draft == null || draft.body() == null ? "" : draft.body().strip();
        List<Draft.NewAttachment> files = draft == null ? List.of() : draft.attachments();
        if (text.isEmpty() && files.isEmpty()) {
            throw new InvalidField("body", "validation.required");
        }
        checkBody(text);
        if (files.size() > ATTACHMENTS_PER_MESSAGE) {
            throw new InvalidField("attachments", "messaging.attachment.too-many", ATTACHMENTS_PER_MESSAGE);
        }
        List<Attachments.Checked> checked = new ArrayList<>();
        for (Draft.NewAttachment file : files) {
            checked.add(Attachments.check(file.fileName(), file.content()));
        }
        MessageId replyTo = draft == null ? null : draft.replyTo();
        if (replyTo != null && conversations.conversationOf(poleId, replyTo).filter(conversation::equals).isEmpty()) {
            throw new InvalidField("replyTo", "messaging.reply.elsewhere");
        }
        PersonId me = currentUser.require();
        var shape = conversations.shape(conversation);
        // in a conversation addressed to an organisation, its manager answers for it
        OrganisationId forOrganisation = shape.kind() == ConversationKind.ORGANISATION
                && conversations.organisationOf(me).filter(shape.organisation()::equals).isPresent()
                ? shape.organisation() : null;
        MessageId id = conversations.write(conversation, me, text, replyTo, forOrganisation);
        for (int i = 0; i < checked.size(); i++) {
            Attachments.Checked file = checked.get(i);
            conversations.attach(id, conversation, i, file.fileName(), file.mediaType(), file.content());
        }
        live.changed(Topic.CONVERSATION, poleId, conversation.value());
        var told = conversations.others(poleId, conversation, me);
        String words = text.isEmpty() ? checked.stream().map(Attachments.Checked::fileName)
                .reduce((a, b) -> a + ", " + b).orElse("") : text;
        events.publishEvent(new Notice(NotificationKind.MESSAGE_RECEIVED, poleId,
                new Subject(SubjectKind.CONVERSATION, conversation.value()), me, told.people(),
                Map.of("author", told.authorName(), "excerpt", excerpt(words), "path", "messages?c=" + conversation)));
        return id;
    }

    /**
     * Changes the text of one's own message, within 15 minutes of writing it; it is shown as edited.
     *
     * @throws InvalidField when it is too late, or for a text that would be refused when sent
     * @throws AccessDeniedException for a message of a conversation the person does not take part in
     */
    @Transactional
    @PoleMember
    public void edit(PoleId poleId, MessageId message, String body) {
        ConversationId conversation = requireMessage(poleId, message);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidField("body", "validation.required");
        }
        checkBody(text);
        requireAuthor(message);
        if (!conversations.edit(message, currentUser.require(), text)) {
            throw new InvalidField("body", "messaging.change.too-late");
        }
        live.changed(Topic.CONVERSATION, poleId, conversation.value());
    }

    /**
     * Deletes one's own message within 15 minutes of writing it: its text and files go, its place says "deleted".
     *
     * @throws InvalidField when it is too late
     */
    @Transactional
    @PoleMember
    public void delete(PoleId poleId, MessageId message) {
        ConversationId conversation = requireMessage(poleId, message);
        requireAuthor(message);
        if (!conversations.delete(message, currentUser.require())) {
            throw new InvalidField("body", "messaging.change.too-late");
        }
        live.changed(Topic.CONVERSATION, poleId, conversation.value());
    }

    /** Everything in the conversation is read, up to now. */
    @Transactional
    @PoleMember
    public void markRead(PoleId poleId, ConversationId conversation) {
        requireParticipant(poleId, conversation);
        conversations.markRead(conversation, currentUser.require());
        // what the bell said of this conversation is read too (and the person's other screens hear of it)
        notifications.markRead(poleId, new Subject(SubjectKind.CONVERSATION, conversation.value()));
    }

    /** That message and the ones after it are unread again, for the person alone. */
    @Transactional
    @PoleMember
    public void markUnread(PoleId poleId, MessageId from) {
        ConversationId conversation = requireMessage(poleId, from);
        conversations.markUnreadFrom(conversation, currentUser.require(), from);
        live.changed(Topic.INBOX, poleId, currentUser.require().value());
    }

    /** How many messages of others the person has not read, in all their conversations of the pole. */
    @Transactional(readOnly = true)
    @PoleMember
    public int unread(PoleId poleId) {
        return conversations.unread(poleId, currentUser.require());
    }

    /**
     * Messages of the person's own conversations containing the words (French and English word forms both:
     * "révision" finds "révisés", "repairing" finds "repaired"), newest first, at most 50.
     */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Found> search(PoleId poleId, String words) {
        String query = words == null ? "" : words.strip();
        if (query.isEmpty()) {
            return List.of();
        }
        if (query.length() > TextRules.LINE_MAX) {
            throw new InvalidField("search", "validation.too-long", TextRules.LINE_MAX);
        }
        return conversations.search(poleId, currentUser.require(), query, 50);
    }

    /**
     * An attachment's file, for a participant of its conversation (or an animator it was reported to); empty for a
     * hidden one or one that is not the person's to see.
     */
    @Transactional(readOnly = true)
    @PoleMember
    public Optional<AttachmentFile> attachment(PoleId poleId, AttachmentId attachment) {
        return attachment == null ? Optional.empty() : conversations.attachment(poleId, attachment);
    }

    /** People of the pole one can write to or add to a group. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Reachable> reachable(PoleId poleId) {
        return conversations.reachable(poleId, currentUser.require());
    }

    /**
     * Adds a person of the pole to a group the signed-in person started; "X joined" shows in the thread.
     *
     * @throws AccessDeniedException when the person did not start that group
     */
    @Transactional
    @PoleMember
    public void addToGroup(PoleId poleId, ConversationId conversation, PersonId person) {
        requireGroupCreator(poleId, conversation);
        if (person == null || !conversations.holdsARoleIn(person, poleId)) {
            throw new InvalidField("people", "messaging.not-in-pole");
        }
        if (conversations.participants(conversation).contains(person)) {
            return;
        }
        conversations.add(conversation, person);
        conversations.writeMembership(conversation, currentUser.require(), person, true);
        live.changed(Topic.CONVERSATION, poleId, conversation.value());
        live.changed(Topic.INBOX, poleId, person.value());
    }

    /**
     * Removes a person from a group the signed-in person started; "X left" shows in the thread, and the person no
     * longer reads it.
     */
    @Transactional
    @PoleMember
    public void removeFromGroup(PoleId poleId, ConversationId conversation, PersonId person) {
        requireGroupCreator(poleId, conversation);
        PersonId me = currentUser.require();
        if (person == null || person.equals(me)) {
            throw new InvalidField("people", "messaging.group.creator-stays");
        }
        if (!conversations.participants(conversation).contains(person)) {
            return;
        }
        conversations.writeMembership(conversation, me, person, false);
        conversations.remove(conversation, person);
        live.changed(Topic.CONVERSATION, poleId, conversation.value());
        live.changed(Topic.INBOX, poleId, person.value());
    }

    /** The signed-in person leaves a group; "X left" shows to the others. */
    @Transactional
    @PoleMember
    public void leave(PoleId poleId, ConversationId conversation) {
        requireParticipant(poleId, conversation);
        var shape = conversations.shape(conversation);
        PersonId me = currentUser.require();
        if (shape.kind() != ConversationKind.GROUP) {
            throw new InvalidField("conversation", "messaging.leave.only-groups");
        }
        if (shape.createdBy().equals(me)) {
            throw new InvalidField("conversation", "messaging.group.creator-stays");
        }
        conversations.writeMembership(conversation, me, me, false);
        conversations.remove(conversation, me);
        live.changed(Topic.CONVERSATION, poleId, conversation.value());
    }

    /**
     * Reports a message, or one of its attachments, to the pole's animators, with the reason.
     *
     * @throws InvalidField without a reason, or for an attachment that is not the message's
     */
    @Transactional
    @PoleMember
    public ReportId report(PoleId poleId, MessageId message, AttachmentId attachment, String reason) {
        ConversationId conversation = requireMessage(poleId, message);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidField("reason", "validation.required");
        }
        if (why.length() > REASON_MAX) {
            throw new InvalidField("reason", "validation.too-long", REASON_MAX);
        }
        if (TextRules.hasHiddenCharacters(why, true)) {
            throw new InvalidField("reason", "validation.hidden-characters");
        }
        var written = conversations.written(message).orElseThrow(() -> new AccessDeniedException("no such message"));
        String excerpt = written.body();
        if (attachment != null) {
            excerpt = conversations.attachmentName(message, attachment)
                    .orElseThrow(() -> new InvalidField("attachment", "messaging.report.not-this-message"));
        }
        ReportId id = conversations.report(poleId, message, attachment, currentUser.require(), written.author(), why,
                excerpt);
        audit.log(AuditAction.MESSAGE_REPORTED, poleId, conversation.toString(), why);
        return id;
    }

    /** The pole's reports waiting for a decision. */
    @Transactional(readOnly = true)
    @PoleAnimator
    public List<Report> reports(PoleId poleId) {
        return conversations.openReports(poleId);
    }

    /**
     * Hides what was reported from everyone in the conversation ("hidden by the pole's animators"); the audit trail
     * keeps it.
     *
     * @throws AccessDeniedException for a report of another pole
     */
    @Transactional
    @PoleAnimator
    public void hide(PoleId poleId, ReportId report) {
        ConversationId conversation = (report == null ? Optional.<ConversationId>empty()
                : conversations.hideReported(report))
                .orElseThrow(() -> new AccessDeniedException("not a report of this pole"));
        audit.log(AuditAction.MESSAGE_HIDDEN, poleId, conversation.toString(), report.toString());
        live.changed(Topic.CONVERSATION, poleId, conversation.value());
    }

    /** Closes a report and keeps what was reported. */
    @Transactional
    @PoleAnimator
    public void keep(PoleId poleId, ReportId report) {
        if (report == null || !conversations.keepReported(poleId, report, currentUser.require())) {
            throw new AccessDeniedException("not an open report of this pole");
        }
        audit.log(AuditAction.MESSAGE_KEPT, poleId, report.toString(), null);
    }

    /**
     * Refuses, with the reason, a file that could not be sent: checked again when the message is sent. Needs no
     * database; the screen calls it as soon as a file is uploaded.
     */
    public static void checkAttachment(Draft.NewAttachment file) {
        Attachments.check(file.fileName(), file.content());
    }

    private void checkBody(String text) {
        if (text.length() > BODY_MAX) {
            throw new InvalidField("body", "validation.too-long", BODY_MAX);
        }
        if (TextRules.hasHiddenCharacters(text, true)) {
            throw new InvalidField("body", "validation.hidden-characters");
        }
    }

    private void requireParticipant(PoleId poleId, ConversationId conversation) {
        if (conversation == null || !conversations.takesPart(poleId, conversation, currentUser.require())) {
            throw new AccessDeniedException("not a participant of this conversation in this pole");
        }
    }

    /** The conversation of a message the person may read. */
    private ConversationId requireMessage(PoleId poleId, MessageId message) {
        ConversationId conversation = message == null ? null : conversations.conversationOf(poleId, message)
                .orElse(null);
        requireParticipant(poleId, conversation);
        return conversation;
    }

    private void requireAuthor(MessageId message) {
        if (conversations.written(message).filter(w -> w.author().equals(currentUser.require())).isEmpty()) {
            throw new AccessDeniedException("only its author changes a message");
        }
    }

    private void requireGroupCreator(PoleId poleId, ConversationId conversation) {
        requireParticipant(poleId, conversation);
        var shape = conversations.shape(conversation);
        if (shape.kind() != ConversationKind.GROUP || !shape.createdBy().equals(currentUser.require())) {
            throw new AccessDeniedException("only the group's creator adds or removes people");
        }
    }

    private static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
