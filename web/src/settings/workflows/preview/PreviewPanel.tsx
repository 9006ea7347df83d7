import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../protocol/common.ts';
import type { WorkflowDefinition } from '../../../../../protocol/workflows.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SegmentedControl } from '../../../components/SegmentedControl.tsx';
import { isLanguage, LANGUAGES } from '../../../i18n/index.ts';
import { PreviewAttributes } from './PreviewAttributes.tsx';
import { PreviewTranscript } from './PreviewTranscript.tsx';
import { usePreview } from './usePreview.ts';

/** Talks to the draft as a customer would: the bot's messages and buttons, typed answers, and the outcome. */
export function PreviewPanel({ definition }: { definition: WorkflowDefinition }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'en');
  const preview = usePreview(definition, language);
  const [typed, setTyped] = useState('');
  const { run, outcome, ignoredReason } = preview.state;
  const isWaiting = outcome === 'waiting' && run?.status === 'waiting';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim() === '') return;
    preview.typeText(typed);
    setTyped('');
  }

  return (
    <section className="preview-panel" aria-labelledby="preview-title">
      <header className="preview-header">
        <h3 id="preview-title">{t('workflows.preview.title')}</h3>
        <button type="button" className="button secondary small" onClick={preview.restart} disabled={preview.isBusy}>
          {t('workflows.preview.restart')}
        </button>
      </header>
      <SegmentedControl
        label={t('workflows.preview.language')}
        value={language}
        segments={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
        onChange={setLanguage}
      />
      <p className="hint">{t('workflows.preview.intro')}</p>
      {preview.hasDraftChanged ? <p className="hint is-warning">{t('workflows.preview.draftChanged')}</p> : null}
      <PreviewTranscript
        entries={preview.state.entries}
        language={language}
        waitingStepId={isWaiting ? (run?.step_id ?? null) : null}
        isBusy={preview.isBusy}
        onClick={preview.clickButton}
      />
      {isWaiting ? (
        <form className="preview-typing" onSubmit={submit}>
          <label htmlFor="preview-text" className="visually-hidden">
            {t('workflows.preview.typeLabel')}
          </label>
          <input
            id="preview-text"
            lang={language}
            value={typed}
            placeholder={t('workflows.preview.typePlaceholder')}
            autoComplete="off"
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit" className="button secondary" disabled={preview.isBusy}>
            {t('workflows.preview.send')}
          </button>
        </form>
      ) : null}
      <ErrorAlert error={preview.error} />
      {preview.error ? <p className="hint">{t('workflows.preview.fixDraft')}</p> : null}
      <p role="status" className={`preview-outcome outcome-${outcome ?? 'none'}`}>
        {t(`workflows.preview.outcome.${outcome === null || outcome === 'ignored' ? 'none' : outcome}`)}
        {ignoredReason ? ` · ${t(`workflows.preview.ignored.${ignoredReason}`)}` : null}
      </p>
      <PreviewAttributes attributes={preview.state.attributes} />
    </section>
  );
}
