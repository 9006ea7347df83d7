import type { ReorderViewsRequest } from '../../../protocol/views.ts';
import { AppError } from '../../errors.ts';
import { transact } from '../../events/transact.ts';
import type { Actor } from '../auth/actor.ts';
import type { Services } from '../conversations/context.ts';
import { emitViewChanged } from './events.ts';
import type { ViewViewer } from './filters.ts';
import { assertCanWriteView } from './policy.ts';
import { isVisibleTo } from './queries.ts';
import { savedRecord } from './records.ts';

/**
 * The position slots the listed views held, in order and made strictly increasing, so the listed views swap
 * places among themselves and every other view keeps its own.
 */
function slotsOf(positions: number[]): number[] {
  const slots: number[] = [];
  for (const position of [...positions].sort((a, b) => a - b)) {
    slots.push(slots.length === 0 ? position : Math.max(position, (slots.at(-1) ?? 0) + 1));
  }
  return slots;
}

/**
 * Puts saved views in the given order in one transaction: all or nothing. Every view must be visible to the
 * viewer (else 404 naming `view_ids`) and one the actor may change (an agent listing a shared view: 403).
 */
export async function reorderViews(
  services: Services,
  actor: Actor,
  viewer: ViewViewer,
  input: ReorderViewsRequest,
): Promise<void> {
  const ids = input.view_ids.map(Number);
  await transact(services, viewer.workspaceId, async (trx, emit) => {
    const rows = await trx
      .selectFrom('views')
      .selectAll()
      .where(isVisibleTo(viewer))
      .where('id', 'in', ids)
      .orderBy('id')
      .forUpdate()
      .execute();
    const missing = ids.find((id) => !rows.some((row) => row.id === id));
    if (missing !== undefined) {
      throw new AppError('not_found', `view_ids: no view ${missing}`, { field: 'view_ids' });
    }
    for (const row of rows) assertCanWriteView(actor, row.owner_id === null ? 'shared' : 'private');
    const slots = slotsOf(rows.map((row) => row.position));
    for (const [index, id] of ids.entries()) {
      const row = rows.find((candidate) => candidate.id === id);
      const position = slots[index];
      if (!row || position === undefined || row.position === position) continue;
      const moved = await trx
        .updateTable('views')
        .set({ position, updated_at: new Date() })
        .where('workspace_id', '=', viewer.workspaceId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      emitViewChanged(emit, 'updated', savedRecord(moved));
    }
  });
}
