import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { NotFoundPage } from '../frame/NotFoundPage.tsx';
import { ONE_PANE } from '../layout/breakpoints.ts';
import { useMediaQuery } from '../layout/useMediaQuery.ts';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';
// main.tsx loads the app's shared sheets; the inbox brings its own for the assignment reasons (own classes only).
import { AssignedToYouNotices } from './assignment/AssignedToYouNotices.tsx';
import { ConversationList } from './ConversationList.tsx';
import { ConversationScreen } from './ConversationScreen.tsx';
import { ConversationShortcuts } from './ConversationShortcuts.tsx';
import { TeammatesProvider } from './TeammatesProvider.tsx';
import { useViewName } from './useViewName.ts';
import { useViews } from './ViewsProvider.tsx';
import { viewHref } from './views.ts';

/**
 * The conversation last opened on a one-pane screen stays marked in the list after going back to it, and takes
 * the focus there, so the agent carries on from where they were.
 */
function useLastOpened(conversationId: string | undefined, isOnePane: boolean): string | undefined {
  const [lastOpened, setLastOpened] = useState(conversationId);
  const wasOpen = useRef(conversationId !== undefined);
  useEffect(() => {
    if (conversationId) setLastOpened(conversationId);
    const isBackToList = wasOpen.current && conversationId === undefined;
    wasOpen.current = conversationId !== undefined;
    if (!isBackToList || !isOnePane) return;
    document.querySelector<HTMLElement>('.conversation-list [aria-current="page"]')?.focus({ preventScroll: true });
  }, [conversationId, isOnePane]);
  return isOnePane ? (conversationId ?? lastOpened) : conversationId;
}

/**
 * The inbox: a view's conversations on the left, the open conversation beside them; new assignments in a corner.
 * Where only one pane fits (responsive.css), the list gives way to the open conversation and comes back, scrolled
 * where it was, with the thread's back button or the browser's.
 */
export function InboxPage({ params }: { params: { view?: string; conversationId?: string } }) {
  const { t } = useTranslation();
  const views = useViews();
  const viewName = useViewName();
  const view = views.data?.views.find((candidate) => candidate.id === params.view);
  const isOnePane = useMediaQuery(ONE_PANE);
  const selectedId = useLastOpened(params.conversationId, isOnePane);
  // A conversation opened from a notice takes the keyboard focus (the notice's button goes away).
  const [focusOnOpen, setFocusOnOpen] = useState<string>();
  useDocumentTitle(view ? viewName(view) : '');

  if (!views.data) return views.error ? <ErrorAlert error={views.error} /> : <Loading />;
  if (!view) return <NotFoundPage />;
  return (
    <TeammatesProvider>
      <div className={params.conversationId ? 'inbox has-conversation' : 'inbox'}>
        <ConversationList key={view.id} view={view} selectedId={selectedId} />
        {params.conversationId ? (
          <>
            <ConversationScreen
              key={params.conversationId}
              conversationId={params.conversationId}
              // On one pane the list's row goes out of sight: its focus moves on to the conversation.
              takesFocus={isOnePane || focusOnOpen === params.conversationId}
              listHref={viewHref(view)}
            />
            <ConversationShortcuts conversationId={params.conversationId} />
          </>
        ) : (
          <div className="conversation-screen is-empty">
            <EmptyState title={t('inbox.noneSelectedTitle')}>
              <p className="muted">{t('inbox.noneSelectedBody')}</p>
            </EmptyState>
          </div>
        )}
      </div>
      <AssignedToYouNotices openConversationId={params.conversationId} onOpen={setFocusOnOpen} />
    </TeammatesProvider>
  );
}
