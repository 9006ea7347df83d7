import { sql } from 'kysely';
import {
  DEFAULT_PREFERENCES,
  type Preferences,
  type UpdatePreferencesRequest,
  ZPreferencesSchema,
} from '../../../protocol/preferences.ts';
import type { Db } from '../../db/index.ts';
import type { EventBus } from '../../events/bus.ts';
import { transact } from '../../events/transact.ts';

/** Stored keys over the defaults; a stored key that no longer parses (an older shape) falls back to its default. */
function withDefaults(stored: Record<string, unknown> | undefined): Preferences {
  const preferences: Preferences = { ...DEFAULT_PREFERENCES };
  if (!stored) return preferences;
  const shape = ZPreferencesSchema.shape;
  for (const key of Object.keys(shape) as (keyof Preferences)[]) {
    if (key === 'type' || !(key in stored)) continue;
    const parsed = shape[key].safeParse(stored[key]);
    if (parsed.success) Object.assign(preferences, { [key]: parsed.data });
  }
  return preferences;
}

export async function getPreferences(db: Db, workspaceId: string, teammateId: number): Promise<Preferences> {
  const row = await db
    .selectFrom('teammate_preferences')
    .select('preferences')
    .where('workspace_id', '=', workspaceId)
    .where('teammate_id', '=', teammateId)
    .executeTakeFirst();
  return withDefaults(row?.preferences);
}

function applyChanges(current: Preferences, changes: UpdatePreferencesRequest): Preferences {
  const { view_sorts: sortChanges, ...rest } = changes;
  const next: Preferences = { ...current, ...rest };
  if (sortChanges) {
    const sorts = { ...current.view_sorts };
    for (const [viewId, sort] of Object.entries(sortChanges)) {
      if (sort === null) delete sorts[viewId];
      else sorts[viewId] = sort;
    }
    next.view_sorts = sorts;
  }
  if (changes.hidden_view_ids) next.hidden_view_ids = [...new Set(changes.hidden_view_ids)];
  return next;
}

/**
 * Changes some of a teammate's preferences. The row is locked while merging, so two tabs changing different
 * keys at once both keep their change; the teammate's other tabs hear of it by a `teammate.preferences_updated`
 * event only they receive.
 */
export async function updatePreferences(
  services: { db: Db; eventBus: EventBus },
  workspaceId: string,
  teammateId: number,
  changes: UpdatePreferencesRequest,
): Promise<Preferences> {
  return transact(services, workspaceId, async (trx, emit) => {
    await trx
      .insertInto('teammate_preferences')
      .values({ workspace_id: workspaceId, teammate_id: teammateId, preferences: '{}' })
      .onConflict((conflict) => conflict.columns(['workspace_id', 'teammate_id']).doNothing())
      .execute();
    const row = await trx
      .selectFrom('teammate_preferences')
      .select('preferences')
      .where('workspace_id', '=', workspaceId)
      .where('teammate_id', '=', teammateId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const next = applyChanges(withDefaults(row.preferences), changes);
    const { type: _type, ...stored } = next;
    await trx
      .updateTable('teammate_preferences')
      .set({ preferences: JSON.stringify(stored), updated_at: sql<Date>`now()` })
      .where('workspace_id', '=', workspaceId)
      .where('teammate_id', '=', teammateId)
      .execute();
    emit({ topic: 'teammate.preferences_updated', audience: 'teammate', teammateId, data: next });
    return next;
  });
}
