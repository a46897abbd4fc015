-- Minutes of a resource's live bookings within [window_start, window_end): "free from … to …" applies staff weekly
-- caps with it, week by week, under the caller's row security.
CREATE FUNCTION resource_booked_minutes(resource_id uuid, window_start timestamptz, window_end timestamptz)
    RETURNS integer
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT coalesce(sum(extract(epoch FROM least(b.ends_at, window_end) - greatest(b.starts_at, window_start)) / 60), 0)::integer
FROM booking b
WHERE b.resource_id = resource_booked_minutes.resource_id AND b.status IN ('REQUESTED', 'CONFIRMED')
  AND b.ends_at > window_start AND b.starts_at < window_end
$$;
