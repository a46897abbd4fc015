-- A notification was checked against every person its sender may see (a scan of the people of the pole at each
-- insert, found by the benchmark); it is checked against the recipient's role in the pole, through its index.

DROP POLICY notification_sent_in_my_pole ON notification;
CREATE POLICY notification_sent_in_my_pole ON notification FOR INSERT
    WITH CHECK (acting_as_owner() OR (pole_id = current_pole_id()
                AND EXISTS (SELECT FROM pole_role r WHERE r.pole_id = current_pole_id()
                                                      AND r.person_id = notification.person_id)));
