import type { Emit } from '../../events/transact.ts';
import { presentViewDefinition } from './presenter.ts';
import type { ViewRecord } from './records.ts';

/** Shared views change every agent's inbox; a private view concerns its owner alone. */
export function emitViewChanged(emit: Emit, action: 'created' | 'updated' | 'deleted', view: ViewRecord): void {
  emit({
    topic: 'view.changed',
    audience: view.ownerId === null ? 'agents' : 'teammate',
    teammateId: view.ownerId,
    data: { action, view: presentViewDefinition(view) },
  });
}
