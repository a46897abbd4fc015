-- The pole is the tenant. Every table holding pole data has row-level security, enabled and forced, so that a
-- bug in the application cannot show one pole's data to another: the application's role (${appRole}) sees only
-- rows of the pole and person set for the current transaction, and nothing when none is set.
-- The owner role (the one running these migrations) is let through explicitly: it runs migrations, loads the
-- demo data, and owns the few SECURITY DEFINER functions below.

CREATE FUNCTION acting_as_owner() RETURNS boolean
    LANGUAGE sql STABLE
AS $$ SELECT current_user = '${flyway:user}' $$;

CREATE FUNCTION current_person_id() RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('coopole.person_id', true), '')::uuid $$;

CREATE FUNCTION current_pole_id() RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('coopole.pole_id', true), '')::uuid $$;

-- The pole a person works in: the one they chose last if they still hold a role there, else their first by name.
-- Null for a deactivated person or one without any role.
CREATE FUNCTION pole_of(acting_person uuid) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT r.pole_id
FROM person p
         JOIN pole_role r ON r.person_id = p.id
         JOIN pole o ON o.id = r.pole_id
WHERE p.id = acting_person AND p.active
ORDER BY r.pole_id IS DISTINCT FROM p.current_pole_id, o.name
LIMIT 1
$$;

-- Called by the application at the start of every transaction, for that transaction only (set_config(…, true)):
-- who acts, and the pole they work in (pole_of). Returns that pole. A deactivated person acts as nobody.
CREATE FUNCTION enter_context(acting_person uuid) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    chosen uuid;
BEGIN
    IF NOT EXISTS (SELECT FROM person p WHERE p.id = acting_person AND p.active) THEN
        acting_person := NULL;
    END IF;
    chosen := pole_of(acting_person);
    PERFORM set_config('coopole.person_id', coalesce(acting_person::text, ''), true);
    PERFORM set_config('coopole.pole_id', coalesce(chosen::text, ''), true);
    RETURN chosen;
END
$$;

-- What signing in needs, before anybody is known: the person with that email, if any.
CREATE FUNCTION credentials_for(login_email text)
    RETURNS TABLE (person_id uuid, password_hash text, active boolean, platform_admin boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT p.id, p.password_hash, p.active, EXISTS (SELECT FROM platform_admin a WHERE a.person_id = p.id)
FROM person p
WHERE p.email = login_email
$$;

-- The acting person's organisation (used by policies without making them refer to each other).
CREATE FUNCTION current_organisation_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT organisation_id FROM person WHERE id = current_person_id() $$;

-- Organisations that are or were members of the current pole.
CREATE FUNCTION current_pole_organisation_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT organisation_id FROM membership WHERE pole_id = current_pole_id() $$;

-- Poles in which the acting person holds a role (to list and switch them).
CREATE FUNCTION current_person_pole_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT pole_id FROM pole_role WHERE person_id = current_person_id() $$;

-- Where the application's role stands: an empty array when it owns no table, is no superuser and cannot bypass
-- row security; otherwise the problems, for a clear message at start-up.
CREATE FUNCTION application_role_problems() RETURNS text[]
    LANGUAGE sql STABLE
AS $$
SELECT array_remove(ARRAY[
    CASE WHEN r.rolsuper THEN 'is a superuser' END,
    CASE WHEN r.rolbypassrls THEN 'can bypass row-level security' END,
    CASE WHEN EXISTS (SELECT FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = current_user)
         THEN 'owns tables' END
    ], NULL)
FROM pg_roles r
WHERE r.rolname = current_user
$$;

ALTER TABLE pole ENABLE ROW LEVEL SECURITY;
ALTER TABLE pole FORCE ROW LEVEL SECURITY;
CREATE POLICY pole_of_current_person ON pole
    USING (acting_as_owner() OR id = current_pole_id() OR id IN (SELECT current_person_pole_ids()));

ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership FORCE ROW LEVEL SECURITY;
CREATE POLICY membership_of_current_pole ON membership
    USING (acting_as_owner() OR pole_id = current_pole_id());

ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisation FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_of_current_pole ON organisation
    USING (acting_as_owner() OR id = current_organisation_id() OR id IN (SELECT current_pole_organisation_ids()));

ALTER TABLE person ENABLE ROW LEVEL SECURITY;
ALTER TABLE person FORCE ROW LEVEL SECURITY;
CREATE POLICY person_of_current_pole ON person
    USING (acting_as_owner() OR id = current_person_id()
           OR organisation_id IN (SELECT current_pole_organisation_ids()));

ALTER TABLE pole_role ENABLE ROW LEVEL SECURITY;
ALTER TABLE pole_role FORCE ROW LEVEL SECURITY;
CREATE POLICY pole_role_of_current_pole ON pole_role
    USING (acting_as_owner() OR pole_id = current_pole_id() OR person_id = current_person_id());

ALTER TABLE platform_admin ENABLE ROW LEVEL SECURITY;
ALTER TABLE platform_admin FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_admin_self ON platform_admin
    USING (acting_as_owner() OR person_id = current_person_id());

GRANT SELECT, INSERT, UPDATE, DELETE ON pole, membership, organisation, person, pole_role, platform_admin
    TO ${appRole};
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};
REVOKE ALL ON FUNCTION credentials_for(text), enter_context(uuid), pole_of(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION credentials_for(text), enter_context(uuid) TO ${appRole};
