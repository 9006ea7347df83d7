import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookTopic } from '../../../../protocol/webhooks.ts';
import { ApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import { TopicPicker } from './TopicPicker.tsx';

export interface SubscriptionFields {
  url: string;
  topics: WebhookTopic[];
  active: boolean;
}

interface SubscriptionFormProps {
  idPrefix: string;
  initial?: SubscriptionFields;
  submitLabel: string;
  /** Said (politely) once saved. */
  savedMessage: string;
  onSubmit: (fields: SubscriptionFields) => Promise<unknown>;
  onSaved?: () => void;
}

const EMPTY: SubscriptionFields = { url: '', topics: [], active: true };

/** The endpoint, its topics and whether it is on; a new subscription's form empties itself once saved. */
export function SubscriptionForm({
  idPrefix,
  initial,
  submitLabel,
  savedMessage,
  onSubmit,
  onSaved,
}: SubscriptionFormProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(initial ?? EMPTY);
  const [problem, setProblem] = useState<'url' | 'topics'>();
  const [isSaved, setIsSaved] = useState(false);
  const urlInput = useRef<HTMLInputElement>(null);
  const { run, isBusy, error } = useAction();
  const change = (next: Partial<SubscriptionFields>) => {
    setFields((current) => ({ ...current, ...next }));
    setIsSaved(false);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (fields.topics.length === 0) {
      setProblem('topics');
      return;
    }
    setProblem(undefined);
    const isDone = await run(async () => {
      try {
        await onSubmit(fields);
      } catch (failure) {
        if (failure instanceof ApiError && failure.field === 'url') {
          setProblem('url');
          urlInput.current?.focus();
        }
        throw failure;
      }
    });
    if (!isDone) return;
    if (!initial) setFields(EMPTY);
    setIsSaved(true);
    onSaved?.();
  }

  const urlError = `${idPrefix}-url-error`;
  const topicsError = `${idPrefix}-topics-error`;
  return (
    <form onSubmit={submit} className="stack" noValidate>
      <div className="field">
        <label htmlFor={`${idPrefix}-url`}>{t('webhooks.url')}</label>
        <input
          id={`${idPrefix}-url`}
          ref={urlInput}
          type="url"
          required
          inputMode="url"
          autoComplete="off"
          placeholder="https://"
          value={fields.url}
          aria-invalid={problem === 'url' || undefined}
          aria-describedby={`${idPrefix}-url-hint ${urlError}`}
          onChange={(event) => change({ url: event.target.value })}
        />
        <p id={`${idPrefix}-url-hint`} className="hint">
          {t('webhooks.urlHint')}
        </p>
        <p id={urlError} className="field-error" role="alert">
          {problem === 'url' ? t('webhooks.urlInvalid') : null}
        </p>
      </div>
      <TopicPicker
        idPrefix={idPrefix}
        selected={fields.topics}
        onChange={(topics) => change({ topics })}
        errorId={topicsError}
        isInvalid={problem === 'topics'}
      />
      <p id={topicsError} className="field-error" role="alert">
        {problem === 'topics' ? t('webhooks.topicsMissing') : null}
      </p>
      <div>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={fields.active}
            aria-checked={fields.active}
            aria-describedby={`${idPrefix}-active-hint`}
            onChange={(event) => change({ active: event.target.checked })}
          />
          <span>{t('webhooks.activeLabel')}</span>
        </label>
        <p id={`${idPrefix}-active-hint`} className="hint">
          {t('webhooks.activeHint')}
        </p>
      </div>
      {problem === 'url' ? null : <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={isBusy}>
          {submitLabel}
        </button>
        <p role="status" className="hint">
          {isSaved ? savedMessage : null}
        </p>
      </div>
    </form>
  );
}
