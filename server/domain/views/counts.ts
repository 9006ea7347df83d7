import type { Db } from '../../db/index.ts';
import { type ConversationPredicate, type ViewViewer, viewPredicate } from './filters.ts';
import type { ViewRecord } from './records.ts';

function countWhere(db: Db, where: ConversationPredicate) {
  return db
    .selectFrom('conversations')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where(where);
}

export async function countConversations(db: Db, where: ConversationPredicate): Promise<number> {
  return Number((await countWhere(db, where).executeTakeFirstOrThrow()).count);
}

/**
 * How many conversations each view holds for the viewer, in one statement (one round trip): a scalar
 * subquery per view, so each count is a range scan of its own best index. One `count(*) FILTER (…)` pass
 * would read every row of the workspace (bench/views.ts prints both); even grouping only the views over
 * open conversations into one FILTER pass measured slower (9.0 vs 6.0 ms p50 at 50,000 open), as every
 * filter is then tested on every row the range scans would have skipped.
 */
export async function countViews(db: Db, viewer: ViewViewer, views: ViewRecord[]): Promise<number[]> {
  if (views.length === 0) return [];
  const row = await db
    .selectNoFrom(views.map((view, index) => countWhere(db, viewPredicate(view.filters, viewer)).as(`v${index}`)))
    .executeTakeFirstOrThrow();
  const counts = row as Record<string, string | number | null>;
  return views.map((_, index) => Number(counts[`v${index}`]));
}
