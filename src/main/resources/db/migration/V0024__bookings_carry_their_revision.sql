-- A calendar application updates an event it already holds only when the event's SEQUENCE grows: each change of a
-- booking's status counts as a revision, stamped with when it happened (DTSTAMP). The column is written by this
-- trigger only; the application role has no grant on it.
ALTER TABLE booking
    ADD COLUMN revision   integer     NOT NULL DEFAULT 0 CHECK (revision >= 0),
    ADD COLUMN changed_at timestamptz NOT NULL DEFAULT now();
UPDATE booking SET changed_at = coalesce(decided_at, created_at), revision = CASE WHEN status = 'REQUESTED' THEN 0 ELSE 1 END;

CREATE FUNCTION booking_revised() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status OR NEW.period IS DISTINCT FROM OLD.period THEN
        NEW.revision := OLD.revision + 1;
        NEW.changed_at := now();
    ELSE
        NEW.revision := OLD.revision;
        NEW.changed_at := OLD.changed_at;
    END IF;
    RETURN NEW;
END
$$;

-- named so that it runs after booking_change_allowed (triggers fire in name order)
CREATE TRIGGER booking_revised BEFORE UPDATE ON booking
    FOR EACH ROW EXECUTE FUNCTION booking_revised();

-- Feeds now also carry what was declined or cancelled, so that calendars drop it instead of keeping a live-looking
-- event for ever.
DROP FUNCTION calendar_feed_events(bytea);
CREATE FUNCTION calendar_feed_events(feed_token_hash bytea)
    RETURNS TABLE (calendar_name text, booking_id uuid, period tstzrange, status text, resource_name text,
                   organisation_name text, purpose text, created_at timestamptz, revision integer,
                   changed_at timestamptz)
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
       NULL::timestamptz, NULL::integer, NULL::timestamptz
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
       b.created_at, b.revision, b.changed_at
FROM feed
         CROSS JOIN shown b
         JOIN resource r ON r.id = b.resource_id
         JOIN organisation bo ON bo.id = b.organisation_id
WHERE upper(b.period) > now() - interval '90 days'
  AND (b.status IN ('REQUESTED', 'CONFIRMED') OR b.changed_at > now() - interval '90 days')
$$;

REVOKE ALL ON FUNCTION calendar_feed_events(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION calendar_feed_events(bytea) TO ${appRole};
