import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../protocol/tickets.ts';
import { api } from '../../api.ts';
import { CopyCustomerLinkButton } from './CopyCustomerLinkButton.tsx';
import { JiraIssues } from './JiraIssues.tsx';
import { LinkedConversations } from './LinkedConversations.tsx';
import { SharedWithCustomerSwitch } from './SharedWithCustomerSwitch.tsx';
import { TicketAttributeField } from './TicketAttributeField.tsx';
import { TicketStatePicker } from './TicketStatePicker.tsx';
import { TicketTextField } from './TicketTextField.tsx';
import { customAttributes, DESCRIPTION, TITLE } from './ticketAttributes.ts';

interface TicketPanelProps {
  ticket: Ticket;
  onChanged: (ticket: Ticket) => void;
}

/**
 * The open ticket, first in the right panel: number and type, its state (and what the customer sees), title,
 * description and attributes that save themselves, sharing, linked conversations, Jira, the customer's link.
 */
export function TicketPanel({ ticket, onChanged }: TicketPanelProps) {
  const { t } = useTranslation();
  const isCustomerTicket = ticket.category === 'Customer';
  const attributes = customAttributes(ticket.ticket_type);
  const saveText = (name: string) => async (value: string) =>
    onChanged(await api.updateTicket(ticket.id, { ticket_attributes: { [name]: value } }));

  return (
    <section className="ticket-panel" aria-labelledby="ticket-panel-title">
      <header className="ticket-panel-header">
        <h3 id="ticket-panel-title">{t('tickets.panel.heading', { number: ticket.ticket_number })}</h3>
        <p className="ticket-type">
          <span className="ticket-type-icon" aria-hidden="true">
            {ticket.ticket_type.icon}
          </span>
          <span className="visually-hidden">{t('tickets.panel.type')}: </span>
          {ticket.ticket_type.name}
          <span className="ticket-category"> · {t(`tickets.categories.${ticket.category}`)}</span>
        </p>
      </header>
      <TicketStatePicker ticket={ticket} onChanged={onChanged} />
      <TicketTextField
        label={t('tickets.panel.ticketTitle')}
        value={ticket.title}
        emptyMessage={t('tickets.panel.emptyTitle')}
        onSave={saveText(TITLE)}
      />
      <TicketTextField
        label={t('tickets.panel.description')}
        value={ticket.description}
        isMultiline
        onSave={saveText(DESCRIPTION)}
      />
      {attributes.length > 0 ? (
        <fieldset className="ticket-attributes">
          <legend>{t('tickets.panel.attributes')}</legend>
          {attributes.map((attribute) => (
            <TicketAttributeField key={attribute.id} ticket={ticket} attribute={attribute} onChanged={onChanged} />
          ))}
        </fieldset>
      ) : null}
      {isCustomerTicket ? <SharedWithCustomerSwitch ticket={ticket} onChanged={onChanged} /> : null}
      {isCustomerTicket && ticket.is_shared ? <CopyCustomerLinkButton ticketId={ticket.id} /> : null}
      <LinkedConversations ticket={ticket} />
      <JiraIssues ticket={ticket} onChanged={onChanged} />
    </section>
  );
}
