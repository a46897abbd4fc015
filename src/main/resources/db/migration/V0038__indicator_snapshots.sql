-- A period's indicators frozen by an animator as a dated report: the figures as they were computed then, which later
-- edits do not change (there is no way to update or delete one). Read and written by the pole's animators only.
CREATE TABLE indicator_snapshot
(
    id                   uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    pole_id              uuid        NOT NULL REFERENCES pole (id),
    title                text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200 AND NOT has_hidden_characters(title)),
    period_from          date        NOT NULL,
    period_to            date        NOT NULL CHECK (period_to >= period_from),
    figures              jsonb       NOT NULL,
    created_by_person_id uuid        NOT NULL REFERENCES person (id),
    created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX indicator_snapshot_pole_idx ON indicator_snapshot (pole_id, created_at DESC);

ALTER TABLE indicator_snapshot ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_snapshot FORCE ROW LEVEL SECURITY;
CREATE POLICY snapshot_seen ON indicator_snapshot FOR SELECT
    USING (acting_as_owner() OR pole_id = (SELECT current_pole_id()) AND (SELECT current_holds_role('ANIMATOR')));
CREATE POLICY snapshot_frozen ON indicator_snapshot FOR INSERT
    WITH CHECK (acting_as_owner() OR pole_id = (SELECT current_pole_id()) AND (SELECT current_holds_role('ANIMATOR'))
        AND created_by_person_id = (SELECT current_person_id()));
GRANT SELECT, INSERT (pole_id, title, period_from, period_to, figures, created_by_person_id) ON indicator_snapshot
    TO ${appRole};
