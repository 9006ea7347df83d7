import { sql } from 'kysely';
import type { MessengerConversation, MessengerPart } from '../../../protocol/messenger.ts';
import type { Db } from '../../db/index.ts';
import { notFound } from '../../errors.ts';
import { toPlainText } from '../../lib/sanitize.ts';
import type { VisitorSession } from '../../realtime/visitor-sessions.ts';
import type { ConversationRow } from '../conversations/rows.ts';
import { presentBotState, presentMessengerConversation, presentMessengerPart, presentSourcePart } from './presenter.ts';

const conversationNotFound = () => notFound('conversation_not_found', 'Conversation not found');

async function teammateNames(db: Db, workspaceId: string, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('teammates')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

const adminIds = (parts: { author_type: string; author_id: string | null }[]) =>
  parts.filter((part) => part.author_type === 'admin' && part.author_id).map((part) => Number(part.author_id));

/** A conversation of this visitor, or conversation_not_found (another contact's, or a ticket, is never found). */
export async function getVisitorConversationRow(db: Db, visitor: VisitorSession, id: number): Promise<ConversationRow> {
  const row = await db
    .selectFrom('conversations')
    .selectAll()
    .where('workspace_id', '=', visitor.workspaceId)
    .where('id', '=', id)
    .where('contact_id', '=', visitor.contactId)
    .where('ticket_state', 'is', null)
    .executeTakeFirst();
  if (!row) throw conversationNotFound();
  return row;
}

interface ListedRow extends ConversationRow {
  last_body: string | null;
  last_author_type: string | null;
  last_author_id: string | null;
  unread: string | number;
}

/** The visitor's conversations (tickets have their own tab), newest activity first, each with its last public message and unread count. */
export async function listVisitorConversations(db: Db, visitor: VisitorSession) {
  const { rows } = await sql<ListedRow>`
    SELECT c.*, lp.body AS last_body, lp.author_type AS last_author_type, lp.author_id AS last_author_id,
      (SELECT count(*) FROM conversation_parts p
        WHERE p.workspace_id = c.workspace_id AND p.conversation_id = c.id AND p.is_public
          AND p.part_type = 'comment' AND p.author_type IN ('admin', 'bot')
          AND p.created_at > coalesce(c.contact_read_at, '-infinity')) AS unread
    FROM conversations c
    LEFT JOIN LATERAL (
      SELECT body, author_type, author_id FROM conversation_parts p
      WHERE p.workspace_id = c.workspace_id AND p.conversation_id = c.id AND p.is_public AND p.part_type = 'comment'
      ORDER BY p.id DESC LIMIT 1
    ) lp ON true
    WHERE c.workspace_id = ${visitor.workspaceId} AND c.contact_id = ${visitor.contactId} AND c.ticket_state IS NULL
    ORDER BY c.last_part_at DESC, c.id DESC
    LIMIT 100`.execute(db);
  const names = await teammateNames(
    db,
    visitor.workspaceId,
    adminIds(rows.map((row) => ({ author_type: row.last_author_type ?? '', author_id: row.last_author_id }))),
  );
  const conversations = rows.map((row) => {
    const authorType = row.last_author_type ?? row.source_author_type;
    const authorName =
      authorType === 'admin'
        ? (names.get(Number(row.last_author_id)) ?? null)
        : authorType === 'bot'
          ? 'Charla Bot'
          : null;
    return presentMessengerConversation(
      { ...row, last_part_preview: toPlainText(row.last_body ?? row.source_body ?? '').slice(0, 140) },
      { unread: Number(row.unread), bot: null, lastAuthor: { type: authorType, name: authorName } },
    );
  });
  const unread = conversations.reduce((sum, conversation) => sum + conversation.unread_count, 0);
  return { type: 'messenger.conversation.list' as const, conversations, unread_count: unread };
}

/** Unread messages from the team or bot across the visitor's conversations (the launcher's badge). */
export async function countUnread(db: Db, visitor: VisitorSession): Promise<number> {
  const { rows } = await sql<{ unread: string | number }>`
    SELECT count(*) AS unread FROM conversations c
    JOIN conversation_parts p ON p.workspace_id = c.workspace_id AND p.conversation_id = c.id
    WHERE c.workspace_id = ${visitor.workspaceId} AND c.contact_id = ${visitor.contactId} AND c.ticket_state IS NULL
      AND p.is_public AND p.part_type = 'comment' AND p.author_type IN ('admin', 'bot')
      AND p.created_at > coalesce(c.contact_read_at, '-infinity')`.execute(db);
  return Number(rows[0]?.unread ?? 0);
}

/** A visitor's conversation with every part the customer may see, and what the bot waits for. */
export async function renderVisitorConversation(
  db: Db,
  visitor: VisitorSession,
  id: number,
  sinceAtLeast?: { partId: number },
): Promise<MessengerConversation> {
  const row = await getVisitorConversationRow(db, visitor, id);
  const [parts, run] = await Promise.all([
    db
      .selectFrom('conversation_parts')
      .selectAll()
      .where('workspace_id', '=', visitor.workspaceId)
      .where('conversation_id', '=', id)
      .where('is_public', '=', true)
      .where('id', '>=', sinceAtLeast?.partId ?? 0)
      .orderBy('id')
      .limit(1000)
      .execute(),
    db
      .selectFrom('bot_runs')
      .select(['status', 'step_id'])
      .where('workspace_id', '=', visitor.workspaceId)
      .where('conversation_id', '=', id)
      .executeTakeFirst(),
  ]);
  const names = await teammateNames(db, visitor.workspaceId, adminIds(parts));
  const presented: MessengerPart[] = parts.map((part) => presentMessengerPart(part, names));
  const unread = parts.filter(
    (part) =>
      part.part_type === 'comment' &&
      (part.author_type === 'admin' || part.author_type === 'bot') &&
      part.created_at > (row.contact_read_at ?? new Date(0)),
  ).length;
  const lastBotPart = [...parts].reverse().find((part) => part.author_type === 'bot' && part.part_type === 'comment');
  const lastComment = [...parts].reverse().find((part) => part.part_type === 'comment');
  const preview = toPlainText(lastComment?.body ?? row.source_body ?? '').slice(0, 140);
  return presentMessengerConversation(
    { ...row, last_part_preview: preview },
    {
      unread,
      bot: presentBotState(row, run, lastBotPart),
      lastAuthor: lastComment ? presentMessengerPart(lastComment, names).author : null,
      parts: sinceAtLeast ? presented : [presentSourcePart(row), ...presented],
    },
  );
}

/** The customer has seen everything in it so far. */
export async function markReadByVisitor(db: Db, visitor: VisitorSession, id: number): Promise<void> {
  const updated = await db
    .updateTable('conversations')
    .set({ contact_read_at: new Date() })
    .where('workspace_id', '=', visitor.workspaceId)
    .where('id', '=', id)
    .where('contact_id', '=', visitor.contactId)
    .where('ticket_state', 'is', null)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw conversationNotFound();
}
