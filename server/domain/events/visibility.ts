import type { CharlaEvent, StreamEvent } from '../../../protocol/events.ts';
import type { EventAudience } from '../../db/schema.ts';
import type { StoredEvent } from '../../events/outbox.ts';
import { presentEvent } from '../../events/presenter.ts';
import { presentEventForVisitor } from '../messenger/presenter.ts';

/**
 * Who reads an event stream: a teammate (inbox), a messenger visitor (one contact), or a signed ticket page
 * (one customer ticket).
 */
export type Viewer =
  | { kind: 'agent'; workspaceId: string; teammateId: number }
  | { kind: 'visitor'; workspaceId: string; contactId: number }
  | { kind: 'ticket'; workspaceId: string; ticketId: number };

/** A committed event, presented once, with what deciding its readers needs. Crosses app nodes as JSON. */
export interface RoutedEvent {
  workspaceId: string;
  audience: EventAudience;
  teammateId: number | null;
  contactId: number | null;
  event: CharlaEvent;
}

export function routeEvent(stored: StoredEvent): RoutedEvent {
  return {
    workspaceId: stored.workspace_id,
    audience: stored.audience,
    teammateId: stored.teammate_id,
    contactId: stored.contact_id,
    event: presentEvent(stored),
  };
}

/**
 * What `viewer` gets for an event. Agents get every event of their workspace, except that another
 * teammate's private one ('teammate' audience) becomes an `event.skipped` placeholder, so the agents'
 * stream stays contiguous. Visitors get only their own contact's public events, in the messenger's shape; a
 * ticket page only its ticket's public events, in the same shape.
 */
export function viewEvent(viewer: Viewer, routed: RoutedEvent): StreamEvent | undefined {
  if (routed.workspaceId !== viewer.workspaceId) return undefined;
  if (viewer.kind === 'visitor') {
    return routed.audience === 'public' && routed.contactId === viewer.contactId
      ? presentEventForVisitor(routed.event)
      : undefined;
  }
  if (viewer.kind === 'ticket') {
    return routed.audience === 'public' && routed.event.conversation_id === String(viewer.ticketId)
      ? presentEventForVisitor(routed.event)
      : undefined;
  }
  if (routed.audience === 'teammate' && routed.teammateId !== viewer.teammateId) {
    return { type: 'event.skipped', id: routed.event.id };
  }
  return routed.event;
}
