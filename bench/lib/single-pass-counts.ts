import type { Db } from '../../server/db/index.ts';
import { type ViewViewer, viewPredicate } from '../../server/domain/views/filters.ts';
import type { ViewRecord } from '../../server/domain/views/records.ts';

/** The alternative to server/domain/views/counts.ts: one pass over the workspace with count(*) FILTER (…). */
export async function countViewsInOnePass(db: Db, viewer: ViewViewer, views: ViewRecord[]): Promise<number[]> {
  const row = await db
    .selectFrom('conversations')
    .where('conversations.workspace_id', '=', viewer.workspaceId)
    .select((eb) =>
      views.map((view, index) =>
        eb.fn.countAll<string>().filterWhere(viewPredicate(view.filters, viewer)).as(`v${index}`),
      ),
    )
    .executeTakeFirstOrThrow();
  return views.map((_, index) => Number((row as Record<string, string>)[`v${index}`]));
}
