import { useTranslation } from 'react-i18next';
import type { CharlaEvent } from '../../../protocol/events.ts';
import type { ViewSort } from '../../../protocol/views.ts';
import type { ViewConversationsQuery } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { useNow } from '../lib/useNow.ts';
import { useLiveRefresh } from '../realtime/useLiveRefresh.ts';
import { ConversationRow } from './ConversationRow.tsx';
import { useConversationPages } from './useConversationPages.ts';
import { viewHref } from './views.ts';

const LIST_TOPICS = new Set<string>([
  'conversation.created',
  'conversation.updated',
  'conversation.read',
  'mention.created',
]);
const changesList = (event: CharlaEvent) => LIST_TOPICS.has(event.topic);

interface ConversationRowsProps {
  viewId: string;
  sort: ViewSort;
  state: ViewConversationsQuery['state'];
  selectedId: string | undefined;
}

/** The rows of one view, sort and state, kept live; mount with a key of all three. */
export function ConversationRows({ viewId, sort, state, selectedId }: ConversationRowsProps) {
  const { t } = useTranslation();
  const now = useNow();
  const pages = useConversationPages(viewId, { sort, state });
  useLiveRefresh(pages.reload, changesList);

  if (!pages.data) return pages.error ? <ErrorAlert error={pages.error} /> : <Loading />;
  if (pages.conversations.length === 0) return <p className="list-empty muted">{t('list.empty')}</p>;
  return (
    <>
      <ul className="conversation-rows" aria-label={t('list.label')}>
        {pages.conversations.map((conversation) => (
          <ConversationRow
            key={conversation.id}
            conversation={conversation}
            href={`${viewHref(viewId)}/${conversation.id}`}
            isSelected={conversation.id === selectedId}
            now={now}
          />
        ))}
      </ul>
      {pages.hasMore ? (
        <button
          type="button"
          className="button secondary load-more"
          onClick={pages.loadMore}
          disabled={pages.isLoadingMore}
        >
          {pages.isLoadingMore ? t('app.loading') : t('list.loadMore')}
        </button>
      ) : null}
    </>
  );
}
