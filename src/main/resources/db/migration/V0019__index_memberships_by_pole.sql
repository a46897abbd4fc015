-- Row security asks, for nearly every row it shows, which organisations belong to the current pole
-- (current_pole_organisation_ids): the only index of memberships by pole was partial (status <> 'LEFT'), which that
-- question cannot use, so every booking scanned the memberships of all poles, several times over.
CREATE INDEX membership_pole_idx ON membership (pole_id);
