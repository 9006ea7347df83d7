import type { View, ViewList } from '../../../protocol/views.ts';
import type { Db } from '../../db/index.ts';
import { countViews } from './counts.ts';
import type { ViewViewer } from './filters.ts';
import { presentView, presentViewList } from './presenter.ts';
import { findVisibleView, listVisibleViews } from './queries.ts';

/** Every view the viewer sees, in inbox order, each with its live count: two queries, whatever the number of views. */
export async function listViewsWithCounts(db: Db, viewer: ViewViewer): Promise<ViewList> {
  const views = await listVisibleViews(db, viewer);
  return presentViewList(views, await countViews(db, viewer, views));
}

export async function getViewWithCount(db: Db, viewer: ViewViewer, id: string | number): Promise<View> {
  const view = await findVisibleView(db, viewer, id);
  const [count] = await countViews(db, viewer, [view]);
  return presentView(view, count ?? 0);
}
