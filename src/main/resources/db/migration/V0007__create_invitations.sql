-- Invitations: an organisation manager (or an animator, or the platform administrator for a pole's first animator)
-- invites a person by email. The person row exists from the start, without a password; the emailed link carries a
-- random token of which only a SHA-256 hash is stored. A link works once, for seven days.

CREATE TABLE invitation (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    token_hash  text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    person_id   uuid        NOT NULL REFERENCES person (id),
    pole_id     uuid        NOT NULL REFERENCES pole (id),
    invited_by_person_id uuid REFERENCES person (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    accepted_at timestamptz,
    CHECK (expires_at > created_at)
);

CREATE INDEX invitation_person_idx ON invitation (person_id);

ALTER TABLE invitation ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitation FORCE ROW LEVEL SECURITY;
CREATE POLICY invitation_of_current_pole ON invitation
    USING (acting_as_owner() OR pole_id = current_pole_id());

-- What the invitation page shows before anybody is signed in; nothing for an unknown token.
CREATE FUNCTION invitation_by_token(hash text)
    RETURNS TABLE (first_name text, last_name text, email text, organisation_name text, pole_name text,
                   inviter_name text, expired boolean, accepted boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT p.first_name, p.last_name, p.email, o.name, pl.name, ib.first_name || ' ' || ib.last_name,
       i.expires_at <= now(), i.accepted_at IS NOT NULL
FROM invitation i
         JOIN person p ON p.id = i.person_id
         JOIN pole pl ON pl.id = i.pole_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN person ib ON ib.id = i.invited_by_person_id
WHERE i.token_hash = hash
$$;

-- Accepts an invitation once: sets the person's password and marks the invitation used, in one statement.
-- Returns the person's id, or null when the token is unknown, expired or already used.
CREATE FUNCTION accept_invitation(hash text, new_password_hash text) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    invited uuid;
BEGIN
    UPDATE invitation SET accepted_at = now()
    WHERE token_hash = hash AND accepted_at IS NULL AND expires_at > now()
    RETURNING person_id INTO invited;
    IF invited IS NULL THEN
        RETURN NULL;
    END IF;
    UPDATE person SET password_hash = new_password_hash, active = true WHERE id = invited;
    RETURN invited;
END
$$;

GRANT SELECT, INSERT, UPDATE ON invitation TO ${appRole};
REVOKE DELETE ON invitation FROM ${appRole};
REVOKE ALL ON FUNCTION invitation_by_token(text), accept_invitation(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION invitation_by_token(text), accept_invitation(text, text) TO ${appRole};
