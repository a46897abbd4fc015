-- The SECURITY DEFINER functions take the actor from the context, never from an argument, and check what they are
-- given; signing in never hands a password hash to the application.

-- ---- signing in -----------------------------------------------------------------------------------------------

-- A key known to the database only, for the answers about unknown accounts (below).
CREATE TABLE coopole_secret (
    id          boolean PRIMARY KEY DEFAULT true CHECK (id),
    sign_in_key bytea   NOT NULL CHECK (octet_length(sign_in_key) = 32)
);
INSERT INTO coopole_secret (sign_in_key)
VALUES (sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text
                          || clock_timestamp()::text, 'UTF8')));
ALTER TABLE coopole_secret ENABLE ROW LEVEL SECURITY;
ALTER TABLE coopole_secret FORCE ROW LEVEL SECURITY;
CREATE POLICY coopole_secret_by_owner ON coopole_secret USING (acting_as_owner()) WITH CHECK (acting_as_owner());
REVOKE ALL ON coopole_secret FROM ${appRole};

DROP FUNCTION credentials_for(text);

-- The Argon2id parameters and salt of the account's password (everything but the hash itself), so that the
-- application hashes what was typed the same way. An unknown email gets parameters and a salt that look the same
-- and stay the same for that email: the answer does not tell whether an account exists.
CREATE FUNCTION sign_in_setting(login_email text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT coalesce(
    (SELECT substring(p.password_hash FROM '^(\$argon2id\$v=19\$m=[0-9]+,t=[0-9]+,p=[0-9]+\$[A-Za-z0-9+/]+)\$')
     FROM person p WHERE p.email = lower(btrim(login_email)) AND p.password_hash IS NOT NULL),
    '$argon2id$v=19$m=19456,t=2,p=1$'
        || rtrim(encode(substring(sha256((SELECT sign_in_key FROM coopole_secret)
                                         || convert_to(lower(btrim(login_email)), 'UTF8')) FROM 1 FOR 16),
                        'base64'), '='))
$$;

-- The account whose password hashes to the candidate, if it is active: its id, whether it administers the platform,
-- and the instant of the sign-in (sessions older than the person's sessions_valid_from are over).
CREATE FUNCTION sign_in(login_email text, candidate_hash text)
    RETURNS TABLE (person_id uuid, platform_admin boolean, signed_in_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT p.id, EXISTS (SELECT FROM platform_admin a WHERE a.person_id = p.id), now()
FROM person p
WHERE p.email = lower(btrim(login_email)) AND p.active AND p.password_hash IS NOT NULL
  AND p.password_hash = candidate_hash
$$;

-- Whether a session signed in at that instant may go on: the person is active and has not changed or reset their
-- password (nor been deactivated) since.
CREATE FUNCTION session_still_valid(session_person uuid, session_signed_in_at timestamptz) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT coalesce((SELECT p.active AND p.password_hash IS NOT NULL AND p.sessions_valid_from <= session_signed_in_at
                 FROM person p WHERE p.id = session_person), false)
$$;

-- The context's person's own password parameters and salt, to check the current password before changing it.
CREATE FUNCTION current_password_setting() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT substring(p.password_hash FROM '^(\$argon2id\$v=19\$m=[0-9]+,t=[0-9]+,p=[0-9]+\$[A-Za-z0-9+/]+)\$')
FROM person p WHERE p.id = current_person_id() AND p.active
$$;

-- Changes the context's person's password when the current one's candidate hash matches; every other session of
-- theirs ends. Returns the instant of the change (the caller's session carries on from it), or null.
CREATE FUNCTION change_password(current_candidate_hash text, new_password_hash text) RETURNS timestamptz
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    UPDATE person SET password_hash = new_password_hash, sessions_valid_from = now()
    WHERE id = current_person_id() AND active AND password_hash = current_candidate_hash;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    RETURN now();
END
$$;

-- ---- the audit trail --------------------------------------------------------------------------------------------

DROP FUNCTION record_audit_event(uuid, uuid, text, text, text, text);

-- Writes one audit event in the name of the context's person, from the context's client address, in the given pole
-- when they hold a role there (else the context's pole). With nobody in the context, only what happens before
-- signing in is written (a failed or throttled sign-in, a reset request), in the pole of the account whose email
-- was typed, from the address given.
CREATE FUNCTION record_audit_event(event_pole uuid, event_action text, event_target text, event_detail text,
                                   event_address text) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    actor   uuid := current_person_id();
    pole    uuid;
    address text;
BEGIN
    IF actor IS NULL THEN
        IF event_action NOT IN ('SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'PASSWORD_RESET_REQUESTED') THEN
            RAISE EXCEPTION 'only what happens before signing in is recorded without a person'
                USING ERRCODE = '42501';
        END IF;
        pole := pole_of((SELECT id FROM person WHERE email = lower(btrim(event_target))));
        address := event_address;
    ELSE
        IF event_pole IS NOT NULL AND EXISTS (SELECT FROM pole_role r WHERE r.person_id = actor
                                                                      AND r.pole_id = event_pole) THEN
            pole := event_pole;
        ELSE
            pole := coalesce(current_pole_id(), pole_of(actor));
        END IF;
        address := nullif(current_setting('coopole.client_address', true), '');
    END IF;
    IF address IS NOT NULL AND address !~ '^[0-9A-Fa-f:.]{2,45}$' THEN
        address := NULL;
    END IF;
    INSERT INTO audit_event (pole_id, person_id, action, target, detail, address)
    VALUES (pole, actor, left(event_action, 60), left(event_target, 300), left(event_detail, 1000), left(address, 100));
END
$$;

-- The context now also says from which address the person acts (read by record_audit_event only).
DROP FUNCTION enter_context(uuid);
CREATE FUNCTION enter_context(acting_person uuid, client_address text) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    chosen uuid;
BEGIN
    IF NOT EXISTS (SELECT FROM person p WHERE p.id = acting_person AND p.active) THEN
        acting_person := NULL;
    END IF;
    chosen := pole_of(acting_person);
    PERFORM set_config('coopole.person_id', coalesce(acting_person::text, ''), true);
    PERFORM set_config('coopole.pole_id', coalesce(chosen::text, ''), true);
    PERFORM set_config('coopole.client_address',
                       CASE WHEN client_address ~ '^[0-9A-Fa-f:.]{2,45}$' THEN client_address ELSE '' END, true);
    RETURN chosen;
END
$$;

-- ---- invitations, resets, poles ---------------------------------------------------------------------------------

-- Invitations last seven days at most.
DROP POLICY invitation_made ON invitation;
CREATE POLICY invitation_made ON invitation FOR INSERT
    WITH CHECK (acting_as_owner() OR pole_id = (SELECT current_pole_id()) AND invited_by_person_id = (SELECT current_person_id())
                AND ((SELECT current_holds_role('ORGANISATION_MANAGER')) OR (SELECT current_holds_role('ANIMATOR')))
                AND accepted_at IS NULL AND expires_at <= now() + interval '7 days 1 minute');

CREATE OR REPLACE FUNCTION accept_invitation(hash text, new_password_hash text) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    accepted invitation%ROWTYPE;
BEGIN
    UPDATE invitation SET accepted_at = now()
    WHERE token_hash = hash AND accepted_at IS NULL AND expires_at > now()
    RETURNING * INTO accepted;
    IF accepted.person_id IS NULL THEN
        RETURN NULL;
    END IF;
    UPDATE person SET password_hash = new_password_hash, active = true, sessions_valid_from = now()
    WHERE id = accepted.person_id;
    INSERT INTO audit_event (pole_id, person_id, action, target)
    SELECT accepted.pole_id, p.id, 'INVITATION_ACCEPTED', p.email FROM person p WHERE p.id = accepted.person_id;
    RETURN accepted.person_id;
END
$$;

DROP FUNCTION request_password_reset(text, text, integer);

-- Stores a reset link valid one hour for the active account with that email, if there is one and it asked fewer
-- than three times in the last hour; the account's earlier links stop working. Returns the person's first name
-- (null otherwise: the caller then sends nothing, and says the same thing to the visitor either way).
CREATE FUNCTION request_password_reset(login_email text, hash text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    account person%ROWTYPE;
BEGIN
    SELECT * INTO account FROM person
    WHERE email = lower(btrim(login_email)) AND active AND password_hash IS NOT NULL
    FOR UPDATE;
    IF NOT FOUND OR (SELECT count(*) FROM password_reset r
                     WHERE r.person_id = account.id AND r.created_at > now() - interval '1 hour') >= 3 THEN
        RETURN NULL;
    END IF;
    UPDATE password_reset SET used_at = now() WHERE person_id = account.id AND used_at IS NULL;
    INSERT INTO password_reset (token_hash, person_id, expires_at) VALUES (hash, account.id, now() + interval '1 hour');
    RETURN account.first_name;
END
$$;

CREATE OR REPLACE FUNCTION reset_password(hash text, new_password_hash text) RETURNS uuid
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
    UPDATE person SET password_hash = new_password_hash, sessions_valid_from = now() WHERE id = target AND active;
    RETURN target;
END
$$;

-- Asking to join a pole is a manager's act, in the pole they work in.
CREATE OR REPLACE FUNCTION request_membership(target_pole uuid) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    requester person%ROWTYPE;
BEGIN
    SELECT * INTO requester FROM person WHERE id = current_person_id() AND active;
    IF NOT FOUND OR requester.organisation_id IS NULL OR NOT current_holds_role('ORGANISATION_MANAGER') THEN
        RAISE EXCEPTION 'only an organisation manager asks to join a pole' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT FROM pole WHERE id = target_pole) THEN
        RAISE EXCEPTION 'no such pole' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT FROM membership WHERE pole_id = target_pole AND organisation_id = requester.organisation_id
                                        AND status <> 'LEFT') THEN
        RETURN false;
    END IF;
    INSERT INTO membership (pole_id, organisation_id, status, requested_by_person_id)
    VALUES (target_pole, requester.organisation_id, 'REQUESTED', requester.id);
    RETURN true;
END
$$;

DROP FUNCTION create_pole(text, text, text, text, text, boolean, text, text, text, text, timestamptz);

-- The platform administrator creates a pole with its carrier organisation and its first animator, invited for
-- seven days; the two audit rows are written here, in the new pole.
CREATE FUNCTION create_pole(pole_name text, pole_territory text, pole_description text,
                            carrier_name text, carrier_legal_form text, carrier_ess boolean,
                            animator_first_name text, animator_last_name text, animator_email text,
                            invitation_token_hash text) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    new_pole uuid;
    carrier  uuid;
    animator uuid;
    address  text := nullif(current_setting('coopole.client_address', true), '');
BEGIN
    IF NOT is_platform_admin() THEN
        RAISE EXCEPTION 'only the platform administrator creates poles' USING ERRCODE = '42501';
    END IF;
    INSERT INTO pole (name, territory, description) VALUES (pole_name, pole_territory, pole_description)
    RETURNING id INTO new_pole;
    INSERT INTO organisation (name, legal_form, ess) VALUES (carrier_name, carrier_legal_form, carrier_ess)
    RETURNING id INTO carrier;
    INSERT INTO membership (pole_id, organisation_id, status, joined_on)
    VALUES (new_pole, carrier, 'ACTIVE', current_date);
    INSERT INTO person (organisation_id, email, first_name, last_name, current_pole_id)
    VALUES (carrier, animator_email, animator_first_name, animator_last_name, new_pole)
    RETURNING id INTO animator;
    INSERT INTO pole_role (pole_id, person_id, role)
    VALUES (new_pole, animator, 'ANIMATOR'), (new_pole, animator, 'ORGANISATION_MANAGER');
    INSERT INTO invitation (token_hash, person_id, pole_id, invited_by_person_id, expires_at)
    VALUES (invitation_token_hash, animator, new_pole, current_person_id(), now() + interval '7 days');
    INSERT INTO audit_event (pole_id, person_id, action, target, detail, address)
    VALUES (new_pole, current_person_id(), 'POLE_CREATED', left(pole_name, 300), NULL, address),
           (new_pole, current_person_id(), 'INVITED', animator_email, 'ANIMATOR', address);
    RETURN new_pole;
END
$$;

-- ---- calendars: a feed shows what the in-app calendar shows -----------------------------------------------------

-- A slot taken by an organisation that is no member of the feed's pole shows as taken, without its name (the
-- application writes "another pole's member") nor its purpose.
CREATE OR REPLACE FUNCTION calendar_feed_events(feed_token_hash bytea)
    RETURNS TABLE (calendar_name text, booking_id uuid, period tstzrange, status text, resource_name text,
                   organisation_name text, purpose text, created_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
WITH feed AS (
    SELECT f.resource_id, f.organisation_id, f.pole_id, p.organisation_id AS reader_organisation_id,
           coalesce((SELECT name FROM resource WHERE id = f.resource_id),
                    (SELECT name FROM organisation WHERE id = f.organisation_id)) AS calendar_name
    FROM calendar_feed f
             JOIN person p ON p.id = f.person_id AND p.active
    WHERE f.token_hash = feed_token_hash AND f.revoked_at IS NULL
      AND EXISTS (SELECT FROM pole_role pr WHERE pr.person_id = f.person_id AND pr.pole_id = f.pole_id)
), shown AS (
    SELECT b.*
    FROM feed
             JOIN booking b ON b.resource_id = feed.resource_id
    WHERE EXISTS (SELECT FROM resource_pole rp WHERE rp.resource_id = b.resource_id AND rp.pole_id = feed.pole_id)
    UNION ALL
    SELECT b.*
    FROM feed
             JOIN booking b ON b.organisation_id = feed.organisation_id AND b.pole_id = feed.pole_id
)
SELECT feed.calendar_name, NULL::uuid, NULL::tstzrange, NULL::text, NULL::text, NULL::text, NULL::text,
       NULL::timestamptz
FROM feed
UNION ALL
SELECT feed.calendar_name, b.id, b.period, b.status, r.name,
       CASE WHEN b.organisation_id = feed.reader_organisation_id
                 OR EXISTS (SELECT FROM membership m WHERE m.pole_id = feed.pole_id
                                                       AND m.organisation_id = b.organisation_id)
            THEN bo.name END,
       CASE WHEN (b.organisation_id = feed.reader_organisation_id OR r.organisation_id = feed.reader_organisation_id)
                 AND (b.pole_id = feed.pole_id OR b.organisation_id = feed.reader_organisation_id)
            THEN b.purpose END,
       b.created_at
FROM feed
         CROSS JOIN shown b
         JOIN resource r ON r.id = b.resource_id
         JOIN organisation bo ON bo.id = b.organisation_id
WHERE b.status IN ('REQUESTED', 'CONFIRMED') AND upper(b.period) > now() - interval '90 days'
$$;

REVOKE ALL ON FUNCTION sign_in_setting(text), sign_in(text, text), session_still_valid(uuid, timestamptz),
    current_password_setting(), change_password(text, text),
    record_audit_event(uuid, text, text, text, text), enter_context(uuid, text),
    request_password_reset(text, text),
    create_pole(text, text, text, text, text, boolean, text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sign_in_setting(text), sign_in(text, text), session_still_valid(uuid, timestamptz),
    current_password_setting(), change_password(text, text),
    record_audit_event(uuid, text, text, text, text), enter_context(uuid, text),
    request_password_reset(text, text),
    create_pole(text, text, text, text, text, boolean, text, text, text, text) TO ${appRole};
