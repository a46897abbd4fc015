package org.coopole.messaging.internal;

import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.messaging.Conversation;
import org.coopole.messaging.ConversationId;
import org.coopole.messaging.Message;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.coopole.db.Tables.CONVERSATION;
import static org.coopole.db.Tables.CONVERSATION_PARTICIPANT;
import static org.coopole.db.Tables.MESSAGE;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.POLE_ROLE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;

@Repository
public class MessagingRepository {

    private static final String DIRECT = "DIRECT";

    private final DSLContext db;

    MessagingRepository(DSLContext db) {
        this.db = db;
    }

    public boolean holdsARoleIn(PersonId person, PoleId poleId) {
        return db.fetchExists(POLE_ROLE, POLE_ROLE.PERSON_ID.eq(person), POLE_ROLE.POLE_ID.eq(poleId));
    }

    public Optional<ConversationId> findDirect(PoleId poleId, PersonId me, PersonId with) {
        var mine = CONVERSATION_PARTICIPANT.as("mine");
        var theirs = CONVERSATION_PARTICIPANT.as("theirs");
        return db.select(CONVERSATION.ID)
                .from(CONVERSATION)
                .join(mine).on(mine.CONVERSATION_ID.eq(CONVERSATION.ID), mine.PERSON_ID.eq(me))
                .join(theirs).on(theirs.CONVERSATION_ID.eq(CONVERSATION.ID), theirs.PERSON_ID.eq(with))
                .where(CONVERSATION.POLE_ID.eq(poleId), CONVERSATION.KIND.eq(DIRECT))
                .limit(1)
                .fetchOptional(CONVERSATION.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ConversationId startDirect(PoleId poleId, PersonId me, PersonId with) {
        ConversationId id = db.insertInto(CONVERSATION)
                .set(CONVERSATION.POLE_ID, poleId)
                .set(CONVERSATION.KIND, DIRECT)
                .set(CONVERSATION.CREATED_BY_PERSON_ID, me)
                .returning(CONVERSATION.ID)
                .fetchOne(CONVERSATION.ID);
        db.insertInto(CONVERSATION_PARTICIPANT, CONVERSATION_PARTICIPANT.CONVERSATION_ID,
                        CONVERSATION_PARTICIPANT.PERSON_ID)
                .values(id, me)
                .values(id, with)
                .execute();
        return id;
    }

    public boolean takesPart(PoleId poleId, ConversationId conversation, PersonId person) {
        return db.fetchExists(selectOne().from(CONVERSATION)
                .join(CONVERSATION_PARTICIPANT).on(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(CONVERSATION.ID),
                        CONVERSATION_PARTICIPANT.PERSON_ID.eq(person))
                .where(CONVERSATION.ID.eq(conversation), CONVERSATION.POLE_ID.eq(poleId)));
    }

    /** The person's conversations in the pole, the latest first, with the names of the others in each. */
    public List<Conversation> of(PoleId poleId, PersonId person) {
        var mine = CONVERSATION_PARTICIPANT.as("mine");
        var last = MESSAGE.as("last");
        var unread = MESSAGE.as("unread");
        var lastWords = field(select(last.BODY).from(last).where(last.CONVERSATION_ID.eq(CONVERSATION.ID))
                .orderBy(last.CREATED_AT.desc(), last.ID.desc()).limit(1));
        var unreadCount = field(selectCount().from(unread).where(unread.CONVERSATION_ID.eq(CONVERSATION.ID),
                unread.AUTHOR_PERSON_ID.ne(person), unread.CREATED_AT.gt(mine.READ_UP_TO)));
        var rows = db.select(CONVERSATION.ID, CONVERSATION.LAST_MESSAGE_AT, lastWords, unreadCount)
                .from(CONVERSATION)
                .join(mine).on(mine.CONVERSATION_ID.eq(CONVERSATION.ID), mine.PERSON_ID.eq(person))
                .where(CONVERSATION.POLE_ID.eq(poleId))
                .orderBy(coalesce(CONVERSATION.LAST_MESSAGE_AT, CONVERSATION.CREATED_AT).desc(), CONVERSATION.ID)
                .limit(500)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<ConversationId, String> others = db.select(CONVERSATION_PARTICIPANT.CONVERSATION_ID, PERSON.FIRST_NAME,
                        PERSON.LAST_NAME)
                .from(CONVERSATION_PARTICIPANT)
                .join(PERSON).on(PERSON.ID.eq(CONVERSATION_PARTICIPANT.PERSON_ID))
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.in(rows.map(r -> r.value1())),
                        CONVERSATION_PARTICIPANT.PERSON_ID.ne(person))
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME)
                .fetchGroups(r -> r.value1(), r -> r.value2() + " " + r.value3())
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(", ", e.getValue())));
        return rows.map(r -> new Conversation(r.value1(), others.getOrDefault(r.value1(), ""),
                r.value2() == null ? null : r.value2().toInstant(), r.value3() == null ? "" : r.value3(),
                r.value4() == null ? 0 : r.value4()));
    }

    /** The latest messages, oldest first. */
    public List<Message> latest(ConversationId conversation, PersonId reader, int limit) {
        List<Message> newestFirst = new ArrayList<>(db.select(MESSAGE.ID, MESSAGE.AUTHOR_PERSON_ID, PERSON.FIRST_NAME,
                        PERSON.LAST_NAME, MESSAGE.BODY, MESSAGE.CREATED_AT)
                .from(MESSAGE)
                .join(PERSON).on(PERSON.ID.eq(MESSAGE.AUTHOR_PERSON_ID))
                .where(MESSAGE.CONVERSATION_ID.eq(conversation))
                .orderBy(MESSAGE.CREATED_AT.desc(), MESSAGE.ID.desc())
                .limit(limit)
                .fetch(r -> new Message(r.value1(), r.value2(), r.value3() + " " + r.value4(), r.value5(),
                        r.value6().toInstant(), r.value2().equals(reader))));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /**
     * Writes the message; the conversation moves to the top of its people's lists, read by its author. Times are the
     * database's transaction time, so that a message and read positions compare on one clock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(ConversationId conversation, PersonId author, String body) {
        db.insertInto(MESSAGE)
                .set(MESSAGE.CONVERSATION_ID, conversation)
                .set(MESSAGE.AUTHOR_PERSON_ID, author)
                .set(MESSAGE.BODY, body)
                .execute();
        db.update(CONVERSATION).set(CONVERSATION.LAST_MESSAGE_AT, currentOffsetDateTime())
                .where(CONVERSATION.ID.eq(conversation)).execute();
        markRead(conversation, author);
    }

    /** Who else takes part, to be told of a message, and the author's name as they will read it. */
    public record Told(List<PersonId> people, String authorName) {
    }

    public Told others(ConversationId conversation, PersonId author) {
        List<PersonId> people = db.select(CONVERSATION_PARTICIPANT.PERSON_ID).from(CONVERSATION_PARTICIPANT)
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(conversation),
                        CONVERSATION_PARTICIPANT.PERSON_ID.ne(author))
                .fetch(CONVERSATION_PARTICIPANT.PERSON_ID);
        String name = db.select(PERSON.FIRST_NAME, PERSON.LAST_NAME).from(PERSON).where(PERSON.ID.eq(author))
                .fetchOne(r -> r.value1() + " " + r.value2());
        return new Told(people, name);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markRead(ConversationId conversation, PersonId person) {
        db.update(CONVERSATION_PARTICIPANT).set(CONVERSATION_PARTICIPANT.READ_UP_TO, currentOffsetDateTime())
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(conversation),
                        CONVERSATION_PARTICIPANT.PERSON_ID.eq(person))
                .execute();
    }

    public int unread(PoleId poleId, PersonId person) {
        return db.fetchCount(selectOne().from(MESSAGE)
                .join(CONVERSATION).on(CONVERSATION.ID.eq(MESSAGE.CONVERSATION_ID))
                .join(CONVERSATION_PARTICIPANT).on(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(CONVERSATION.ID),
                        CONVERSATION_PARTICIPANT.PERSON_ID.eq(person))
                .where(CONVERSATION.POLE_ID.eq(poleId), MESSAGE.AUTHOR_PERSON_ID.ne(person),
                        MESSAGE.CREATED_AT.gt(CONVERSATION_PARTICIPANT.READ_UP_TO)));
    }
}
