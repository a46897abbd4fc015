-- Second chances: a member waits for a taken slot of a resource. When a live booking meeting it is cancelled or
-- declined, the first in line whose period is now free is offered it: held for them for the time the owner sets
-- (never past its start), then offered to the next. Accepting books it under every rule; the exclusion constraint
-- keeps the last word, and two offers never hold one slot.
ALTER TABLE resource
    ADD COLUMN waitlist_hold_minutes integer NOT NULL DEFAULT 120 CHECK (waitlist_hold_minutes BETWEEN 15 AND 10080);
GRANT UPDATE (waitlist_hold_minutes) ON resource TO ${appRole};

CREATE TABLE waitlist_entry
(
    id              uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    pole_id         uuid        NOT NULL REFERENCES pole (id),
    resource_id     uuid        NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    person_id       uuid        NOT NULL REFERENCES person (id),
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL CHECK (ends_at > starts_at),
    -- WAITING in line; OFFERED and held until held_until; then BOOKED, PASSED (declined, or the hold lapsed) or
    -- WITHDRAWN (left the line)
    status          text        NOT NULL DEFAULT 'WAITING'
        CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED', 'PASSED', 'WITHDRAWN')),
    held_until      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'OFFERED' OR held_until IS NOT NULL)
);
CREATE INDEX waitlist_line_idx ON waitlist_entry (resource_id, created_at) WHERE status IN ('WAITING', 'OFFERED');
CREATE INDEX waitlist_person_idx ON waitlist_entry (person_id, created_at DESC);
-- one place in a line per person for a resource and period
CREATE UNIQUE INDEX waitlist_once ON waitlist_entry (person_id, resource_id, starts_at, ends_at)
    WHERE status IN ('WAITING', 'OFFERED');

ALTER TABLE waitlist_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE waitlist_entry FORCE ROW LEVEL SECURITY;
-- a person sees their own places; the owner's managers and the pole's animators see the line
CREATE POLICY waitlist_seen ON waitlist_entry FOR SELECT
    USING (acting_as_owner() OR person_id = (SELECT current_person_id())
        OR pole_id = (SELECT current_pole_id())
            AND ((SELECT current_holds_role('ANIMATOR'))
                 OR (SELECT current_holds_role('ORGANISATION_MANAGER'))
                     AND resource_id IN (SELECT current_organisation_resource_ids())));
CREATE POLICY waitlist_joined ON waitlist_entry FOR INSERT
    WITH CHECK (acting_as_owner() OR pole_id = (SELECT current_pole_id())
        AND person_id = (SELECT current_person_id()) AND organisation_id = (SELECT current_organisation_id())
        AND resource_id IN (SELECT current_pole_resource_ids()) AND status = 'WAITING' AND held_until IS NULL);
-- a person leaves their place or lets their offer go; offers are made by offer_waitlist only
CREATE POLICY waitlist_left ON waitlist_entry FOR UPDATE
    USING (acting_as_owner() OR person_id = (SELECT current_person_id()))
    WITH CHECK (acting_as_owner() OR person_id = (SELECT current_person_id())
        AND status IN ('WITHDRAWN', 'PASSED', 'BOOKED'));
GRANT SELECT, INSERT (pole_id, resource_id, organisation_id, person_id, starts_at, ends_at), UPDATE (status)
    ON waitlist_entry TO ${appRole};

ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('BOOKING_REQUESTED', 'BOOKING_MADE', 'BOOKING_CONFIRMED', 'BOOKING_DECLINED',
                    'BOOKING_CANCELLED_BY_BOOKER', 'BOOKING_CANCELLED_BY_OWNER', 'MESSAGE_RECEIVED',
                    'PROJECT_STATUS_CHANGED', 'PROJECT_PARTNER_ADDED', 'PROJECT_JOURNAL_ENTRY',
                    'PROJECT_MILESTONE_NEAR', 'PROJECT_MILESTONE_OVERDUE', 'WAITLIST_OFFERED', 'WAITLIST_LAPSED'));
ALTER TABLE notification_preference DROP CONSTRAINT notification_preference_kind_check;
ALTER TABLE notification_preference ADD CONSTRAINT notification_preference_kind_check
    CHECK (kind IN ('BOOKING_REQUESTED', 'BOOKING_MADE', 'BOOKING_CONFIRMED', 'BOOKING_DECLINED',
                    'BOOKING_CANCELLED_BY_BOOKER', 'BOOKING_CANCELLED_BY_OWNER', 'MESSAGE_RECEIVED',
                    'PROJECT_STATUS_CHANGED', 'PROJECT_PARTNER_ADDED', 'PROJECT_JOURNAL_ENTRY',
                    'PROJECT_MILESTONE_NEAR', 'PROJECT_MILESTONE_OVERDUE', 'WAITLIST_OFFERED', 'WAITLIST_LAPSED'));
ALTER TABLE notification DROP CONSTRAINT notification_subject_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_subject_kind_check
    CHECK (subject_kind IN ('BOOKING', 'CONVERSATION', 'PROJECT', 'WAITLIST'));

-- A waitlist notification for the entry's person, in the bell now (or in their digest), returned for its email.
CREATE FUNCTION waitlist_notify(entry waitlist_entry, what text)
    RETURNS TABLE (pole_id uuid, person_id uuid, email text, language text, delivery text, kind text, params jsonb)
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
WITH written AS (
    INSERT INTO notification (pole_id, person_id, kind, subject_kind, subject_id, actor_id, params, digest_pending)
        SELECT entry.pole_id, entry.person_id, what, 'WAITLIST', entry.id, NULL,
               jsonb_build_object('resource', r.name,
                                  'start', to_char(entry.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                                  'end', to_char(entry.ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                                  'zone', p.time_zone,
                                  -- the hold's end on the pole's clock, as the person's language writes it
                                  'until', CASE WHEN person.language = 'FR'
                                                    THEN to_char(entry.held_until AT TIME ZONE p.time_zone,
                                                                 'DD/MM/YYYY HH24:MI')
                                                ELSE to_char(entry.held_until AT TIME ZONE p.time_zone,
                                                             'FMDD FMMonth YYYY HH24:MI') END,
                                  'path', 'waitlist'),
               coalesce(pref.delivery, 'IMMEDIATELY') = 'DAILY_DIGEST'
        FROM resource r, pole p, person
                 LEFT JOIN notification_preference pref ON pref.person_id = person.id AND pref.kind = what
        WHERE r.id = entry.resource_id AND p.id = entry.pole_id AND person.id = entry.person_id AND person.active
        RETURNING notification.pole_id, notification.person_id, notification.kind, notification.params
)
SELECT written.pole_id, written.person_id, person.email, person.language, coalesce(pref.delivery, 'IMMEDIATELY'),
       written.kind, written.params
FROM written
         JOIN person ON person.id = written.person_id
         LEFT JOIN notification_preference pref ON pref.person_id = written.person_id AND pref.kind = written.kind
$$;

-- Offers a resource's freed slots to its line: in order of arrival, each waiting place whose period is still ahead,
-- free of live bookings and of other offers is held for its person until the owner's hold time has passed (never past
-- its start). Under the resource's lock, like bookings. Returns the notifications written.
CREATE FUNCTION offer_waitlist(resource uuid, at timestamptz)
    RETURNS TABLE (pole_id uuid, person_id uuid, email text, language text, delivery text, kind text, params jsonb)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    hold    integer;
    waiting waitlist_entry;
BEGIN
    SELECT r.waitlist_hold_minutes INTO hold FROM resource r WHERE r.id = resource FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    FOR waiting IN SELECT * FROM waitlist_entry w
                   WHERE w.resource_id = resource AND w.status = 'WAITING' AND w.starts_at > at
                   ORDER BY w.created_at, w.id
        LOOP
            CONTINUE WHEN EXISTS (SELECT FROM booking b
                                  WHERE b.resource_id = resource AND b.status IN ('REQUESTED', 'CONFIRMED')
                                    AND b.period && tstzrange(waiting.starts_at, waiting.ends_at));
            CONTINUE WHEN EXISTS (SELECT FROM waitlist_entry o
                                  WHERE o.resource_id = resource AND o.status = 'OFFERED' AND o.held_until > at
                                    AND o.starts_at < waiting.ends_at AND waiting.starts_at < o.ends_at);
            UPDATE waitlist_entry w
            SET status = 'OFFERED', held_until = least(at + make_interval(mins => hold), waiting.starts_at)
            WHERE w.id = waiting.id
            RETURNING w.* INTO waiting;
            RETURN QUERY SELECT * FROM waitlist_notify(waiting, 'WAITLIST_OFFERED');
        END LOOP;
END
$$;

-- Offers whose hold has passed go to the next in line; their person is told. A scheduled job, acting for nobody.
CREATE FUNCTION lapse_waitlist_offers(at timestamptz)
    RETURNS TABLE (pole_id uuid, person_id uuid, email text, language text, delivery text, kind text, params jsonb)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    lapsed    waitlist_entry;
    resources uuid[] := '{}';
    freed     uuid;
BEGIN
    FOR lapsed IN UPDATE waitlist_entry w SET status = 'PASSED'
                  WHERE w.status = 'OFFERED' AND w.held_until <= at
                  RETURNING w.*
        LOOP
            resources := array_append(resources, lapsed.resource_id);
            RETURN QUERY SELECT * FROM waitlist_notify(lapsed, 'WAITLIST_LAPSED');
        END LOOP;
    -- places whose period has begun wait no more
    UPDATE waitlist_entry w SET status = 'PASSED' WHERE w.status = 'WAITING' AND w.starts_at <= at;
    FOREACH freed IN ARRAY (SELECT coalesce(array_agg(DISTINCT x), '{}') FROM unnest(resources) x)
        LOOP
            RETURN QUERY SELECT * FROM offer_waitlist(freed, at);
        END LOOP;
END
$$;

-- Until when a slot is held for somebody else on the waitlist (null: it is not): bookings refuse it meanwhile.
CREATE FUNCTION waitlist_held_for_another(resource uuid, period_start timestamptz, period_end timestamptz,
                                          at timestamptz) RETURNS timestamptz
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT max(w.held_until) FROM waitlist_entry w
WHERE w.resource_id = resource AND w.status = 'OFFERED' AND w.held_until > at
  AND w.starts_at < period_end AND period_start < w.ends_at AND w.person_id <> current_person_id()
$$;
-- How many places wait before this one for an overlapping period of its resource, for whoever reads it.
CREATE FUNCTION waitlist_ahead(entry uuid) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT count(o.id)::integer
FROM waitlist_entry e
         JOIN waitlist_entry o ON o.resource_id = e.resource_id AND o.status = 'WAITING'
    AND (o.created_at, o.id) < (e.created_at, e.id) AND o.starts_at < e.ends_at AND e.starts_at < o.ends_at
WHERE e.id = entry AND e.status = 'WAITING'
  AND (e.person_id = current_person_id() OR e.pole_id = current_pole_id()
      AND (current_holds_role('ANIMATOR') OR e.resource_id IN (SELECT current_organisation_resource_ids())))
$$;
REVOKE ALL ON FUNCTION waitlist_ahead(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION waitlist_ahead(uuid) TO ${appRole};
REVOKE ALL ON FUNCTION waitlist_notify(waitlist_entry, text), offer_waitlist(uuid, timestamptz),
    lapse_waitlist_offers(timestamptz), waitlist_held_for_another(uuid, timestamptz, timestamptz, timestamptz)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION offer_waitlist(uuid, timestamptz), lapse_waitlist_offers(timestamptz),
    waitlist_held_for_another(uuid, timestamptz, timestamptz, timestamptz) TO ${appRole};
