-- What a booking checks before its insert, in one call instead of two: it waits its turn on the resource's row
-- (lock_resource), then says until when the period is held for another person of the waitlist (null when it is
-- not). The hold is read after the lock, in a statement of its own, so it sees what was committed meanwhile.
CREATE FUNCTION booking_gate(resource uuid, period_start timestamptz, period_end timestamptz, at timestamptz)
    RETURNS timestamptz
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    PERFORM lock_resource(resource);
    RETURN waitlist_held_for_another(resource, period_start, period_end, at);
END
$$;
REVOKE ALL ON FUNCTION booking_gate(uuid, timestamptz, timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION booking_gate(uuid, timestamptz, timestamptz, timestamptz) TO ${appRole};
