-- The pole's indicators count the requests decided in a period: without this index that was a scan of every booking.
CREATE INDEX booking_decided_idx ON booking (pole_id, decided_at) WHERE decided_at IS NOT NULL;
