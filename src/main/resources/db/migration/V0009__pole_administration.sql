-- What animators and the platform administrator do to poles and memberships.

-- A new organisation row shows nothing by itself; it becomes visible to a pole once it has a membership there.
CREATE POLICY organisation_created ON organisation FOR INSERT WITH CHECK (true);

-- Who asked for an organisation to join a pole (they become its manager there once admitted).
ALTER TABLE membership ADD COLUMN requested_by_person_id uuid REFERENCES person (id);

CREATE FUNCTION is_platform_admin() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT EXISTS (SELECT FROM platform_admin WHERE person_id = current_person_id()) $$;

-- Every pole's public face (name, territory), for a manager looking for a pole to join. No member data.
CREATE FUNCTION pole_directory()
    RETURNS TABLE (pole_id uuid, name text, territory text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT id, name, territory FROM pole WHERE current_person_id() IS NOT NULL ORDER BY name
$$;

-- The acting manager's organisation asks to join a pole. False when it is already a member or has asked already.
CREATE FUNCTION request_membership(target_pole uuid) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    requester person%ROWTYPE;
BEGIN
    SELECT * INTO requester FROM person WHERE id = current_person_id() AND active;
    IF NOT FOUND OR requester.organisation_id IS NULL
        OR NOT EXISTS (SELECT FROM pole_role WHERE person_id = requester.id AND role = 'ORGANISATION_MANAGER') THEN
        RAISE EXCEPTION 'only an organisation manager asks to join a pole' USING ERRCODE = '42501';
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

-- For the platform administrator: the poles with their number of active members, and nothing of their members.
CREATE FUNCTION pole_overview()
    RETURNS TABLE (pole_id uuid, name text, territory text, created_on date, active_members integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT p.id, p.name, p.territory, p.created_on,
       (SELECT count(*)::integer FROM membership m WHERE m.pole_id = p.id AND m.status = 'ACTIVE')
FROM pole p
WHERE is_platform_admin()
ORDER BY p.name
$$;

-- The platform administrator creates a pole with its first animator, who belongs to the organisation that carries
-- the pole's animation; the animator is invited (the token's hash is stored). All or nothing.
CREATE FUNCTION create_pole(pole_name text, pole_territory text, pole_description text,
                            carrier_name text, carrier_legal_form text, carrier_ess boolean,
                            animator_first_name text, animator_last_name text, animator_email text,
                            invitation_token_hash text, invitation_expires_at timestamptz) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    new_pole uuid;
    carrier uuid;
    animator uuid;
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
    VALUES (invitation_token_hash, animator, new_pole, current_person_id(), invitation_expires_at);
    RETURN new_pole;
END
$$;

REVOKE ALL ON FUNCTION is_platform_admin(), pole_directory(), request_membership(uuid), pole_overview(),
    create_pole(text, text, text, text, text, boolean, text, text, text, text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION is_platform_admin(), pole_directory(), request_membership(uuid), pole_overview(),
    create_pole(text, text, text, text, text, boolean, text, text, text, text, timestamptz) TO ${appRole};
