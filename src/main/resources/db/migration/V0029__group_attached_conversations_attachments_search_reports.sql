-- Messaging, complete: group conversations and conversations addressed to an organisation or attached to a resource
-- or a booking; people joining and leaving shown in the thread; messages edited or deleted by their author within
-- 15 minutes, replies quoting a message, attachments, full-text search in French and English, and reports to the
-- pole's animators, who can hide what was reported.

ALTER TABLE conversation
    ADD COLUMN organisation_id uuid REFERENCES organisation (id),
    ADD COLUMN resource_id     uuid REFERENCES resource (id),
    ADD COLUMN booking_id      uuid REFERENCES booking (id),
    ADD CONSTRAINT conversation_subject_check CHECK (
        (kind = 'ORGANISATION') = (organisation_id IS NOT NULL)
        AND (kind = 'RESOURCE') = (resource_id IS NOT NULL)
        AND (kind = 'BOOKING') = (booking_id IS NOT NULL)
        AND (kind <> 'GROUP' OR title IS NOT NULL));
CREATE UNIQUE INDEX conversation_of_booking ON conversation (booking_id) WHERE booking_id IS NOT NULL;
GRANT INSERT (organisation_id, resource_id, booking_id) ON conversation TO ${appRole};

-- the creator of a group removes people; anyone leaves a group
CREATE POLICY participant_leaves ON conversation_participant FOR DELETE
    USING (acting_as_owner() OR person_id = (SELECT current_person_id()) OR EXISTS (
        SELECT FROM conversation c WHERE c.id = conversation_participant.conversation_id AND c.kind = 'GROUP'
                                     AND c.created_by_person_id = (SELECT current_person_id())));
GRANT DELETE ON conversation_participant TO ${appRole};

ALTER TABLE message DROP CONSTRAINT message_body_check;
ALTER TABLE message
    -- TEXT is written; JOINED and LEFT say that about_person joined or left (written by whoever added or removed them)
    ADD COLUMN kind                 text        NOT NULL DEFAULT 'TEXT' CHECK (kind IN ('TEXT', 'JOINED', 'LEFT')),
    ADD COLUMN about_person_id      uuid REFERENCES person (id),
    -- in a conversation addressed to an organisation, the manager who answered spoke for it
    ADD COLUMN for_organisation_id  uuid REFERENCES organisation (id),
    ADD COLUMN reply_to_id          uuid REFERENCES message (id),
    ADD COLUMN edited_at            timestamptz,
    ADD COLUMN deleted_at           timestamptz,
    ADD COLUMN hidden_at            timestamptz,
    ADD CONSTRAINT message_body_check CHECK (length(body) <= 4000
        AND NOT has_hidden_characters(translate(body, E'\n\r\t', ''))
        AND (deleted_at IS NULL OR body = '')
        AND (kind = 'TEXT') = (about_person_id IS NULL)),
    -- French and English stemming both, whatever the writer's language
    ADD COLUMN search               tsvector GENERATED ALWAYS AS
        (to_tsvector('french'::regconfig, body) || to_tsvector('english'::regconfig, body)) STORED;
CREATE INDEX message_search_idx ON message USING gin (search);
GRANT INSERT (kind, about_person_id, for_organisation_id, reply_to_id) ON message TO ${appRole};

-- the author edits or deletes their message within 15 minutes of writing it, and only that
CREATE POLICY message_edited ON message FOR UPDATE
    USING (acting_as_owner() OR author_person_id = (SELECT current_person_id()) AND kind = 'TEXT'
        AND deleted_at IS NULL AND hidden_at IS NULL AND created_at > now() - interval '15 minutes')
    WITH CHECK (acting_as_owner() OR author_person_id = (SELECT current_person_id()));
GRANT UPDATE (body, edited_at, deleted_at) ON message TO ${appRole};

CREATE TABLE message_attachment
(
    id              uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    message_id      uuid        NOT NULL REFERENCES message (id),
    conversation_id uuid        NOT NULL REFERENCES conversation (id),
    file_name       text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200
                                                AND NOT has_hidden_characters(file_name)),
    media_type      text        NOT NULL CHECK (media_type IN (
        'application/pdf', 'image/png', 'image/jpeg',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet',
        'application/vnd.oasis.opendocument.presentation')),
    size_bytes      integer     NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    content         bytea       NOT NULL,
    -- the order the files were sent in
    position        smallint    NOT NULL DEFAULT 0 CHECK (position BETWEEN 0 AND 20),
    hidden_at       timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (octet_length(content) = size_bytes)
);
CREATE INDEX message_attachment_message_idx ON message_attachment (message_id);
CREATE INDEX message_attachment_conversation_idx ON message_attachment (conversation_id);

CREATE TABLE message_report
(
    id                    uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    pole_id               uuid        NOT NULL REFERENCES pole (id),
    message_id            uuid        NOT NULL REFERENCES message (id),
    attachment_id         uuid REFERENCES message_attachment (id),
    reported_by_person_id uuid        NOT NULL REFERENCES person (id),
    -- whose message it is, for the animators who cannot read the message itself
    author_person_id      uuid        NOT NULL REFERENCES person (id),
    reason                text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000
                                                      AND NOT has_hidden_characters(translate(reason, E'\n\r\t', ''))),
    -- what the reporter saw, for the animators who are not in the conversation
    excerpt               text        NOT NULL CHECK (length(excerpt) <= 4000),
    created_at            timestamptz NOT NULL DEFAULT now(),
    resolution            text CHECK (resolution IN ('HIDDEN', 'KEPT')),
    resolved_by_person_id uuid REFERENCES person (id),
    resolved_at           timestamptz,
    CHECK ((resolution IS NULL) = (resolved_at IS NULL))
);
CREATE INDEX message_report_pole_idx ON message_report (pole_id, created_at DESC);

-- whether the acting person is an animator of the pole of a reported attachment (definer: the report table's own
-- policies would otherwise be read inside the attachment's)
CREATE FUNCTION attachment_reported_to_me(attachment uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT EXISTS (SELECT FROM message_report r
               JOIN pole_role pr ON pr.pole_id = r.pole_id AND pr.person_id = current_person_id()
                                AND pr.role = 'ANIMATOR'
               WHERE r.attachment_id = attachment AND r.pole_id = current_pole_id())
$$;
REVOKE ALL ON FUNCTION attachment_reported_to_me(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION attachment_reported_to_me(uuid) TO ${appRole};

ALTER TABLE message_attachment ENABLE ROW LEVEL SECURITY;
ALTER TABLE message_attachment FORCE ROW LEVEL SECURITY;
CREATE POLICY attachment_seen ON message_attachment FOR SELECT
    USING (acting_as_owner() OR takes_part_in(conversation_id) OR attachment_reported_to_me(id));
CREATE POLICY attachment_added ON message_attachment FOR INSERT
    WITH CHECK (acting_as_owner() OR takes_part_in(conversation_id) AND EXISTS (
        SELECT FROM message m WHERE m.id = message_attachment.message_id
                                AND m.conversation_id = message_attachment.conversation_id
                                AND m.author_person_id = (SELECT current_person_id())));
GRANT SELECT, INSERT (message_id, conversation_id, file_name, media_type, size_bytes, content, position) ON message_attachment
    TO ${appRole};

ALTER TABLE message_report ENABLE ROW LEVEL SECURITY;
ALTER TABLE message_report FORCE ROW LEVEL SECURITY;
CREATE POLICY report_seen ON message_report FOR SELECT
    USING (acting_as_owner() OR reported_by_person_id = (SELECT current_person_id())
        OR pole_id = (SELECT current_pole_id()) AND (SELECT current_holds_role('ANIMATOR')));
CREATE POLICY report_made ON message_report FOR INSERT
    WITH CHECK (acting_as_owner() OR reported_by_person_id = (SELECT current_person_id())
        AND pole_id = (SELECT current_pole_id()) AND EXISTS (
            SELECT FROM message m JOIN conversation c ON c.id = m.conversation_id
            WHERE m.id = message_report.message_id AND c.pole_id = message_report.pole_id
              AND m.author_person_id = message_report.author_person_id AND takes_part_in(m.conversation_id)
              AND (message_report.attachment_id IS NULL OR EXISTS (
                  SELECT FROM message_attachment a WHERE a.id = message_report.attachment_id
                                                     AND a.message_id = m.id))));
CREATE POLICY report_resolved ON message_report FOR UPDATE
    USING (acting_as_owner() OR pole_id = (SELECT current_pole_id()) AND (SELECT current_holds_role('ANIMATOR')));
GRANT SELECT, INSERT (pole_id, message_id, attachment_id, reported_by_person_id, author_person_id, reason, excerpt),
    UPDATE (resolution, resolved_by_person_id, resolved_at) ON message_report TO ${appRole};

-- An animator of the report's pole hides what was reported (the message, or only the attachment) and closes the
-- report; returns the conversation, or null when the report is not theirs to act on. A definer function: the
-- animator does not take part in the conversation and reads nothing of it but the report.
CREATE FUNCTION hide_reported(report uuid) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    wanted message_report%ROWTYPE;
    conversation uuid;
BEGIN
    SELECT * INTO wanted FROM message_report r WHERE r.id = report AND r.pole_id = current_pole_id()
        AND EXISTS (SELECT FROM pole_role pr WHERE pr.pole_id = r.pole_id AND pr.person_id = current_person_id()
                                              AND pr.role = 'ANIMATOR');
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF wanted.attachment_id IS NOT NULL THEN
        UPDATE message_attachment SET hidden_at = coalesce(hidden_at, now()) WHERE id = wanted.attachment_id;
    ELSE
        UPDATE message SET hidden_at = coalesce(hidden_at, now()) WHERE id = wanted.message_id;
    END IF;
    UPDATE message_report SET resolution = 'HIDDEN', resolved_by_person_id = current_person_id(), resolved_at = now()
    WHERE message_id = wanted.message_id AND attachment_id IS NOT DISTINCT FROM wanted.attachment_id
      AND resolution IS NULL;
    SELECT m.conversation_id INTO conversation FROM message m WHERE m.id = wanted.message_id;
    RETURN conversation;
END
$$;
REVOKE ALL ON FUNCTION hide_reported(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hide_reported(uuid) TO ${appRole};

-- The person's conversations, once per statement: policies ask "IN (SELECT current_conversation_ids())", which
-- PostgreSQL evaluates once as a hashed subplan, where takes_part_in() ran once per row (a search through 20 000
-- messages called it 20 000 times; decision 0013's pattern).
CREATE FUNCTION current_conversation_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT conversation_id FROM conversation_participant WHERE person_id = current_person_id() $$;
REVOKE ALL ON FUNCTION current_conversation_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION current_conversation_ids() TO ${appRole};

DROP POLICY message_seen ON message;
CREATE POLICY message_seen ON message FOR SELECT
    USING (acting_as_owner() OR conversation_id IN (SELECT current_conversation_ids()));
DROP POLICY conversation_of_mine ON conversation;
CREATE POLICY conversation_of_mine ON conversation FOR SELECT
    USING (acting_as_owner() OR created_by_person_id = (SELECT current_person_id())
        OR id IN (SELECT current_conversation_ids()));
DROP POLICY participant_seen ON conversation_participant;
CREATE POLICY participant_seen ON conversation_participant FOR SELECT
    USING (acting_as_owner() OR conversation_id IN (SELECT current_conversation_ids()));
DROP POLICY attachment_seen ON message_attachment;
CREATE POLICY attachment_seen ON message_attachment FOR SELECT
    USING (acting_as_owner() OR conversation_id IN (SELECT current_conversation_ids())
        OR attachment_reported_to_me(id));
