-- The one way a node starts listening for live signals: the channel's name lives here and in LiveSignals.CHANNEL,
-- and the application issues no SQL of its own text.
CREATE FUNCTION listen_to_live_signals() RETURNS boolean
    LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp
AS $$
BEGIN
    LISTEN coopole_live;
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION listen_to_live_signals() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION listen_to_live_signals() TO ${appRole};
