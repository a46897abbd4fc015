-- A project's status changed, or an organisation joined it as a partner: the project's organisations' managers are
-- told, in the bell and by email as each chose.
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('BOOKING_REQUESTED', 'BOOKING_MADE', 'BOOKING_CONFIRMED', 'BOOKING_DECLINED',
                    'BOOKING_CANCELLED_BY_BOOKER', 'BOOKING_CANCELLED_BY_OWNER', 'MESSAGE_RECEIVED',
                    'PROJECT_STATUS_CHANGED', 'PROJECT_PARTNER_ADDED'));
ALTER TABLE notification_preference DROP CONSTRAINT notification_preference_kind_check;
ALTER TABLE notification_preference ADD CONSTRAINT notification_preference_kind_check
    CHECK (kind IN ('BOOKING_REQUESTED', 'BOOKING_MADE', 'BOOKING_CONFIRMED', 'BOOKING_DECLINED',
                    'BOOKING_CANCELLED_BY_BOOKER', 'BOOKING_CANCELLED_BY_OWNER', 'MESSAGE_RECEIVED',
                    'PROJECT_STATUS_CHANGED', 'PROJECT_PARTNER_ADDED'));
