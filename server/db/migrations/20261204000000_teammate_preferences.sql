-- Each teammate's own inbox preferences (server/domain/preferences, protocol/preferences.ts): kept on the server so
-- they follow the teammate to every browser and tab. Keys absent from `preferences` take their defaults.
CREATE TABLE teammate_preferences (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  teammate_id bigint NOT NULL,
  preferences jsonb NOT NULL DEFAULT '{}',
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, teammate_id),
  FOREIGN KEY (workspace_id, teammate_id) REFERENCES teammates (workspace_id, id) ON DELETE CASCADE
);
