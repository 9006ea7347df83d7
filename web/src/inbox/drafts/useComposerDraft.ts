import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftKind } from '../../../../protocol/drafts.ts';
import type { CharlaEvent } from '../../../../protocol/events.ts';
import { api } from '../../api.ts';
import { useLiveRefresh } from '../../realtime/useLiveRefresh.ts';
import { markDraft } from './draftMarks.ts';
import { DraftSaver, type DraftStatus, type DraftTexts } from './draftSaver.ts';

export interface ComposerDraft {
  texts: DraftTexts;
  status: DraftStatus;
  /** The latest text of `kind`, even between renders (after an await). */
  textOf: (kind: DraftKind) => string;
  setText: (kind: DraftKind, text: string) => void;
  /** Around a send: nothing is saved while it is on its way, and the server drops what it sent. */
  sending: () => void;
  sent: (kind: DraftKind, isSent: boolean) => void;
}

/**
 * The composer's texts for one conversation, kept as the teammate's draft on the server: restored on opening,
 * saved while typing, saved once more on leaving the conversation or the page, and refreshed when another of the
 * teammate's tabs changes it. `onRestored` gets the kind last written in when a saved draft comes back, unless
 * something was typed before it arrived.
 */
export function useComposerDraft(conversationId: string, onRestored: (kind: DraftKind) => void): ComposerDraft {
  const [texts, setTexts] = useState<DraftTexts>({ reply: '', note: '' });
  const [status, setStatus] = useState<DraftStatus>('none');
  const saver = useRef<DraftSaver | null>(null);
  const restored = useRef(onRestored);
  restored.current = onRestored;

  useEffect(() => {
    const current = new DraftSaver({
      save: (changes, keepalive) => api.saveDraft(conversationId, changes, keepalive),
      onStatus: (next) => {
        setStatus(next);
        // This tab's own list marks it at once; the other tabs hear of it by the event.
        if (next !== 'failed') markDraft(conversationId, next === 'saved');
      },
    });
    saver.current = current;
    let isCurrent = true;
    // Coming straight back: read the draft once the save made on leaving has landed.
    const leaving = lastSaves.get(conversationId) ?? Promise.resolve();
    leaving
      .then(() => api.getDraft(conversationId))
      .then(
        (draft) => {
          if (!isCurrent) return;
          const hasTypedMeanwhile = current.textOf('reply') !== '' || current.textOf('note') !== '';
          setTexts(current.loaded(draft));
          if (draft.updated_at === null) return;
          setStatus('saved');
          if (!hasTypedMeanwhile) restored.current(draft.kind);
        },
        () => setStatus('failed'),
      );
    const onPageHide = () => current.flush(true);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      isCurrent = false;
      window.removeEventListener('pagehide', onPageHide);
      const saved = current.flush();
      lastSaves.set(conversationId, saved);
      void saved.then(() => {
        if (lastSaves.get(conversationId) === saved) lastSaves.delete(conversationId);
      });
      current.dispose();
    };
  }, [conversationId]);

  // Another tab of mine changed this draft (or sent it): show theirs, unless something typed here is unsaved.
  const refresh = useCallback(() => {
    const current = saver.current;
    if (!current?.isInStep()) return;
    api.getDraft(conversationId).then((draft) => {
      if (saver.current !== current || !current.isInStep()) return;
      setTexts(current.replaced(draft));
      setStatus(draft.updated_at === null ? 'none' : 'saved');
    }, ignoreFailure);
  }, [conversationId]);
  const isAboutThisDraft = (event: CharlaEvent) =>
    event.topic === 'draft.updated' && event.conversation_id === conversationId;
  useLiveRefresh(refresh, isAboutThisDraft, 100);

  const setText = useCallback((kind: DraftKind, text: string) => {
    setTexts((previous) => ({ ...previous, [kind]: text }));
    saver.current?.typed(kind, text);
  }, []);
  const textOf = useCallback((kind: DraftKind) => saver.current?.textOf(kind) ?? '', []);
  const sending = useCallback(() => saver.current?.sending(), []);
  const sent = useCallback((kind: DraftKind, isSent: boolean) => saver.current?.sent(kind, isSent), []);
  return { texts, status, textOf, setText, sending, sent };
}

const ignoreFailure = () => undefined;

/** The save each conversation's composer made on closing, until it lands (per tab). */
const lastSaves = new Map<string, Promise<void>>();
