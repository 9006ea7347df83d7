import { notFound } from '../../errors.ts';
import { transact } from '../../events/transact.ts';
import type { Services } from '../conversations/context.ts';
import { emitViewChanged } from './events.ts';
import type { ViewViewer } from './filters.ts';
import { isVisibleTo } from './queries.ts';
import { savedRecord } from './records.ts';

/** Deletes a view the viewer sees; the caller has checked the policy. */
export async function deleteView(services: Services, viewer: ViewViewer, id: number): Promise<void> {
  await transact(services, viewer.workspaceId, async (trx, emit) => {
    const row = await trx
      .deleteFrom('views')
      .where(isVisibleTo(viewer))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound('not_found', 'View not found');
    emitViewChanged(emit, 'deleted', savedRecord(row));
  });
}
