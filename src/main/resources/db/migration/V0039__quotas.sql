-- Fair shares: a quota limits what each organisation books of a resource, or of a kind of resource, in the pole —
-- hours per week, month or year, a number of live bookings ahead, and/or a credit in euros per period (the
-- resource's rate counts what a booking costs). A top-up adds hours or euros to one organisation's allowance for one
-- period. The pole's animators keep every quota; an organisation's managers keep the quotas of their own resources.
-- The owner's own bookings of its resources are never counted.
CREATE TABLE quota
(
    id              uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    pole_id         uuid        NOT NULL REFERENCES pole (id),
    resource_id     uuid REFERENCES resource (id) ON DELETE CASCADE,
    resource_kind   text CHECK (resource_kind IN ('PREMISES', 'EQUIPMENT', 'VEHICLE', 'STAFF')),
    -- null: each organisation of the pole, on its own; else that organisation only (and it replaces the general one)
    organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
    period          text        NOT NULL CHECK (period IN ('WEEK', 'MONTH', 'YEAR')),
    max_minutes     integer CHECK (max_minutes BETWEEN 1 AND 527040),
    max_ahead       integer CHECK (max_ahead BETWEEN 1 AND 1000),
    credit_cents    bigint CHECK (credit_cents BETWEEN 0 AND 100000000000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK ((resource_id IS NULL) <> (resource_kind IS NULL)),
    CHECK (max_minutes IS NOT NULL OR max_ahead IS NOT NULL OR credit_cents IS NOT NULL)
);
-- one quota per scope and organisation (or per scope for each organisation)
CREATE UNIQUE INDEX quota_one_per_scope ON quota (pole_id, coalesce(resource_id::text, resource_kind),
                                                  coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'));

CREATE TABLE quota_top_up
(
    id              uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    quota_id        uuid        NOT NULL REFERENCES quota (id) ON DELETE CASCADE,
    organisation_id uuid        NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    -- the first day of the period it tops up, on the pole's clock
    period_start    date        NOT NULL,
    minutes         integer     NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 527040),
    cents           bigint      NOT NULL DEFAULT 0 CHECK (cents BETWEEN 0 AND 100000000000),
    note            text        NOT NULL DEFAULT '' CHECK (length(note) <= 500 AND NOT has_hidden_characters(note)),
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (minutes > 0 OR cents > 0)
);
CREATE INDEX quota_top_up_quota_idx ON quota_top_up (quota_id, organisation_id, period_start);

-- whether the acting person keeps the quota: an animator of its pole, or a manager of the resource's organisation
CREATE FUNCTION keeps_quota(pole uuid, resource uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT pole = current_pole_id()
           AND (current_holds_role('ANIMATOR')
                OR resource IS NOT NULL AND current_holds_role('ORGANISATION_MANAGER')
                    AND resource IN (SELECT current_organisation_resource_ids()))
$$;
CREATE FUNCTION keeps_quota_id(wanted uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT EXISTS (SELECT FROM quota q WHERE q.id = wanted AND keeps_quota(q.pole_id, q.resource_id)) $$;
-- Counts one organisation's use of one quota at a time: bookings that the quota counts wait for each other here, so
-- that two concurrent bookings never overrun it (taken after the resource's own lock, in the quotas' order)
CREATE FUNCTION lock_quota(quota uuid, organisation uuid) RETURNS void
    LANGUAGE sql VOLATILE SET search_path = public, pg_temp
AS $$ SELECT pg_advisory_xact_lock(hashtextextended(quota::text || organisation::text, 7)) $$;
REVOKE ALL ON FUNCTION keeps_quota(uuid, uuid), keeps_quota_id(uuid), lock_quota(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION keeps_quota(uuid, uuid), keeps_quota_id(uuid), lock_quota(uuid, uuid) TO ${appRole};

ALTER TABLE quota ENABLE ROW LEVEL SECURITY;
ALTER TABLE quota FORCE ROW LEVEL SECURITY;
-- the pole's people read the quotas that bind their organisation; keepers read theirs; animators read all
CREATE POLICY quota_seen ON quota FOR SELECT
    USING (acting_as_owner() OR pole_id = (SELECT current_pole_id())
        AND (organisation_id IS NULL OR organisation_id = (SELECT current_organisation_id())
             OR (SELECT current_holds_role('ANIMATOR'))
             OR resource_id IN (SELECT current_organisation_resource_ids())));
CREATE POLICY quota_made ON quota FOR INSERT
    WITH CHECK (acting_as_owner() OR keeps_quota(pole_id, resource_id)
        AND (resource_id IS NULL OR resource_id IN (SELECT current_pole_resource_ids()))
        AND (organisation_id IS NULL OR organisation_id IN (SELECT current_pole_organisation_ids())));
CREATE POLICY quota_changed ON quota FOR UPDATE USING (acting_as_owner() OR keeps_quota(pole_id, resource_id))
    WITH CHECK (acting_as_owner() OR keeps_quota(pole_id, resource_id)
        AND (organisation_id IS NULL OR organisation_id IN (SELECT current_pole_organisation_ids())));
CREATE POLICY quota_removed ON quota FOR DELETE USING (acting_as_owner() OR keeps_quota(pole_id, resource_id));
GRANT SELECT, INSERT (pole_id, resource_id, resource_kind, organisation_id, period, max_minutes, max_ahead,
                      credit_cents),
    UPDATE (organisation_id, period, max_minutes, max_ahead, credit_cents), DELETE ON quota TO ${appRole};

ALTER TABLE quota_top_up ENABLE ROW LEVEL SECURITY;
ALTER TABLE quota_top_up FORCE ROW LEVEL SECURITY;
CREATE POLICY quota_top_up_seen ON quota_top_up FOR SELECT
    USING (acting_as_owner() OR organisation_id = (SELECT current_organisation_id()) OR keeps_quota_id(quota_id));
CREATE POLICY quota_top_up_made ON quota_top_up FOR INSERT
    WITH CHECK (acting_as_owner() OR keeps_quota_id(quota_id)
        AND organisation_id IN (SELECT current_pole_organisation_ids()));
CREATE POLICY quota_top_up_removed ON quota_top_up FOR DELETE USING (acting_as_owner() OR keeps_quota_id(quota_id));
GRANT SELECT, INSERT (quota_id, organisation_id, period_start, minutes, cents, note), DELETE ON quota_top_up
    TO ${appRole};
