-- A blocked contact keeps its history, but its messenger sessions end and no new one works
-- (see POST /api/contacts/{id}/block).
ALTER TABLE contacts ADD COLUMN blocked_at timestamptz;
