-- What the forms and services refuse, the database refuses too: invisible and control characters in names (a
-- direction override, a zero-width space, a bell), and closures outside 2000-2100. NOT VALID: rows written before
-- stay readable; every new or changed row is checked.

CREATE FUNCTION has_hidden_characters(text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT $1 ~ '[\x01-\x1F\x7F-\x9F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]' $$;

ALTER TABLE resource ADD CONSTRAINT resource_name_visible CHECK (NOT has_hidden_characters(name)) NOT VALID;
ALTER TABLE organisation ADD CONSTRAINT organisation_name_visible CHECK (NOT has_hidden_characters(name)) NOT VALID;
ALTER TABLE pole ADD CONSTRAINT pole_name_visible CHECK (NOT has_hidden_characters(name)) NOT VALID;
ALTER TABLE person ADD CONSTRAINT person_names_visible
    CHECK (NOT has_hidden_characters(first_name) AND NOT has_hidden_characters(last_name)) NOT VALID;
ALTER TABLE resource_closure ADD CONSTRAINT resource_closure_in_range
    CHECK (first_day >= DATE '2000-01-01' AND last_day <= DATE '2100-12-31') NOT VALID;
