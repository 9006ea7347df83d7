import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';
import { SendIcon } from './Icons.tsx';

const MAX_HEIGHT_PX = 140;

/**
 * Where the customer writes. Enter sends, Shift+Enter starts a new line; it takes focus when asked to, and
 * only while the messenger is open.
 */
export function Composer({
  value,
  onChange,
  onSend,
  onTyping,
  focusRequest,
  isOpen,
  label,
  placeholder,
  t,
}: {
  value: string;
  onChange: (value: string) => void;
  onSend: (text: string) => void;
  onTyping?: () => void;
  focusRequest: number;
  isOpen: boolean;
  /** The field's name and hint, when it is not a message (a ticket's comment). */
  label?: string;
  placeholder?: string;
  t: Translate;
}) {
  const input = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!isOpen || focusRequest === 0) return;
    const focus = () => input.current?.focus({ preventScroll: true });
    focus();
    if (document.hasFocus()) return;
    // A frame may only move focus once it has it: the loader gives it focus as the messenger opens.
    window.addEventListener('focus', focus, { once: true });
    return () => window.removeEventListener('focus', focus);
  }, [focusRequest, isOpen]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the height follows the text, read from the element
  useLayoutEffect(() => {
    const element = input.current;
    if (!element) return;
    // CSSOM writes are allowed under the frame's style-src 'self' (unlike style attributes).
    element.style.height = 'auto';
    element.style.height = `${Math.min(element.scrollHeight, MAX_HEIGHT_PX)}px`;
  }, [value]);

  const submit = () => {
    if (!value.trim()) return;
    onSend(value);
    onChange('');
  };

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label class="sr-only" for="composer-input">
        {label ?? t('composer.label')}
      </label>
      <textarea
        id="composer-input"
        ref={input}
        rows={1}
        value={value}
        placeholder={placeholder ?? t('composer.placeholder')}
        maxLength={10_000}
        enterkeyhint="send"
        onInput={(event) => {
          onChange(event.currentTarget.value);
          onTyping?.();
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
          event.preventDefault();
          submit();
        }}
      />
      <button type="submit" class="send-button" aria-label={t('composer.send')} disabled={!value.trim()}>
        <SendIcon />
      </button>
    </form>
  );
}
