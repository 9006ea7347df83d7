import { useEffect, useState } from 'react';
import type { Ticket, TicketTypeAttribute } from '../../../../protocol/tickets.ts';
import { api } from '../../api.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { TicketAttributeInput } from './TicketAttributeInput.tsx';
import { type AttributeDraft, type AttributeProblem, draftOf, parseAttribute } from './ticketAttributes.ts';
import { useFieldSave } from './useFieldSave.ts';

interface TicketAttributeFieldProps {
  ticket: Ticket;
  attribute: TicketTypeAttribute;
  onChanged: (ticket: Ticket) => void;
}

/** One of the ticket's own attributes, saved as soon as it is chosen, or when the teammate leaves the field. */
export function TicketAttributeField({ ticket, attribute, onChanged }: TicketAttributeFieldProps) {
  const saved = draftOf(attribute, ticket.ticket_attributes[attribute.name]);
  const [draft, setDraft] = useState<AttributeDraft>(saved);
  const [problem, setProblem] = useState<AttributeProblem>();
  const saving = useFieldSave();

  useEffect(() => setDraft(saved), [saved]);

  function commit(value: AttributeDraft) {
    if (value === saved) return;
    const parsed = parseAttribute(attribute, value);
    if ('problem' in parsed) {
      setProblem(parsed.problem);
      return;
    }
    setProblem(undefined);
    void saving.save(async () =>
      onChanged(await api.updateTicket(ticket.id, { ticket_attributes: { [attribute.name]: parsed.value } })),
    );
  }

  return (
    <div className="ticket-attribute-field">
      <TicketAttributeInput
        attribute={attribute}
        value={draft}
        problem={problem}
        onChange={setDraft}
        onCommit={commit}
      />
      <SaveStatus state={saving} />
    </div>
  );
}
