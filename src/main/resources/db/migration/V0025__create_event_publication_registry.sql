-- Spring Modulith's event publication registry (its schema v2 for PostgreSQL): each event that a listener handles
-- after commit is written here in the transaction that published it, marked complete (then deleted) once handled,
-- and kept for a later try when its listener failed (an SMTP server down, say). Infrastructure, not pole data: no
-- row security; only the application role and the owner reach it.
CREATE TABLE event_publication
(
    id                     uuid                     NOT NULL,
    listener_id            text                     NOT NULL,
    event_type             text                     NOT NULL,
    serialized_event       text                     NOT NULL,
    publication_date       timestamp with time zone NOT NULL,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

REVOKE ALL ON event_publication FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON event_publication TO ${appRole};
