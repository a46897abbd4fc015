-- Tags describe what an organisation does ("réemploi", "mobilité"…); the member directory filters by them.

ALTER TABLE organisation
    ADD COLUMN tags text[] NOT NULL DEFAULT '{}'
        CHECK (cardinality(tags) <= 10 AND array_position(tags, NULL) IS NULL);

CREATE INDEX organisation_tags_idx ON organisation USING gin (tags);
