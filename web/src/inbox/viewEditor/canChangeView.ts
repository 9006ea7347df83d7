import type { ViewDefinition } from '../../../../protocol/views.ts';

interface Teammate {
  id: string;
  role: 'admin' | 'manager' | 'agent';
}

/** The server's rule (server/domain/views/policy.ts): private views by their owner, shared ones by managers and admins. */
export function canChangeView(me: Teammate, view: Pick<ViewDefinition, 'kind' | 'owner_id'>): boolean {
  if (view.kind === 'private') return view.owner_id === me.id;
  return view.kind === 'shared' && me.role !== 'agent';
}

export const isSavedView = (view: Pick<ViewDefinition, 'kind'>) => view.kind === 'shared' || view.kind === 'private';
