-- Inbox views (server/domain/views): partial indexes over open conversations, the state every built-in view
-- and the default "Chats" view show. Measured by `npm run bench:views` (200,000 conversations, 25% open).

-- Counts of open conversations by assignee and bot phase (Your inbox, All, Unassigned, Chats) as index-only
-- scans. Its keys repeat, so B-tree deduplication packs it: ~400 kB for 50,000 open conversations.
CREATE INDEX conversations_open_counts_idx ON conversations (workspace_id, admin_assignee_id, bot_phase)
  WHERE state = 'open';

-- From a teammate's mentions to those still open, without reading each conversation (Mentions).
CREATE INDEX conversations_open_id_idx ON conversations (workspace_id, id) WHERE state = 'open';

-- The "waiting longest" order of open conversations (ASC puts the not-waiting, NULL, last), read without a sort.
CREATE INDEX conversations_open_waiting_idx ON conversations (workspace_id, waiting_since, id)
  WHERE state = 'open';
