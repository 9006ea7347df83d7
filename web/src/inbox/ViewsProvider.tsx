import { createContext, type ReactNode, useContext } from 'react';
import type { CharlaEvent } from '../../../protocol/events.ts';
import type { ViewList } from '../../../protocol/views.ts';
import { api } from '../api.ts';
import { type Resource, useResource } from '../lib/useResource.ts';
import { useLiveRefresh } from '../realtime/useLiveRefresh.ts';

const COUNT_TOPICS = new Set<string>([
  'conversation.created',
  'conversation.updated',
  'mention.created',
  'view.changed',
  'ticket.created',
  'ticket.updated',
]);
const changesCounts = (event: CharlaEvent) => COUNT_TOPICS.has(event.topic);

const ViewsContext = createContext<Resource<ViewList> | null>(null);

/** The teammate's views with live counts, shared by the rail and the inbox. */
export function ViewsProvider({ children }: { children: ReactNode }) {
  const views = useResource(api.listViews);
  useLiveRefresh(views.reload, changesCounts, 400);
  return <ViewsContext value={views}>{children}</ViewsContext>;
}

export function useViews(): Resource<ViewList> {
  const views = useContext(ViewsContext);
  if (!views) throw new Error('useViews must be used inside <ViewsProvider>');
  return views;
}
