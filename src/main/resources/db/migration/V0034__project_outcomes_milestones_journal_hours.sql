-- The rest of a joint project: a version for optimistic locking; outcomes on kinds the pole can extend; milestones
-- with reminders; a journal with attachments; bookings linked to the project; staff hours contributed by each
-- organisation; a conversation attached to the project for its people.

ALTER TABLE project ADD COLUMN version integer NOT NULL DEFAULT 0 CHECK (version >= 0);
GRANT UPDATE (version) ON project TO ${appRole};

-- whether the acting person works on the project: an animator of its pole, or a person of its lead or a partner
CREATE FUNCTION works_on_project(wanted uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT EXISTS (SELECT FROM project p
               WHERE p.id = wanted AND p.pole_id = current_pole_id()
                 AND (current_holds_role('ANIMATOR')
                      OR p.lead_organisation_id = current_organisation_id()
                      OR EXISTS (SELECT FROM project_partner pp
                                 WHERE pp.project_id = p.id AND pp.organisation_id = current_organisation_id())))
$$;
-- whether the organisation is the project's lead or one of its partners
CREATE FUNCTION organisation_in_project(wanted uuid, organisation uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT EXISTS (SELECT FROM project p WHERE p.id = wanted AND p.lead_organisation_id = organisation)
    OR EXISTS (SELECT FROM project_partner pp WHERE pp.project_id = wanted AND pp.organisation_id = organisation)
$$;
REVOKE ALL ON FUNCTION works_on_project(uuid), organisation_in_project(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION works_on_project(uuid), organisation_in_project(uuid, uuid) TO ${appRole};

-- ---- outcomes ---------------------------------------------------------------------------------------------------

-- Kinds of outcome: Coopole's own (a code, named in the translations) and those a pole adds (a name in its words).
CREATE TABLE outcome_kind
(
    id       uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    pole_id  uuid REFERENCES pole (id),
    code     text UNIQUE CHECK (code ~ '^[A-Z_]{2,40}$'),
    name     text CHECK (name IS NULL OR length(name) BETWEEN 1 AND 100 AND NOT has_hidden_characters(name)),
    unit     text        NOT NULL CHECK (unit IN ('COUNT', 'TONNES', 'EUROS', 'HOURS')),
    position smallint    NOT NULL DEFAULT 100,
    CHECK ((pole_id IS NULL) = (code IS NOT NULL) AND (pole_id IS NULL) = (name IS NULL))
);
CREATE UNIQUE INDEX outcome_kind_name ON outcome_kind (pole_id, lower(name)) WHERE pole_id IS NOT NULL;
INSERT INTO outcome_kind (code, unit, position)
VALUES ('JOBS_CREATED', 'COUNT', 1), ('JOBS_KEPT', 'COUNT', 2), ('PEOPLE_REACHED', 'COUNT', 3),
       ('PEOPLE_TRAINED', 'COUNT', 4), ('TONNES_DIVERTED', 'TONNES', 5), ('ACTIVITY_CREATED', 'EUROS', 6),
       ('ACTIVITIES_STARTED', 'COUNT', 7);

ALTER TABLE outcome_kind ENABLE ROW LEVEL SECURITY;
ALTER TABLE outcome_kind FORCE ROW LEVEL SECURITY;
CREATE POLICY outcome_kind_seen ON outcome_kind FOR SELECT
    USING (acting_as_owner() OR pole_id IS NULL OR pole_id = (SELECT current_pole_id()));
CREATE POLICY outcome_kind_added ON outcome_kind FOR INSERT
    WITH CHECK (acting_as_owner() OR pole_id = (SELECT current_pole_id()) AND (SELECT current_holds_role('ANIMATOR')));
GRANT SELECT, INSERT (pole_id, name, unit) ON outcome_kind TO ${appRole};

-- What a project expects and achieved, reported by one of its organisations, dated, with a note.
CREATE TABLE project_outcome
(
    id                    uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    project_id            uuid        NOT NULL REFERENCES project (id),
    kind_id               uuid        NOT NULL REFERENCES outcome_kind (id),
    organisation_id       uuid        NOT NULL REFERENCES organisation (id),
    stage                 text        NOT NULL CHECK (stage IN ('EXPECTED', 'ACHIEVED')),
    amount                numeric(14, 2) NOT NULL CHECK (amount BETWEEN 0 AND 1000000000),
    on_date               date        NOT NULL CHECK (on_date BETWEEN '2000-01-01' AND '2100-12-31'),
    note                  text        NOT NULL DEFAULT '' CHECK (length(note) <= 1000
                                                                   AND NOT has_hidden_characters(translate(note, E'\n\r\t', ''))),
    reported_by_person_id uuid        NOT NULL REFERENCES person (id),
    created_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_outcome_project_idx ON project_outcome (project_id);

ALTER TABLE project_outcome ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_outcome FORCE ROW LEVEL SECURITY;
CREATE POLICY outcome_seen ON project_outcome FOR SELECT
    USING (acting_as_owner() OR project_id IN (SELECT current_pole_project_ids()));
-- the project's editors report for any of its organisations; a partner's manager for their own
CREATE POLICY outcome_reported ON project_outcome FOR INSERT
    WITH CHECK (acting_as_owner() OR reported_by_person_id = (SELECT current_person_id())
        AND organisation_in_project(project_id, organisation_id)
        AND (may_edit_project(project_id)
             OR (SELECT current_holds_role('ORGANISATION_MANAGER'))
                AND project_id IN (SELECT current_pole_project_ids())
                AND organisation_id = (SELECT current_organisation_id())));
CREATE POLICY outcome_removed ON project_outcome FOR DELETE
    USING (acting_as_owner() OR may_edit_project(project_id)
        OR (SELECT current_holds_role('ORGANISATION_MANAGER')) AND project_id IN (SELECT current_pole_project_ids())
            AND organisation_id = (SELECT current_organisation_id()));
GRANT SELECT, INSERT (project_id, kind_id, organisation_id, stage, amount, on_date, note, reported_by_person_id), DELETE
    ON project_outcome TO ${appRole};

-- ---- milestones -------------------------------------------------------------------------------------------------

CREATE TABLE project_milestone
(
    id           uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    project_id   uuid        NOT NULL REFERENCES project (id),
    title        text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200 AND NOT has_hidden_characters(title)),
    due_on       date        NOT NULL CHECK (due_on BETWEEN '2000-01-01' AND '2100-12-31'),
    done_on      date CHECK (done_on BETWEEN '2000-01-01' AND '2100-12-31'),
    -- the reminders already sent: a week before, and once overdue
    told_near    boolean     NOT NULL DEFAULT false,
    told_overdue boolean     NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_milestone_project_idx ON project_milestone (project_id, due_on);
CREATE INDEX project_milestone_pending_idx ON project_milestone (due_on) WHERE done_on IS NULL AND NOT told_overdue;

-- moving a milestone's date makes its reminders due again
CREATE FUNCTION milestone_moved() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.due_on IS DISTINCT FROM OLD.due_on THEN
        NEW.told_near := false;
        NEW.told_overdue := false;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER milestone_moved BEFORE UPDATE ON project_milestone FOR EACH ROW EXECUTE FUNCTION milestone_moved();

ALTER TABLE project_milestone ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_milestone FORCE ROW LEVEL SECURITY;
CREATE POLICY milestone_seen ON project_milestone FOR SELECT
    USING (acting_as_owner() OR project_id IN (SELECT current_pole_project_ids()));
CREATE POLICY milestone_added ON project_milestone FOR INSERT WITH CHECK (acting_as_owner() OR may_edit_project(project_id));
CREATE POLICY milestone_changed ON project_milestone FOR UPDATE USING (acting_as_owner() OR may_edit_project(project_id));
CREATE POLICY milestone_removed ON project_milestone FOR DELETE USING (acting_as_owner() OR may_edit_project(project_id));
GRANT SELECT, INSERT (project_id, title, due_on), UPDATE (title, due_on, done_on), DELETE ON project_milestone
    TO ${appRole};

-- Reminds each project's people of its milestones a week before they are due and once overdue, in every pole:
-- marks them as told and writes the notifications in one statement, so that each reminder leaves once, whichever
-- node asks first. Called by a scheduled job acting for nobody, which row security would let write nothing: this
-- definer function writes only these reminders, to the active managers of the project's organisations and its
-- partners' contacts who hold a role in its pole. It returns what each written notification needs for its email.
CREATE FUNCTION notify_due_milestones(today date)
    RETURNS TABLE (pole_id uuid, person_id uuid, email text, language text, delivery text, kind text, params jsonb)
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
WITH due AS (
    UPDATE project_milestone m
        SET told_near = true, told_overdue = m.told_overdue OR m.due_on < today
        FROM project p
        WHERE p.id = m.project_id AND p.status NOT IN ('COMPLETED', 'ABANDONED')
          AND m.done_on IS NULL AND (NOT m.told_near AND m.due_on BETWEEN today AND today + 7
                                     OR NOT m.told_overdue AND m.due_on < today)
        RETURNING p.pole_id, p.id AS project_id, p.title AS project_title, m.title, m.due_on,
                  CASE WHEN m.due_on < today THEN 'PROJECT_MILESTONE_OVERDUE' ELSE 'PROJECT_MILESTONE_NEAR' END AS kind
), told AS (
    SELECT DISTINCT due.*, person.id AS person_id, person.email, person.language,
                    coalesce(pref.delivery, 'IMMEDIATELY') AS delivery
    FROM due
             JOIN person ON person.active
        AND EXISTS (SELECT FROM pole_role r WHERE r.person_id = person.id AND r.pole_id = due.pole_id)
        AND (EXISTS (SELECT FROM pole_role r WHERE r.person_id = person.id AND r.pole_id = due.pole_id
                                              AND r.role = 'ORGANISATION_MANAGER')
             AND organisation_in_project(due.project_id, person.organisation_id)
             OR EXISTS (SELECT FROM project_partner pp
                        WHERE pp.project_id = due.project_id AND pp.contact_person_id = person.id))
             LEFT JOIN notification_preference pref ON pref.person_id = person.id AND pref.kind = due.kind
), written AS (
    INSERT INTO notification (pole_id, person_id, kind, subject_kind, subject_id, actor_id, params, digest_pending)
        SELECT told.pole_id, told.person_id, told.kind, 'PROJECT', told.project_id, NULL,
               -- the date as the person's language writes it (the bell and the email show it as it is)
               jsonb_build_object('project', told.project_title, 'milestone', told.title,
                                  'due', CASE WHEN told.language = 'FR' THEN to_char(told.due_on, 'DD/MM/YYYY')
                                              ELSE to_char(told.due_on, 'FMDD FMMonth YYYY') END,
                                  'path', 'projects/' || told.project_id || '#milestones'),
               told.delivery = 'DAILY_DIGEST'
        FROM told
        RETURNING notification.pole_id, notification.person_id, notification.kind, notification.params
)
SELECT written.pole_id, written.person_id, person.email, person.language, coalesce(pref.delivery, 'IMMEDIATELY'),
       written.kind, written.params
FROM written
         JOIN person ON person.id = written.person_id
         LEFT JOIN notification_preference pref ON pref.person_id = written.person_id AND pref.kind = written.kind
$$;
REVOKE ALL ON FUNCTION notify_due_milestones(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION notify_due_milestones(date) TO ${appRole};

-- ---- journal ----------------------------------------------------------------------------------------------------

CREATE TABLE project_journal_entry
(
    id               uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    project_id       uuid        NOT NULL REFERENCES project (id),
    author_person_id uuid        NOT NULL REFERENCES person (id),
    organisation_id  uuid        REFERENCES organisation (id),
    written_on       date        NOT NULL CHECK (written_on BETWEEN '2000-01-01' AND '2100-12-31'),
    body             text        NOT NULL CHECK (length(body) BETWEEN 1 AND 8000
                                                 AND NOT has_hidden_characters(translate(body, E'\n\r\t', ''))),
    pinned           boolean     NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    edited_at        timestamptz
);
CREATE INDEX project_journal_project_idx ON project_journal_entry (project_id, written_on DESC, created_at DESC);

-- its author changes the text for a day; an animator of the pole pins it
CREATE FUNCTION journal_change_allowed() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF acting_as_owner() THEN
        RETURN NEW;
    END IF;
    IF (NEW.body IS DISTINCT FROM OLD.body OR NEW.written_on IS DISTINCT FROM OLD.written_on)
        AND NOT (OLD.author_person_id = current_person_id() AND OLD.created_at > now() - interval '1 day') THEN
        RAISE EXCEPTION 'only its author changes a journal entry, for a day' USING ERRCODE = '42501';
    END IF;
    IF NEW.pinned IS DISTINCT FROM OLD.pinned AND NOT current_holds_role('ANIMATOR') THEN
        RAISE EXCEPTION 'only an animator pins a journal entry' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER journal_change_allowed BEFORE UPDATE ON project_journal_entry
    FOR EACH ROW EXECUTE FUNCTION journal_change_allowed();

ALTER TABLE project_journal_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_journal_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY journal_seen ON project_journal_entry FOR SELECT
    USING (acting_as_owner() OR reads_project_details(project_id));
CREATE POLICY journal_written ON project_journal_entry FOR INSERT
    WITH CHECK (acting_as_owner() OR author_person_id = (SELECT current_person_id())
        AND organisation_id IS NOT DISTINCT FROM (SELECT current_organisation_id()) AND works_on_project(project_id));
CREATE POLICY journal_changed ON project_journal_entry FOR UPDATE
    USING (acting_as_owner() OR works_on_project(project_id)
        AND (author_person_id = (SELECT current_person_id()) OR (SELECT current_holds_role('ANIMATOR'))));
GRANT SELECT, INSERT (project_id, author_person_id, organisation_id, written_on, body),
    UPDATE (written_on, body, pinned, edited_at) ON project_journal_entry TO ${appRole};

CREATE TABLE project_journal_attachment
(
    id         uuid PRIMARY KEY  DEFAULT gen_random_uuid(),
    entry_id   uuid     NOT NULL REFERENCES project_journal_entry (id),
    project_id uuid     NOT NULL REFERENCES project (id),
    file_name  text     NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200 AND NOT has_hidden_characters(file_name)),
    media_type text     NOT NULL CHECK (media_type IN (
        'application/pdf', 'image/png', 'image/jpeg',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet',
        'application/vnd.oasis.opendocument.presentation')),
    size_bytes integer  NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    content    bytea    NOT NULL,
    position   smallint NOT NULL DEFAULT 0 CHECK (position BETWEEN 0 AND 20),
    CHECK (octet_length(content) = size_bytes)
);
CREATE INDEX project_journal_attachment_entry_idx ON project_journal_attachment (entry_id, position);

ALTER TABLE project_journal_attachment ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_journal_attachment FORCE ROW LEVEL SECURITY;
CREATE POLICY journal_attachment_seen ON project_journal_attachment FOR SELECT
    USING (acting_as_owner() OR reads_project_details(project_id));
CREATE POLICY journal_attachment_added ON project_journal_attachment FOR INSERT
    WITH CHECK (acting_as_owner() OR EXISTS (
        SELECT FROM project_journal_entry e
        WHERE e.id = project_journal_attachment.entry_id AND e.project_id = project_journal_attachment.project_id
          AND e.author_person_id = (SELECT current_person_id()) AND e.created_at > now() - interval '1 day'));
GRANT SELECT, INSERT (entry_id, project_id, file_name, media_type, size_bytes, content, position)
    ON project_journal_attachment TO ${appRole};

-- ---- what the project used --------------------------------------------------------------------------------------

-- A booking made for a project: the booker's organisation must be the project's lead or one of its partners, in the
-- booking's pole.
ALTER TABLE booking ADD COLUMN project_id uuid REFERENCES project (id);
CREATE INDEX booking_project_idx ON booking (project_id) WHERE project_id IS NOT NULL;
GRANT INSERT (project_id), UPDATE (project_id) ON booking TO ${appRole};

CREATE FUNCTION booking_project_allowed() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NOT acting_as_owner() AND NOT EXISTS (
        SELECT FROM project p
        WHERE p.id = NEW.project_id AND p.pole_id = NEW.pole_id
          AND organisation_in_project(p.id, NEW.organisation_id)) THEN
        RAISE EXCEPTION 'a booking is linked only to a project of its organisation in its pole' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER booking_project_allowed BEFORE INSERT OR UPDATE OF project_id ON booking
    FOR EACH ROW WHEN (NEW.project_id IS NOT NULL) EXECUTE FUNCTION booking_project_allowed();

-- Staff hours given to a project by one of its organisations for work that was not booked, entered by hand.
CREATE TABLE project_hours
(
    id                   uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    project_id           uuid        NOT NULL REFERENCES project (id),
    organisation_id      uuid        NOT NULL REFERENCES organisation (id),
    worked_on            date        NOT NULL CHECK (worked_on BETWEEN '2000-01-01' AND '2100-12-31'),
    minutes              integer     NOT NULL CHECK (minutes BETWEEN 1 AND 100000),
    note                 text        NOT NULL DEFAULT '' CHECK (length(note) <= 500
                                                                  AND NOT has_hidden_characters(translate(note, E'\n\r\t', ''))),
    entered_by_person_id uuid        NOT NULL REFERENCES person (id),
    created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_hours_project_idx ON project_hours (project_id, worked_on);

ALTER TABLE project_hours ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_hours FORCE ROW LEVEL SECURITY;
CREATE POLICY hours_seen ON project_hours FOR SELECT USING (acting_as_owner() OR reads_project_details(project_id));
CREATE POLICY hours_entered ON project_hours FOR INSERT
    WITH CHECK (acting_as_owner() OR entered_by_person_id = (SELECT current_person_id())
        AND organisation_in_project(project_id, organisation_id)
        AND (may_edit_project(project_id)
             OR (SELECT current_holds_role('ORGANISATION_MANAGER'))
                AND project_id IN (SELECT current_pole_project_ids())
                AND organisation_id = (SELECT current_organisation_id())));
CREATE POLICY hours_removed ON project_hours FOR DELETE
    USING (acting_as_owner() OR may_edit_project(project_id)
        OR (SELECT current_holds_role('ORGANISATION_MANAGER')) AND project_id IN (SELECT current_pole_project_ids())
            AND organisation_id = (SELECT current_organisation_id()));
GRANT SELECT, INSERT (project_id, organisation_id, worked_on, minutes, note, entered_by_person_id), DELETE
    ON project_hours TO ${appRole};

-- ---- the project's conversation ---------------------------------------------------------------------------------

ALTER TABLE conversation ADD COLUMN project_id uuid REFERENCES project (id);
ALTER TABLE conversation DROP CONSTRAINT conversation_subject_check;
ALTER TABLE conversation ADD CONSTRAINT conversation_subject_check CHECK (
    (kind = 'ORGANISATION') = (organisation_id IS NOT NULL)
    AND (kind = 'RESOURCE') = (resource_id IS NOT NULL)
    AND (kind = 'BOOKING') = (booking_id IS NOT NULL)
    AND (kind = 'PROJECT') = (project_id IS NOT NULL)
    AND (kind <> 'GROUP' OR title IS NOT NULL));
CREATE UNIQUE INDEX conversation_of_project ON conversation (project_id) WHERE project_id IS NOT NULL;
GRANT INSERT (project_id) ON conversation TO ${appRole};
-- a person who works on the project joins its conversation by themselves (the people who came after it started)
CREATE POLICY participant_joins_project ON conversation_participant FOR INSERT
    WITH CHECK (person_id = (SELECT current_person_id()) AND EXISTS (
        SELECT FROM conversation c
        WHERE c.id = conversation_participant.conversation_id AND c.kind = 'PROJECT'
          AND c.pole_id = (SELECT current_pole_id()) AND works_on_project(c.project_id)));

-- ---- what is told -----------------------------------------------------------------------------------------------

ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('BOOKING_REQUESTED', 'BOOKING_MADE', 'BOOKING_CONFIRMED', 'BOOKING_DECLINED',
                    'BOOKING_CANCELLED_BY_BOOKER', 'BOOKING_CANCELLED_BY_OWNER', 'MESSAGE_RECEIVED',
                    'PROJECT_STATUS_CHANGED', 'PROJECT_PARTNER_ADDED', 'PROJECT_JOURNAL_ENTRY',
                    'PROJECT_MILESTONE_NEAR', 'PROJECT_MILESTONE_OVERDUE'));
ALTER TABLE notification_preference DROP CONSTRAINT notification_preference_kind_check;
ALTER TABLE notification_preference ADD CONSTRAINT notification_preference_kind_check
    CHECK (kind IN ('BOOKING_REQUESTED', 'BOOKING_MADE', 'BOOKING_CONFIRMED', 'BOOKING_DECLINED',
                    'BOOKING_CANCELLED_BY_BOOKER', 'BOOKING_CANCELLED_BY_OWNER', 'MESSAGE_RECEIVED',
                    'PROJECT_STATUS_CHANGED', 'PROJECT_PARTNER_ADDED', 'PROJECT_JOURNAL_ENTRY',
                    'PROJECT_MILESTONE_NEAR', 'PROJECT_MILESTONE_OVERDUE'));

-- the people working on a project find its conversation before they join it
CREATE POLICY conversation_of_my_project ON conversation FOR SELECT
    USING (kind = 'PROJECT' AND pole_id = (SELECT current_pole_id()) AND works_on_project(project_id));
