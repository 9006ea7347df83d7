import { type KeyboardEvent, useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Conversation } from '../../../protocol/conversations.ts';
import type { CharlaEvent } from '../../../protocol/events.ts';
import type { ViewSort } from '../../../protocol/views.ts';
import type { ViewConversationsQuery } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { VirtualList, type VirtualListHandle } from '../components/VirtualList.tsx';
import { useNow } from '../lib/useNow.ts';
import { useLiveRefresh } from '../realtime/useLiveRefresh.ts';
import { useShortcut } from '../shortcuts/registry.ts';
import { ConversationRow } from './ConversationRow.tsx';
import { DraftMarksSync } from './drafts/DraftMarksSync.tsx';
import { useListOrder } from './listOrder.ts';
import { useConversationPages } from './useConversationPages.ts';
import { viewHref } from './views.ts';

const LIST_TOPICS = new Set<string>([
  'conversation.created',
  'conversation.updated',
  'conversation.read',
  'mention.created',
  'ticket.created',
  'ticket.updated',
]);
const changesList = (event: CharlaEvent) => LIST_TOPICS.has(event.topic);

/** Rows are a fixed height so the list can place any of thousands without measuring them (see inbox.css). */
export const ROW_HEIGHT = 88;

const KEY_STEPS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };

interface ConversationRowsProps {
  viewId: string;
  sort: ViewSort;
  state: ViewConversationsQuery['state'];
  selectedId: string | undefined;
}

/**
 * The rows of one view, sort and state, kept live and windowed; the next page loads as the end comes into
 * sight. One row is the Tab stop (roving focus): ↑/↓ or j/k move it, Enter or o opens it. Mount with a key of
 * the view, sort and state.
 */
export function ConversationRows({ viewId, sort, state, selectedId }: ConversationRowsProps) {
  const { t } = useTranslation();
  const now = useNow();
  const [, navigate] = useLocation();
  const pages = useConversationPages(viewId, { sort, state });
  useLiveRefresh(pages.reload, changesList);
  const list = useRef<VirtualListHandle>(null);
  const box = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | undefined>(selectedId);

  const { conversations, hasMore, isLoadingMore, loadMore } = pages;
  const selectedIndex = conversations.findIndex((conversation) => conversation.id === selectedId);
  const focusedIndex = conversations.findIndex((conversation) => conversation.id === focusedId);
  const tabStop = focusedIndex >= 0 ? focusedIndex : Math.max(0, selectedIndex);
  const hrefOf = (conversation: Conversation) => `${viewHref(viewId)}/${conversation.id}`;
  useListOrder(viewHref(viewId), conversations);

  const moveFocus = (step: number) => {
    if (conversations.length === 0) return;
    const isInList = box.current?.contains(document.activeElement) ?? false;
    const from = isInList ? tabStop : Math.max(selectedIndex, step > 0 ? -1 : 0);
    const index = Math.min(conversations.length - 1, Math.max(0, from + step));
    // Render the row into the window first, then focus it.
    flushSync(() => {
      setFocusedId(conversations[index]?.id);
      list.current?.scrollToIndex(index);
    });
    box.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus();
  };

  useShortcut('next', () => moveFocus(1));
  useShortcut('previous', () => moveFocus(-1));
  useShortcut('open', () => {
    const conversation = conversations[tabStop];
    if (conversation) navigate(hrefOf(conversation));
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = KEY_STEPS[event.key];
    if (step === undefined) return;
    event.preventDefault();
    moveFocus(step);
  };

  const onNearEnd = useCallback(() => {
    if (hasMore && !isLoadingMore) loadMore();
  }, [hasMore, isLoadingMore, loadMore]);

  if (!pages.data) return pages.error ? <ErrorAlert error={pages.error} /> : <Loading />;
  if (conversations.length === 0) return <p className="list-empty muted">{t('list.empty')}</p>;
  return (
    <div ref={box} className="conversation-rows-box">
      <DraftMarksSync />
      <VirtualList
        ref={list}
        items={conversations}
        rowHeight={ROW_HEIGHT}
        itemKey={(conversation) => conversation.id}
        label={t('list.label')}
        className="conversation-rows"
        onNearEnd={onNearEnd}
        onKeyDown={onKeyDown}
        renderRow={(conversation, index) => (
          <ConversationRow
            conversation={conversation}
            href={hrefOf(conversation)}
            isSelected={conversation.id === selectedId}
            now={now}
            timeOf={sort === 'waiting_longest' ? 'waiting_since' : 'last_part_at'}
            isTabStop={index === tabStop}
            index={index}
            onFocus={() => setFocusedId(conversation.id)}
          />
        )}
      />
      {isLoadingMore ? <p className="list-loading-more muted">{t('app.loading')}</p> : null}
    </div>
  );
}
