-- In-kind valuation (valorisation des contributions volontaires en nature): how an owner values what its resource
-- gives when it is lent free or below its rate — the resource's own rate, a rental value per hour, half-day or day
-- (premises, equipment), an hourly cost, or the SMIC loaded with a coefficient (staff time) — with the method in its
-- own words and the category of the French accounts 86/87 it goes to. Read by the pole (the organisations that
-- received it value what they received by the same rule); written by the owner's managers.
CREATE TABLE resource_valuation
(
    resource_id      uuid PRIMARY KEY REFERENCES resource (id),
    method           text        NOT NULL CHECK (method IN ('RATE', 'RENTAL', 'HOURLY_COST', 'SMIC')),
    unit             text CHECK (unit IN ('HOUR', 'HALF_DAY', 'DAY')),
    cents            integer CHECK (cents BETWEEN 0 AND 100000000),
    smic_coefficient numeric(4, 2) CHECK (smic_coefficient BETWEEN 1 AND 5),
    category         text        NOT NULL CHECK (category IN ('FREE_USE', 'SERVICES', 'STAFF', 'VOLUNTEERING')),
    note             text        NOT NULL DEFAULT '' CHECK (length(note) <= 500
                                                             AND NOT has_hidden_characters(translate(note, E'\n\r\t', ''))),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((method = 'RENTAL') = (unit IS NOT NULL)),
    CHECK ((method IN ('RENTAL', 'HOURLY_COST')) = (cents IS NOT NULL)),
    CHECK ((method = 'SMIC') = (smic_coefficient IS NOT NULL))
);

ALTER TABLE resource_valuation ENABLE ROW LEVEL SECURITY;
ALTER TABLE resource_valuation FORCE ROW LEVEL SECURITY;
CREATE POLICY valuation_seen ON resource_valuation FOR SELECT
    USING (acting_as_owner() OR resource_id IN (SELECT current_pole_resource_ids())
        OR resource_id IN (SELECT current_organisation_resource_ids()));
CREATE POLICY valuation_set ON resource_valuation FOR INSERT
    WITH CHECK (acting_as_owner() OR (SELECT current_holds_role('ORGANISATION_MANAGER'))
        AND resource_id IN (SELECT current_organisation_resource_ids()));
CREATE POLICY valuation_changed ON resource_valuation FOR UPDATE
    USING (acting_as_owner() OR (SELECT current_holds_role('ORGANISATION_MANAGER'))
        AND resource_id IN (SELECT current_organisation_resource_ids()));
GRANT SELECT, INSERT (resource_id, method, unit, cents, smic_coefficient, category, note, updated_at),
    UPDATE (method, unit, cents, smic_coefficient, category, note, updated_at) ON resource_valuation TO ${appRole};
