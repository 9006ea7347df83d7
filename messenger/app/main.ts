import { bridge } from './core/context.ts';
import { wakeRealtime } from './core/live.ts';
import { handleCommand, onFirstOpen, onVisible, reportUnread } from './core/session.ts';

/**
 * The frame's first script: small on purpose. It boots the visitor, keeps the unread count and (once there are
 * conversations) the socket; the screens load on the first open.
 */
let isInterfaceLoading = false;
onFirstOpen(() => {
  if (isInterfaceLoading) return;
  isInterfaceLoading = true;
  const root = document.getElementById('root');
  import('./ui/mount.tsx')
    .then(({ mount }) => root && mount(root))
    .catch((error: unknown) => {
      isInterfaceLoading = false;
      console.error('Charla: the messenger failed to load', error);
    });
});

reportUnread();
bridge.listen(handleCommand);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState !== 'visible') return;
  wakeRealtime();
  onVisible();
});
window.addEventListener('online', wakeRealtime);
if (bridge.isEmbedded) bridge.post({ type: 'charla:hello' });
