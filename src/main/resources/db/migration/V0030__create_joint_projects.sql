-- Joint projects (projets coopératifs): run by several member organisations of a pole together, led by one of them,
-- with partners (member organisations, or outside bodies named only), each with its role in words and a contact;
-- every change of status is kept with its date. Every member of the pole sees the list and each project's sheet;
-- the animators and the lead's managers edit it; a partner's managers edit their own role.
CREATE TABLE project
(
    id                   uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    pole_id              uuid        NOT NULL REFERENCES pole (id),
    title                text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200 AND NOT has_hidden_characters(title)),
    summary              text        NOT NULL DEFAULT '' CHECK (length(summary) <= 4000
                                                                AND NOT has_hidden_characters(translate(summary, E'\n\r\t', ''))),
    status               text        NOT NULL DEFAULT 'IDEA' CHECK (status IN ('IDEA', 'PLANNED', 'ACTIVE', 'COMPLETED',
                                                                                'ABANDONED')),
    starts_on            date CHECK (starts_on BETWEEN '2000-01-01' AND '2100-12-31'),
    ends_on              date CHECK (ends_on BETWEEN '2000-01-01' AND '2100-12-31'),
    themes               text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(themes) <= 20),
    lead_organisation_id uuid        NOT NULL REFERENCES organisation (id),
    open_to_pole         boolean     NOT NULL DEFAULT false,
    created_by_person_id uuid        NOT NULL REFERENCES person (id),
    created_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX project_pole_idx ON project (pole_id, created_at DESC);

CREATE TABLE project_status_change
(
    project_id           uuid        NOT NULL REFERENCES project (id),
    status               text        NOT NULL CHECK (status IN ('IDEA', 'PLANNED', 'ACTIVE', 'COMPLETED', 'ABANDONED')),
    changed_at           timestamptz NOT NULL DEFAULT now(),
    changed_by_person_id uuid        NOT NULL REFERENCES person (id)
);
CREATE INDEX project_status_change_project_idx ON project_status_change (project_id, changed_at);

CREATE TABLE project_partner
(
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id        uuid NOT NULL REFERENCES project (id),
    organisation_id   uuid REFERENCES organisation (id),
    outside_name      text CHECK (outside_name IS NULL OR length(outside_name) BETWEEN 1 AND 200
                                                             AND NOT has_hidden_characters(outside_name)),
    outside_kind      text CHECK (outside_kind IN ('STATE', 'REGION', 'DEPARTEMENT', 'INTERCOMMUNALITE', 'COMMUNE',
                                                   'EU', 'FOUNDATION', 'COMPANY', 'ASSOCIATION', 'OTHER')),
    role              text NOT NULL CHECK (length(role) BETWEEN 1 AND 100 AND NOT has_hidden_characters(role)),
    contact_person_id uuid REFERENCES person (id),
    CHECK ((organisation_id IS NULL) <> (outside_name IS NULL)),
    CHECK ((outside_name IS NULL) = (outside_kind IS NULL))
);
CREATE UNIQUE INDEX project_partner_organisation ON project_partner (project_id, organisation_id)
    WHERE organisation_id IS NOT NULL;

-- whether the acting person may edit the project: an animator of its pole, or a manager of its lead organisation
CREATE FUNCTION may_edit_project(wanted uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT EXISTS (SELECT FROM project p
               WHERE p.id = wanted AND p.pole_id = current_pole_id()
                 AND (current_holds_role('ANIMATOR')
                      OR current_holds_role('ORGANISATION_MANAGER') AND p.lead_organisation_id = current_organisation_id()))
$$;
REVOKE ALL ON FUNCTION may_edit_project(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION may_edit_project(uuid) TO ${appRole};

-- the projects of the acting person's pole (a policy on partners that read projects would read partners again)
CREATE FUNCTION current_pole_project_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT id FROM project WHERE pole_id = current_pole_id() $$;
REVOKE ALL ON FUNCTION current_pole_project_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION current_pole_project_ids() TO ${appRole};

ALTER TABLE project ENABLE ROW LEVEL SECURITY;
ALTER TABLE project FORCE ROW LEVEL SECURITY;
CREATE POLICY project_seen ON project FOR SELECT USING (acting_as_owner() OR pole_id = (SELECT current_pole_id()));
CREATE POLICY project_created ON project FOR INSERT
    WITH CHECK (acting_as_owner() OR pole_id = (SELECT current_pole_id())
        AND created_by_person_id = (SELECT current_person_id())
        AND ((SELECT current_holds_role('ANIMATOR'))
             OR (SELECT current_holds_role('ORGANISATION_MANAGER'))
                    AND lead_organisation_id = (SELECT current_organisation_id())));
CREATE POLICY project_edited ON project FOR UPDATE
    USING (acting_as_owner() OR may_edit_project(id))
    WITH CHECK (acting_as_owner() OR pole_id = (SELECT current_pole_id()) AND ((SELECT current_holds_role('ANIMATOR'))
        OR lead_organisation_id = (SELECT current_organisation_id())));
GRANT SELECT, INSERT (pole_id, title, summary, status, starts_on, ends_on, themes, lead_organisation_id, open_to_pole,
                      created_by_person_id),
    UPDATE (title, summary, status, starts_on, ends_on, themes, lead_organisation_id, open_to_pole) ON project
    TO ${appRole};

ALTER TABLE project_status_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_status_change FORCE ROW LEVEL SECURITY;
CREATE POLICY status_change_seen ON project_status_change FOR SELECT
    USING (acting_as_owner() OR project_id IN (SELECT current_pole_project_ids()));
CREATE POLICY status_change_made ON project_status_change FOR INSERT
    WITH CHECK (acting_as_owner() OR may_edit_project(project_id)
        AND changed_by_person_id = (SELECT current_person_id()));
GRANT SELECT, INSERT (project_id, status, changed_by_person_id) ON project_status_change TO ${appRole};

ALTER TABLE project_partner ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_partner FORCE ROW LEVEL SECURITY;
CREATE POLICY partner_seen ON project_partner FOR SELECT
    USING (acting_as_owner() OR project_id IN (SELECT current_pole_project_ids()));
CREATE POLICY partner_added ON project_partner FOR INSERT
    WITH CHECK (acting_as_owner() OR may_edit_project(project_id));
-- the project's editors change any partner; a partner's manager changes their own organisation's role and contact
CREATE POLICY partner_changed ON project_partner FOR UPDATE
    USING (acting_as_owner() OR may_edit_project(project_id)
        OR project_id IN (SELECT current_pole_project_ids()) AND (SELECT current_holds_role('ORGANISATION_MANAGER'))
            AND organisation_id = (SELECT current_organisation_id()));
CREATE POLICY partner_removed ON project_partner FOR DELETE
    USING (acting_as_owner() OR may_edit_project(project_id));
GRANT SELECT, INSERT (project_id, organisation_id, outside_name, outside_kind, role, contact_person_id),
    UPDATE (role, contact_person_id), DELETE ON project_partner TO ${appRole};

-- a conversation may be attached to a project later (the messaging issue's PROJECT kind)
