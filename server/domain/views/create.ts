import type { CreateViewRequest } from '../../../protocol/views.ts';
import type { Db } from '../../db/index.ts';
import { transact } from '../../events/transact.ts';
import type { Actor } from '../auth/actor.ts';
import type { Services } from '../conversations/context.ts';
import { emitViewChanged } from './events.ts';
import { savedRecord, type ViewRecord } from './records.ts';
import { assertFilterReferencesExist } from './references.ts';

/** After every view of the workspace, so a new view appears last. */
async function nextPosition(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('views')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

/** A private view of the actor, or a shared one (owner_id NULL); the caller has checked the policy. */
export async function createView(services: Services, actor: Actor, input: CreateViewRequest): Promise<ViewRecord> {
  const { workspaceId } = actor;
  await assertFilterReferencesExist(services.db, workspaceId, input.filters);
  return transact(services, workspaceId, async (trx, emit) => {
    const row = await trx
      .insertInto('views')
      .values({
        workspace_id: workspaceId,
        name: input.name,
        owner_id: input.kind === 'shared' ? null : actor.teammate.id,
        filters: JSON.stringify(input.filters),
        sort: input.sort,
        position: input.position ?? (await nextPosition(trx, workspaceId)),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const view = savedRecord(row);
    emitViewChanged(emit, 'created', view);
    return view;
  });
}
