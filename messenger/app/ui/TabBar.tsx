import { navigate } from '../core/navigation.ts';
import type { Translate } from '../i18n/index.ts';
import { ChatIcon, HomeIcon } from './Icons.tsx';

/** Home and Messages, at the bottom of both. */
export function TabBar({ current, unread, t }: { current: 'home' | 'messages'; unread: number; t: Translate }) {
  return (
    <nav class="tabs" aria-label={t('nav.main')}>
      <button
        type="button"
        class="tab"
        aria-current={current === 'home' ? 'page' : undefined}
        onClick={() => navigate({ name: 'home' }, { replace: true })}
      >
        <HomeIcon />
        <span>{t('nav.home')}</span>
      </button>
      <button
        type="button"
        class="tab"
        aria-current={current === 'messages' ? 'page' : undefined}
        onClick={() => navigate({ name: 'messages' }, { replace: true })}
      >
        <span class="tab-icon">
          <ChatIcon />
          {unread > 0 && (
            <span class="tab-badge" aria-hidden="true">
              {unread > 99 ? '99+' : unread}
            </span>
          )}
        </span>
        <span>
          {t('nav.messages')}
          {unread > 0 && <span class="sr-only">, {t('list.unreadCount', { count: unread })}</span>}
        </span>
      </button>
    </nav>
  );
}
