import type { ViewFilters } from '../../../protocol/views.ts';
import type { Db } from '../../db/index.ts';
import { AppError } from '../../errors.ts';

/** The ids a filter names, and where they must exist: another workspace's ids are refused like unknown ones. */
const REFERENCES = [
  {
    table: 'teammates',
    field: 'filters.assignee.admin_ids',
    ids: (filters: ViewFilters) => (typeof filters.assignee === 'object' ? filters.assignee.admin_ids : undefined),
  },
  { table: 'teams', field: 'filters.team_ids', ids: (filters: ViewFilters) => filters.team_ids },
  { table: 'tags', field: 'filters.tag_ids', ids: (filters: ViewFilters) => filters.tag_ids },
] as const;

export async function assertFilterReferencesExist(db: Db, workspaceId: string, filters: ViewFilters): Promise<void> {
  for (const reference of REFERENCES) {
    const ids = reference.ids(filters)?.map(Number);
    if (!ids) continue;
    const found = await db
      .selectFrom(reference.table)
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .execute();
    const missing = ids.find((id) => !found.some((row) => row.id === id));
    if (missing !== undefined) {
      throw new AppError('parameter_invalid', `${reference.field}: no ${missing} in this workspace`, {
        field: reference.field,
      });
    }
  }
}
