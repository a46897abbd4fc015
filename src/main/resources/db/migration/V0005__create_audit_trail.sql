-- The audit trail: who did what, when (UTC), to what, in which pole. Append-only for the application: it writes
-- through record_audit_event() and reads its own pole's rows; nobody updates or deletes them.

CREATE TABLE audit_event (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    pole_id     uuid        REFERENCES pole (id),
    person_id   uuid        REFERENCES person (id),
    action      text        NOT NULL CHECK (length(action) <= 60),
    target      text        CHECK (length(target) <= 300),
    detail      text        CHECK (length(detail) <= 1000),
    address     text        CHECK (length(address) <= 100)
);

CREATE INDEX audit_event_pole_time_idx ON audit_event (pole_id, occurred_at DESC);

-- Writes one audit event. The pole is the one given, else the transaction's, else the acting person's, else — for
-- a failed sign-in, where nobody acted — the pole of the account whose email was typed.
CREATE FUNCTION record_audit_event(acting_person uuid, event_pole uuid, event_action text, event_target text,
                                   event_detail text, event_address text) RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
INSERT INTO audit_event (pole_id, person_id, action, target, detail, address)
VALUES (coalesce(event_pole, current_pole_id(), pole_of(acting_person),
                 pole_of((SELECT id FROM person WHERE email = lower(btrim(event_target))))),
        (SELECT id FROM person WHERE id = acting_person),
        event_action, left(event_target, 300), left(event_detail, 1000), left(event_address, 100))
$$;

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_of_current_pole ON audit_event FOR SELECT
    USING (acting_as_owner() OR pole_id = current_pole_id());
CREATE POLICY audit_event_written_by_owner ON audit_event FOR INSERT
    WITH CHECK (acting_as_owner());

REVOKE INSERT, UPDATE, DELETE ON audit_event FROM ${appRole};
GRANT SELECT ON audit_event TO ${appRole};
REVOKE ALL ON FUNCTION record_audit_event(uuid, uuid, text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION record_audit_event(uuid, uuid, text, text, text, text) TO ${appRole};
