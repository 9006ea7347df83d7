import type { Tag } from '../../../protocol/conversations.ts';
import { transact } from '../../events/transact.ts';
import type { Actor } from '../auth/actor.ts';
import { getTag } from '../tags/service.ts';
import { resolveActingAdmin } from './actors.ts';
import { type Services, writeContext } from './context.ts';
import { appendPart } from './parts.ts';
import { presentTag } from './presenter.ts';
import { lockConversationRow } from './queries.ts';

/** Tags (or untags) a conversation; doing it twice changes nothing the second time. Answers the tag. */
export async function setConversationTag(
  services: Services,
  actor: Actor,
  input: { conversationId: number; tagId: number; adminId?: string; applied: boolean },
): Promise<Tag> {
  const { workspaceId } = actor;
  const admin = await resolveActingAdmin(services.db, actor, input.adminId);
  const tag = await getTag(services.db, workspaceId, input.tagId);
  return transact(services, workspaceId, async (trx, emit) => {
    const row = await lockConversationRow(trx, workspaceId, input.conversationId);
    const key = { workspace_id: workspaceId, conversation_id: row.id, tag_id: tag.id };
    const changed = input.applied
      ? await trx
          .insertInto('conversation_tags')
          .values({ ...key, applied_by: admin.id })
          .onConflict((oc) => oc.doNothing())
          .returning('tag_id')
          .executeTakeFirst()
      : await trx
          .deleteFrom('conversation_tags')
          .where('workspace_id', '=', workspaceId)
          .where('conversation_id', '=', row.id)
          .where('tag_id', '=', tag.id)
          .returning('tag_id')
          .executeTakeFirst();
    if (changed) {
      await appendPart(
        trx,
        emit,
        row,
        {
          partType: input.applied ? 'tag_added' : 'tag_removed',
          authorType: 'admin',
          authorId: String(admin.id),
          isPublic: false,
          metadata: { tag: { id: String(tag.id), name: tag.name } },
        },
        writeContext(undefined, admin),
      );
    }
    return presentTag({ tag, appliedAt: new Date(), appliedBy: admin.id });
  });
}
