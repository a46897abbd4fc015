-- Forgotten passwords: a single-use link, valid one hour, of which only a SHA-256 hash of the token is stored.
-- The application never reads this table directly; it goes through the functions below, before anybody is signed in.

CREATE TABLE password_reset (
    token_hash text        PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    person_id  uuid        NOT NULL REFERENCES person (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    CHECK (expires_at > created_at)
);

CREATE INDEX password_reset_person_idx ON password_reset (person_id);

ALTER TABLE password_reset ENABLE ROW LEVEL SECURITY;
ALTER TABLE password_reset FORCE ROW LEVEL SECURITY;
CREATE POLICY password_reset_by_owner_only ON password_reset USING (acting_as_owner());

-- Stores a reset for the active account with that email, if there is one, and returns the person's first name
-- (null otherwise: the caller then sends nothing, and says the same thing to the visitor either way).
CREATE FUNCTION request_password_reset(login_email text, hash text, valid_for_minutes integer) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    account person%ROWTYPE;
BEGIN
    SELECT * INTO account FROM person WHERE email = lower(btrim(login_email)) AND active AND password_hash IS NOT NULL;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    INSERT INTO password_reset (token_hash, person_id, expires_at) VALUES (hash, account.id, now() + make_interval(mins => valid_for_minutes));
    RETURN account.first_name;
END
$$;

CREATE FUNCTION password_reset_by_token(hash text)
    RETURNS TABLE (first_name text, last_name text, email text, expired boolean, used boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT p.first_name, p.last_name, p.email, r.expires_at <= now(), r.used_at IS NOT NULL
FROM password_reset r
         JOIN person p ON p.id = r.person_id
WHERE r.token_hash = hash
$$;

-- Sets the new password once; every other pending link of that person stops working too.
CREATE FUNCTION reset_password(hash text, new_password_hash text) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    target uuid;
BEGIN
    UPDATE password_reset SET used_at = now()
    WHERE token_hash = hash AND used_at IS NULL AND expires_at > now()
    RETURNING person_id INTO target;
    IF target IS NULL THEN
        RETURN NULL;
    END IF;
    UPDATE password_reset SET used_at = now() WHERE person_id = target AND used_at IS NULL;
    UPDATE person SET password_hash = new_password_hash WHERE id = target AND active;
    RETURN target;
END
$$;

REVOKE ALL ON password_reset FROM ${appRole};
REVOKE ALL ON FUNCTION request_password_reset(text, text, integer), password_reset_by_token(text),
    reset_password(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION request_password_reset(text, text, integer), password_reset_by_token(text),
    reset_password(text, text) TO ${appRole};
