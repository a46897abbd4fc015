-- A project's budget: planned and actual lines of expenses and income, in cents; income names its kind of funder.
-- Its details (budget, later the journal and attachments) are read by the project's organisations and the pole's
-- animators, or by every member of the pole when the project is open to it.
CREATE TABLE project_budget_line
(
    id           uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    project_id   uuid        NOT NULL REFERENCES project (id),
    direction    text        NOT NULL CHECK (direction IN ('EXPENSE', 'INCOME')),
    stage        text        NOT NULL CHECK (stage IN ('PLANNED', 'ACTUAL')),
    label        text        NOT NULL CHECK (length(label) BETWEEN 1 AND 200 AND NOT has_hidden_characters(label)),
    amount_cents bigint      NOT NULL CHECK (amount_cents BETWEEN 0 AND 100000000000),
    funder_kind  text CHECK (funder_kind IN ('STATE', 'REGION', 'DEPARTEMENT', 'INTERCOMMUNALITE', 'COMMUNE', 'EU',
                                             'FOUNDATION', 'OWN_FUNDS', 'IN_KIND', 'OTHER')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((direction = 'INCOME') = (funder_kind IS NOT NULL))
);
CREATE INDEX project_budget_line_project_idx ON project_budget_line (project_id);

CREATE FUNCTION reads_project_details(wanted uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT EXISTS (SELECT FROM project p
               WHERE p.id = wanted AND p.pole_id = current_pole_id()
                 AND (p.open_to_pole OR current_holds_role('ANIMATOR')
                      OR p.lead_organisation_id = current_organisation_id()
                      OR EXISTS (SELECT FROM project_partner pp
                                 WHERE pp.project_id = p.id AND pp.organisation_id = current_organisation_id())))
$$;
REVOKE ALL ON FUNCTION reads_project_details(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reads_project_details(uuid) TO ${appRole};

ALTER TABLE project_budget_line ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_budget_line FORCE ROW LEVEL SECURITY;
CREATE POLICY budget_seen ON project_budget_line FOR SELECT
    USING (acting_as_owner() OR reads_project_details(project_id));
CREATE POLICY budget_written ON project_budget_line FOR INSERT WITH CHECK (acting_as_owner() OR may_edit_project(project_id));
CREATE POLICY budget_removed ON project_budget_line FOR DELETE USING (acting_as_owner() OR may_edit_project(project_id));
GRANT SELECT, INSERT (project_id, direction, stage, label, amount_cents, funder_kind), DELETE ON project_budget_line
    TO ${appRole};
