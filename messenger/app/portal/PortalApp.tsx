import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Language } from '../../../protocol/common.ts';
import { unconfirmed } from '../core/outbox.ts';
import { commentsAsParts } from '../core/ticket-state.ts';
import { translator } from '../i18n/index.ts';
import { Composer } from '../ui/Composer.tsx';
import { StateBadge } from '../ui/StateBadge.tsx';
import { Thread } from '../ui/Thread.tsx';
import { TicketHead } from '../ui/TicketHead.tsx';
import type { Portal, PortalState } from './session.ts';

const LANGUAGES: { code: Language; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
];

function usePortalState(portal: Portal): PortalState {
  const [state, setState] = useState(portal.store.get());
  useEffect(() => {
    setState(portal.store.get());
    const unsubscribe = portal.store.subscribe(setState);
    return () => void unsubscribe();
  }, [portal]);
  return state;
}

/** The signed ticket page: the ticket as the messenger shows it, live, with a language switch and a comment box. */
export function PortalApp({ portal, fallbackLanguage }: { portal: Portal; fallbackLanguage: Language }) {
  const state = usePortalState(portal);
  const [draft, setDraft] = useState('');
  const { ticket } = state;
  const language = ticket?.language ?? fallbackLanguage;
  const t = useMemo(() => translator(language), [language]);

  if (!ticket) {
    const message =
      state.status === 'loading'
        ? t('ticket.loading')
        : state.status === 'missing'
          ? t('portal.notFound')
          : t('portal.failed');
    return (
      <main class="portal-main">
        <p class="empty" role="status">
          {message}
        </p>
      </main>
    );
  }
  const parts = commentsAsParts(ticket.id, ticket.comments);
  return (
    <div class="portal">
      <header class="portal-bar">
        <p class="portal-workspace">{ticket.workspace.name}</p>
        <fieldset class="language-switch">
          <legend class="sr-only">{t('portal.language')}</legend>
          {LANGUAGES.map(({ code, name }) => (
            <button
              key={code}
              type="button"
              lang={code}
              aria-pressed={language === code}
              onClick={() => language !== code && portal.chooseLanguage(code)}
            >
              {name}
            </button>
          ))}
        </fieldset>
      </header>
      <main class="portal-main">
        <div class="portal-status">
          <span class="portal-number">{t('ticket.number', { number: ticket.ticket_number })}</span>
          <span class="sr-only">{t('ticket.status')}:</span>
          <StateBadge state={ticket.state} />
          {state.connection === 'offline' && <span class="portal-offline">{t('state.offline')}</span>}
        </div>
        <TicketHead ticket={ticket} titleLevel={1} language={language} t={t} />
        <p class="sr-only" role="status">
          {state.announcement}
        </p>
        <h2 class="portal-section">{t('ticket.timeline')}</h2>
        {ticket.comments.length === 0 && <p class="notice">{t('ticket.noUpdates')}</p>}
        <Thread
          parts={parts}
          pending={unconfirmed(state.pending, ticket.id, parts)}
          onRetry={portal.retry}
          label={t('ticket.timeline')}
          language={language}
          t={t}
        />
        {ticket.state.category === 'resolved' && <p class="closed-notice">{t('ticket.resolved')}</p>}
        <Composer
          value={draft}
          onChange={setDraft}
          onSend={portal.send}
          focusRequest={0}
          isOpen
          label={t('ticket.commentLabel')}
          placeholder={t('ticket.commentPlaceholder')}
          t={t}
        />
      </main>
    </div>
  );
}
