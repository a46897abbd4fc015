-- Poles (the tenants) and the organisations that can be members of them.

CREATE TABLE pole (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    territory   text        NOT NULL DEFAULT '' CHECK (length(territory) <= 200),
    description text        NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    charter     text        NOT NULL DEFAULT '' CHECK (length(charter) <= 20000),
    created_on  date        NOT NULL DEFAULT current_date,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX pole_name_key ON pole (lower(name));

CREATE TABLE organisation (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name          text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    legal_form    text        NOT NULL CHECK (legal_form IN ('ASSOCIATION', 'SCOP', 'SCIC', 'MUTUAL', 'FOUNDATION',
                                                           'COMPANY', 'LOCAL_AUTHORITY', 'RESEARCH_CENTRE',
                                                           'TRAINING_BODY', 'OTHER')),
    ess           boolean     NOT NULL,
    siret         text        UNIQUE CHECK (siret ~ '^[0-9]{14}$'),
    address       text        NOT NULL DEFAULT '' CHECK (length(address) <= 500),
    contact_email text        CHECK (length(contact_email) <= 254),
    phone         text        CHECK (length(phone) <= 40),
    description   text        NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    created_at    timestamptz NOT NULL DEFAULT now()
);
