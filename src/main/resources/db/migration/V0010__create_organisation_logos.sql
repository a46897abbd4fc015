-- An organisation's logo: a PNG or JPEG of at most 512 KiB, checked by its content (not its name) before it is
-- stored. Visible to the pole's members, like the organisation itself.

CREATE TABLE organisation_logo (
    organisation_id uuid        PRIMARY KEY REFERENCES organisation (id),
    content_type    text        NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
    bytes           bytea       NOT NULL CHECK (octet_length(bytes) BETWEEN 1 AND 524288),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE organisation_logo ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisation_logo FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_logo_of_current_pole ON organisation_logo
    USING (acting_as_owner() OR organisation_id = current_organisation_id()
           OR organisation_id IN (SELECT current_pole_organisation_ids()));
