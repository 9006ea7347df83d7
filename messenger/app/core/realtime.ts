import { io, type Socket } from 'socket.io-client';
import type { StreamEvent } from '../../../protocol/events.ts';
import type { Ready, Typing, VisitorClientToServer, VisitorServerToClient } from '../../../protocol/realtime.ts';
import type { Connection } from './state.ts';

/** `VISITORS_NAMESPACE` of protocol/realtime.ts, written out so the zod schemas stay out of the bundle. */
const VISITORS_NAMESPACE = '/visitors';

interface ServerToVisitor extends VisitorServerToClient {
  typing: (typing: Typing) => void;
}

export interface VisitorHandlers {
  /**
   * The handshake of every (re)connection: the messenger's `{ token, after }`, or the signed ticket page's
   * `{ ticket, after }`, with `after` the last event id applied, so each one resumes after it.
   */
  auth: () => Record<string, unknown>;
  onEvent: (event: StreamEvent) => void;
  onReady: (ready: Ready) => void;
  onTyping: (typing: Typing) => void;
  onStatus: (status: Connection) => void;
}

/** Socket.IO does not reconnect by itself after the server ended the session or refused the handshake. */
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 60_000;

/**
 * The visitor's socket (its own chunk: loaded only once someone has a conversation or opens the messenger; the
 * signed ticket page uses it too).
 */
export function connectVisitor(handlers: VisitorHandlers) {
  const socket: Socket<ServerToVisitor, VisitorClientToServer> = io(`${location.origin}${VISITORS_NAMESPACE}`, {
    auth: (send) => send(handlers.auth()),
    transports: ['websocket', 'polling'],
  });
  let retry: ReturnType<typeof setTimeout> | undefined;
  let attempts = 0;
  const retryLater = () => {
    clearTimeout(retry);
    const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** attempts++) * (0.5 + Math.random() / 2);
    retry = setTimeout(() => socket.connect(), delay);
  };
  socket.on('connect', () => {
    attempts = 0;
    handlers.onStatus('online');
  });
  socket.on('disconnect', (reason) => {
    handlers.onStatus('offline');
    // A server going down for a restart says goodbye: come back once it is up again.
    if (reason === 'io server disconnect') retryLater();
  });
  socket.on('connect_error', () => {
    handlers.onStatus('offline');
    if (!socket.active) retryLater();
  });
  socket.on('event', handlers.onEvent);
  socket.on('ready', handlers.onReady);
  socket.on('typing', handlers.onTyping);
  return {
    close() {
      clearTimeout(retry);
      socket.close();
    },
    /** After the tab slept: connect now rather than at the next backoff step. */
    wake() {
      if (!socket.connected) socket.connect();
    },
    sendTyping(conversationId: string, isTyping: boolean) {
      if (socket.connected) socket.emit('typing', { conversation_id: conversationId, is_typing: isTyping });
    },
  };
}

export type VisitorConnection = ReturnType<typeof connectVisitor>;
