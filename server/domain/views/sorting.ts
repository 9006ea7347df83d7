import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { ViewSort } from '../../../protocol/views.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';

type Eb = ExpressionBuilder<DB, 'conversations'>;

/** Every sort ends on id so the order is total; waiting_longest puts the not-waiting last (ASC's default). */
export const SORTS = {
  newest: { column: 'last_part_at', direction: 'desc' },
  oldest: { column: 'last_part_at', direction: 'asc' },
  waiting_longest: { column: 'waiting_since', direction: 'asc' },
} as const satisfies Record<ViewSort, { column: 'last_part_at' | 'waiting_since'; direction: 'asc' | 'desc' }>;

/** Where the last row of a page sat in the sort: its key in whole microseconds (null = not waiting) and id. */
export interface SortPosition {
  micros: string | null;
  id: number;
}

/** The sort column in whole microseconds, so a cursor is exact whatever wrote the timestamp. */
export function sortKeyMicros(sort: ViewSort) {
  const column = sql.ref(`conversations.${SORTS[sort].column}`);
  return sql<string | null>`(extract(epoch from ${column}) * 1000000)::bigint::text`;
}

const fromMicros = (micros: string) => sql<Date>`(timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond')`;

/** Rows strictly after `position` in the order of `sort` (keyset pagination: no gaps, no duplicates). */
export function afterPosition(sort: ViewSort, position: SortPosition) {
  const { column, direction } = SORTS[sort];
  const ref = `conversations.${column}` as const;
  return (eb: Eb): Expression<SqlBool> => {
    if (position.micros === null) return eb.and([eb(ref, 'is', null), eb('conversations.id', '>', position.id)]);
    const key = eb.tuple(fromMicros(position.micros), position.id);
    const after = eb(eb.refTuple(ref, 'conversations.id'), direction === 'desc' ? '<' : '>', key);
    return column === 'waiting_since' ? eb.or([after, eb(ref, 'is', null)]) : after;
  };
}

export function encodeViewCursor(sort: ViewSort, position: SortPosition): string {
  return encodeCursor([sort, position.micros ?? '', position.id]);
}

/** A cursor this API gave out for the same sort; anything else is a 400 naming `starting_after`. */
export function decodeViewCursor(raw: string, sort: ViewSort): SortPosition {
  const [cursorSort, micros, id] = decodeCursor(raw, 3, 'starting_after');
  const isKey =
    typeof micros === 'string' && (/^-?\d{1,19}$/.test(micros) || (micros === '' && sort === 'waiting_longest'));
  if (cursorSort !== sort || !isKey || typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
    throw new AppError('parameter_invalid', `starting_after: not a cursor of this view's ${sort} order`, {
      field: 'starting_after',
    });
  }
  return { micros: micros === '' ? null : micros, id };
}
