import type { BuiltInViewId, ViewFilters } from '../../../protocol/views.ts';

export interface BuiltInView {
  id: BuiltInViewId;
  name: string;
  filters: ViewFilters;
}

/** The inbox folders of the seed, in the order the inbox shows them. Names are English; clients translate by id. */
export const BUILT_IN_VIEWS: readonly BuiltInView[] = [
  { id: 'you', name: 'Your inbox', filters: { states: ['open'], assignee: 'me' } },
  { id: 'mentions', name: 'Mentions', filters: { states: ['open'], mentioned: 'me' } },
  { id: 'created_by_you', name: 'Created by you', filters: { states: ['open'], created_by: 'me' } },
  { id: 'all', name: 'All', filters: { states: ['open'] } },
  // Includes conversations still with the bot: they wait here until the handoff assigns them.
  { id: 'unassigned', name: 'Unassigned', filters: { states: ['open'], assignee: 'nobody' } },
];
