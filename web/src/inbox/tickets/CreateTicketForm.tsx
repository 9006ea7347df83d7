import { type FormEvent, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../../protocol/conversations.ts';
import type { Ticket } from '../../../../protocol/tickets.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import { useResource } from '../../lib/useResource.ts';
import { useSignedIn } from '../../session/context.ts';
import { TicketAttributeInput } from './TicketAttributeInput.tsx';
import { TicketTypeSelect } from './TicketTypeSelect.tsx';
import {
  type AttributeDraft,
  type AttributeProblem,
  collectAttributes,
  customAttributes,
  DESCRIPTION,
  TITLE,
} from './ticketAttributes.ts';
import { suggestedTitle } from './ticketTitle.ts';
import { useJiraConfigured } from './useJiraConfigured.ts';

const succeeds = (work: Promise<unknown>) =>
  work.then(
    () => true,
    () => false,
  );

const loadActiveTypes = () => api.listTicketTypes().then((list) => list.data.filter((type) => !type.archived));

interface CreateTicketFormProps {
  conversation: Conversation;
  /** `jiraFailed`: the ticket exists, but the Jira issue asked for could not be created. */
  onCreated: (ticket: Ticket, jiraFailed: boolean) => void;
  onCancel: () => void;
}

/**
 * A ticket for the conversation's customer, linked to the conversation: its type (a customer ticket unless the
 * teammate picks another), title (suggested from the conversation), description and the type's attributes.
 */
export function CreateTicketForm({ conversation, onCreated, onCancel }: CreateTicketFormProps) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const types = useResource(loadActiveTypes);
  const isJiraConfigured = useJiraConfigured();
  const [typeId, setTypeId] = useState<string>();
  const [title, setTitle] = useState(() => suggestedTitle(conversation));
  const [description, setDescription] = useState('');
  const [drafts, setDrafts] = useState<Record<string, AttributeDraft>>({});
  const [problems, setProblems] = useState<Record<string, AttributeProblem>>({});
  const [isTitleMissing, setIsTitleMissing] = useState(false);
  const [assignToMe, setAssignToMe] = useState(true);
  const [alsoJira, setAlsoJira] = useState(false);
  // A double submit or a retry after a lost answer returns the same ticket, never a second one.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { run, isBusy, error } = useAction();

  const available = types.data ?? [];
  const type =
    available.find((candidate) => candidate.id === typeId) ??
    available.find((candidate) => candidate.category === 'Customer') ??
    available[0];
  const attributes = type ? customAttributes(type).filter((attribute) => attribute.visible_on_create) : [];
  const contactId = conversation.contacts.contacts[0]?.id;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!type || !contactId) return;
    const collected = collectAttributes(attributes, drafts);
    const hasProblems = title.trim() === '' || Object.keys(collected.problems).length > 0;
    flushSync(() => {
      setProblems(collected.problems);
      setIsTitleMissing(title.trim() === '');
    });
    if (hasProblems) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    void run(async () => {
      const ticket = await api.createTicket(
        {
          ticket_type_id: type.id,
          contacts: [{ id: contactId }],
          ticket_attributes: { [TITLE]: title.trim(), [DESCRIPTION]: description.trim(), ...collected.values },
          conversation_to_link_id: conversation.id,
          ...(assignToMe ? { assignment: { admin_assignee_id: me.id } } : {}),
        },
        idempotencyKey,
      );
      const wantsJira = alsoJira && isJiraConfigured;
      const jiraFailed = wantsJira && !(await succeeds(api.linkJiraIssue(ticket.id, { create: true })));
      onCreated(ticket, jiraFailed);
    });
  }

  if (!types.data)
    return types.error ? <ErrorAlert error={types.error} /> : <p className="muted">{t('app.loading')}</p>;
  return (
    <form ref={form} onSubmit={submit} className="stack create-ticket-form" noValidate>
      <TicketTypeSelect types={available} value={type?.id ?? ''} onChange={setTypeId} />
      <div className="field">
        <label htmlFor={`${id}-title`}>
          {t('tickets.create.ticketTitle')}
          <span className="required-mark"> ({t('tickets.attribute.required')})</span>
        </label>
        <input
          id={`${id}-title`}
          maxLength={255}
          value={title}
          aria-invalid={isTitleMissing || undefined}
          aria-describedby={isTitleMissing ? `${id}-title-problem` : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
        {isTitleMissing ? (
          <p id={`${id}-title-problem`} className="field-error">
            {t('tickets.panel.emptyTitle')}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('tickets.create.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={4}
          value={description}
          aria-describedby={`${id}-description-hint`}
          onChange={(event) => setDescription(event.target.value)}
        />
        <p id={`${id}-description-hint`} className="hint">
          {t('tickets.create.descriptionHint')}
        </p>
      </div>
      {attributes.map((attribute) => (
        <TicketAttributeInput
          key={`${type?.id}-${attribute.id}`}
          attribute={attribute}
          value={drafts[attribute.name] ?? (attribute.data_type === 'boolean' ? false : '')}
          problem={problems[attribute.name]}
          isRequired={attribute.required_to_create}
          onChange={(value) => setDrafts((current) => ({ ...current, [attribute.name]: value }))}
        />
      ))}
      <label className="checkbox">
        <input type="checkbox" checked={assignToMe} onChange={(event) => setAssignToMe(event.target.checked)} />
        {t('tickets.create.assignToMe')}
      </label>
      {isJiraConfigured ? (
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={alsoJira} onChange={(event) => setAlsoJira(event.target.checked)} />
            {t('tickets.create.jira')}
          </label>
          <p className="hint">{t('tickets.create.jiraHint')}</p>
        </div>
      ) : null}
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={isBusy || !type}>
          {isBusy ? t('tickets.create.submitting') : t('tickets.create.submit')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
