import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketState, TicketStateLabels } from '../../../../protocol/tickets.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TicketStateBadge } from '../../inbox/tickets/TicketStateBadge.tsx';
import { useAction } from '../../lib/useAction.ts';

const AUDIENCES = ['internal', 'external'] as const;
const LANGUAGES = ['en', 'es'] as const;

interface TicketStateLabelsFormProps {
  state: TicketState;
  canManage: boolean;
  onSaved: () => void;
}

/** One state's four labels: what teammates and what the customer read, in English and Spanish. */
export function TicketStateLabelsForm({ state, canManage, onSaved }: TicketStateLabelsFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [labels, setLabels] = useState<TicketStateLabels>(state.labels);
  const [isSaved, setIsSaved] = useState(false);
  const { run, isBusy, error } = useAction();
  const category = t(`tickets.states.${state.category}`);

  function set(audience: (typeof AUDIENCES)[number], language: (typeof LANGUAGES)[number], value: string) {
    setIsSaved(false);
    setLabels((current) => ({ ...current, [audience]: { ...current[audience], [language]: value } }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await api.updateTicketStateLabels(state.id, labels);
      setIsSaved(true);
      onSaved();
    });
  }

  return (
    <li className="card ticket-state-card">
      <form className="stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
        <h4 id={`${id}-title`} className="ticket-state-card-title">
          <TicketStateBadge category={state.category} label={state.internal_label} />
          {category === state.internal_label ? null : <span className="hint">{category}</span>}
        </h4>
        {AUDIENCES.map((audience) => (
          <fieldset key={audience} className="language-columns">
            <legend>{t(`tickets.settings.${audience}`)}</legend>
            {LANGUAGES.map((language) => (
              <div key={language} className="field">
                <label htmlFor={`${id}-${audience}-${language}`} className="language-label">
                  {t(`language.${language}`)}
                </label>
                <input
                  id={`${id}-${audience}-${language}`}
                  lang={language}
                  required
                  maxLength={80}
                  readOnly={!canManage}
                  value={labels[audience][language]}
                  onChange={(event) => set(audience, language, event.target.value)}
                />
              </div>
            ))}
          </fieldset>
        ))}
        <ErrorAlert error={error} />
        {canManage ? (
          <div className="save-bar">
            <button
              type="submit"
              className="button primary small"
              aria-label={t('tickets.settings.saveLabelsNamed', { name: state.internal_label })}
              disabled={isBusy}
            >
              {t('tickets.settings.saveLabels')}
            </button>
            <p role="status" className="saved">
              {isSaved ? t('tickets.settings.saved') : ''}
            </p>
          </div>
        ) : null}
      </form>
    </li>
  );
}
