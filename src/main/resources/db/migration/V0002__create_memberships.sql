-- An organisation's membership of a pole: requested, active, then possibly left.
-- A membership that ended stays as history; an organisation holds at most one current membership per pole.

CREATE TABLE membership (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    pole_id         uuid        NOT NULL REFERENCES pole (id),
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    status          text        NOT NULL CHECK (status IN ('REQUESTED', 'ACTIVE', 'LEFT')),
    requested_at    timestamptz NOT NULL DEFAULT now(),
    joined_on       date,
    left_on         date,
    CHECK (status <> 'ACTIVE' OR joined_on IS NOT NULL),
    CHECK (status <> 'LEFT' OR left_on IS NOT NULL),
    CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
);

CREATE UNIQUE INDEX membership_current_key ON membership (pole_id, organisation_id) WHERE status <> 'LEFT';
CREATE INDEX membership_organisation_idx ON membership (organisation_id);
