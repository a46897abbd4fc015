-- Who decided on a booking, when, and why (a declined request or a cancellation by the owner gives its reason).

ALTER TABLE booking
    ADD COLUMN decided_by_person_id uuid REFERENCES person (id),
    ADD COLUMN decided_at           timestamptz,
    ADD COLUMN reason               text CHECK (length(reason) <= 1000);
