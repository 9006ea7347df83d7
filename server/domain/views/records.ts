import type { Selectable } from 'kysely';
import { teamViewId, type ViewFilters, type ViewSort } from '../../../protocol/views.ts';
import type { ViewsTable } from '../../db/schema.ts';
import { BUILT_IN_VIEWS, type BuiltInView } from './builtins.ts';

export type ViewRow = Selectable<ViewsTable>;

/** A view as the domain handles it, built-in or saved: what it shows and in which order. */
export interface ViewRecord {
  id: string;
  name: string;
  kind: 'built_in' | 'team' | 'shared' | 'private';
  ownerId: number | null;
  filters: ViewFilters;
  sort: ViewSort;
  position: number;
}

export function builtInRecord(view: BuiltInView): ViewRecord {
  return {
    id: view.id,
    name: view.name,
    kind: 'built_in',
    ownerId: null,
    filters: view.filters,
    sort: 'newest',
    position: BUILT_IN_VIEWS.indexOf(view),
  };
}

/** A team's inbox: its open conversations (the state is a default the list's switch replaces, as in built-ins). */
export function teamRecord(team: { id: number; name: string }, position: number): ViewRecord {
  return {
    id: teamViewId(team.id),
    name: team.name,
    kind: 'team',
    ownerId: null,
    filters: { states: ['open'], team_ids: [String(team.id)] },
    sort: 'newest',
    position,
  };
}

/** Stored filters were validated by the protocol schema when written. */
export function savedRecord(row: ViewRow): ViewRecord {
  return {
    id: String(row.id),
    name: row.name,
    kind: row.owner_id === null ? 'shared' : 'private',
    ownerId: row.owner_id,
    filters: row.filters as ViewFilters,
    sort: row.sort,
    position: row.position,
  };
}
