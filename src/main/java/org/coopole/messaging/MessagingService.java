package org.coopole.messaging;

import org.coopole.common.InvalidField;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.TextRules;
import org.coopole.messaging.internal.MessagingRepository;
import org.coopole.notification.Notice;
import org.coopole.notification.NotificationKind;
import org.coopole.notification.NotificationService;
import org.coopole.notification.Subject;
import org.coopole.notification.SubjectKind;
import org.coopole.security.CurrentUser;
import org.coopole.security.PoleMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Messaging between people of a pole: direct conversations for now. Only a conversation's participants read or
 * write in it (row security says so again); each new message is a notification to the others.
 */
@Service
public class MessagingService {

    /** The longest message, in characters. */
    public static final int BODY_MAX = TextRules.TEXT_MAX;

    private final MessagingRepository conversations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final NotificationService notifications;

    MessagingService(MessagingRepository conversations, CurrentUser currentUser, ApplicationEventPublisher events,
                     NotificationService notifications) {
        this.notifications = notifications;
        this.conversations = conversations;
        this.currentUser = currentUser;
        this.events = events;
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
        return conversations.findDirect(poleId, me, with).orElseGet(() -> conversations.startDirect(poleId, me, with));
    }

    /** The person's conversations in the pole, the latest first. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Conversation> conversations(PoleId poleId) {
        return conversations.of(poleId, currentUser.require());
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
        return conversations.latest(conversation, currentUser.require(), Math.clamp(limit, 1, 500));
    }

    /** Writes a message; the other participants are told (the bell, and email as each chose). */
    @Transactional
    @PoleMember
    public void send(PoleId poleId, ConversationId conversation, String body) {
        requireParticipant(poleId, conversation);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidField("body", "validation.required");
        }
        if (text.length() > BODY_MAX) {
            throw new InvalidField("body", "validation.too-long", BODY_MAX);
        }
        if (TextRules.hasHiddenCharacters(text, true)) {
            throw new InvalidField("body", "validation.hidden-characters");
        }
        PersonId me = currentUser.require();
        conversations.write(conversation, me, text);
        var told = conversations.others(conversation, me);
        events.publishEvent(new Notice(NotificationKind.MESSAGE_RECEIVED, poleId,
                new Subject(SubjectKind.CONVERSATION, conversation.value()), me, told.people(),
                Map.of("author", told.authorName(), "excerpt", excerpt(text), "path", "messages?c=" + conversation)));
    }

    /** Everything in the conversation is read, up to now. */
    @Transactional
    @PoleMember
    public void markRead(PoleId poleId, ConversationId conversation) {
        requireParticipant(poleId, conversation);
        conversations.markRead(conversation, currentUser.require());
        // what the bell said of this conversation is read too
        notifications.markRead(poleId, new Subject(SubjectKind.CONVERSATION, conversation.value()));
    }

    /** How many messages of others the person has not read, in all their conversations of the pole. */
    @Transactional(readOnly = true)
    @PoleMember
    public int unread(PoleId poleId) {
        return conversations.unread(poleId, currentUser.require());
    }

    private void requireParticipant(PoleId poleId, ConversationId conversation) {
        if (conversation == null || !conversations.takesPart(poleId, conversation, currentUser.require())) {
            throw new AccessDeniedException("not a participant of this conversation in this pole");
        }
    }

    private static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
