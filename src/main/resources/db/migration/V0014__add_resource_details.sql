-- What the catalogue shows and filters on: location, capacity, accessibility notes, tags, and the rate (free, or
-- euros per hour, half-day or day, kept in cents) used for cost sharing and for valuing what was lent in kind.

ALTER TABLE resource
    ADD COLUMN location      text    NOT NULL DEFAULT '' CHECK (length(location) <= 500),
    ADD COLUMN capacity      integer CHECK (capacity BETWEEN 1 AND 100000),
    ADD COLUMN accessibility text    NOT NULL DEFAULT '' CHECK (length(accessibility) <= 2000),
    ADD COLUMN tags          text[]  NOT NULL DEFAULT '{}'
        CHECK (cardinality(tags) <= 10 AND array_position(tags, NULL) IS NULL),
    ADD COLUMN rate_unit     text    NOT NULL DEFAULT 'FREE' CHECK (rate_unit IN ('FREE', 'HOUR', 'HALF_DAY', 'DAY')),
    ADD COLUMN rate_cents    integer NOT NULL DEFAULT 0 CHECK (rate_cents BETWEEN 0 AND 100000000),
    ADD CONSTRAINT resource_free_costs_nothing CHECK (rate_unit <> 'FREE' OR rate_cents = 0);

CREATE INDEX resource_tags_idx ON resource USING gin (tags);

-- Whether a period is over by the given instant ("past bookings"); inlined like period_overlaps.
CREATE FUNCTION period_ended_by(period tstzrange, instant timestamptz) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT upper(period) <= instant $$;

-- Whether no live booking of the resource meets [window_start, window_end): "free from … to …" in the catalogue.
-- A plain SQL function (PostgreSQL can inline it), under the caller's row security.
CREATE FUNCTION resource_is_free(resource_id uuid, window_start timestamptz, window_end timestamptz) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT NOT EXISTS (SELECT FROM booking b
                   WHERE b.resource_id = resource_is_free.resource_id AND b.status IN ('REQUESTED', 'CONFIRMED')
                     AND b.period && tstzrange(window_start, window_end))
$$;
