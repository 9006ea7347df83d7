-- A teammate's reply (not a note) to a conversation nobody holds assigns it to them, in the reply's transaction
-- (as Intercom does). On by default; Settings → Assignment turns it off.
ALTER TABLE assignment_settings ADD COLUMN reply_assigns boolean NOT NULL DEFAULT true;
