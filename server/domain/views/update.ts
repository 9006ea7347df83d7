import type { UpdateViewRequest } from '../../../protocol/views.ts';
import { notFound } from '../../errors.ts';
import { transact } from '../../events/transact.ts';
import type { Services } from '../conversations/context.ts';
import { emitViewChanged } from './events.ts';
import type { ViewViewer } from './filters.ts';
import { isVisibleTo } from './queries.ts';
import { savedRecord, type ViewRecord } from './records.ts';
import { assertFilterReferencesExist } from './references.ts';

/** Renames, refilters, resorts or moves a view the viewer sees; the caller has checked the policy. */
export async function updateView(
  services: Services,
  viewer: ViewViewer,
  id: number,
  input: UpdateViewRequest,
): Promise<ViewRecord> {
  if (input.filters) await assertFilterReferencesExist(services.db, viewer.workspaceId, input.filters);
  return transact(services, viewer.workspaceId, async (trx, emit) => {
    const row = await trx
      .updateTable('views')
      .set({
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.filters === undefined ? {} : { filters: JSON.stringify(input.filters) }),
        ...(input.sort === undefined ? {} : { sort: input.sort }),
        ...(input.position === undefined ? {} : { position: input.position }),
        updated_at: new Date(),
      })
      .where(isVisibleTo(viewer))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound('not_found', 'View not found');
    const view = savedRecord(row);
    emitViewChanged(emit, 'updated', view);
    return view;
  });
}
