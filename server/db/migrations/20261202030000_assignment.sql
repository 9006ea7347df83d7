-- Assignment: each team has a method (round robin, balanced with a per-teammate limit, manual) and keeps
-- its round-robin position; teammates list the languages they take and when they were last seen; a
-- conversation waiting for a teammate in its team's queue carries queued_at; and per-workspace settings.

ALTER TABLE teams ADD COLUMN distribution_method text NOT NULL DEFAULT 'round_robin'
  CHECK (distribution_method IN ('round_robin', 'balanced', 'manual'));
-- Balanced: the most open conversations a teammate holds before the team skips them (null = no limit).
ALTER TABLE teams ADD COLUMN assignment_limit integer CHECK (assignment_limit BETWEEN 1 AND 1000);
-- The round-robin cursor: who the team assigned last. Locked (FOR UPDATE on the team row) and moved in
-- the same transaction as the assignment.
ALTER TABLE teams ADD COLUMN rotation_last_teammate_id bigint;

ALTER TABLE teammates ADD COLUMN languages text[] NOT NULL DEFAULT '{en,es}'
  CHECK (cardinality(languages) >= 1 AND languages <@ ARRAY['en', 'es']::text[]);
-- Refreshed while the teammate has the inbox open (any tab, any process): the "online" window.
ALTER TABLE teammates ADD COLUMN last_seen_at timestamptz;

-- Set while the conversation waits in its team's queue for a teammate (oldest first).
ALTER TABLE conversations ADD COLUMN queued_at timestamptz;
CREATE INDEX conversations_queue_idx ON conversations (workspace_id, team_assignee_id, queued_at, id)
  WHERE queued_at IS NOT NULL;

CREATE TABLE assignment_settings (
  workspace_id text PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  -- 'handoff': when the bot hands off (and at once for messenger conversations no workflow takes);
  -- 'start': also conversations no workflow handles (started through the API) as soon as they start.
  trigger text NOT NULL DEFAULT 'handoff' CHECK (trigger IN ('handoff', 'start')),
  -- The team that takes what no workflow routed elsewhere.
  default_team_id bigint,
  -- Only teammates seen in the inbox in the last online_minutes (+ grace_minutes) are assigned.
  require_online boolean NOT NULL DEFAULT false,
  online_minutes integer NOT NULL DEFAULT 10 CHECK (online_minutes BETWEEN 1 AND 1440),
  grace_minutes integer NOT NULL DEFAULT 5 CHECK (grace_minutes BETWEEN 0 AND 120),
  -- A conversation in a language goes to those who take it; with nobody who does, to everyone or the queue.
  language_routing boolean NOT NULL DEFAULT true,
  language_fallback text NOT NULL DEFAULT 'everyone' CHECK (language_fallback IN ('everyone', 'queue')),
  -- A teammate's manual assignment to a member moves the team's rotation past that member.
  manual_counts_in_rotation boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (workspace_id, default_team_id) REFERENCES teams (workspace_id, id) ON DELETE SET NULL (default_team_id)
);
