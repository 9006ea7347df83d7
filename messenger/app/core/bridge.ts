import { type Envelope, type FromFrame, isBridgeMessage, type ToFrame } from '../../shared/bridge.ts';

/**
 * The frame's side of the loader ↔ frame channel: only messages from the parent window, at the origin the
 * loader declared (which the server's frame-ancestors policy vouches for), carrying the nonce of this frame's
 * URL, are taken; answers go to that origin only.
 */
export function createParentBridge(parentOrigin: string, nonce: string) {
  const parent = window.parent === window ? null : window.parent;
  return {
    isEmbedded: Boolean(parent && parentOrigin && nonce),
    post(message: FromFrame) {
      parent?.postMessage({ ...message, nonce }, parentOrigin);
    },
    listen(onMessage: (message: ToFrame) => void) {
      window.addEventListener('message', (event) => {
        if (!parent || event.source !== parent || event.origin !== parentOrigin) return;
        if (!isBridgeMessage(event.data) || event.data.nonce !== nonce) return;
        onMessage(event.data as Envelope<ToFrame>);
      });
    },
  };
}
