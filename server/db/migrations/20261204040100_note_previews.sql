-- The list's preview line says when the last message was a teammates-only note ("Note: …").
ALTER TABLE conversations ADD COLUMN last_part_is_note boolean NOT NULL DEFAULT false;

-- Conversations whose last message so far is a note.
UPDATE conversations c
SET last_part_is_note = true
WHERE c.last_part_author_type = 'admin'
  AND (
    SELECT p.part_type
    FROM conversation_parts p
    WHERE p.workspace_id = c.workspace_id
      AND p.conversation_id = c.id
      AND p.part_type IN ('comment', 'note', 'quick_reply')
    ORDER BY p.id DESC
    LIMIT 1
  ) = 'note';
