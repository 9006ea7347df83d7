import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/index.ts';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { BUILT_IN_VIEWS } from './builtins.ts';
import type { ViewViewer } from './filters.ts';
import { builtInRecord, savedRecord, type ViewRecord, type ViewRow } from './records.ts';
import { findTeamInbox, isTeamViewId, listTeamInboxes } from './team-inboxes.ts';

/** Shared views and the viewer's own private ones; another teammate's private view does not exist for them. */
export function isVisibleTo(viewer: ViewViewer) {
  return (eb: ExpressionBuilder<DB, 'views'>) =>
    eb.and([
      eb('views.workspace_id', '=', viewer.workspaceId),
      eb.or([eb('views.owner_id', 'is', null), eb('views.owner_id', '=', viewer.teammateId)]),
    ]);
}

function visibleViews(db: Db, viewer: ViewViewer) {
  return db.selectFrom('views').selectAll().where(isVisibleTo(viewer));
}

/**
 * The built-in views, the viewer's team inboxes, then the saved views: shared ones (in the order managers gave
 * them), then the viewer's private ones (in their own order), each group by position.
 */
export async function listVisibleViews(db: Db, viewer: ViewViewer): Promise<ViewRecord[]> {
  const [teams, rows] = await Promise.all([
    listTeamInboxes(db, viewer),
    visibleViews(db, viewer)
      .orderBy((eb) => eb('owner_id', 'is not', null))
      .orderBy('position')
      .orderBy('id')
      .execute(),
  ]);
  return [...BUILT_IN_VIEWS.map(builtInRecord), ...teams, ...rows.map(savedRecord)];
}

export async function findSavedView(db: Db, viewer: ViewViewer, id: number): Promise<ViewRow> {
  const row = await visibleViews(db, viewer).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('not_found', 'View not found');
  return row;
}

/** A built-in view by its name-like id, a team inbox (`team_<id>`), or a visible saved view by number; 404 otherwise. */
export async function findVisibleView(db: Db, viewer: ViewViewer, id: string | number): Promise<ViewRecord> {
  const builtIn = BUILT_IN_VIEWS.find((view) => view.id === id);
  if (builtIn) return builtInRecord(builtIn);
  if (isTeamViewId(id)) return findTeamInbox(db, viewer, id);
  if (typeof id === 'string') throw notFound('not_found', 'View not found');
  return savedRecord(await findSavedView(db, viewer, id));
}
