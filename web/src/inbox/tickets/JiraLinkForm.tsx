import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../protocol/tickets.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import { parseJiraKey } from './jiraKey.ts';

interface JiraLinkFormProps {
  ticket: Ticket;
  onChanged: (ticket: Ticket) => void;
}

/** Creates an issue in the workspace's Jira project, or links one that exists by its key (ABC-123). */
export function JiraLinkForm({ ticket, onChanged }: JiraLinkFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [key, setKey] = useState('');
  const [isInvalid, setIsInvalid] = useState(false);
  const { run, isBusy, error } = useAction();

  function link(event: FormEvent) {
    event.preventDefault();
    const parsed = parseJiraKey(key);
    setIsInvalid(parsed === undefined);
    if (!parsed) return;
    void run(async () => {
      onChanged(await api.linkJiraIssue(ticket.id, { key: parsed }));
      setKey('');
    });
  }

  return (
    <div className="jira-link">
      <button
        type="button"
        className="button secondary small"
        disabled={isBusy}
        onClick={() => void run(async () => onChanged(await api.linkJiraIssue(ticket.id, { create: true })))}
      >
        {t('tickets.jira.create')}
      </button>
      <form className="jira-link-form" onSubmit={link} noValidate>
        <label htmlFor={id}>{t('tickets.jira.linkLabel')}</label>
        <div className="tag-add">
          <input
            id={id}
            value={key}
            placeholder="ABC-123"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={isInvalid || undefined}
            aria-describedby={isInvalid ? `${id}-problem` : undefined}
            onChange={(event) => {
              setKey(event.target.value);
              setIsInvalid(false);
            }}
          />
          <button type="submit" className="button secondary small" disabled={isBusy}>
            {t('tickets.jira.link')}
          </button>
        </div>
        {isInvalid ? (
          <p id={`${id}-problem`} className="field-error">
            {t('tickets.jira.invalidKey')}
          </p>
        ) : null}
      </form>
      <ErrorAlert error={error} />
    </div>
  );
}
