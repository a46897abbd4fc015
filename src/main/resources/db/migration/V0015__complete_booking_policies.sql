-- The rest of what sharing and booking need: the pole's time zone (opening hours, closures, units and weekly caps
-- are read on its clock), booking units, opening hours per weekday, closures, staff skills and weekly caps, photos,
-- repeating bookings, sharing in several poles, notifications, and secret calendar feeds.

ALTER TABLE pole
    ADD COLUMN time_zone text NOT NULL DEFAULT 'Europe/Paris' CHECK (length(time_zone) BETWEEN 1 AND 64);

ALTER TABLE resource
    ADD COLUMN booking_unit       text    NOT NULL DEFAULT 'QUARTER_HOUR'
        CHECK (booking_unit IN ('QUARTER_HOUR', 'HOUR', 'HALF_DAY', 'DAY')),
    ADD COLUMN skills             text[]  NOT NULL DEFAULT '{}'
        CHECK (cardinality(skills) <= 20 AND array_position(skills, NULL) IS NULL),
    ADD COLUMN weekly_cap_minutes integer CHECK (weekly_cap_minutes BETWEEN 15 AND 10080),
    ADD CONSTRAINT resource_cap_for_staff CHECK (weekly_cap_minutes IS NULL OR kind = 'STAFF');

-- Opening hours on the pole's clock; a resource without any row is open at all hours, every day.
CREATE TABLE resource_opening (
    resource_id uuid     NOT NULL REFERENCES resource (id),
    weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens       time     NOT NULL,
    closes      time     NOT NULL,
    PRIMARY KEY (resource_id, weekday, opens),
    CHECK (opens < closes)
);

-- Days (inclusive, on the pole's clock) on which the resource cannot be booked.
CREATE TABLE resource_closure (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    resource_id uuid NOT NULL REFERENCES resource (id),
    first_day   date NOT NULL,
    last_day    date NOT NULL,
    reason      text NOT NULL DEFAULT '' CHECK (length(reason) <= 200),
    CHECK (first_day <= last_day)
);

CREATE INDEX resource_closure_resource_idx ON resource_closure (resource_id);

-- Up to five photos (the limit is the position), kept with a thumbnail made on the server.
CREATE TABLE resource_photo (
    resource_id  uuid     NOT NULL REFERENCES resource (id),
    position     smallint NOT NULL CHECK (position BETWEEN 1 AND 5),
    content_type text     NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
    bytes        bytea    NOT NULL CHECK (octet_length(bytes) <= 2097152),
    thumbnail    bytea    NOT NULL,
    PRIMARY KEY (resource_id, position)
);

-- The occurrences of a repeating booking share a series id.
ALTER TABLE booking ADD COLUMN series_id uuid;
CREATE INDEX booking_series_idx ON booking (series_id) WHERE series_id IS NOT NULL;

-- Children of a resource are seen with it and written only by its owner organisation.
ALTER TABLE resource_opening ENABLE ROW LEVEL SECURITY;
ALTER TABLE resource_opening FORCE ROW LEVEL SECURITY;
CREATE POLICY resource_opening_seen ON resource_opening FOR SELECT
    USING (acting_as_owner() OR resource_id IN (SELECT id FROM resource));
CREATE POLICY resource_opening_written ON resource_opening
    USING (acting_as_owner() OR resource_id IN (SELECT current_organisation_resource_ids()));

ALTER TABLE resource_closure ENABLE ROW LEVEL SECURITY;
ALTER TABLE resource_closure FORCE ROW LEVEL SECURITY;
CREATE POLICY resource_closure_seen ON resource_closure FOR SELECT
    USING (acting_as_owner() OR resource_id IN (SELECT id FROM resource));
CREATE POLICY resource_closure_written ON resource_closure
    USING (acting_as_owner() OR resource_id IN (SELECT current_organisation_resource_ids()));

ALTER TABLE resource_photo ENABLE ROW LEVEL SECURITY;
ALTER TABLE resource_photo FORCE ROW LEVEL SECURITY;
CREATE POLICY resource_photo_seen ON resource_photo FOR SELECT
    USING (acting_as_owner() OR resource_id IN (SELECT id FROM resource));
CREATE POLICY resource_photo_written ON resource_photo
    USING (acting_as_owner() OR resource_id IN (SELECT current_organisation_resource_ids()));

-- The poles a resource is shared in: those among its organisation's active memberships that the manager chose.
-- Row security keeps resource_pole to the current pole, so the manager's choice goes through this function.
CREATE FUNCTION share_resource_in(shared_resource uuid, target_poles uuid[]) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    owner_organisation uuid;
BEGIN
    SELECT r.organisation_id INTO owner_organisation
    FROM resource r
             JOIN person p ON p.organisation_id = r.organisation_id AND p.id = current_person_id() AND p.active
    WHERE r.id = shared_resource
      AND EXISTS (SELECT FROM pole_role pr WHERE pr.person_id = p.id AND pr.pole_id = current_pole_id()
                                             AND pr.role = 'ORGANISATION_MANAGER');
    IF owner_organisation IS NULL THEN
        RAISE EXCEPTION 'only a manager of the owner organisation chooses where a resource is shared'
            USING ERRCODE = '42501';
    END IF;
    IF cardinality(target_poles) = 0 OR EXISTS (
        SELECT FROM unnest(target_poles) t(pole_id)
        WHERE NOT EXISTS (SELECT FROM membership m WHERE m.pole_id = t.pole_id
                                                     AND m.organisation_id = owner_organisation
                                                     AND m.status = 'ACTIVE')) THEN
        RAISE EXCEPTION 'a resource is shared only in poles its organisation belongs to' USING ERRCODE = '22023';
    END IF;
    DELETE FROM resource_pole WHERE resource_id = shared_resource AND pole_id <> ALL (target_poles);
    INSERT INTO resource_pole (resource_id, pole_id)
    SELECT shared_resource, t.pole_id FROM unnest(target_poles) t(pole_id)
    ON CONFLICT DO NOTHING;
END
$$;

-- The poles a resource of the acting person's organisation is shared in (their names, for its manager's form).
CREATE FUNCTION resource_poles(shared_resource uuid) RETURNS TABLE (pole_id uuid, name text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT o.id, o.name
FROM resource_pole rp
         JOIN resource r ON r.id = rp.resource_id
         JOIN pole o ON o.id = rp.pole_id
WHERE rp.resource_id = shared_resource AND r.organisation_id = current_organisation_id()
ORDER BY o.name
$$;

-- In-app notifications: what happened to a booking that this person should know of.
CREATE TABLE notification (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    pole_id    uuid        NOT NULL REFERENCES pole (id),
    person_id  uuid        NOT NULL REFERENCES person (id),
    booking_id uuid        NOT NULL REFERENCES booking (id),
    kind       text        NOT NULL CHECK (kind IN ('REQUESTED', 'BOOKED', 'CONFIRMED', 'DECLINED',
                                                    'CANCELLED_BY_BOOKER', 'CANCELLED_BY_OWNER')),
    created_at timestamptz NOT NULL DEFAULT now(),
    read_at    timestamptz
);

CREATE INDEX notification_person_idx ON notification (person_id, created_at DESC);

ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification FORCE ROW LEVEL SECURITY;
CREATE POLICY notification_for_me ON notification FOR SELECT
    USING (acting_as_owner() OR person_id = current_person_id());
CREATE POLICY notification_read_by_me ON notification FOR UPDATE
    USING (acting_as_owner() OR person_id = current_person_id());
CREATE POLICY notification_sent_in_my_pole ON notification FOR INSERT
    WITH CHECK (acting_as_owner() OR (pole_id = current_pole_id() AND person_id IN (SELECT id FROM person)));
REVOKE DELETE ON notification FROM ${appRole};

-- Secret calendar feeds: a person's revocable iCalendar address for a resource they see or for their organisation.
-- Only the SHA-256 of the token is kept.
CREATE TABLE calendar_feed (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    token_hash      bytea       NOT NULL UNIQUE,
    pole_id         uuid        NOT NULL REFERENCES pole (id),
    person_id       uuid        NOT NULL REFERENCES person (id),
    resource_id     uuid        REFERENCES resource (id),
    organisation_id uuid        REFERENCES organisation (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at      timestamptz,
    CHECK ((resource_id IS NULL) <> (organisation_id IS NULL))
);

ALTER TABLE calendar_feed ENABLE ROW LEVEL SECURITY;
ALTER TABLE calendar_feed FORCE ROW LEVEL SECURITY;
CREATE POLICY calendar_feed_mine ON calendar_feed
    USING (acting_as_owner() OR person_id = current_person_id())
    WITH CHECK (acting_as_owner() OR (person_id = current_person_id() AND pole_id = current_pole_id()
                AND (organisation_id = current_organisation_id() OR resource_id IN (SELECT id FROM resource))));
REVOKE DELETE ON calendar_feed FROM ${appRole};

-- What a feed shows, read by its secret token without anybody signed in: one row naming the calendar, then the
-- live bookings of the resource (which organisation holds each slot; the purpose only when the feed's person
-- belongs to the booker or the owner) or of the organisation (everything), from 90 days back. No row at all once
-- the feed is revoked, or its person deactivated or left without a role in the pole.
CREATE FUNCTION calendar_feed_events(feed_token_hash bytea)
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
SELECT feed.calendar_name, b.id, b.period, b.status, r.name, bo.name,
       CASE WHEN b.organisation_id = feed.reader_organisation_id OR r.organisation_id = feed.reader_organisation_id
            THEN b.purpose END,
       b.created_at
FROM feed
         CROSS JOIN shown b
         JOIN resource r ON r.id = b.resource_id
         JOIN organisation bo ON bo.id = b.organisation_id
WHERE b.status IN ('REQUESTED', 'CONFIRMED') AND upper(b.period) > now() - interval '90 days'
$$;

REVOKE ALL ON FUNCTION share_resource_in(uuid, uuid[]), resource_poles(uuid), calendar_feed_events(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION share_resource_in(uuid, uuid[]), resource_poles(uuid), calendar_feed_events(bytea)
    TO ${appRole};
