import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { NotFoundPage } from '../frame/NotFoundPage.tsx';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';
// main.tsx loads the app's shared sheets; the inbox brings its own for the assignment reasons (own classes only).
import { AssignedToYouNotices } from './assignment/AssignedToYouNotices.tsx';
import { ConversationList } from './ConversationList.tsx';
import { ConversationScreen } from './ConversationScreen.tsx';
import { ConversationShortcuts } from './ConversationShortcuts.tsx';
import { TeammatesProvider } from './TeammatesProvider.tsx';
import { useViewName } from './useViewName.ts';
import { useViews } from './ViewsProvider.tsx';

/** The inbox: a view's conversations on the left, the open conversation beside them; new assignments in a corner. */
export function InboxPage({ params }: { params: { view?: string; conversationId?: string } }) {
  const { t } = useTranslation();
  const views = useViews();
  const viewName = useViewName();
  const view = views.data?.views.find((candidate) => candidate.id === params.view);
  // A conversation opened from a notice takes the keyboard focus (the notice's button goes away).
  const [focusOnOpen, setFocusOnOpen] = useState<string>();
  useDocumentTitle(view ? viewName(view) : '');

  if (!views.data) return views.error ? <ErrorAlert error={views.error} /> : <Loading />;
  if (!view) return <NotFoundPage />;
  return (
    <TeammatesProvider>
      <div className="inbox">
        <ConversationList key={view.id} view={view} selectedId={params.conversationId} />
        {params.conversationId ? (
          <>
            <ConversationScreen
              key={params.conversationId}
              conversationId={params.conversationId}
              takesFocus={focusOnOpen === params.conversationId}
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
