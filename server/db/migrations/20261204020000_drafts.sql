-- Each teammate's unsent composer text per conversation (server/domain/drafts, protocol/drafts.ts): kept on the
-- server so it follows the teammate to another tab or browser. The reply and the note are separate texts, so
-- switching the composer between them loses neither; `kind` is the one written in last. A row exists only while
-- one of them has text (the service deletes it in the transaction that empties it); sending a reply or a note
-- clears that text in the send's transaction.
CREATE TABLE conversation_drafts (
  workspace_id text NOT NULL,
  teammate_id bigint NOT NULL,
  conversation_id bigint NOT NULL,
  reply_text text NOT NULL DEFAULT '',
  note_text text NOT NULL DEFAULT '',
  kind text NOT NULL DEFAULT 'reply' CHECK (kind IN ('reply', 'note')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, teammate_id, conversation_id),
  FOREIGN KEY (workspace_id, teammate_id) REFERENCES teammates (workspace_id, id) ON DELETE CASCADE,
  FOREIGN KEY (workspace_id, conversation_id) REFERENCES conversations (workspace_id, id) ON DELETE CASCADE
);

-- Deleting a conversation finds its drafts without a scan.
CREATE INDEX conversation_drafts_conversation ON conversation_drafts (workspace_id, conversation_id);
