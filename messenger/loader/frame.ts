import { type Envelope, type FromFrame, isBridgeMessage, type ToFrame } from '../shared/bridge.ts';

export interface Frame {
  element: HTMLIFrameElement;
  post: (message: ToFrame) => void;
  destroy: () => void;
}

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The messenger's iframe. Messages are only taken from that iframe's window at Charla's origin, carrying the
 * nonce given in its URL (the fragment: never sent to a server); messages to it wait until it says hello.
 */
export function createFrame(origin: string, appId: string, onMessage: (message: FromFrame) => void): Frame {
  const nonce = randomNonce();
  const element = document.createElement('iframe');
  const query = new URLSearchParams({ app_id: appId, parent_origin: location.origin });
  element.src = `${origin}/messenger/frame?${query}#${nonce}`;
  element.className = 'charla-frame';
  element.title = 'Charla';
  element.setAttribute('allow', 'clipboard-write');
  element.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  let pending: ToFrame[] | null = [];

  const send = (message: ToFrame) => element.contentWindow?.postMessage({ ...message, nonce }, origin);

  function receive(event: MessageEvent) {
    if (event.origin !== origin || event.source !== element.contentWindow || !isBridgeMessage(event.data)) return;
    const message = event.data as Envelope<FromFrame>;
    if (message.nonce !== nonce) return;
    if (message.type === 'charla:hello' && pending) {
      const queued = pending;
      pending = null;
      for (const item of queued) send(item);
    }
    onMessage(message);
  }
  window.addEventListener('message', receive);

  return {
    element,
    post: (message) => (pending ? pending.push(message) : send(message)),
    destroy() {
      window.removeEventListener('message', receive);
      element.remove();
    },
  };
}
