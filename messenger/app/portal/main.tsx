import { render } from 'preact';
import '../styles/messenger.css';
import '../styles/portal.css';
import { toLanguage } from '../core/language.ts';
import { translator } from '../i18n/index.ts';
import { parsePortalLink } from './link.ts';
import { PortalApp } from './PortalApp.tsx';
import { createPortal } from './session.ts';

/**
 * The signed ticket page (`/t/<workspace>/<ticket>?s=…`): the customer follows their ticket without the
 * messenger, from a link a teammate sent. No cookies, no storage: the link is the key.
 */
const root = document.getElementById('root');
const link = parsePortalLink(location);
const fallbackLanguage = link?.language ?? toLanguage(navigator.language) ?? 'en';
if (root && !link) {
  root.textContent = translator(fallbackLanguage)('portal.notFound');
} else if (root && link) {
  const portal = createPortal(link);
  render(<PortalApp portal={portal} fallbackLanguage={fallbackLanguage} />, root);
  void portal.load();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') portal.wake();
  });
  window.addEventListener('online', portal.wake);
}
