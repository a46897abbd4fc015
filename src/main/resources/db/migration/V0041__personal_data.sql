-- People's own data (GDPR): a person asks to be erased, an animator of the pole or a manager of their organisation
-- confirms, and erase_person anonymises them everywhere; the pole sets how long audit entries, messages and
-- notifications are kept, and apply_retention removes what is older, once a day.

CREATE TABLE erasure_request
(
    id                   uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    pole_id              uuid        NOT NULL REFERENCES pole (id),
    person_id            uuid        NOT NULL REFERENCES person (id),
    status               text        NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'DONE', 'CANCELLED')),
    requested_at         timestamptz NOT NULL DEFAULT now(),
    decided_by_person_id uuid REFERENCES person (id),
    decided_at           timestamptz
);
CREATE UNIQUE INDEX erasure_request_once ON erasure_request (person_id) WHERE status = 'REQUESTED';
CREATE INDEX erasure_request_pole_idx ON erasure_request (pole_id, requested_at DESC);

ALTER TABLE erasure_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE erasure_request FORCE ROW LEVEL SECURITY;
-- the person reads their own; the pole's animators and the managers of the person's organisation read the pole's
CREATE POLICY erasure_request_seen ON erasure_request FOR SELECT
    USING (acting_as_owner() OR person_id = (SELECT current_person_id())
        OR pole_id = (SELECT current_pole_id())
            AND ((SELECT current_holds_role('ANIMATOR'))
                 OR (SELECT current_holds_role('ORGANISATION_MANAGER'))
                     AND person_id IN (SELECT current_organisation_person_ids())));
CREATE POLICY erasure_request_made ON erasure_request FOR INSERT
    WITH CHECK (acting_as_owner() OR person_id = (SELECT current_person_id())
        AND pole_id = (SELECT current_pole_id()) AND status = 'REQUESTED');
-- the person withdraws their own request; confirming goes through erase_person
CREATE POLICY erasure_request_withdrawn ON erasure_request FOR UPDATE
    USING (acting_as_owner() OR person_id = (SELECT current_person_id()) AND status = 'REQUESTED')
    WITH CHECK (acting_as_owner() OR person_id = (SELECT current_person_id()) AND status = 'CANCELLED');
GRANT SELECT, INSERT (pole_id, person_id), UPDATE (status) ON erasure_request TO ${appRole};

-- how long the pole keeps audit entries, messages and notifications, in days (null: for as long as the pole lasts)
ALTER TABLE pole
    ADD COLUMN audit_retention_days        integer CHECK (audit_retention_days BETWEEN 30 AND 36500),
    ADD COLUMN message_retention_days      integer CHECK (message_retention_days BETWEEN 30 AND 36500),
    ADD COLUMN notification_retention_days integer CHECK (notification_retention_days BETWEEN 7 AND 36500);
GRANT UPDATE (audit_retention_days, message_retention_days, notification_retention_days) ON pole TO ${appRole};

-- What erase_person and apply_retention remove, they remove as the tables' owner: row security is forced on these
-- tables, so the owner needs a policy to delete through (the application's role is granted no DELETE on them)
CREATE POLICY message_removed_by_owner ON message FOR DELETE USING (acting_as_owner());
CREATE POLICY message_attachment_removed_by_owner ON message_attachment FOR DELETE USING (acting_as_owner());
CREATE POLICY message_report_removed_by_owner ON message_report FOR DELETE USING (acting_as_owner());
CREATE POLICY notification_removed_by_owner ON notification FOR DELETE USING (acting_as_owner());
CREATE POLICY audit_event_removed_by_owner ON audit_event FOR DELETE USING (acting_as_owner());
CREATE POLICY audit_event_changed_by_owner ON audit_event FOR UPDATE USING (acting_as_owner());
CREATE POLICY pole_role_removed_by_owner ON pole_role FOR DELETE USING (acting_as_owner());
CREATE POLICY platform_admin_removed_by_owner ON platform_admin FOR DELETE USING (acting_as_owner());
CREATE POLICY password_reset_removed_by_owner ON password_reset FOR DELETE USING (acting_as_owner());
CREATE POLICY invitation_removed_by_owner ON invitation FOR DELETE USING (acting_as_owner());
CREATE POLICY calendar_feed_removed_by_owner ON calendar_feed FOR DELETE USING (acting_as_owner());
CREATE POLICY notification_preference_removed_by_owner ON notification_preference FOR DELETE
    USING (acting_as_owner());

-- Anonymises the person of a request the acting person may confirm (an animator of its pole, or a manager of the
-- person's organisation there): their profile becomes "Ancien membre" with an address that reaches nobody, their
-- roles, sign-in, feeds, inbox and places in waitlists end, their messages lose their text and files, and their full
-- name, email and phone are taken out of every text anywhere else (a purpose, a journal, a notification, an audit
-- entry, an event waiting to be sent). Their bookings stay, for the organisation's history and the pole's indicators,
-- under the name "Ancien membre". Returns the person erased.
CREATE FUNCTION erase_person(request uuid) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    asked      erasure_request;
    who        person;
    full_name  text;
    column_row record;
    json_name  text;
    phone      text;
BEGIN
    SELECT * INTO asked FROM erasure_request r WHERE r.id = request AND r.status = 'REQUESTED' FOR UPDATE;
    IF NOT FOUND OR asked.pole_id IS DISTINCT FROM current_pole_id() OR NOT (current_holds_role('ANIMATOR')
        OR current_holds_role('ORGANISATION_MANAGER')
            AND asked.person_id IN (SELECT current_organisation_person_ids())) THEN
        RAISE EXCEPTION 'not an erasure this person may confirm' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO who FROM person p WHERE p.id = asked.person_id FOR UPDATE;
    full_name := who.first_name || ' ' || who.last_name;

    UPDATE person
    SET first_name = 'Ancien', last_name = 'membre', email = 'ancien-membre-' || who.id || '@coopole.invalid',
        phone = NULL, password_hash = NULL, active = false, sessions_valid_from = now(), current_pole_id = NULL
    WHERE id = who.id;
    DELETE FROM pole_role WHERE person_id = who.id;
    DELETE FROM platform_admin WHERE person_id = who.id;
    DELETE FROM password_reset WHERE person_id = who.id;
    DELETE FROM invitation WHERE person_id = who.id;
    DELETE FROM calendar_feed WHERE person_id = who.id;
    DELETE FROM notification_preference WHERE person_id = who.id;
    DELETE FROM notification WHERE person_id = who.id;
    UPDATE waitlist_entry SET status = 'WITHDRAWN' WHERE person_id = who.id AND status IN ('WAITING', 'OFFERED');
    DELETE FROM message_report WHERE attachment_id IN (SELECT a.id FROM message_attachment a
                                                       JOIN message m ON m.id = a.message_id
                                                       WHERE m.author_person_id = who.id);
    DELETE FROM message_attachment WHERE message_id IN (SELECT m.id FROM message m WHERE m.author_person_id = who.id);
    UPDATE message SET body = '', edited_at = NULL, deleted_at = coalesce(deleted_at, now())
    WHERE author_person_id = who.id AND kind = 'TEXT';
    UPDATE audit_event SET address = NULL WHERE person_id = who.id;

    -- their full name, email and phone, wherever else a text holds them (a phone only when long enough to be one)
    phone := CASE WHEN length(btrim(coalesce(who.phone, ''))) >= 6 THEN btrim(who.phone) ELSE '' END;
    json_name := substr(to_json(full_name)::text, 2, length(to_json(full_name)::text) - 2);
    FOR column_row IN
        SELECT c.table_name, c.column_name, c.data_type
        FROM information_schema.columns c
                 JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
          AND c.data_type IN ('text', 'character varying', 'jsonb', 'json') AND c.is_generated = 'NEVER'
          AND c.table_name NOT IN ('person', 'flyway_schema_history', 'coopole_secret')
        LOOP
            IF column_row.data_type IN ('jsonb', 'json') THEN
                EXECUTE format('UPDATE %1$I SET %2$I = replace(replace(replace(%2$I::text, $1, $4), $2, ''''), '
                                   || '$3, '''')::%3$s WHERE strpos(%2$I::text, $1) > 0 OR strpos(%2$I::text, $2) > 0 '
                                   || 'OR ($3 <> '''' AND strpos(%2$I::text, $3) > 0)',
                               column_row.table_name, column_row.column_name, column_row.data_type)
                    USING json_name, who.email, phone, 'Ancien membre';
            ELSE
                EXECUTE format('UPDATE %1$I SET %2$I = replace(replace(replace(%2$I, $1, $4), $2, ''''), $3, '''') '
                                   || 'WHERE strpos(%2$I, $1) > 0 OR strpos(%2$I, $2) > 0 '
                                   || 'OR ($3 <> '''' AND strpos(%2$I, $3) > 0)',
                               column_row.table_name, column_row.column_name)
                    USING full_name, who.email, phone, 'Ancien membre';
            END IF;
        END LOOP;

    UPDATE erasure_request
    SET status = 'DONE', decided_by_person_id = current_person_id(), decided_at = now()
    WHERE id = asked.id;
    UPDATE erasure_request SET status = 'CANCELLED' WHERE person_id = who.id AND status = 'REQUESTED';
    RETURN who.id;
END
$$;
REVOKE ALL ON FUNCTION erase_person(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION erase_person(uuid) TO ${appRole};

-- The messages and journal entries the acting person wrote, wherever they are now, for their own export.
CREATE FUNCTION my_messages()
    RETURNS TABLE (written_at timestamptz, pole_name text, conversation_title text, body text, deleted boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT m.created_at, p.name, c.title, m.body, m.deleted_at IS NOT NULL
FROM message m
         JOIN conversation c ON c.id = m.conversation_id
         JOIN pole p ON p.id = c.pole_id
WHERE m.author_person_id = current_person_id() AND m.kind = 'TEXT'
ORDER BY m.created_at
$$;
CREATE FUNCTION my_journal_entries()
    RETURNS TABLE (written_on date, project_title text, body text, created_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT j.written_on, pr.title, j.body, j.created_at
FROM project_journal_entry j
         JOIN project pr ON pr.id = j.project_id
WHERE j.author_person_id = current_person_id()
ORDER BY j.written_on, j.created_at
$$;
REVOKE ALL ON FUNCTION my_messages(), my_journal_entries() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION my_messages(), my_journal_entries() TO ${appRole};

-- The audit entries about the acting person (those where they acted), for their own export.
CREATE FUNCTION my_audit_events()
    RETURNS TABLE (occurred_at timestamptz, pole_name text, action text, target text, detail text, address text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT e.occurred_at, p.name, e.action, e.target, e.detail, e.address
FROM audit_event e
         LEFT JOIN pole p ON p.id = e.pole_id
WHERE e.person_id = current_person_id()
ORDER BY e.occurred_at DESC
$$;
REVOKE ALL ON FUNCTION my_audit_events() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION my_audit_events() TO ${appRole};

-- Removes, pole by pole, what is older than the pole keeps: audit entries, messages (with their files and reports)
-- and notifications. A scheduled job, acting for nobody. Returns how many rows of each went.
CREATE FUNCTION apply_retention(at timestamptz)
    RETURNS TABLE (audit_events integer, messages integer, notifications integer)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    old_messages uuid[];
BEGIN
    DELETE FROM audit_event e USING pole p
    WHERE e.pole_id = p.id AND p.audit_retention_days IS NOT NULL
      AND e.occurred_at < at - make_interval(days => p.audit_retention_days);
    GET DIAGNOSTICS audit_events = ROW_COUNT;

    SELECT coalesce(array_agg(m.id), '{}') INTO old_messages
    FROM message m
             JOIN conversation c ON c.id = m.conversation_id
             JOIN pole p ON p.id = c.pole_id
    WHERE p.message_retention_days IS NOT NULL AND m.created_at < at - make_interval(days => p.message_retention_days);
    UPDATE message SET reply_to_id = NULL WHERE reply_to_id = ANY (old_messages);
    DELETE FROM message_report WHERE message_id = ANY (old_messages);
    DELETE FROM message_attachment WHERE message_id = ANY (old_messages);
    DELETE FROM message WHERE id = ANY (old_messages);
    GET DIAGNOSTICS messages = ROW_COUNT;

    DELETE FROM notification n USING pole p
    WHERE n.pole_id = p.id AND p.notification_retention_days IS NOT NULL
      AND n.created_at < at - make_interval(days => p.notification_retention_days);
    GET DIAGNOSTICS notifications = ROW_COUNT;
    RETURN NEXT;
END
$$;
REVOKE ALL ON FUNCTION apply_retention(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_retention(timestamptz) TO ${appRole};
