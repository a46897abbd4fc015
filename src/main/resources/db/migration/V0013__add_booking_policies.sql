-- A resource's booking policy, the parts that do not depend on the clock on the wall: how long a booking may
-- last, how long before it starts it must be made, and how far ahead. (Units, opening hours and closures come
-- with the pole's time zone.)

ALTER TABLE resource
    ADD COLUMN min_minutes  integer NOT NULL DEFAULT 30 CHECK (min_minutes BETWEEN 1 AND 44640),
    ADD COLUMN max_minutes  integer NOT NULL DEFAULT 44640 CHECK (max_minutes BETWEEN 1 AND 44640),
    ADD COLUMN lead_minutes integer NOT NULL DEFAULT 0 CHECK (lead_minutes BETWEEN 0 AND 525600),
    ADD COLUMN horizon_days integer NOT NULL DEFAULT 365 CHECK (horizon_days BETWEEN 1 AND 730),
    ADD CONSTRAINT resource_min_not_over_max CHECK (min_minutes <= max_minutes);
