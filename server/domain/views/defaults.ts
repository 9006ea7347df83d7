import type { ViewFilters, ViewSort } from '../../../protocol/views.ts';
import type { Db } from '../../db/index.ts';

/**
 * The shared views the seed's team works from. "Chats": the bot has finished and the customer waits for an
 * agent, longest wait first. "Tickets": the tickets to follow up, submitted or in progress, newest first.
 */
const DEFAULT_VIEWS: { name: string; filters: ViewFilters; sort: ViewSort }[] = [
  { name: 'Chats', filters: { states: ['open'], bot_phase: 'handed_off' }, sort: 'waiting_longest' },
  { name: 'Tickets', filters: { ticket_states: ['submitted', 'in_progress'] }, sort: 'newest' },
];

/**
 * Creates the default shared views a workspace lacks (by name), after its other views. Idempotent. Seeding
 * only: it records no event, as nobody can be watching a workspace being set up.
 */
export async function ensureDefaultViews(db: Db, workspaceId: string): Promise<void> {
  const existing = await db
    .selectFrom('views')
    .select(['name', 'owner_id', 'position'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const isShared = (name: string) => existing.some((row) => row.owner_id === null && row.name === name);
  const missing = DEFAULT_VIEWS.filter((view) => !isShared(view.name));
  if (missing.length === 0) return;
  const start = Math.max(-1, ...existing.map((row) => row.position)) + 1;
  await db
    .insertInto('views')
    .values(
      missing.map((view, index) => ({
        workspace_id: workspaceId,
        name: view.name,
        owner_id: null,
        filters: JSON.stringify(view.filters),
        sort: view.sort,
        position: start + index,
      })),
    )
    .execute();
}
