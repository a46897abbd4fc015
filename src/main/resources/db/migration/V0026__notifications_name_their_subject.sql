-- A notification names its subject (a booking; later a conversation or a joint project), the person who acted,
-- and the parameters of its words (names and times as they were when it happened): the bell and the email render
-- it in the recipient's language without reading the subject again. Its kinds are the inbox's own, prefixed by the
-- feature they come from.
ALTER TABLE notification
    ADD COLUMN subject_kind text,
    ADD COLUMN subject_id   uuid,
    ADD COLUMN actor_id     uuid REFERENCES person (id),
    ADD COLUMN params       jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE notification ALTER COLUMN booking_id DROP NOT NULL;
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;

UPDATE notification n
SET subject_kind = 'BOOKING',
    subject_id   = n.booking_id,
    kind         = 'BOOKING_' || CASE n.kind WHEN 'BOOKED' THEN 'MADE' ELSE n.kind END,
    params       = jsonb_build_object(
                       'resource', r.name,
                       'resourceId', r.id::text,
                       'organisation', CASE WHEN n.kind IN ('CONFIRMED', 'DECLINED', 'CANCELLED_BY_OWNER')
                                            THEN ro.name ELSE bo.name END,
                       'start', to_char(lower(b.period) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       'end', to_char(upper(b.period) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       'zone', p.time_zone,
                       'path', CASE WHEN n.kind = 'REQUESTED' THEN 'requests' ELSE 'resources/' || r.id END)
                   || CASE WHEN b.reason IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('reason', b.reason) END
FROM booking b
         JOIN resource r ON r.id = b.resource_id
         JOIN organisation bo ON bo.id = b.organisation_id
         JOIN organisation ro ON ro.id = r.organisation_id
         JOIN pole p ON p.id = b.pole_id
WHERE b.id = n.booking_id;

ALTER TABLE notification
    ALTER COLUMN subject_kind SET NOT NULL,
    ALTER COLUMN subject_id SET NOT NULL,
    ADD CONSTRAINT notification_subject_kind_check CHECK (subject_kind IN ('BOOKING', 'CONVERSATION', 'PROJECT')),
    ADD CONSTRAINT notification_booking_subject CHECK (subject_kind <> 'BOOKING' OR booking_id = subject_id),
    ADD CONSTRAINT notification_kind_check CHECK (kind IN ('BOOKING_REQUESTED', 'BOOKING_MADE', 'BOOKING_CONFIRMED',
                                                           'BOOKING_DECLINED', 'BOOKING_CANCELLED_BY_BOOKER',
                                                           'BOOKING_CANCELLED_BY_OWNER')),
    ADD CONSTRAINT notification_params_object CHECK (jsonb_typeof(params) = 'object' AND pg_column_size(params) < 16384);

-- sent in the sender's pole, to people holding a role there, in the name of the person acting and nobody else
DROP POLICY notification_sent ON notification;
CREATE POLICY notification_sent ON notification FOR INSERT
    WITH CHECK (acting_as_owner() OR (pole_id = (SELECT current_pole_id())
        AND EXISTS (SELECT FROM pole_role r WHERE r.pole_id = (SELECT current_pole_id())
                                              AND r.person_id = notification.person_id)
        AND (actor_id IS NULL OR actor_id = (SELECT current_person_id()))));
GRANT INSERT (subject_kind, subject_id, actor_id, params) ON notification TO ${appRole};
