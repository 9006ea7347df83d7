import { sql } from 'kysely';
import type { z } from 'zod';
import type { ZUpdateConversationRequestSchema } from '../../../protocol/conversations.ts';
import type { Db, TeammateRow } from '../../db/index.ts';
import { transact } from '../../events/transact.ts';
import type { Actor } from '../auth/actor.ts';
import { resolveActingAdmin } from './actors.ts';
import { type Services, writeContext } from './context.ts';
import { appendPart, type NewPart, type PartType } from './parts.ts';
import { lockConversationRow } from './queries.ts';

type UpdateRequest = z.output<typeof ZUpdateConversationRequestSchema>;

/** Marks the conversation read (or unread) for this teammate. */
export async function markRead(
  db: Db,
  workspaceId: string,
  conversationId: number,
  teammate: TeammateRow,
  read: boolean,
) {
  if (!read) {
    await db
      .deleteFrom('conversation_reads')
      .where('workspace_id', '=', workspaceId)
      .where('conversation_id', '=', conversationId)
      .where('teammate_id', '=', teammate.id)
      .execute();
    return;
  }
  await db
    .insertInto('conversation_reads')
    .values({
      workspace_id: workspaceId,
      conversation_id: conversationId,
      teammate_id: teammate.id,
      read_at: new Date(),
    })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'conversation_id', 'teammate_id']).doUpdateSet({ read_at: new Date() }),
    )
    .execute();
}

/** Title, priority, custom attributes (merged; null removes a key) and read state. */
export async function updateConversation(
  services: Services,
  actor: Actor,
  id: number,
  input: UpdateRequest,
): Promise<number> {
  const admin = await resolveActingAdmin(services.db, actor, input.admin_id);
  return transact(services, actor.workspaceId, async (trx, emit) => {
    let row = await lockConversationRow(trx, actor.workspaceId, id);
    const context = writeContext(undefined, admin);
    const record = async (partType: PartType, metadata: Record<string, unknown>, changes: NewPart['changes']) => {
      const part = {
        authorType: 'admin' as const,
        authorId: String(admin.id),
        isPublic: false,
        partType,
        metadata,
        changes,
      };
      row = (await appendPart(trx, emit, row, part, context)).conversation;
    };
    if (input.title !== undefined && input.title !== row.title) {
      await record('attribute_updated', { title: input.title }, { title: input.title });
    }
    if (input.priority !== undefined && (input.priority === 'priority') !== row.priority) {
      await record('priority_changed', { priority: input.priority }, { priority: input.priority === 'priority' });
    }
    const attributes = input.custom_attributes ?? {};
    if (Object.keys(attributes).length > 0) {
      const removed = Object.keys(attributes).filter((key) => attributes[key] === null);
      const set = Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== null));
      // Merged in SQL so concurrent updates of different keys both survive; null removes a key.
      const merged = sql`(custom_attributes || ${JSON.stringify(set)}::jsonb) - ${removed}::text[]`;
      await record('attribute_updated', { custom_attributes: attributes }, { custom_attributes: merged as never });
    }
    if (input.read !== undefined) {
      await markRead(trx, actor.workspaceId, id, admin, input.read);
      emit({
        topic: 'conversation.read',
        audience: 'teammate',
        teammateId: admin.id,
        conversationId: id,
        data: { conversation_id: String(id), read: input.read },
      });
    }
    return id;
  });
}
