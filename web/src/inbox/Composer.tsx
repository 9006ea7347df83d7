import { type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import type { SavedReply } from '../../../protocol/saved-replies.ts';
import type { Ticket } from '../../../protocol/tickets.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { fillPlaceholders } from '../lib/fillPlaceholders.ts';
import { useTypingSignal } from '../realtime/useTypingSignal.ts';
import { useSignedIn } from '../session/context.ts';
import { type ComposerAudience, ComposerKindSwitch } from './ComposerKindSwitch.tsx';
import { DraftStatusNote } from './drafts/DraftStatusNote.tsx';
import { useComposerDraft } from './drafts/useComposerDraft.ts';
import { MentionSuggestions, mentionOptionId } from './MentionSuggestions.tsx';
import { SavedReplyPicker } from './SavedReplyPicker.tsx';
import { useMentionAutocomplete } from './useMentionAutocomplete.ts';
import { type DeliverReply, type ReplyKind, useReplySender } from './useReplySender.ts';

interface ComposerProps {
  conversationId: string;
  /** The customer's name, for a saved reply's `{{contact.…}}` placeholders. */
  contactName: string | null | undefined;
  /** When the conversation is a ticket: replies go through the ticket (a back-office one takes notes only). */
  ticket?: Pick<Ticket, 'id' | 'category'>;
  onSent: (c: Conversation) => void;
}

const asReplyKind = (kind: 'reply' | 'note'): ReplyKind => (kind === 'note' ? 'note' : 'comment');

function audienceOf(ticket: ComposerProps['ticket']): ComposerAudience {
  if (!ticket) return 'conversation';
  return ticket.category === 'Customer' ? 'customerTicket' : 'internalTicket';
}

/** Ctrl+Shift+S anywhere in the text, or `/` as the first key of an empty composer, opens the saved replies. */
function asksForSavedReply(event: KeyboardEvent<HTMLTextAreaElement>, text: string): boolean {
  if (event.nativeEvent.isComposing || event.altKey || event.metaKey) return false;
  if (event.ctrlKey && event.shiftKey && event.key.toLowerCase() === 's') return true;
  return event.key === '/' && !event.ctrlKey && text === '';
}

/** Esc leaves the composer for the conversation's title, so the next key is a shortcut again, not text. */
function leaveComposer(input: HTMLTextAreaElement | null): void {
  input?.blur();
  document.getElementById('thread-title')?.focus({ preventScroll: true });
}

/** A touch screen with no mouse or trackpad (a phone or tablet), where the on-screen keyboard's Enter means "new line". */
const isTouchOnly = () =>
  window.matchMedia('(pointer: coarse)').matches && !window.matchMedia('(any-pointer: fine)').matches;

/**
 * Reply to the customer or write an internal note (with `@` teammate autocomplete and saved replies). Enter sends,
 * Shift+Enter adds a line, Esc leaves; a failed send stays. Both texts are the teammate's draft, kept on the server
 * (useComposerDraft). Teammates viewing the conversation see that this one is typing.
 */
export function Composer({ conversationId, contactName, ticket, onSent }: ComposerProps) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const inputId = useId();
  const audience = audienceOf(ticket);
  const [chosenKind, setKind] = useState<ReplyKind>('comment');
  const kind = audience === 'internalTicket' ? 'note' : chosenKind;
  const draftKind = kind === 'note' ? 'note' : 'reply';
  // A restored draft opens on the text last written in.
  const draft = useComposerDraft(conversationId, (restoredKind) => setKind(asReplyKind(restoredKind)));
  const text = draft.texts[draftKind];
  const setText = (value: string) => draft.setText(draftKind, value);
  const deliver: DeliverReply = ticket
    ? async (replyKind, html, key) => {
        await api.replyToTicket(ticket.id, replyKind, html, key);
        return api.getConversation(conversationId);
      }
    : (replyKind, html, key) => api.replyToConversation(conversationId, replyKind, html, key);
  const { send: sendReply, failure, isSending } = useReplySender(deliver, onSent);
  const input = useRef<HTMLTextAreaElement>(null);
  const suggestionsId = useId();
  const signalTyping = useTypingSignal(conversationId, kind === 'note' ? 'note' : 'reply');
  const mention = useMentionAutocomplete(input, text, setText, kind === 'note');
  const [isPickingSavedReply, setIsPickingSavedReply] = useState(false);
  /** Where the saved reply goes: the selection when the picker opened. */
  const insertAt = useRef({ start: 0, end: 0 });

  // Caret after an insertion, placed synchronously once React has rendered the new text (a layout effect),
  // so keys typed straight after the insertion cannot land before it.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret === null || !input.current) return;
    pendingCaret.current = null;
    input.current.setSelectionRange(caret, caret);
  });

  function openSavedReplies() {
    insertAt.current = { start: input.current?.selectionStart ?? 0, end: input.current?.selectionEnd ?? 0 };
    setIsPickingSavedReply(true);
  }

  function closeSavedReplies() {
    setIsPickingSavedReply(false);
    input.current?.focus();
  }

  function insertSavedReply(savedReply: SavedReply) {
    const filled = fillPlaceholders(savedReply.body, { contactName, teammateName: me.name });
    const { start, end } = insertAt.current;
    const next = text.slice(0, start) + filled + text.slice(end);
    setText(next);
    signalTyping(next !== '');
    closeSavedReplies();
    const caret = start + filled.length;
    pendingCaret.current = caret;
  }

  async function send() {
    if (isSending || text.trim() === '') return;
    const sent = text;
    const sentKind = draftKind;
    signalTyping(false);
    draft.sending();
    const isSent = await sendReply(kind, sent);
    draft.sent(sentKind, isSent);
    if (isSent && draft.textOf(sentKind) === sent) draft.setText(sentKind, '');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (mention.onKeyDown(event)) return;
    if (asksForSavedReply(event, text)) {
      event.preventDefault();
      openSavedReplies();
      return;
    }
    if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      signalTyping(false);
      leaveComposer(input.current);
      return;
    }
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    // A phone's keyboard has no Shift+Enter: there Enter starts a new line and the Send button sends.
    if (isTouchOnly()) return;
    event.preventDefault();
    void send();
  }

  const isNote = kind === 'note';
  const isTicketReply = audience === 'customerTicket';
  const hasSuggestions = mention.suggestions.length > 0;
  return (
    <form
      className={`composer${isNote ? ' is-note' : ''}`}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <ComposerKindSwitch audience={audience} kind={kind} onChange={setKind} />
      <label htmlFor={inputId} className="visually-hidden">
        {isNote ? t('composer.noteLabel') : isTicketReply ? t('tickets.composer.replyLabel') : t('composer.replyLabel')}
      </label>
      <div className="composer-input">
        {isPickingSavedReply ? <SavedReplyPicker onChoose={insertSavedReply} onClose={closeSavedReplies} /> : null}
        <MentionSuggestions
          id={suggestionsId}
          suggestions={mention.suggestions}
          selected={mention.selected}
          onChoose={mention.choose}
        />
        <textarea
          id={inputId}
          ref={input}
          rows={3}
          value={text}
          placeholder={
            isNote
              ? t('composer.notePlaceholder')
              : isTicketReply
                ? t('tickets.composer.replyPlaceholder')
                : t('composer.replyPlaceholder')
          }
          aria-autocomplete={isNote ? 'list' : undefined}
          aria-controls={hasSuggestions ? suggestionsId : undefined}
          aria-activedescendant={hasSuggestions ? mentionOptionId(suggestionsId, mention.selected) : undefined}
          onChange={(event) => {
            setText(event.target.value);
            signalTyping(event.target.value !== '');
            mention.update(event.target.value, event.target.selectionStart);
          }}
          onSelect={(event) => mention.update(event.currentTarget.value, event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="composer-footer">
        <span className="hint">
          {t('composer.hint')} · {t('drafts.leaveHint')}
        </span>
        <DraftStatusNote status={draft.status} hasText={text !== ''} />
        <div className="composer-actions">
          <button
            type="button"
            className="button secondary small"
            title={t('composer.savedRepliesHint')}
            aria-keyshortcuts="Control+Shift+S"
            onClick={openSavedReplies}
          >
            {t('composer.savedReplies')}
          </button>
          <button type="submit" className="button primary" disabled={isSending || text.trim() === ''}>
            {failure ? t('composer.retry') : isNote ? t('composer.addNote') : t('composer.send')}
          </button>
        </div>
      </div>
      <ErrorAlert error={failure === undefined ? undefined : failure} />
      {failure ? <p className="hint">{t('composer.kept')}</p> : null}
    </form>
  );
}
