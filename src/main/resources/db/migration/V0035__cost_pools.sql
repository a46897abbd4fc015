-- Cost sharing (clés de répartition): a cost pool is a yearly or monthly cost (rent, insurance, a shared salary, a
-- van's running costs) shared among organisations by a key mixing, with weights, hours booked of the resources it
-- covers, m² occupied, headcount, equal shares and fixed percentages. The pole's animators keep the pole's pools; an
-- organisation's managers keep the pools of its own resources. The organisations sharing a pool read its key (each
-- one's m², headcount, percentage): the basis they share by is theirs to check; each one's statement stays its own.
CREATE TABLE cost_pool
(
    id               uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    pole_id          uuid        NOT NULL REFERENCES pole (id),
    -- null: the pole's own pool, kept by its animators; else the organisation whose resources it covers
    organisation_id  uuid REFERENCES organisation (id),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200 AND NOT has_hidden_characters(name)),
    period           text        NOT NULL CHECK (period IN ('YEAR', 'MONTH')),
    amount_cents     bigint      NOT NULL CHECK (amount_cents BETWEEN 0 AND 100000000000),
    weight_hours     smallint    NOT NULL DEFAULT 0 CHECK (weight_hours BETWEEN 0 AND 100),
    weight_area      smallint    NOT NULL DEFAULT 0 CHECK (weight_area BETWEEN 0 AND 100),
    weight_headcount smallint    NOT NULL DEFAULT 0 CHECK (weight_headcount BETWEEN 0 AND 100),
    weight_equal     smallint    NOT NULL DEFAULT 0 CHECK (weight_equal BETWEEN 0 AND 100),
    weight_fixed     smallint    NOT NULL DEFAULT 0 CHECK (weight_fixed BETWEEN 0 AND 100),
    version          integer     NOT NULL DEFAULT 0 CHECK (version >= 0),
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (weight_hours + weight_area + weight_headcount + weight_equal + weight_fixed > 0)
);
CREATE INDEX cost_pool_pole_idx ON cost_pool (pole_id);

CREATE TABLE cost_pool_resource
(
    pool_id     uuid NOT NULL REFERENCES cost_pool (id) ON DELETE CASCADE,
    resource_id uuid NOT NULL REFERENCES resource (id),
    PRIMARY KEY (pool_id, resource_id)
);

-- the organisations sharing a pool, with their figures for the keys by area, headcount and fixed percentage
CREATE TABLE cost_pool_share
(
    pool_id         uuid          NOT NULL REFERENCES cost_pool (id) ON DELETE CASCADE,
    organisation_id uuid          NOT NULL REFERENCES organisation (id),
    area_m2         numeric(10, 2) NOT NULL DEFAULT 0 CHECK (area_m2 BETWEEN 0 AND 1000000),
    headcount       numeric(8, 2) NOT NULL DEFAULT 0 CHECK (headcount BETWEEN 0 AND 100000),
    percent         numeric(7, 4) NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    PRIMARY KEY (pool_id, organisation_id)
);
CREATE INDEX cost_pool_share_organisation_idx ON cost_pool_share (organisation_id);

-- whether the acting person keeps the pool: an animator for the pole's, a manager of the organisation for its own
CREATE FUNCTION keeps_cost_pool(wanted uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT EXISTS (SELECT FROM cost_pool p
               WHERE p.id = wanted AND p.pole_id = current_pole_id()
                 AND (p.organisation_id IS NULL AND current_holds_role('ANIMATOR')
                      OR p.organisation_id = current_organisation_id() AND current_holds_role('ORGANISATION_MANAGER')))
$$;
-- whether the acting person reads the pool: its keepers, the pole's animators, and the organisations sharing it
CREATE FUNCTION reads_cost_pool(wanted uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT EXISTS (SELECT FROM cost_pool p
               WHERE p.id = wanted AND p.pole_id = current_pole_id()
                 AND (current_holds_role('ANIMATOR') OR p.organisation_id = current_organisation_id()
                      OR EXISTS (SELECT FROM cost_pool_share s
                                 WHERE s.pool_id = p.id AND s.organisation_id = current_organisation_id())))
$$;
-- the pools the acting person's organisation shares (a policy on the pools cannot look a new row up: its own
-- statement does not see it yet)
CREATE FUNCTION current_shared_cost_pool_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT pool_id FROM cost_pool_share WHERE organisation_id = current_organisation_id() $$;
REVOKE ALL ON FUNCTION keeps_cost_pool(uuid), reads_cost_pool(uuid), current_shared_cost_pool_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION keeps_cost_pool(uuid), reads_cost_pool(uuid), current_shared_cost_pool_ids() TO ${appRole};

ALTER TABLE cost_pool ENABLE ROW LEVEL SECURITY;
ALTER TABLE cost_pool FORCE ROW LEVEL SECURITY;
CREATE POLICY cost_pool_seen ON cost_pool FOR SELECT
    USING (acting_as_owner() OR pole_id = (SELECT current_pole_id())
        AND ((SELECT current_holds_role('ANIMATOR')) OR organisation_id = (SELECT current_organisation_id())
             OR id IN (SELECT current_shared_cost_pool_ids())));
CREATE POLICY cost_pool_made ON cost_pool FOR INSERT
    WITH CHECK (acting_as_owner() OR pole_id = (SELECT current_pole_id())
        AND (organisation_id IS NULL AND (SELECT current_holds_role('ANIMATOR'))
             OR organisation_id = (SELECT current_organisation_id())
                AND (SELECT current_holds_role('ORGANISATION_MANAGER'))));
CREATE POLICY cost_pool_changed ON cost_pool FOR UPDATE USING (acting_as_owner() OR keeps_cost_pool(id));
CREATE POLICY cost_pool_removed ON cost_pool FOR DELETE USING (acting_as_owner() OR keeps_cost_pool(id));
GRANT SELECT, INSERT (pole_id, organisation_id, name, period, amount_cents, weight_hours, weight_area, weight_headcount,
                      weight_equal, weight_fixed),
    UPDATE (name, period, amount_cents, weight_hours, weight_area, weight_headcount, weight_equal, weight_fixed, version),
    DELETE ON cost_pool TO ${appRole};

ALTER TABLE cost_pool_resource ENABLE ROW LEVEL SECURITY;
ALTER TABLE cost_pool_resource FORCE ROW LEVEL SECURITY;
CREATE POLICY cost_pool_resource_seen ON cost_pool_resource FOR SELECT
    USING (acting_as_owner() OR reads_cost_pool(pool_id));
CREATE POLICY cost_pool_resource_added ON cost_pool_resource FOR INSERT
    WITH CHECK (acting_as_owner() OR keeps_cost_pool(pool_id) AND resource_id IN (SELECT current_pole_resource_ids()));
CREATE POLICY cost_pool_resource_removed ON cost_pool_resource FOR DELETE
    USING (acting_as_owner() OR keeps_cost_pool(pool_id));
GRANT SELECT, INSERT, DELETE ON cost_pool_resource TO ${appRole};

ALTER TABLE cost_pool_share ENABLE ROW LEVEL SECURITY;
ALTER TABLE cost_pool_share FORCE ROW LEVEL SECURITY;
CREATE POLICY cost_pool_share_seen ON cost_pool_share FOR SELECT USING (acting_as_owner() OR reads_cost_pool(pool_id));
CREATE POLICY cost_pool_share_added ON cost_pool_share FOR INSERT
    WITH CHECK (acting_as_owner() OR keeps_cost_pool(pool_id)
        AND organisation_id IN (SELECT current_pole_organisation_ids()));
CREATE POLICY cost_pool_share_removed ON cost_pool_share FOR DELETE USING (acting_as_owner() OR keeps_cost_pool(pool_id));
GRANT SELECT, INSERT, DELETE ON cost_pool_share TO ${appRole};
