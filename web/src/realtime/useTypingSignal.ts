import { useContext, useEffect, useRef } from 'react';
import { RealtimeContext } from './context.ts';

/** A keystroke re-sends "typing" at most this often; others expire it after 6 s without one. */
const RESEND_MS = 3000;
/** After this long without a keystroke, tell the others the teammate stopped. */
const IDLE_MS = 4000;

/**
 * Returns `typed(isTyping)`: call it with true on each keystroke (throttled here) and false on send or clear.
 * Tells the conversation's other viewers that this teammate is, or no longer is, typing; a reply (not a note)
 * also shows in the customer's messenger.
 */
export function useTypingSignal(conversationId: string, kind: 'reply' | 'note'): (isTyping: boolean) => void {
  const connection = useContext(RealtimeContext);
  const lastSent = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);

  const send = (isTyping: boolean) => {
    connection?.socket.emit('typing', { conversation_id: conversationId, is_typing: isTyping, kind });
  };
  const stop = () => {
    clearTimeout(idle.current);
    if (lastSent.current === 0) return;
    lastSent.current = 0;
    send(false);
  };
  const stopOnLeave = useRef(stop);
  stopOnLeave.current = stop;
  useEffect(() => () => stopOnLeave.current(), []);

  return (isTyping) => {
    if (!isTyping) {
      stop();
      return;
    }
    clearTimeout(idle.current);
    idle.current = setTimeout(stop, IDLE_MS);
    if (Date.now() - lastSent.current < RESEND_MS) return;
    lastSent.current = Date.now();
    send(true);
  };
}
