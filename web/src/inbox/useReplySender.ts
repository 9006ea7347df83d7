import { useRef, useState } from 'react';
import type { Conversation } from '../../../protocol/conversations.ts';
import { textToHtml } from '../lib/textToHtml.ts';

export type ReplyKind = 'comment' | 'note';

/** Delivers one message; the same `idempotencyKey` on a retry writes nothing twice. */
export type DeliverReply = (kind: ReplyKind, html: string, idempotencyKey: string) => Promise<Conversation>;

/** One message on its way: the key makes a retry of the same text return the first result, never a second copy. */
interface Attempt {
  kind: ReplyKind;
  text: string;
  key: string;
}

/** Sends the composer's text, keeping a failed attempt (and its key) so "Retry" cannot send it twice. */
export function useReplySender(deliver: DeliverReply, onSent: (conversation: Conversation) => void) {
  const [failure, setFailure] = useState<unknown>();
  const [isSending, setIsSending] = useState(false);
  const attempt = useRef<Attempt | undefined>(undefined);

  /** Resolves true once sent. */
  async function send(kind: ReplyKind, text: string): Promise<boolean> {
    const previous = attempt.current;
    const isRetry = previous?.text === text && previous.kind === kind;
    const current = isRetry ? previous : { kind, text, key: crypto.randomUUID() };
    attempt.current = current;
    setIsSending(true);
    setFailure(undefined);
    try {
      const conversation = await deliver(current.kind, textToHtml(current.text), current.key);
      attempt.current = undefined;
      onSent(conversation);
      return true;
    } catch (error) {
      setFailure(error);
      return false;
    } finally {
      setIsSending(false);
    }
  }

  return { send, failure, isSending };
}
