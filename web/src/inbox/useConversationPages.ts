import { useCallback, useRef, useState } from 'react';
import type { Conversation, ConversationList } from '../../../protocol/conversations.ts';
import { api, type ViewConversationsQuery } from '../api.ts';
import { type Resource, useResource } from '../lib/useResource.ts';

const PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 150;

export interface ConversationPages extends Omit<Resource<ConversationList>, 'replace'> {
  conversations: Conversation[];
  hasMore: boolean;
  isLoadingMore: boolean;
  loadMore: () => void;
}

/**
 * A view's conversations, first page first; "load more" follows `pages.next`. A live reload re-reads as many
 * rows as are shown (up to the API's page limit), so the list does not shrink under the teammate's eyes.
 * Mount it with a `key` of the view, sort and state, so a new query starts from one page.
 */
export function useConversationPages(
  viewId: string,
  query: Omit<ViewConversationsQuery, 'perPage'>,
): ConversationPages {
  const { sort, state } = query;
  const [more, setMore] = useState<ConversationList[]>([]);
  const shown = useRef(PAGE_SIZE);
  const [isLoadingMore, setIsLoadingMore] = useState(false);

  const load = useCallback(() => {
    setMore([]);
    return api.listViewConversations(viewId, { sort, state, perPage: Math.min(shown.current, MAX_PAGE_SIZE) });
  }, [viewId, sort, state]);
  const first = useResource(load);

  const pages = first.data ? [first.data, ...more] : [];
  const next = pages.at(-1)?.pages.next;

  const loadMore = useCallback(() => {
    if (!next) return;
    setIsLoadingMore(true);
    api
      .listViewConversations(viewId, { sort, state, perPage: PAGE_SIZE, startingAfter: next.starting_after })
      .then((page) => {
        shown.current += page.conversations.length;
        setMore((loaded) => [...loaded, page]);
      })
      .catch(() => undefined)
      .finally(() => setIsLoadingMore(false));
  }, [viewId, sort, state, next]);

  return {
    data: first.data,
    error: first.error,
    isLoading: first.isLoading,
    reload: first.reload,
    conversations: pages.flatMap((page) => page.conversations),
    hasMore: next !== undefined,
    isLoadingMore,
    loadMore,
  };
}
