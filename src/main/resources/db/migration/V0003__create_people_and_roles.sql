-- People (who sign in) and the roles they hold: platform administrator, or per pole animator,
-- organisation manager and member.

CREATE TABLE person (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id uuid        REFERENCES organisation (id),
    email           text        NOT NULL CHECK (email = lower(btrim(email)) AND length(email) <= 254
                                                AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    first_name      text        NOT NULL CHECK (length(btrim(first_name)) BETWEEN 1 AND 100),
    last_name       text        NOT NULL CHECK (length(btrim(last_name)) BETWEEN 1 AND 100),
    phone           text        CHECK (length(phone) <= 40),
    -- null until the person has set a password (an invitation not yet accepted)
    password_hash   text,
    language        text        NOT NULL DEFAULT 'FR' CHECK (language IN ('FR', 'EN')),
    active          boolean     NOT NULL DEFAULT true,
    -- the pole the person last worked in, to open it again at the next sign-in
    current_pole_id uuid        REFERENCES pole (id),
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX person_email_key ON person (email);
CREATE INDEX person_organisation_idx ON person (organisation_id);

CREATE TABLE platform_admin (
    person_id  uuid        PRIMARY KEY REFERENCES person (id),
    granted_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE pole_role (
    pole_id    uuid        NOT NULL REFERENCES pole (id),
    person_id  uuid        NOT NULL REFERENCES person (id),
    role       text        NOT NULL CHECK (role IN ('ANIMATOR', 'ORGANISATION_MANAGER', 'MEMBER')),
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (pole_id, person_id, role)
);

CREATE INDEX pole_role_person_idx ON pole_role (person_id);
