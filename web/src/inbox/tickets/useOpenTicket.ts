import { useCallback } from 'react';
import type { CharlaEvent } from '../../../../protocol/events.ts';
import type { Ticket } from '../../../../protocol/tickets.ts';
import { api } from '../../api.ts';
import { type Resource, useResource } from '../../lib/useResource.ts';
import { useLiveRefresh } from '../../realtime/useLiveRefresh.ts';

const TOPICS = new Set<string>(['ticket.updated', 'conversation.updated', 'conversation.part.created']);

/**
 * The ticket when the open conversation is one (null otherwise), read again when it changes: a teammate's
 * edit, a state change, a Jira sync.
 */
export function useOpenTicket(conversationId: string, isTicket: boolean): Resource<Ticket | null> {
  const load = useCallback(async () => (isTicket ? api.getTicket(conversationId) : null), [conversationId, isTicket]);
  const ticket = useResource(load);
  const isAboutIt = (event: CharlaEvent) =>
    isTicket && event.conversation_id === conversationId && TOPICS.has(event.topic);
  useLiveRefresh(ticket.reload, isAboutIt, 150);
  return ticket;
}
