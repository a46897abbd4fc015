-- Shared resources and their bookings: the core of "never twice". A resource belongs to one organisation and is
-- shared in some of its poles; no two live (requested or confirmed) bookings of one resource ever overlap, whichever
-- pole they were made in: PostgreSQL refuses the second one (SQLState 23P01). Periods are half-open, [start, end),
-- so back-to-back bookings are fine. Booking policies, photos and series come with their own migrations.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE resource (
    id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id   uuid        NOT NULL REFERENCES organisation (id),
    kind              text        NOT NULL CHECK (kind IN ('PREMISES', 'EQUIPMENT', 'VEHICLE', 'STAFF')),
    name              text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    description       text        NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    approval_required boolean     NOT NULL DEFAULT false,
    status            text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED', 'ARCHIVED')),
    created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX resource_organisation_idx ON resource (organisation_id);

CREATE TABLE resource_pole (
    resource_id uuid NOT NULL REFERENCES resource (id),
    pole_id     uuid NOT NULL REFERENCES pole (id),
    PRIMARY KEY (resource_id, pole_id)
);

CREATE INDEX resource_pole_pole_idx ON resource_pole (pole_id);

CREATE TABLE booking (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    resource_id     uuid        NOT NULL REFERENCES resource (id),
    pole_id         uuid        NOT NULL REFERENCES pole (id),
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    person_id       uuid        NOT NULL REFERENCES person (id),
    period          tstzrange   NOT NULL CHECK (NOT isempty(period) AND NOT lower_inf(period)
                                                AND NOT upper_inf(period) AND lower_inc(period)
                                                AND NOT upper_inc(period)),
    purpose         text        NOT NULL DEFAULT '' CHECK (length(purpose) <= 1000),
    status          text        NOT NULL CHECK (status IN ('REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT booking_never_twice EXCLUDE USING gist (resource_id WITH =, period WITH &&)
        WHERE (status IN ('REQUESTED', 'CONFIRMED'))
);

CREATE INDEX booking_organisation_idx ON booking (organisation_id);

-- Whether a period meets the window [window_start, window_end). A plain SQL function that PostgreSQL inlines, so
-- that queries through it still use the exclusion constraint's GiST index; it lets jOOQ say "&&" without string SQL.
CREATE FUNCTION period_overlaps(period tstzrange, window_start timestamptz, window_end timestamptz) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT period && tstzrange(window_start, window_end) $$;

-- Resources shared in the current pole (for the policies, without making them refer to each other).
CREATE FUNCTION current_pole_resource_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT resource_id FROM resource_pole WHERE pole_id = current_pole_id() $$;

ALTER TABLE resource ENABLE ROW LEVEL SECURITY;
ALTER TABLE resource FORCE ROW LEVEL SECURITY;
CREATE POLICY resource_shared_or_own ON resource
    USING (acting_as_owner() OR organisation_id = current_organisation_id()
           OR id IN (SELECT current_pole_resource_ids()));

ALTER TABLE resource_pole ENABLE ROW LEVEL SECURITY;
ALTER TABLE resource_pole FORCE ROW LEVEL SECURITY;
CREATE POLICY resource_pole_of_current_pole ON resource_pole
    USING (acting_as_owner() OR pole_id = current_pole_id());

-- Resources of the acting person's organisation (its managers decide on their bookings).
CREATE FUNCTION current_organisation_resource_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT id FROM resource WHERE organisation_id = current_organisation_id() $$;

-- A booking is seen by everybody who sees its resource (the service hides the purpose and the person from those
-- who are neither the owner nor the booker). It is made in the current pole, by the acting person, for their own
-- organisation; afterwards only the booker's organisation and the resource's owner change it. Nobody deletes one.
ALTER TABLE booking ENABLE ROW LEVEL SECURITY;
ALTER TABLE booking FORCE ROW LEVEL SECURITY;
CREATE POLICY booking_seen_with_its_resource ON booking FOR SELECT
    USING (acting_as_owner() OR organisation_id = current_organisation_id()
           OR resource_id IN (SELECT current_pole_resource_ids()));
CREATE POLICY booking_made_by_the_booker ON booking FOR INSERT
    WITH CHECK (acting_as_owner() OR (pole_id = current_pole_id() AND organisation_id = current_organisation_id()
                                      AND person_id = current_person_id()
                                      AND resource_id IN (SELECT current_pole_resource_ids())));
CREATE POLICY booking_changed_by_booker_or_owner ON booking FOR UPDATE
    USING (acting_as_owner() OR organisation_id = current_organisation_id()
           OR resource_id IN (SELECT current_organisation_resource_ids()));
REVOKE DELETE ON booking FROM ${appRole};

