import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { SegmentedControl } from '../components/SegmentedControl.tsx';
import { textToHtml } from '../lib/textToHtml.ts';
import { useTypingSignal } from '../realtime/useTypingSignal.ts';
import { MentionSuggestions, mentionOptionId } from './MentionSuggestions.tsx';
import { useMentionAutocomplete } from './useMentionAutocomplete.ts';

type Kind = 'comment' | 'note';

/** One message on its way: the key makes a retry of the same text return the first result, never a second copy. */
interface Attempt {
  kind: Kind;
  text: string;
  key: string;
}

/**
 * Reply to the customer or write an internal note (with `@` teammate autocomplete). Enter sends, Shift+Enter adds
 * a line; a failed send stays. Teammates viewing the conversation see that this one is typing.
 */
export function Composer({ conversationId, onSent }: { conversationId: string; onSent: (c: Conversation) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [kind, setKind] = useState<Kind>('comment');
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const [isSending, setIsSending] = useState(false);
  const attempt = useRef<Attempt | undefined>(undefined);
  const input = useRef<HTMLTextAreaElement>(null);
  const suggestionsId = useId();
  const signalTyping = useTypingSignal(conversationId);
  const mention = useMentionAutocomplete(input, text, setText, kind === 'note');

  async function send() {
    if (isSending || text.trim() === '') return;
    const previous = attempt.current;
    const isRetry = previous?.text === text && previous.kind === kind;
    const current = isRetry ? previous : { kind, text, key: crypto.randomUUID() };
    attempt.current = current;
    setIsSending(true);
    setFailure(undefined);
    signalTyping(false);
    try {
      const conversation = await api.replyToConversation(
        conversationId,
        current.kind,
        textToHtml(current.text),
        current.key,
      );
      attempt.current = undefined;
      setText((typed) => (typed === current.text ? '' : typed));
      onSent(conversation);
    } catch (error) {
      setFailure(error);
    } finally {
      setIsSending(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (mention.onKeyDown(event)) return;
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void send();
  }

  const isNote = kind === 'note';
  const hasSuggestions = mention.suggestions.length > 0;
  return (
    <form
      className={`composer${isNote ? ' is-note' : ''}`}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <SegmentedControl
        label={t('composer.kind')}
        className="composer-kind"
        value={kind}
        segments={[
          { value: 'comment', label: t('composer.reply') },
          { value: 'note', label: t('composer.note') },
        ]}
        onChange={setKind}
      />
      <label htmlFor={inputId} className="visually-hidden">
        {isNote ? t('composer.noteLabel') : t('composer.replyLabel')}
      </label>
      <div className="composer-input">
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
          placeholder={isNote ? t('composer.notePlaceholder') : t('composer.replyPlaceholder')}
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
        <span className="hint">{t('composer.hint')}</span>
        <button type="submit" className="button primary" disabled={isSending || text.trim() === ''}>
          {failure ? t('composer.retry') : isNote ? t('composer.addNote') : t('composer.send')}
        </button>
      </div>
      <ErrorAlert error={failure === undefined ? undefined : failure} />
      {failure ? <p className="hint">{t('composer.kept')}</p> : null}
    </form>
  );
}
