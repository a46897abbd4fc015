package org.coopole.messaging.internal;

import org.coopole.common.BookingId;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.messaging.AttachmentFile;
import org.coopole.messaging.AttachmentId;
import org.coopole.messaging.Conversation;
import org.coopole.messaging.ConversationDetails;
import org.coopole.messaging.ConversationId;
import org.coopole.messaging.ConversationKind;
import org.coopole.messaging.Found;
import org.coopole.messaging.Message;
import org.coopole.messaging.MessageId;
import org.coopole.messaging.Participant;
import org.coopole.messaging.Reachable;
import org.coopole.messaging.Report;
import org.coopole.messaging.ReportId;
import org.coopole.security.PoleRole;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.coopole.db.Tables.BOOKING;
import static org.coopole.db.Tables.CONVERSATION;
import static org.coopole.db.Tables.CONVERSATION_PARTICIPANT;
import static org.coopole.db.Tables.MESSAGE;
import static org.coopole.db.Tables.MESSAGE_ATTACHMENT;
import static org.coopole.db.Tables.MESSAGE_REPORT;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.POLE;
import static org.coopole.db.Tables.POLE_ROLE;
import static org.coopole.db.Tables.RESOURCE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;

@Repository
public class MessagingRepository {

    /** How long an author may edit or delete their message (row security says so too). */
    public static final Duration CHANGEABLE_FOR = Duration.ofMinutes(15);

    private final DSLContext db;

    MessagingRepository(DSLContext db) {
        this.db = db;
    }

    public boolean holdsARoleIn(PersonId person, PoleId poleId) {
        return db.fetchExists(selectOne().from(POLE_ROLE).join(PERSON).on(PERSON.ID.eq(POLE_ROLE.PERSON_ID),
                PERSON.ACTIVE.isTrue()).where(POLE_ROLE.PERSON_ID.eq(person), POLE_ROLE.POLE_ID.eq(poleId)));
    }

    public Optional<ConversationId> findDirect(PoleId poleId, PersonId me, PersonId with) {
        var mine = CONVERSATION_PARTICIPANT.as("mine");
        var theirs = CONVERSATION_PARTICIPANT.as("theirs");
        return db.select(CONVERSATION.ID)
                .from(CONVERSATION)
                .join(mine).on(mine.CONVERSATION_ID.eq(CONVERSATION.ID), mine.PERSON_ID.eq(me))
                .join(theirs).on(theirs.CONVERSATION_ID.eq(CONVERSATION.ID), theirs.PERSON_ID.eq(with))
                .where(CONVERSATION.POLE_ID.eq(poleId), CONVERSATION.KIND.eq(ConversationKind.DIRECT.name()))
                .limit(1)
                .fetchOptional(CONVERSATION.ID);
    }

    /** A conversation of that kind about that subject, started by the person, if they still take part in it. */
    public Optional<ConversationId> findStartedBy(PoleId poleId, PersonId me, ConversationKind kind,
                                                  OrganisationId organisation, ResourceId resource) {
        Condition about = kind == ConversationKind.ORGANISATION ? CONVERSATION.ORGANISATION_ID.eq(organisation)
                : CONVERSATION.RESOURCE_ID.eq(resource);
        return db.select(CONVERSATION.ID).from(CONVERSATION)
                .join(CONVERSATION_PARTICIPANT).on(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(CONVERSATION.ID),
                        CONVERSATION_PARTICIPANT.PERSON_ID.eq(me))
                .where(CONVERSATION.POLE_ID.eq(poleId), CONVERSATION.KIND.eq(kind.name()),
                        CONVERSATION.CREATED_BY_PERSON_ID.eq(me), about)
                .limit(1)
                .fetchOptional(CONVERSATION.ID);
    }

    /** The conversation of a booking, whoever started it. */
    public Optional<ConversationId> findOfBooking(PoleId poleId, BookingId booking) {
        return db.select(CONVERSATION.ID).from(CONVERSATION)
                .where(CONVERSATION.POLE_ID.eq(poleId), CONVERSATION.BOOKING_ID.eq(booking))
                .fetchOptional(CONVERSATION.ID);
    }

    /** What a new conversation is about. */
    public record Start(ConversationKind kind, String title, OrganisationId organisation, ResourceId resource,
                        BookingId booking, org.coopole.project.ProjectId project) {

        public Start(ConversationKind kind, String title, OrganisationId organisation, ResourceId resource,
                     BookingId booking) {
            this(kind, title, organisation, resource, booking, null);
        }
    }

    public Optional<ConversationId> findOfProject(PoleId poleId, org.coopole.project.ProjectId project) {
        return db.select(CONVERSATION.ID).from(CONVERSATION)
                .where(CONVERSATION.POLE_ID.eq(poleId), CONVERSATION.PROJECT_ID.eq(project))
                .fetchOptional(CONVERSATION.ID);
    }

    /** A project's title, when it is the pole's and the acting person works on it (row security's own rule). */
    public Optional<String> projectWorkedOn(PoleId poleId, org.coopole.project.ProjectId project) {
        var p = org.coopole.db.Tables.PROJECT;
        return db.select(p.TITLE).from(p)
                .where(p.ID.eq(project), p.POLE_ID.eq(poleId),
                        DSL.field(DSL.function("works_on_project", Boolean.class, p.ID)).isTrue())
                .fetchOptional(p.TITLE);
    }

    /** The active people of a project's lead and partner organisations who hold a role in the pole. */
    public List<PersonId> projectPeople(PoleId poleId, org.coopole.project.ProjectId project) {
        var p = org.coopole.db.Tables.PROJECT;
        var partner = org.coopole.db.Tables.PROJECT_PARTNER;
        var organisations = DSL.select(p.LEAD_ORGANISATION_ID).from(p).where(p.ID.eq(project))
                .union(DSL.select(partner.ORGANISATION_ID).from(partner)
                        .where(partner.PROJECT_ID.eq(project), partner.ORGANISATION_ID.isNotNull()));
        return db.selectDistinct(PERSON.ID).from(PERSON)
                .join(POLE_ROLE).on(POLE_ROLE.PERSON_ID.eq(PERSON.ID), POLE_ROLE.POLE_ID.eq(poleId))
                .where(PERSON.ORGANISATION_ID.in(organisations), PERSON.ACTIVE.isTrue())
                .orderBy(PERSON.ID)
                .limit(500)
                .fetch(PERSON.ID);
    }

    /** The acting person joins a project's conversation by themselves (row security checks they work on it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void join(ConversationId conversation, PersonId me) {
        db.insertInto(CONVERSATION_PARTICIPANT).set(CONVERSATION_PARTICIPANT.CONVERSATION_ID, conversation)
                .set(CONVERSATION_PARTICIPANT.PERSON_ID, me).onConflictDoNothing().execute();
    }

    /** Starts a conversation between the people, its starter first; all of them hold a role in the pole. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ConversationId start(PoleId poleId, PersonId me, Start start, Collection<PersonId> others) {
        ConversationId id = db.insertInto(CONVERSATION)
                .set(CONVERSATION.POLE_ID, poleId)
                .set(CONVERSATION.KIND, start.kind().name())
                .set(CONVERSATION.TITLE, start.title())
                .set(CONVERSATION.ORGANISATION_ID, start.organisation())
                .set(CONVERSATION.RESOURCE_ID, start.resource())
                .set(CONVERSATION.BOOKING_ID, start.booking())
                .set(CONVERSATION.PROJECT_ID, start.project())
                .set(CONVERSATION.CREATED_BY_PERSON_ID, me)
                .returning(CONVERSATION.ID)
                .fetchOne(CONVERSATION.ID);
        Set<PersonId> people = new LinkedHashSet<>();
        people.add(me);
        people.addAll(others);
        var insert = db.insertInto(CONVERSATION_PARTICIPANT, CONVERSATION_PARTICIPANT.CONVERSATION_ID,
                CONVERSATION_PARTICIPANT.PERSON_ID);
        for (PersonId person : people) {
            insert = insert.values(id, person);
        }
        insert.execute();
        return id;
    }

    /** Active people holding the role in the pole who belong to the organisation. */
    public List<PersonId> managersOf(PoleId poleId, OrganisationId organisation) {
        return db.selectDistinct(PERSON.ID).from(PERSON)
                .join(POLE_ROLE).on(POLE_ROLE.PERSON_ID.eq(PERSON.ID), POLE_ROLE.POLE_ID.eq(poleId),
                        POLE_ROLE.ROLE.eq(PoleRole.ORGANISATION_MANAGER))
                .where(PERSON.ORGANISATION_ID.eq(organisation), PERSON.ACTIVE.isTrue())
                .orderBy(PERSON.ID)
                .fetch(PERSON.ID);
    }

    /** The organisation a person belongs to. */
    public Optional<OrganisationId> organisationOf(PersonId person) {
        return db.select(PERSON.ORGANISATION_ID).from(PERSON).where(PERSON.ID.eq(person))
                .fetchOptional(PERSON.ORGANISATION_ID);
    }

    /** Whether the organisation is a member of the pole (one holding a role there). */
    public boolean organisationIn(PoleId poleId, OrganisationId organisation) {
        return db.fetchExists(selectOne().from(PERSON).join(POLE_ROLE).on(POLE_ROLE.PERSON_ID.eq(PERSON.ID),
                POLE_ROLE.POLE_ID.eq(poleId)).where(PERSON.ORGANISATION_ID.eq(organisation)));
    }

    /** A resource as the pole sees it: its name and owner; empty when it is not the pole's to see. */
    public record ResourceSeen(String name, OrganisationId owner) {
    }

    public Optional<ResourceSeen> resource(ResourceId resource) {
        return db.select(RESOURCE.NAME, RESOURCE.ORGANISATION_ID).from(RESOURCE).where(RESOURCE.ID.eq(resource))
                .fetchOptional(r -> new ResourceSeen(r.value1(), r.value2()));
    }

    /** A booking as its people see it: resource, owner, booker and their organisation, start. */
    public record BookingSeen(String resourceName, OrganisationId owner, PersonId booker, OrganisationId bookerOrganisation,
                              Instant start, String zone) {
    }

    public Optional<BookingSeen> booking(PoleId poleId, BookingId booking) {
        return db.select(RESOURCE.NAME, RESOURCE.ORGANISATION_ID, BOOKING.PERSON_ID, BOOKING.ORGANISATION_ID,
                        BOOKING.PERIOD, POLE.TIME_ZONE)
                .from(BOOKING).join(RESOURCE).on(RESOURCE.ID.eq(BOOKING.RESOURCE_ID))
                .join(POLE).on(POLE.ID.eq(BOOKING.POLE_ID))
                .where(BOOKING.ID.eq(booking), BOOKING.POLE_ID.eq(poleId))
                .fetchOptional(r -> new BookingSeen(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5().lower().toInstant(), r.value6()));
    }

    public boolean takesPart(PoleId poleId, ConversationId conversation, PersonId person) {
        return db.fetchExists(selectOne().from(CONVERSATION)
                .join(CONVERSATION_PARTICIPANT).on(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(CONVERSATION.ID),
                        CONVERSATION_PARTICIPANT.PERSON_ID.eq(person))
                .where(CONVERSATION.ID.eq(conversation), CONVERSATION.POLE_ID.eq(poleId)));
    }

    /** A conversation's name as a participant sees it. */
    private Field<String> name(PersonId reader) {
        var starter = PERSON.as("starter");
        Field<String> starterName = field(select(DSL.concat(starter.FIRST_NAME, inline(" "), starter.LAST_NAME))
                .from(starter).where(starter.ID.eq(CONVERSATION.CREATED_BY_PERSON_ID)));
        Field<String> organisationName = field(select(ORGANISATION.NAME).from(ORGANISATION)
                .where(ORGANISATION.ID.eq(CONVERSATION.ORGANISATION_ID)));
        Field<String> resourceName = field(select(RESOURCE.NAME).from(RESOURCE)
                .where(RESOURCE.ID.eq(CONVERSATION.RESOURCE_ID)));
        // to an organisation or about a resource: its name, and who wrote to it for the people who answer
        Field<String> fromWhom = DSL.when(CONVERSATION.CREATED_BY_PERSON_ID.eq(reader), inline(""))
                .otherwise(DSL.concat(inline(" · "), starterName));
        return DSL.when(CONVERSATION.KIND.eq(ConversationKind.ORGANISATION.name()),
                        DSL.concat(coalesce(organisationName, inline("")), fromWhom))
                .when(CONVERSATION.KIND.eq(ConversationKind.RESOURCE.name()),
                        DSL.concat(coalesce(resourceName, inline("")), fromWhom))
                .otherwise(coalesce(CONVERSATION.TITLE, inline("")));
    }

    /** The person's conversations in the pole, the latest first. */
    public List<Conversation> of(PoleId poleId, PersonId person, int limit) {
        var mine = CONVERSATION_PARTICIPANT.as("mine");
        var last = MESSAGE.as("last");
        var unread = MESSAGE.as("unread");
        var lastWords = field(select(last.BODY).from(last).where(last.CONVERSATION_ID.eq(CONVERSATION.ID),
                        last.KIND.eq("TEXT"), last.DELETED_AT.isNull(), last.HIDDEN_AT.isNull())
                .orderBy(last.CREATED_AT.desc(), last.ID.desc()).limit(1));
        var unreadCount = field(selectCount().from(unread).where(unread.CONVERSATION_ID.eq(CONVERSATION.ID),
                unread.AUTHOR_PERSON_ID.ne(person), unread.KIND.eq("TEXT"), unread.DELETED_AT.isNull(),
                unread.CREATED_AT.gt(mine.READ_UP_TO)));
        var rows = db.select(CONVERSATION.ID, CONVERSATION.KIND, name(person), CONVERSATION.LAST_MESSAGE_AT, lastWords,
                        unreadCount)
                .from(CONVERSATION)
                .join(mine).on(mine.CONVERSATION_ID.eq(CONVERSATION.ID), mine.PERSON_ID.eq(person))
                // one opened by someone else shows once something is written in it
                .where(CONVERSATION.POLE_ID.eq(poleId), CONVERSATION.LAST_MESSAGE_AT.isNotNull()
                        .or(CONVERSATION.CREATED_BY_PERSON_ID.eq(person)).or(CONVERSATION.KIND.eq("GROUP")))
                .orderBy(coalesce(CONVERSATION.LAST_MESSAGE_AT, CONVERSATION.CREATED_AT).desc(), CONVERSATION.ID)
                .limit(limit)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        // a direct conversation is named after the other person
        List<ConversationId> direct = rows.stream().filter(r -> r.value2().equals(ConversationKind.DIRECT.name()))
                .map(r -> r.value1()).toList();
        Map<ConversationId, String> others = direct.isEmpty() ? Map.of() : othersNames(direct, person);
        return rows.map(r -> new Conversation(r.value1(), ConversationKind.valueOf(r.value2()),
                r.value2().equals(ConversationKind.DIRECT.name()) ? others.getOrDefault(r.value1(), "") : r.value3(),
                r.value4() == null ? null : r.value4().toInstant(), r.value5() == null ? "" : r.value5(),
                r.value6() == null ? 0 : r.value6()));
    }

    private Map<ConversationId, String> othersNames(Collection<ConversationId> conversations, PersonId person) {
        return db.select(CONVERSATION_PARTICIPANT.CONVERSATION_ID, PERSON.FIRST_NAME, PERSON.LAST_NAME)
                .from(CONVERSATION_PARTICIPANT)
                .join(PERSON).on(PERSON.ID.eq(CONVERSATION_PARTICIPANT.PERSON_ID))
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.in(conversations),
                        CONVERSATION_PARTICIPANT.PERSON_ID.ne(person))
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME)
                .fetchGroups(r -> r.value1(), r -> r.value2() + " " + r.value3())
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(", ", e.getValue())));
    }

    /** The open conversation's header; empty when it is not the person's. */
    public Optional<ConversationDetails> details(PoleId poleId, ConversationId conversation, PersonId reader) {
        var row = db.select(CONVERSATION.KIND, name(reader), CONVERSATION.CREATED_BY_PERSON_ID)
                .from(CONVERSATION).where(CONVERSATION.ID.eq(conversation), CONVERSATION.POLE_ID.eq(poleId))
                .fetchOptional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<Participant> people = db.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, ORGANISATION.NAME,
                        PERSON.ACTIVE)
                .from(CONVERSATION_PARTICIPANT)
                .join(PERSON).on(PERSON.ID.eq(CONVERSATION_PARTICIPANT.PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(conversation))
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME)
                .fetch(r -> new Participant(r.value1(), r.value2() + " " + r.value3(),
                        r.value4() == null ? "" : r.value4(), Boolean.TRUE.equals(r.value5())));
        ConversationKind kind = ConversationKind.valueOf(row.get().value1());
        String name = kind == ConversationKind.DIRECT ? people.stream().filter(p -> !p.id().equals(reader))
                .map(Participant::name).collect(Collectors.joining(", ")) : row.get().value2();
        return Optional.of(new ConversationDetails(conversation, kind, name, people,
                row.get().value3().equals(reader)));
    }

    /** The latest messages (before {@code before} when given), oldest first. */
    public List<Message> latest(ConversationId conversation, PersonId reader, int limit, Instant now) {
        var author = PERSON.as("author");
        var about = PERSON.as("about");
        var quoted = MESSAGE.as("quoted");
        var quotedAuthor = PERSON.as("quoted_author");
        var rows = db.select(MESSAGE.ID, MESSAGE.KIND, MESSAGE.AUTHOR_PERSON_ID, author.FIRST_NAME, author.LAST_NAME,
                        ORGANISATION.NAME, about.FIRST_NAME, about.LAST_NAME, MESSAGE.BODY, MESSAGE.CREATED_AT,
                        MESSAGE.EDITED_AT, MESSAGE.DELETED_AT, MESSAGE.HIDDEN_AT,
                        quoted.ID, quotedAuthor.FIRST_NAME, quotedAuthor.LAST_NAME, quoted.BODY, quoted.DELETED_AT,
                        quoted.HIDDEN_AT)
                .from(MESSAGE)
                .join(author).on(author.ID.eq(MESSAGE.AUTHOR_PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(MESSAGE.FOR_ORGANISATION_ID))
                .leftJoin(about).on(about.ID.eq(MESSAGE.ABOUT_PERSON_ID))
                .leftJoin(quoted).on(quoted.ID.eq(MESSAGE.REPLY_TO_ID))
                .leftJoin(quotedAuthor).on(quotedAuthor.ID.eq(quoted.AUTHOR_PERSON_ID))
                .where(MESSAGE.CONVERSATION_ID.eq(conversation))
                .orderBy(MESSAGE.CREATED_AT.desc(), MESSAGE.ID.desc())
                .limit(limit)
                .fetch();
        Map<MessageId, List<Message.Attachment>> files = rows.isEmpty() ? Map.of()
                : db.select(MESSAGE_ATTACHMENT.MESSAGE_ID, MESSAGE_ATTACHMENT.ID, MESSAGE_ATTACHMENT.FILE_NAME,
                                MESSAGE_ATTACHMENT.MEDIA_TYPE, MESSAGE_ATTACHMENT.SIZE_BYTES, MESSAGE_ATTACHMENT.HIDDEN_AT)
                        .from(MESSAGE_ATTACHMENT)
                        .where(MESSAGE_ATTACHMENT.MESSAGE_ID.in(rows.map(r -> r.value1())))
                        .orderBy(MESSAGE_ATTACHMENT.POSITION, MESSAGE_ATTACHMENT.ID)
                        .fetchGroups(r -> r.value1(), r -> new Message.Attachment(r.value2(), r.value3(), r.value4(),
                                r.value5(), r.value6() != null));
        List<Message> newestFirst = new ArrayList<>(rows.size());
        for (var r : rows) {
            boolean deleted = r.value12() != null;
            boolean hidden = r.value13() != null;
            boolean mine = r.value3().equals(reader);
            Message.MessageKind kind = Message.MessageKind.valueOf(r.value2());
            Message.Quote quote = r.value14() == null ? null : new Message.Quote(r.value14(),
                    r.value15() + " " + r.value16(),
                    r.value18() != null || r.value19() != null ? "" : excerpt(r.value17(), 140));
            Instant at = r.value10().toInstant();
            newestFirst.add(new Message(r.value1(), kind, r.value3(), r.value4() + " " + r.value5(), r.value6(),
                    r.value7() == null ? null : r.value7() + " " + r.value8(),
                    deleted || hidden ? "" : r.value9(), at, mine, r.value11() != null, deleted, hidden, quote,
                    deleted || hidden ? List.of() : files.getOrDefault(r.value1(), List.of()),
                    mine && kind == Message.MessageKind.TEXT && !deleted && !hidden
                            && at.plus(CHANGEABLE_FOR).isAfter(now)));
        }
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The conversation a message is in, within the pole, when the person takes part in it. */
    public Optional<ConversationId> conversationOf(PoleId poleId, MessageId message) {
        return db.select(MESSAGE.CONVERSATION_ID).from(MESSAGE)
                .join(CONVERSATION).on(CONVERSATION.ID.eq(MESSAGE.CONVERSATION_ID))
                .where(MESSAGE.ID.eq(message), CONVERSATION.POLE_ID.eq(poleId))
                .fetchOptional(MESSAGE.CONVERSATION_ID);
    }

    /** A message's author and text, and whether it was deleted or hidden. */
    public record Written(PersonId author, String body, boolean gone) {
    }

    public Optional<Written> written(MessageId message) {
        return db.select(MESSAGE.AUTHOR_PERSON_ID, MESSAGE.BODY, MESSAGE.DELETED_AT, MESSAGE.HIDDEN_AT)
                .from(MESSAGE).where(MESSAGE.ID.eq(message))
                .fetchOptional(r -> new Written(r.value1(), r.value2(), r.value3() != null || r.value4() != null));
    }

    /**
     * Writes a message; the conversation moves to the top of its people's lists, read by its author. Times are the
     * database's transaction time, so that a message and read positions compare on one clock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public MessageId write(ConversationId conversation, PersonId author, String body, MessageId replyTo,
                           OrganisationId forOrganisation) {
        MessageId id = db.insertInto(MESSAGE)
                .set(MESSAGE.CONVERSATION_ID, conversation)
                .set(MESSAGE.AUTHOR_PERSON_ID, author)
                .set(MESSAGE.BODY, body)
                .set(MESSAGE.REPLY_TO_ID, replyTo)
                .set(MESSAGE.FOR_ORGANISATION_ID, forOrganisation)
                .returning(MESSAGE.ID)
                .fetchOne(MESSAGE.ID);
        db.update(CONVERSATION).set(CONVERSATION.LAST_MESSAGE_AT, currentOffsetDateTime())
                .where(CONVERSATION.ID.eq(conversation)).execute();
        markRead(conversation, author);
        return id;
    }

    /** "X joined" or "X left", written by whoever added or removed them (or left). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void writeMembership(ConversationId conversation, PersonId author, PersonId about, boolean joined) {
        db.insertInto(MESSAGE)
                .set(MESSAGE.CONVERSATION_ID, conversation)
                .set(MESSAGE.AUTHOR_PERSON_ID, author)
                .set(MESSAGE.BODY, "")
                .set(MESSAGE.KIND, joined ? "JOINED" : "LEFT")
                .set(MESSAGE.ABOUT_PERSON_ID, about)
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void attach(MessageId message, ConversationId conversation, int position, String fileName,
                       String mediaType, byte[] content) {
        db.insertInto(MESSAGE_ATTACHMENT)
                .set(MESSAGE_ATTACHMENT.MESSAGE_ID, message)
                .set(MESSAGE_ATTACHMENT.CONVERSATION_ID, conversation)
                .set(MESSAGE_ATTACHMENT.FILE_NAME, fileName)
                .set(MESSAGE_ATTACHMENT.MEDIA_TYPE, mediaType)
                .set(MESSAGE_ATTACHMENT.SIZE_BYTES, content.length)
                .set(MESSAGE_ATTACHMENT.CONTENT, content)
                .set(MESSAGE_ATTACHMENT.POSITION, (short) position)
                .execute();
    }

    /** Changes the text; false when row security refuses it (not the author's, or too late). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean edit(MessageId message, PersonId author, String body) {
        return db.update(MESSAGE).set(MESSAGE.BODY, body).set(MESSAGE.EDITED_AT, currentOffsetDateTime())
                .where(MESSAGE.ID.eq(message), MESSAGE.AUTHOR_PERSON_ID.eq(author)).execute() == 1;
    }

    /** Removes the text, keeping the message's place; false when row security refuses it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean delete(MessageId message, PersonId author) {
        return db.update(MESSAGE).set(MESSAGE.BODY, "").set(MESSAGE.DELETED_AT, currentOffsetDateTime())
                .where(MESSAGE.ID.eq(message), MESSAGE.AUTHOR_PERSON_ID.eq(author)).execute() == 1;
    }

    /** Who else takes part and may still hear of it (active, holding a role in the pole), and the author's name. */
    public record Told(List<PersonId> people, String authorName) {
    }

    public Told others(PoleId poleId, ConversationId conversation, PersonId author) {
        List<PersonId> people = db.selectDistinct(CONVERSATION_PARTICIPANT.PERSON_ID).from(CONVERSATION_PARTICIPANT)
                .join(PERSON).on(PERSON.ID.eq(CONVERSATION_PARTICIPANT.PERSON_ID), PERSON.ACTIVE.isTrue())
                .join(POLE_ROLE).on(POLE_ROLE.PERSON_ID.eq(PERSON.ID), POLE_ROLE.POLE_ID.eq(poleId))
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(conversation),
                        CONVERSATION_PARTICIPANT.PERSON_ID.ne(author))
                .fetch(CONVERSATION_PARTICIPANT.PERSON_ID);
        String name = db.select(PERSON.FIRST_NAME, PERSON.LAST_NAME).from(PERSON).where(PERSON.ID.eq(author))
                .fetchOne(r -> r.value1() + " " + r.value2());
        return new Told(people, name);
    }

    /** The people taking part. */
    public List<PersonId> participants(ConversationId conversation) {
        return db.select(CONVERSATION_PARTICIPANT.PERSON_ID).from(CONVERSATION_PARTICIPANT)
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(conversation))
                .fetch(CONVERSATION_PARTICIPANT.PERSON_ID);
    }

    /** A conversation's kind and creator. */
    public record Shape(ConversationKind kind, PersonId createdBy, OrganisationId organisation) {
    }

    public Shape shape(ConversationId conversation) {
        return db.select(CONVERSATION.KIND, CONVERSATION.CREATED_BY_PERSON_ID, CONVERSATION.ORGANISATION_ID)
                .from(CONVERSATION).where(CONVERSATION.ID.eq(conversation))
                .fetchSingle(r -> new Shape(ConversationKind.valueOf(r.value1()), r.value2(), r.value3()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void add(ConversationId conversation, PersonId person) {
        db.insertInto(CONVERSATION_PARTICIPANT)
                .set(CONVERSATION_PARTICIPANT.CONVERSATION_ID, conversation)
                .set(CONVERSATION_PARTICIPANT.PERSON_ID, person)
                .onConflictDoNothing()
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean remove(ConversationId conversation, PersonId person) {
        return db.deleteFrom(CONVERSATION_PARTICIPANT)
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(conversation),
                        CONVERSATION_PARTICIPANT.PERSON_ID.eq(person))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markRead(ConversationId conversation, PersonId person) {
        db.update(CONVERSATION_PARTICIPANT).set(CONVERSATION_PARTICIPANT.READ_UP_TO, currentOffsetDateTime())
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(conversation),
                        CONVERSATION_PARTICIPANT.PERSON_ID.eq(person))
                .execute();
    }

    /** The read position moves to just before that message: it and the ones after it are unread again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markUnreadFrom(ConversationId conversation, PersonId person, MessageId message) {
        OffsetDateTime written = db.select(MESSAGE.CREATED_AT).from(MESSAGE)
                .where(MESSAGE.ID.eq(message), MESSAGE.CONVERSATION_ID.eq(conversation))
                .fetchSingle(MESSAGE.CREATED_AT);
        db.update(CONVERSATION_PARTICIPANT).set(CONVERSATION_PARTICIPANT.READ_UP_TO, written.minusNanos(1_000))
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(conversation),
                        CONVERSATION_PARTICIPANT.PERSON_ID.eq(person))
                .execute();
    }

    public int unread(PoleId poleId, PersonId person) {
        return db.fetchCount(selectOne().from(MESSAGE)
                .join(CONVERSATION).on(CONVERSATION.ID.eq(MESSAGE.CONVERSATION_ID))
                .join(CONVERSATION_PARTICIPANT).on(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(CONVERSATION.ID),
                        CONVERSATION_PARTICIPANT.PERSON_ID.eq(person))
                .where(CONVERSATION.POLE_ID.eq(poleId), MESSAGE.AUTHOR_PERSON_ID.ne(person), MESSAGE.KIND.eq("TEXT"),
                        MESSAGE.DELETED_AT.isNull(), MESSAGE.CREATED_AT.gt(CONVERSATION_PARTICIPANT.READ_UP_TO)));
    }

    /** Messages of the person's conversations in the pole matching the words, in French or English, newest first. */
    public List<Found> search(PoleId poleId, PersonId person, String words, int limit) {
        Condition matches = DSL.condition(
                "{0} @@ (websearch_to_tsquery('french'::regconfig, {1}) || websearch_to_tsquery('english'::regconfig, {1}))",
                MESSAGE.SEARCH, DSL.val(words));
        var author = PERSON.as("author");
        var rows = db.select(MESSAGE.CONVERSATION_ID, CONVERSATION.KIND, name(person), MESSAGE.ID, author.FIRST_NAME,
                        author.LAST_NAME, MESSAGE.BODY, MESSAGE.CREATED_AT)
                .from(MESSAGE)
                .join(CONVERSATION).on(CONVERSATION.ID.eq(MESSAGE.CONVERSATION_ID))
                .join(CONVERSATION_PARTICIPANT).on(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(CONVERSATION.ID),
                        CONVERSATION_PARTICIPANT.PERSON_ID.eq(person))
                .join(author).on(author.ID.eq(MESSAGE.AUTHOR_PERSON_ID))
                .where(CONVERSATION.POLE_ID.eq(poleId), MESSAGE.KIND.eq("TEXT"), MESSAGE.DELETED_AT.isNull(),
                        MESSAGE.HIDDEN_AT.isNull(), matches)
                .orderBy(MESSAGE.CREATED_AT.desc(), MESSAGE.ID.desc())
                .limit(limit)
                .fetch();
        List<ConversationId> direct = rows.stream().filter(r -> r.value2().equals(ConversationKind.DIRECT.name()))
                .map(r -> r.value1()).distinct().toList();
        Map<ConversationId, String> others = direct.isEmpty() ? Map.of() : othersNames(direct, person);
        return rows.map(r -> new Found(r.value1(),
                r.value2().equals(ConversationKind.DIRECT.name()) ? others.getOrDefault(r.value1(), "") : r.value3(),
                r.value4(), r.value5() + " " + r.value6(), excerpt(r.value7(), 200), r.value8().toInstant()));
    }

    /**
     * An attachment's content, to a participant of its conversation or an animator it was reported to; empty when
     * hidden, when its message was deleted or hidden, or when it is not the person's to see.
     */
    public Optional<AttachmentFile> attachment(PoleId poleId, AttachmentId attachment) {
        return db.select(MESSAGE_ATTACHMENT.FILE_NAME, MESSAGE_ATTACHMENT.MEDIA_TYPE, MESSAGE_ATTACHMENT.CONTENT)
                .from(MESSAGE_ATTACHMENT)
                .join(CONVERSATION).on(CONVERSATION.ID.eq(MESSAGE_ATTACHMENT.CONVERSATION_ID))
                .leftJoin(MESSAGE).on(MESSAGE.ID.eq(MESSAGE_ATTACHMENT.MESSAGE_ID))
                .where(MESSAGE_ATTACHMENT.ID.eq(attachment), CONVERSATION.POLE_ID.eq(poleId),
                        MESSAGE_ATTACHMENT.HIDDEN_AT.isNull(),
                        MESSAGE.ID.isNull().or(MESSAGE.DELETED_AT.isNull().and(MESSAGE.HIDDEN_AT.isNull())))
                .fetchOptional(r -> new AttachmentFile(r.value1(), r.value2(), r.value3()));
    }

    /** The attachment's name, when it belongs to that message. */
    public Optional<String> attachmentName(MessageId message, AttachmentId attachment) {
        return db.select(MESSAGE_ATTACHMENT.FILE_NAME).from(MESSAGE_ATTACHMENT)
                .where(MESSAGE_ATTACHMENT.ID.eq(attachment), MESSAGE_ATTACHMENT.MESSAGE_ID.eq(message))
                .fetchOptional(MESSAGE_ATTACHMENT.FILE_NAME);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ReportId report(PoleId poleId, MessageId message, AttachmentId attachment, PersonId reporter,
                           PersonId author, String reason, String excerpt) {
        return db.insertInto(MESSAGE_REPORT)
                .set(MESSAGE_REPORT.POLE_ID, poleId)
                .set(MESSAGE_REPORT.MESSAGE_ID, message)
                .set(MESSAGE_REPORT.ATTACHMENT_ID, attachment)
                .set(MESSAGE_REPORT.REPORTED_BY_PERSON_ID, reporter)
                .set(MESSAGE_REPORT.AUTHOR_PERSON_ID, author)
                .set(MESSAGE_REPORT.REASON, reason)
                .set(MESSAGE_REPORT.EXCERPT, excerpt)
                .returning(MESSAGE_REPORT.ID)
                .fetchOne(MESSAGE_REPORT.ID);
    }

    /** The pole's reports waiting for an animator, oldest first. */
    public List<Report> openReports(PoleId poleId) {
        var reporter = PERSON.as("reporter");
        var author = PERSON.as("author");
        return db.select(MESSAGE_REPORT.ID, reporter.FIRST_NAME, reporter.LAST_NAME, author.FIRST_NAME,
                        author.LAST_NAME, MESSAGE_REPORT.EXCERPT, MESSAGE_REPORT.ATTACHMENT_ID, MESSAGE_REPORT.REASON,
                        MESSAGE_REPORT.CREATED_AT)
                .from(MESSAGE_REPORT)
                .join(reporter).on(reporter.ID.eq(MESSAGE_REPORT.REPORTED_BY_PERSON_ID))
                .join(author).on(author.ID.eq(MESSAGE_REPORT.AUTHOR_PERSON_ID))
                .where(MESSAGE_REPORT.POLE_ID.eq(poleId), MESSAGE_REPORT.RESOLUTION.isNull())
                .orderBy(MESSAGE_REPORT.CREATED_AT, MESSAGE_REPORT.ID)
                .limit(200)
                .fetch(r -> new Report(r.value1(), r.value2() + " " + r.value3(), r.value4() + " " + r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9().toInstant()));
    }

    /** Hides what was reported; the conversation it was in, or empty when the report is not the person's to act on. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ConversationId> hideReported(ReportId report) {
        UUID conversation = db.select(DSL.function("hide_reported", UUID.class, DSL.val(report.value()))).fetchOne(0,
                UUID.class);
        return Optional.ofNullable(conversation).map(ConversationId::new);
    }

    /** Closes the report, keeping what was reported; false when it is not open in this pole. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean keepReported(PoleId poleId, ReportId report, PersonId animator) {
        return db.update(MESSAGE_REPORT).set(MESSAGE_REPORT.RESOLUTION, "KEPT")
                .set(MESSAGE_REPORT.RESOLVED_BY_PERSON_ID, animator)
                .set(MESSAGE_REPORT.RESOLVED_AT, currentOffsetDateTime())
                .where(MESSAGE_REPORT.ID.eq(report), MESSAGE_REPORT.POLE_ID.eq(poleId),
                        MESSAGE_REPORT.RESOLUTION.isNull())
                .execute() == 1;
    }

    /** The pole's active people one can write to, but oneself, by name. */
    public List<Reachable> reachable(PoleId poleId, PersonId me) {
        return db.selectDistinct(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, ORGANISATION.NAME)
                .from(PERSON)
                .join(POLE_ROLE).on(POLE_ROLE.PERSON_ID.eq(PERSON.ID), POLE_ROLE.POLE_ID.eq(poleId))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(PERSON.ACTIVE.isTrue(), PERSON.ID.ne(me))
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.ID)
                .limit(2000)
                .fetch(r -> new Reachable(r.value1(), r.value2() + " " + r.value3(),
                        r.value4() == null ? "" : r.value4()));
    }

    static String excerpt(String text, int max) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
