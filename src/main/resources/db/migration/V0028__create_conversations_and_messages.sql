-- Messaging: conversations between people of a pole, their participants with each one's read position, and their
-- messages. Only a conversation's participants read it, at the database level too; a message is written by its
-- author, a participant, in their own name.
CREATE TABLE conversation
(
    id                 uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    pole_id            uuid        NOT NULL REFERENCES pole (id),
    kind               text        NOT NULL CHECK (kind IN ('DIRECT', 'GROUP', 'ORGANISATION', 'RESOURCE', 'BOOKING',
                                                            'PROJECT')),
    title              text CHECK (title IS NULL OR length(title) BETWEEN 1 AND 200 AND NOT has_hidden_characters(title)),
    created_by_person_id uuid      NOT NULL REFERENCES person (id),
    created_at         timestamptz NOT NULL DEFAULT now(),
    last_message_at    timestamptz
);
CREATE INDEX conversation_pole_idx ON conversation (pole_id);

CREATE TABLE conversation_participant
(
    conversation_id uuid        NOT NULL REFERENCES conversation (id),
    person_id       uuid        NOT NULL REFERENCES person (id),
    joined_at       timestamptz NOT NULL DEFAULT now(),
    read_up_to      timestamptz NOT NULL DEFAULT '-infinity',
    PRIMARY KEY (conversation_id, person_id)
);
CREATE INDEX conversation_participant_person_idx ON conversation_participant (person_id);

CREATE TABLE message
(
    id              uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    conversation_id uuid        NOT NULL REFERENCES conversation (id),
    author_person_id uuid       NOT NULL REFERENCES person (id),
    body            text        NOT NULL CHECK (length(body) BETWEEN 1 AND 4000
                                                AND NOT has_hidden_characters(translate(body, E'\n\r\t', ''))),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX message_conversation_idx ON message (conversation_id, created_at DESC);

-- whether the acting person takes part in the conversation (a definer function: a policy on the participants that
-- read the participants would call itself)
CREATE FUNCTION takes_part_in(conversation uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT EXISTS (SELECT FROM conversation_participant p
               WHERE p.conversation_id = conversation AND p.person_id = current_person_id())
$$;
REVOKE ALL ON FUNCTION takes_part_in(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION takes_part_in(uuid) TO ${appRole};

ALTER TABLE conversation ENABLE ROW LEVEL SECURITY;
ALTER TABLE conversation FORCE ROW LEVEL SECURITY;
CREATE POLICY conversation_of_mine ON conversation FOR SELECT
    USING (acting_as_owner() OR created_by_person_id = (SELECT current_person_id()) OR takes_part_in(id));
CREATE POLICY conversation_started ON conversation FOR INSERT
    WITH CHECK (acting_as_owner() OR pole_id = (SELECT current_pole_id())
        AND created_by_person_id = (SELECT current_person_id()));
CREATE POLICY conversation_moved_on ON conversation FOR UPDATE
    USING (acting_as_owner() OR takes_part_in(id));
GRANT SELECT, INSERT (pole_id, kind, title, created_by_person_id), UPDATE (last_message_at) ON conversation TO ${appRole};

ALTER TABLE conversation_participant ENABLE ROW LEVEL SECURITY;
ALTER TABLE conversation_participant FORCE ROW LEVEL SECURITY;
CREATE POLICY participant_seen ON conversation_participant FOR SELECT
    USING (acting_as_owner() OR takes_part_in(conversation_id));
-- added by the conversation's starter, and only people holding a role in its pole
CREATE POLICY participant_added ON conversation_participant FOR INSERT
    WITH CHECK (acting_as_owner() OR EXISTS (
        SELECT FROM conversation c
        WHERE c.id = conversation_participant.conversation_id
          AND c.created_by_person_id = (SELECT current_person_id())
          AND EXISTS (SELECT FROM pole_role r WHERE r.pole_id = c.pole_id
                                                AND r.person_id = conversation_participant.person_id)));
CREATE POLICY participant_reads ON conversation_participant FOR UPDATE
    USING (acting_as_owner() OR person_id = (SELECT current_person_id()));
GRANT SELECT, INSERT (conversation_id, person_id), UPDATE (read_up_to) ON conversation_participant TO ${appRole};

ALTER TABLE message ENABLE ROW LEVEL SECURITY;
ALTER TABLE message FORCE ROW LEVEL SECURITY;
CREATE POLICY message_seen ON message FOR SELECT USING (acting_as_owner() OR takes_part_in(conversation_id));
CREATE POLICY message_written ON message FOR INSERT
    WITH CHECK (acting_as_owner() OR author_person_id = (SELECT current_person_id()) AND takes_part_in(conversation_id));
GRANT SELECT, INSERT (conversation_id, author_person_id, body) ON message TO ${appRole};

-- a new message is a notification too
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('BOOKING_REQUESTED', 'BOOKING_MADE', 'BOOKING_CONFIRMED', 'BOOKING_DECLINED',
                    'BOOKING_CANCELLED_BY_BOOKER', 'BOOKING_CANCELLED_BY_OWNER', 'MESSAGE_RECEIVED'));
ALTER TABLE notification_preference DROP CONSTRAINT notification_preference_kind_check;
ALTER TABLE notification_preference ADD CONSTRAINT notification_preference_kind_check
    CHECK (kind IN ('BOOKING_REQUESTED', 'BOOKING_MADE', 'BOOKING_CONFIRMED', 'BOOKING_DECLINED',
                    'BOOKING_CANCELLED_BY_BOOKER', 'BOOKING_CANCELLED_BY_OWNER', 'MESSAGE_RECEIVED'));
