-- Each person chooses, per kind of notification, how its email reaches them: at once, in one email a day, or never
-- (the bell always shows it). No row means at once.
CREATE TABLE notification_preference
(
    person_id uuid NOT NULL REFERENCES person (id),
    kind      text NOT NULL CHECK (kind IN ('BOOKING_REQUESTED', 'BOOKING_MADE', 'BOOKING_CONFIRMED',
                                            'BOOKING_DECLINED', 'BOOKING_CANCELLED_BY_BOOKER',
                                            'BOOKING_CANCELLED_BY_OWNER')),
    delivery  text NOT NULL CHECK (delivery IN ('IMMEDIATELY', 'DAILY_DIGEST', 'NEVER')),
    PRIMARY KEY (person_id, kind)
);

ALTER TABLE notification_preference ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_preference FORCE ROW LEVEL SECURITY;
-- read by the person, and by whoever notifies them: someone acting in a pole where they hold a role
CREATE POLICY notification_preference_seen ON notification_preference FOR SELECT
    USING (acting_as_owner() OR person_id = (SELECT current_person_id())
        OR EXISTS (SELECT FROM pole_role r WHERE r.person_id = notification_preference.person_id
                                             AND r.pole_id = (SELECT current_pole_id())));
CREATE POLICY notification_preference_chosen ON notification_preference FOR INSERT
    WITH CHECK (acting_as_owner() OR person_id = (SELECT current_person_id()));
CREATE POLICY notification_preference_changed ON notification_preference FOR UPDATE
    USING (acting_as_owner() OR person_id = (SELECT current_person_id()))
    WITH CHECK (acting_as_owner() OR person_id = (SELECT current_person_id()));
CREATE POLICY notification_preference_removed ON notification_preference FOR DELETE
    USING (acting_as_owner() OR person_id = (SELECT current_person_id()));
GRANT SELECT, INSERT, UPDATE, DELETE ON notification_preference TO ${appRole};

-- a notification whose email waits for its recipient's daily digest, and when the digest took it
ALTER TABLE notification
    ADD COLUMN digest_pending boolean NOT NULL DEFAULT false,
    ADD COLUMN digested_at    timestamptz;
CREATE INDEX notification_digest_pending_idx ON notification (pole_id) WHERE digest_pending;
GRANT INSERT (digest_pending) ON notification TO ${appRole};

-- the time of day (on the pole's clock) its daily digests leave, set by its animators, and the last day they left
CREATE TABLE notification_digest
(
    pole_id      uuid PRIMARY KEY REFERENCES pole (id),
    send_at      time NOT NULL DEFAULT time '08:00',
    last_sent_on date
);
ALTER TABLE notification_digest ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_digest FORCE ROW LEVEL SECURITY;
CREATE POLICY notification_digest_seen ON notification_digest FOR SELECT
    USING (acting_as_owner() OR pole_id = (SELECT current_pole_id()));
CREATE POLICY notification_digest_set ON notification_digest FOR INSERT
    WITH CHECK (acting_as_owner() OR pole_id = (SELECT current_pole_id()) AND (SELECT current_holds_role('ANIMATOR')));
CREATE POLICY notification_digest_changed ON notification_digest FOR UPDATE
    USING (acting_as_owner() OR pole_id = (SELECT current_pole_id()) AND (SELECT current_holds_role('ANIMATOR')));
GRANT SELECT ON notification_digest TO ${appRole};
GRANT INSERT (pole_id, send_at), UPDATE (send_at) ON notification_digest TO ${appRole};

-- Takes the daily digests due at that instant: for each pole whose time has come on its own clock and whose digests
-- have not left that day, marks the day (once: a second node asking at the same moment finds it marked) and takes
-- its waiting notifications, returned with their recipient's email and language. Runs for no person (a scheduled
-- job), hence a definer function; it returns only what goes to each notification's own recipient.
CREATE FUNCTION take_daily_digests(at timestamptz)
    RETURNS TABLE (pole_id uuid, person_id uuid, email text, language text, kind text, params jsonb,
                   created_at timestamptz)
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
WITH due AS (
    INSERT INTO notification_digest AS d (pole_id, last_sent_on)
    SELECT p.id, (at AT TIME ZONE p.time_zone)::date
    FROM pole p
             LEFT JOIN notification_digest x ON x.pole_id = p.id
    WHERE (at AT TIME ZONE p.time_zone)::time >= coalesce(x.send_at, time '08:00')
      AND coalesce(x.last_sent_on, date '-infinity') < (at AT TIME ZONE p.time_zone)::date
    ON CONFLICT ON CONSTRAINT notification_digest_pkey DO UPDATE SET last_sent_on = excluded.last_sent_on
        WHERE d.last_sent_on IS NULL OR d.last_sent_on < excluded.last_sent_on
    RETURNING d.pole_id
), taken AS (
    UPDATE notification n
    SET digest_pending = false, digested_at = at
    FROM due
    WHERE n.pole_id = due.pole_id AND n.digest_pending
    RETURNING n.pole_id, n.person_id, n.kind, n.params, n.created_at
)
SELECT t.pole_id, t.person_id, pe.email, pe.language, t.kind, t.params, t.created_at
FROM taken t
         JOIN person pe ON pe.id = t.person_id AND pe.active
ORDER BY t.person_id, t.created_at
$$;
REVOKE ALL ON FUNCTION take_daily_digests(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION take_daily_digests(timestamptz) TO ${appRole};
