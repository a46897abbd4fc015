-- Row security as a wall against Coopole's own mistakes (a forgotten filter, a wrong id), made to hold:
-- * the pole setting alone widens nothing: current_pole_id() is the setting only while the context's person holds a
--   role in that pole and is active;
-- * write policies carry the services' role rules (animator of the pole, manager of the owning organisation, the
--   booker's organisation), and nobody grants themselves a role or a membership;
-- * the application's role reads no password hash and writes only the columns its screens change.
-- What it does not protect against: SQL run as the application's role can call enter_context itself, for any person
-- (decision 0007). Policies call the context functions through scalar subqueries, so PostgreSQL runs each once per
-- statement (an InitPlan), not once per row.

CREATE OR REPLACE FUNCTION current_pole_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT r.pole_id
FROM pole_role r
         JOIN person p ON p.id = r.person_id AND p.active
WHERE r.pole_id = nullif(current_setting('coopole.pole_id', true), '')::uuid
  AND r.person_id = nullif(current_setting('coopole.person_id', true), '')::uuid
LIMIT 1
$$;

-- Whether the context's person holds that role in the context's pole.
CREATE FUNCTION current_holds_role(wanted text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT EXISTS (SELECT FROM pole_role r
               WHERE r.pole_id = current_pole_id() AND r.person_id = current_person_id() AND r.role = wanted)
$$;

-- The people of the context's person's organisation (the ones its manager looks after).
CREATE FUNCTION current_organisation_person_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT id FROM person WHERE organisation_id = current_organisation_id() $$;

-- Poles in which the acting (active) person holds a role.
CREATE OR REPLACE FUNCTION current_person_pole_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT r.pole_id FROM pole_role r JOIN person p ON p.id = r.person_id AND p.active
WHERE r.person_id = current_person_id()
$$;

REVOKE ALL ON FUNCTION current_holds_role(text), current_organisation_person_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION current_holds_role(text), current_organisation_person_ids() TO ${appRole};

-- ---- every policy again ----------------------------------------------------------------------------------------

DO $$
DECLARE
    p record;
BEGIN
    FOR p IN SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'public' LOOP
        EXECUTE format('DROP POLICY %I ON %I', p.policyname, p.tablename);
    END LOOP;
END
$$;

-- The owner (migrations, demo data, the SECURITY DEFINER functions) passes everywhere.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['pole', 'membership', 'organisation', 'person', 'pole_role', 'platform_admin',
                             'audit_event', 'invitation', 'password_reset', 'organisation_logo', 'resource',
                             'resource_pole', 'resource_opening', 'resource_closure', 'resource_photo', 'booking',
                             'notification', 'calendar_feed'] LOOP
        EXECUTE format('CREATE POLICY %I ON %I USING (acting_as_owner()) WITH CHECK (acting_as_owner())',
                       t || '_by_owner', t);
    END LOOP;
END
$$;

-- Privileges: nothing by default, then exactly what the screens need.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${appRole};
ALTER DEFAULT PRIVILEGES REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${appRole};

-- pole: read the current pole and the ones one holds a role in; its animators edit its profile
CREATE POLICY pole_seen ON pole FOR SELECT
    USING (id = (SELECT current_pole_id()) OR id IN (SELECT current_person_pole_ids()));
CREATE POLICY pole_edited_by_animator ON pole FOR UPDATE
    USING (id = (SELECT current_pole_id()) AND (SELECT current_holds_role('ANIMATOR')))
    WITH CHECK (id = (SELECT current_pole_id()));
GRANT SELECT ON pole TO ${appRole};
GRANT UPDATE (name, territory, description, charter, time_zone) ON pole TO ${appRole};

-- membership: the pole's animators admit, accept and end (asking to join goes through request_membership)
CREATE POLICY membership_seen ON membership FOR SELECT USING (pole_id = (SELECT current_pole_id()));
CREATE POLICY membership_added_by_animator ON membership FOR INSERT
    WITH CHECK (pole_id = (SELECT current_pole_id()) AND (SELECT current_holds_role('ANIMATOR')));
CREATE POLICY membership_changed_by_animator ON membership FOR UPDATE
    USING (pole_id = (SELECT current_pole_id()) AND (SELECT current_holds_role('ANIMATOR')))
    WITH CHECK (pole_id = (SELECT current_pole_id()));
GRANT SELECT, INSERT ON membership TO ${appRole};
GRANT UPDATE (status, joined_on, left_on) ON membership TO ${appRole};

-- organisation: the pole's animators add one (admitting a new member); its managers edit its profile
CREATE POLICY organisation_seen ON organisation FOR SELECT
    USING (id = (SELECT current_organisation_id()) OR id IN (SELECT current_pole_organisation_ids()));
CREATE POLICY organisation_added_by_animator ON organisation FOR INSERT
    WITH CHECK ((SELECT current_holds_role('ANIMATOR')));
CREATE POLICY organisation_edited_by_manager ON organisation FOR UPDATE
    USING (id = (SELECT current_organisation_id()) AND (SELECT current_holds_role('ORGANISATION_MANAGER')))
    WITH CHECK (id = (SELECT current_organisation_id()));
GRANT SELECT, INSERT ON organisation TO ${appRole};
GRANT UPDATE (name, legal_form, ess, siret, address, contact_email, phone, description, tags) ON organisation
    TO ${appRole};

-- person: no password hash is readable; a manager invites people of their organisation, an animator the manager
-- of an organisation of the pole; one edits one's own profile, a manager deactivates a colleague (trigger below)
CREATE POLICY person_seen ON person FOR SELECT
    USING (id = (SELECT current_person_id()) OR organisation_id IN (SELECT current_pole_organisation_ids()));
CREATE POLICY person_invited ON person FOR INSERT
    WITH CHECK ((organisation_id = (SELECT current_organisation_id())
                 AND (SELECT current_holds_role('ORGANISATION_MANAGER')))
                OR ((SELECT current_holds_role('ANIMATOR'))
                    AND organisation_id IN (SELECT current_pole_organisation_ids())));
CREATE POLICY person_edited ON person FOR UPDATE
    USING (id = (SELECT current_person_id())
           OR (organisation_id = (SELECT current_organisation_id())
               AND (SELECT current_holds_role('ORGANISATION_MANAGER'))))
    WITH CHECK (id = (SELECT current_person_id()) OR organisation_id = (SELECT current_organisation_id()));
GRANT SELECT (id, organisation_id, email, first_name, last_name, phone, language, active, current_pole_id,
              created_at) ON person TO ${appRole};
GRANT INSERT (id, organisation_id, email, first_name, last_name, phone, language, current_pole_id) ON person
    TO ${appRole};
GRANT UPDATE (first_name, last_name, phone, language, current_pole_id, active) ON person TO ${appRole};

-- Sessions signed in before this instant are over (password changed or reset, person deactivated).
ALTER TABLE person ADD COLUMN sessions_valid_from timestamptz NOT NULL DEFAULT '2000-01-01 00:00:00+00';
ALTER TABLE person ADD CONSTRAINT person_password_hash_is_argon2id
    CHECK (password_hash IS NULL OR password_hash ~ '^\$argon2id\$v=19\$m=[0-9]{1,7},t=[0-9]{1,3},p=[0-9]{1,2}\$[A-Za-z0-9+/]{16,64}\$[A-Za-z0-9+/]{32,128}$');

-- What a person changes of themselves and what a manager changes of a colleague, column by column.
CREATE FUNCTION person_change_allowed() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF acting_as_owner() THEN
        IF NEW.active IS DISTINCT FROM OLD.active AND NOT NEW.active THEN
            NEW.sessions_valid_from := now();
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id
        OR NEW.email IS DISTINCT FROM OLD.email OR NEW.password_hash IS DISTINCT FROM OLD.password_hash
        OR NEW.created_at IS DISTINCT FROM OLD.created_at
        OR NEW.sessions_valid_from IS DISTINCT FROM OLD.sessions_valid_from THEN
        RAISE EXCEPTION 'these columns of a person are not changed by the application' USING ERRCODE = '42501';
    END IF;
    IF OLD.id = current_person_id() THEN
        IF NEW.active IS DISTINCT FROM OLD.active THEN
            RAISE EXCEPTION 'a person does not deactivate themselves' USING ERRCODE = '42501';
        END IF;
        IF NEW.current_pole_id IS DISTINCT FROM OLD.current_pole_id AND NEW.current_pole_id IS NOT NULL
            AND NEW.current_pole_id NOT IN (SELECT current_person_pole_ids()) THEN
            RAISE EXCEPTION 'a person works only in a pole they hold a role in' USING ERRCODE = '42501';
        END IF;
    ELSE
        IF (NEW.first_name, NEW.last_name, NEW.phone, NEW.language, NEW.current_pole_id)
            IS DISTINCT FROM (OLD.first_name, OLD.last_name, OLD.phone, OLD.language, OLD.current_pole_id) THEN
            RAISE EXCEPTION 'a manager changes only whether a colleague is active' USING ERRCODE = '42501';
        END IF;
        IF NEW.active IS DISTINCT FROM OLD.active AND NOT NEW.active THEN
            NEW.sessions_valid_from := now();
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER person_change_allowed BEFORE UPDATE ON person
    FOR EACH ROW EXECUTE FUNCTION person_change_allowed();

-- pole_role: an animator grants and removes roles in the pole, a manager the member and manager roles of
-- colleagues; nobody grants themselves anything
CREATE POLICY pole_role_seen ON pole_role FOR SELECT
    USING (pole_id = (SELECT current_pole_id()) OR person_id = (SELECT current_person_id()));
CREATE POLICY pole_role_granted ON pole_role FOR INSERT
    WITH CHECK (pole_id = (SELECT current_pole_id()) AND person_id <> (SELECT current_person_id())
                AND ((SELECT current_holds_role('ANIMATOR'))
                     OR ((SELECT current_holds_role('ORGANISATION_MANAGER'))
                         AND role IN ('MEMBER', 'ORGANISATION_MANAGER')
                         AND person_id IN (SELECT current_organisation_person_ids()))));
CREATE POLICY pole_role_removed ON pole_role FOR DELETE
    USING (pole_id = (SELECT current_pole_id())
           AND ((SELECT current_holds_role('ANIMATOR'))
                OR ((SELECT current_holds_role('ORGANISATION_MANAGER'))
                    AND role IN ('MEMBER', 'ORGANISATION_MANAGER')
                    AND person_id IN (SELECT current_organisation_person_ids()))));
GRANT SELECT, INSERT, DELETE ON pole_role TO ${appRole};

CREATE POLICY platform_admin_self ON platform_admin FOR SELECT USING (person_id = (SELECT current_person_id()));
GRANT SELECT ON platform_admin TO ${appRole};

-- the audit trail: read by the pole's animators only; written through record_audit_event
CREATE POLICY audit_event_seen_by_animators ON audit_event FOR SELECT
    USING (pole_id = (SELECT current_pole_id()) AND (SELECT current_holds_role('ANIMATOR')));
GRANT SELECT ON audit_event TO ${appRole};

-- invitations: made in the pole by a manager or an animator, in their own name; accepted through accept_invitation
CREATE POLICY invitation_seen ON invitation FOR SELECT USING (pole_id = (SELECT current_pole_id()));
CREATE POLICY invitation_made ON invitation FOR INSERT
    WITH CHECK (pole_id = (SELECT current_pole_id()) AND invited_by_person_id = (SELECT current_person_id())
                AND ((SELECT current_holds_role('ORGANISATION_MANAGER')) OR (SELECT current_holds_role('ANIMATOR'))));
GRANT SELECT, INSERT ON invitation TO ${appRole};

-- logos: seen in the pole, replaced by a manager of the organisation
CREATE POLICY organisation_logo_seen ON organisation_logo FOR SELECT
    USING (organisation_id = (SELECT current_organisation_id())
           OR organisation_id IN (SELECT current_pole_organisation_ids()));
CREATE POLICY organisation_logo_added ON organisation_logo FOR INSERT
    WITH CHECK (organisation_id = (SELECT current_organisation_id())
                AND (SELECT current_holds_role('ORGANISATION_MANAGER')));
CREATE POLICY organisation_logo_replaced ON organisation_logo FOR UPDATE
    USING (organisation_id = (SELECT current_organisation_id())
           AND (SELECT current_holds_role('ORGANISATION_MANAGER')))
    WITH CHECK (organisation_id = (SELECT current_organisation_id()));
GRANT SELECT, INSERT ON organisation_logo TO ${appRole};
GRANT UPDATE (content_type, bytes, updated_at) ON organisation_logo TO ${appRole};

-- resources: seen where shared and by their organisation; shared and edited by a manager of that organisation
CREATE POLICY resource_seen ON resource FOR SELECT
    USING (organisation_id = (SELECT current_organisation_id()) OR id IN (SELECT current_pole_resource_ids()));
CREATE POLICY resource_shared ON resource FOR INSERT
    WITH CHECK (organisation_id = (SELECT current_organisation_id())
                AND (SELECT current_holds_role('ORGANISATION_MANAGER')));
CREATE POLICY resource_edited ON resource FOR UPDATE
    USING (organisation_id = (SELECT current_organisation_id())
           AND (SELECT current_holds_role('ORGANISATION_MANAGER')))
    WITH CHECK (organisation_id = (SELECT current_organisation_id()));
GRANT SELECT ON resource TO ${appRole};
GRANT INSERT (id, organisation_id, kind, name, description, approval_required) ON resource TO ${appRole};
GRANT UPDATE (kind, name, description, approval_required, status, min_minutes, max_minutes, lead_minutes,
              horizon_days, location, capacity, accessibility, tags, rate_unit, rate_cents, booking_unit, skills,
              weekly_cap_minutes) ON resource TO ${appRole};

-- where a resource is shared: the first pole when it is shared (by its manager, in the current pole), the others
-- through share_resource_in
CREATE POLICY resource_pole_seen ON resource_pole FOR SELECT USING (pole_id = (SELECT current_pole_id()));
CREATE POLICY resource_pole_added ON resource_pole FOR INSERT
    WITH CHECK (pole_id = (SELECT current_pole_id()) AND (SELECT current_holds_role('ORGANISATION_MANAGER'))
                AND resource_id IN (SELECT current_organisation_resource_ids()));
GRANT SELECT, INSERT ON resource_pole TO ${appRole};

-- a resource's opening hours, closures and photos: seen with it, written by a manager of its organisation
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['resource_opening', 'resource_closure', 'resource_photo'] LOOP
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (resource_id IN (SELECT current_pole_resource_ids()) '
                       'OR resource_id IN (SELECT current_organisation_resource_ids()))', t || '_seen', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK ((SELECT current_holds_role(''ORGANISATION_MANAGER'')) '
                       'AND resource_id IN (SELECT current_organisation_resource_ids()))', t || '_added', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING ((SELECT current_holds_role(''ORGANISATION_MANAGER'')) '
                       'AND resource_id IN (SELECT current_organisation_resource_ids()))', t || '_removed', t);
        EXECUTE format('GRANT SELECT, INSERT, DELETE ON %I TO ${appRole}', t);
    END LOOP;
END
$$;

-- bookings: made by a member for their organisation in the current pole; cancelled by the booker's organisation;
-- decided and cancelled by a manager of the resource's organisation (the trigger below checks the transitions)
CREATE POLICY booking_seen ON booking FOR SELECT
    USING (organisation_id = (SELECT current_organisation_id()) OR resource_id IN (SELECT current_pole_resource_ids()));
CREATE POLICY booking_made ON booking FOR INSERT
    WITH CHECK (pole_id = (SELECT current_pole_id()) AND organisation_id = (SELECT current_organisation_id())
                AND person_id = (SELECT current_person_id()) AND resource_id IN (SELECT current_pole_resource_ids())
                AND status IN ('REQUESTED', 'CONFIRMED') AND decided_by_person_id IS NULL);
CREATE POLICY booking_changed ON booking FOR UPDATE
    USING (organisation_id = (SELECT current_organisation_id())
           OR ((SELECT current_holds_role('ORGANISATION_MANAGER'))
               AND resource_id IN (SELECT current_organisation_resource_ids())));
GRANT SELECT ON booking TO ${appRole};
GRANT INSERT (resource_id, pole_id, organisation_id, person_id, period, purpose, status, series_id) ON booking
    TO ${appRole};
GRANT UPDATE (status, decided_by_person_id, decided_at, reason) ON booking TO ${appRole};

CREATE FUNCTION booking_change_allowed() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    owner_manager boolean;
BEGIN
    IF acting_as_owner() OR NEW.status = OLD.status AND NEW.decided_by_person_id IS NOT DISTINCT FROM OLD.decided_by_person_id
                            AND NEW.reason IS NOT DISTINCT FROM OLD.reason THEN
        RETURN NEW;
    END IF;
    owner_manager := current_holds_role('ORGANISATION_MANAGER')
        AND NEW.resource_id IN (SELECT current_organisation_resource_ids());
    IF owner_manager THEN
        IF NOT ((OLD.status = 'REQUESTED' AND NEW.status IN ('CONFIRMED', 'DECLINED', 'CANCELLED'))
                OR (OLD.status = 'CONFIRMED' AND NEW.status = 'CANCELLED')) THEN
            RAISE EXCEPTION 'a booking goes from % to % only once', OLD.status, NEW.status USING ERRCODE = '42501';
        END IF;
        IF NEW.decided_by_person_id IS DISTINCT FROM OLD.decided_by_person_id
            AND NEW.decided_by_person_id IS DISTINCT FROM current_person_id() THEN
            RAISE EXCEPTION 'a decision is made in one''s own name' USING ERRCODE = '42501';
        END IF;
    ELSE
        -- the booker's organisation only cancels, without deciding anything
        IF NOT (OLD.status IN ('REQUESTED', 'CONFIRMED') AND NEW.status = 'CANCELLED')
            OR NEW.decided_by_person_id IS DISTINCT FROM OLD.decided_by_person_id
            OR NEW.decided_at IS DISTINCT FROM OLD.decided_at THEN
            RAISE EXCEPTION 'the booker''s organisation only cancels its booking' USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER booking_change_allowed BEFORE UPDATE ON booking
    FOR EACH ROW EXECUTE FUNCTION booking_change_allowed();

-- Locks a resource the context's person may book or manage, so that weekly caps are counted one booking at a time
-- (SELECT … FOR UPDATE would need the UPDATE policy, which only the resource's managers pass).
CREATE FUNCTION lock_resource(locked uuid) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM 1 FROM resource r
    WHERE r.id = locked
      AND (r.id IN (SELECT current_pole_resource_ids()) OR r.organisation_id = current_organisation_id())
    FOR UPDATE;
    RETURN FOUND;
END
$$;
REVOKE ALL ON FUNCTION lock_resource(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lock_resource(uuid) TO ${appRole};

-- notifications: sent to people of the pole, read (marked) by their person
CREATE POLICY notification_seen ON notification FOR SELECT USING (person_id = (SELECT current_person_id()));
CREATE POLICY notification_read ON notification FOR UPDATE USING (person_id = (SELECT current_person_id()));
CREATE POLICY notification_sent ON notification FOR INSERT
    WITH CHECK (pole_id = (SELECT current_pole_id())
                AND EXISTS (SELECT FROM pole_role r WHERE r.pole_id = (SELECT current_pole_id())
                                                      AND r.person_id = notification.person_id));
GRANT SELECT ON notification TO ${appRole};
GRANT INSERT (pole_id, person_id, booking_id, kind) ON notification TO ${appRole};
GRANT UPDATE (read_at) ON notification TO ${appRole};

-- secret calendar feeds: one's own, made in the current pole, revoked by oneself
CREATE POLICY calendar_feed_seen ON calendar_feed FOR SELECT USING (person_id = (SELECT current_person_id()));
CREATE POLICY calendar_feed_made ON calendar_feed FOR INSERT
    WITH CHECK (person_id = (SELECT current_person_id()) AND pole_id = (SELECT current_pole_id())
                AND (organisation_id = (SELECT current_organisation_id())
                     OR resource_id IN (SELECT current_pole_resource_ids())));
CREATE POLICY calendar_feed_revoked ON calendar_feed FOR UPDATE USING (person_id = (SELECT current_person_id()));
GRANT SELECT ON calendar_feed TO ${appRole};
GRANT INSERT (id, token_hash, pole_id, person_id, resource_id, organisation_id) ON calendar_feed TO ${appRole};
GRANT UPDATE (revoked_at) ON calendar_feed TO ${appRole};

-- Inside the SECURITY DEFINER functions the owner reads these tables, and the functions are what the policies call:
-- every policy begins with acting_as_owner(), so that for the owner PostgreSQL stops there and never calls a
-- context function from within one (which would recurse).
DO $$
DECLARE
    p record;
BEGIN
    FOR p IN SELECT tablename, policyname, qual, with_check FROM pg_policies
             WHERE schemaname = 'public' AND policyname NOT LIKE '%\_by\_owner' LOOP
        IF p.qual IS NOT NULL THEN
            EXECUTE format('ALTER POLICY %I ON %I USING (acting_as_owner() OR (%s))', p.policyname, p.tablename, p.qual);
        END IF;
        IF p.with_check IS NOT NULL THEN
            EXECUTE format('ALTER POLICY %I ON %I WITH CHECK (acting_as_owner() OR (%s))', p.policyname, p.tablename,
                           p.with_check);
        END IF;
    END LOOP;
END
$$;

-- Sequences (audit_event's identity is used by record_audit_event only).
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${appRole};
