-- Found by the benchmark (200 poles, 5 000 000 bookings): two things made "free from … to …" and the month calendar
-- slow under row-level security.
--
-- 1. With row security, PostgreSQL uses a condition as an index condition only if its operator is leakproof. The
--    range operator && is not, so a period condition could not use the exclusion constraint's index: every booking
--    of the resource was read. The period's bounds become plain stored columns, compared with timestamptz's
--    leakproof operators, and indexed for live bookings.
-- 2. current_organisation_id() is SECURITY DEFINER, so a policy calling it ran it once per row. Written as a scalar
--    subquery, PostgreSQL runs it once per query. The children of a resource are matched against the pole's and the
--    organisation's resource ids, not against the resource table (which ran its own policy row by row).

ALTER TABLE booking
    ADD COLUMN starts_at timestamptz GENERATED ALWAYS AS (lower(period)) STORED,
    ADD COLUMN ends_at   timestamptz GENERATED ALWAYS AS (upper(period)) STORED;

CREATE INDEX booking_live_by_resource_idx ON booking (resource_id, ends_at, starts_at)
    WHERE status IN ('REQUESTED', 'CONFIRMED');

CREATE OR REPLACE FUNCTION resource_is_free(resource_id uuid, window_start timestamptz, window_end timestamptz)
    RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT NOT EXISTS (SELECT FROM booking b
                   WHERE b.resource_id = resource_is_free.resource_id AND b.status IN ('REQUESTED', 'CONFIRMED')
                     AND b.ends_at > window_start AND b.starts_at < window_end)
$$;

DROP POLICY organisation_of_current_pole ON organisation;
CREATE POLICY organisation_of_current_pole ON organisation
    USING (acting_as_owner() OR id = (SELECT current_organisation_id())
           OR id IN (SELECT current_pole_organisation_ids()));

DROP POLICY resource_shared_or_own ON resource;
CREATE POLICY resource_shared_or_own ON resource
    USING (acting_as_owner() OR organisation_id = (SELECT current_organisation_id())
           OR id IN (SELECT current_pole_resource_ids()));

DROP POLICY booking_seen_with_its_resource ON booking;
CREATE POLICY booking_seen_with_its_resource ON booking FOR SELECT
    USING (acting_as_owner() OR organisation_id = (SELECT current_organisation_id())
           OR resource_id IN (SELECT current_pole_resource_ids()));

DROP POLICY booking_made_by_the_booker ON booking;
CREATE POLICY booking_made_by_the_booker ON booking FOR INSERT
    WITH CHECK (acting_as_owner() OR (pole_id = current_pole_id() AND organisation_id = (SELECT current_organisation_id())
                                      AND person_id = current_person_id()
                                      AND resource_id IN (SELECT current_pole_resource_ids())));

DROP POLICY booking_changed_by_booker_or_owner ON booking;
CREATE POLICY booking_changed_by_booker_or_owner ON booking FOR UPDATE
    USING (acting_as_owner() OR organisation_id = (SELECT current_organisation_id())
           OR resource_id IN (SELECT current_organisation_resource_ids()));

DROP POLICY resource_opening_seen ON resource_opening;
CREATE POLICY resource_opening_seen ON resource_opening FOR SELECT
    USING (acting_as_owner() OR resource_id IN (SELECT current_pole_resource_ids())
           OR resource_id IN (SELECT current_organisation_resource_ids()));

DROP POLICY resource_closure_seen ON resource_closure;
CREATE POLICY resource_closure_seen ON resource_closure FOR SELECT
    USING (acting_as_owner() OR resource_id IN (SELECT current_pole_resource_ids())
           OR resource_id IN (SELECT current_organisation_resource_ids()));

DROP POLICY resource_photo_seen ON resource_photo;
CREATE POLICY resource_photo_seen ON resource_photo FOR SELECT
    USING (acting_as_owner() OR resource_id IN (SELECT current_pole_resource_ids())
           OR resource_id IN (SELECT current_organisation_resource_ids()));
