-- Run by Coopole as superuser on the PostgreSQL it embeds (and by the jOOQ build step), before the migrations.
-- The passwords are set right after, from the data directory's secrets (never written here).
-- On an external PostgreSQL, an administrator creates the same two roles once (see the README).
--   coopole_owner: owns the tables, runs the migrations and loads the demo data, at start-up only.
--   coopole_app:   what the application connects as: owns nothing, no superuser, cannot bypass row security.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'coopole_owner') THEN
        CREATE ROLE coopole_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'coopole_app') THEN
        CREATE ROLE coopole_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
END
$$;
-- btree_gist lets an exclusion constraint combine "same resource" with "overlapping period"
CREATE EXTENSION IF NOT EXISTS btree_gist;
GRANT ALL ON SCHEMA public TO coopole_owner;
GRANT USAGE ON SCHEMA public TO coopole_app;
