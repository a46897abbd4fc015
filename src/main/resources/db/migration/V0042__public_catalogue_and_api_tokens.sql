-- The pole's catalogue on its own website, and an API. A pole's public catalogue is off until its animators switch it
-- on and choose what it shows: which resources (none chosen: all those shared in the pole), their rates or not, their
-- free/busy periods or not; never who booked nor why. People call the API with personal tokens, stored as hashes.

ALTER TABLE pole
    ADD COLUMN public_catalogue  boolean NOT NULL DEFAULT false,
    ADD COLUMN public_show_rates boolean NOT NULL DEFAULT false,
    ADD COLUMN public_show_busy  boolean NOT NULL DEFAULT false;
GRANT UPDATE (public_catalogue, public_show_rates, public_show_busy) ON pole TO ${appRole};

CREATE TABLE public_catalogue_resource
(
    pole_id     uuid NOT NULL REFERENCES pole (id),
    resource_id uuid NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    PRIMARY KEY (pole_id, resource_id)
);
ALTER TABLE public_catalogue_resource ENABLE ROW LEVEL SECURITY;
ALTER TABLE public_catalogue_resource FORCE ROW LEVEL SECURITY;
CREATE POLICY public_catalogue_resource_seen ON public_catalogue_resource FOR SELECT
    USING (acting_as_owner() OR pole_id = (SELECT current_pole_id()));
CREATE POLICY public_catalogue_resource_chosen ON public_catalogue_resource FOR INSERT
    WITH CHECK (acting_as_owner() OR pole_id = (SELECT current_pole_id()) AND (SELECT current_holds_role('ANIMATOR'))
        AND resource_id IN (SELECT current_pole_resource_ids()));
CREATE POLICY public_catalogue_resource_dropped ON public_catalogue_resource FOR DELETE
    USING (acting_as_owner() OR pole_id = (SELECT current_pole_id()) AND (SELECT current_holds_role('ANIMATOR')));
GRANT SELECT, INSERT, DELETE ON public_catalogue_resource TO ${appRole};

CREATE TABLE api_token
(
    id           uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    person_id    uuid        NOT NULL REFERENCES person (id),
    name         text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100 AND NOT has_hidden_characters(name)),
    token_hash   text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    scope        text        NOT NULL CHECK (scope IN ('READ', 'READ_WRITE')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_token_person_idx ON api_token (person_id, created_at DESC);
ALTER TABLE api_token ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_token FORCE ROW LEVEL SECURITY;
CREATE POLICY api_token_own ON api_token FOR SELECT
    USING (acting_as_owner() OR person_id = (SELECT current_person_id()));
CREATE POLICY api_token_made ON api_token FOR INSERT
    WITH CHECK (acting_as_owner() OR person_id = (SELECT current_person_id()) AND revoked_at IS NULL);
CREATE POLICY api_token_revoked ON api_token FOR UPDATE
    USING (acting_as_owner() OR person_id = (SELECT current_person_id()))
    WITH CHECK (acting_as_owner() OR person_id = (SELECT current_person_id()));
CREATE POLICY api_token_removed_by_owner ON api_token FOR DELETE USING (acting_as_owner());
GRANT SELECT, INSERT (person_id, name, token_hash, scope), UPDATE (revoked_at) ON api_token TO ${appRole};

-- Who a token speaks for, and with what scope: nobody for a revoked token or a deactivated person. Notes its use.
CREATE FUNCTION api_token_holder(hash text) RETURNS TABLE (person_id uuid, scope text)
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
UPDATE api_token t SET last_used_at = now()
FROM person p
WHERE t.token_hash = hash AND t.revoked_at IS NULL AND p.id = t.person_id AND p.active
RETURNING t.person_id, t.scope
$$;

-- A published pole's name and what its catalogue shows (nothing when it is not published).
CREATE FUNCTION public_pole(wanted uuid) RETURNS TABLE (name text, show_rates boolean, show_busy boolean,
                                                        time_zone text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT p.name, p.public_show_rates, p.public_show_busy, p.time_zone FROM pole p
WHERE p.id = wanted AND p.public_catalogue
$$;

-- A published pole's catalogue: its active shared resources (those chosen, or all when none is), with their rate
-- only when the pole shows rates.
CREATE FUNCTION public_catalogue(wanted uuid)
    RETURNS TABLE (resource_id uuid, name text, kind text, organisation_id uuid, organisation_name text,
                   description text, location text, capacity integer, rate_unit text, rate_cents integer,
                   approval_required boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT r.id, r.name, r.kind, o.id, o.name, r.description, r.location, r.capacity,
       CASE WHEN p.public_show_rates THEN r.rate_unit END, CASE WHEN p.public_show_rates THEN r.rate_cents END,
       r.approval_required
FROM pole p
         JOIN resource_pole rp ON rp.pole_id = p.id
         JOIN resource r ON r.id = rp.resource_id AND r.status = 'ACTIVE'
         JOIN organisation o ON o.id = r.organisation_id
WHERE p.id = wanted AND p.public_catalogue
  AND (NOT EXISTS (SELECT FROM public_catalogue_resource c WHERE c.pole_id = p.id)
       OR r.id IN (SELECT c.resource_id FROM public_catalogue_resource c WHERE c.pole_id = p.id))
ORDER BY r.name, r.id
$$;

-- When a published resource (or, with resource null, each published resource) is taken within
-- [window_start, window_end): periods only, never who nor why; nothing unless its pole shows free/busy.
CREATE FUNCTION public_busy(wanted uuid, resource uuid, window_start timestamptz, window_end timestamptz)
    RETURNS TABLE (resource_id uuid, starts_at timestamptz, ends_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT b.resource_id, greatest(lower(b.period), window_start), least(upper(b.period), window_end)
FROM booking b
WHERE (resource IS NULL OR b.resource_id = resource) AND b.status IN ('REQUESTED', 'CONFIRMED')
  AND b.period && tstzrange(window_start, window_end)
  AND EXISTS (SELECT FROM pole p WHERE p.id = wanted AND p.public_catalogue AND p.public_show_busy)
  AND b.resource_id IN (SELECT c.resource_id FROM public_catalogue(wanted) c)
ORDER BY b.resource_id, lower(b.period)
$$;
REVOKE ALL ON FUNCTION api_token_holder(text), public_pole(uuid), public_catalogue(uuid),
    public_busy(uuid, uuid, timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api_token_holder(text), public_pole(uuid), public_catalogue(uuid),
    public_busy(uuid, uuid, timestamptz, timestamptz) TO ${appRole};
