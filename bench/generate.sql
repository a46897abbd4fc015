-- Coopole's benchmark data, run once as the owner role on an empty Coopole database (bench/README.md):
-- 200 poles of 10 organisations (one manager and one member each), 10 000 resources (50 a pole) and 5 000 000
-- bookings (500 a resource, one every 52 h 33 min, two hours long, over the three years around today).

INSERT INTO pole (name, territory)
SELECT 'Pôle d''essai ' || lpad(p::text, 3, '0'), 'Banc d''essai'
FROM generate_series(1, 200) p;

CREATE TEMPORARY TABLE bench_pole AS
SELECT id, row_number() OVER (ORDER BY name) AS n FROM pole WHERE territory = 'Banc d''essai';

INSERT INTO organisation (name, legal_form, ess, description)
SELECT 'Structure ' || bp.n || '-' || o, 'ASSOCIATION', true, 'pole ' || bp.n
FROM bench_pole bp, generate_series(1, 10) o;

CREATE TEMPORARY TABLE bench_organisation AS
SELECT o.id, bp.id AS pole_id, bp.n AS pole_n, split_part(o.name, '-', 2)::int AS o
FROM organisation o JOIN bench_pole bp ON o.description = 'pole ' || bp.n;

INSERT INTO membership (pole_id, organisation_id, status, joined_on)
SELECT pole_id, id, 'ACTIVE', current_date - 400 FROM bench_organisation;

-- the benchmark signs them in without a password; the hash (well-formed, matching no password anyone types) only
-- marks them as people who may sign in
INSERT INTO person (organisation_id, email, first_name, last_name, current_pole_id, password_hash)
SELECT id, 'bench-' || pole_n || '-' || o || '-' || who || '@bench.example', 'Banc', who, pole_id,
       '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hiZW5jaGJlbmNoYg$' || repeat('A', 43)
FROM bench_organisation, (VALUES ('manager'), ('member')) w(who);

INSERT INTO pole_role (pole_id, person_id, role)
SELECT bo.pole_id, p.id, CASE WHEN p.last_name = 'manager' THEN 'ORGANISATION_MANAGER' ELSE 'MEMBER' END
FROM person p JOIN bench_organisation bo ON bo.id = p.organisation_id;

INSERT INTO resource (organisation_id, kind, name, capacity, tags)
SELECT bo.id, (ARRAY['PREMISES', 'EQUIPMENT', 'VEHICLE', 'STAFF'])[1 + r % 4],
       'Ressource ' || bo.pole_n || '-' || bo.o || '-' || r, 5 + (r * 7) % 40,
       ARRAY[(ARRAY['réunion', 'atelier', 'mobilité', 'formation'])[1 + r % 4]]
FROM bench_organisation bo, generate_series(1, 5) r;

INSERT INTO resource_pole (resource_id, pole_id)
SELECT r.id, bo.pole_id FROM resource r JOIN bench_organisation bo ON bo.id = r.organisation_id;

CREATE TEMPORARY TABLE bench_booker AS
SELECT r.id AS resource_id, bo.pole_id, booker.id AS organisation_id, person.id AS person_id
FROM resource r
         JOIN bench_organisation bo ON bo.id = r.organisation_id
         JOIN bench_organisation booker ON booker.pole_id = bo.pole_id AND booker.o = 1 + bo.o % 10
         JOIN person ON person.organisation_id = booker.id AND person.last_name = 'member';

INSERT INTO booking (resource_id, pole_id, organisation_id, person_id, period, purpose, status, created_at)
SELECT b.resource_id, b.pole_id, b.organisation_id, b.person_id,
       tstzrange(start, start + interval '2 hours'), 'Réservation ' || k,
       CASE WHEN k % 20 = 0 THEN 'CANCELLED' WHEN k % 10 = 0 THEN 'REQUESTED' ELSE 'CONFIRMED' END,
       start - interval '10 days'
FROM bench_booker b,
     generate_series(0, 499) k,
     LATERAL (SELECT date_trunc('hour', now() - interval '1.5 years' + k * interval '52 hours 33 minutes'
                                       + (hashtext(b.resource_id::text) % 24) * interval '1 hour') AS start) s;

ANALYZE;
