import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../../protocol/conversations.ts';
import type { Ticket } from '../../../../protocol/tickets.ts';
import { contactName } from '../contactName.ts';
import { CreateTicketForm } from './CreateTicketForm.tsx';

interface CreateTicketButtonProps {
  conversation: Conversation;
  onCreated: (ticket: Ticket, jiraFailed: boolean) => void;
}

/** "Create ticket": a modal dialog (focus kept inside, Esc closes, focus back on the button after). */
export function CreateTicketButton({ conversation, onCreated }: CreateTicketButtonProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [isOpen, setIsOpen] = useState(false);

  useEffect(() => {
    if (isOpen) dialog.current?.showModal();
  }, [isOpen]);

  return (
    <>
      <button type="button" className="button secondary small create-ticket" onClick={() => setIsOpen(true)}>
        <span aria-hidden="true">+ </span>
        {t('tickets.create.open')}
      </button>
      <dialog
        ref={dialog}
        className="dialog create-ticket-dialog"
        aria-labelledby="create-ticket-title"
        aria-describedby="create-ticket-intro"
        onClose={() => setIsOpen(false)}
      >
        <h2 id="create-ticket-title">{t('tickets.create.title')}</h2>
        <p id="create-ticket-intro" className="muted">
          {t('tickets.create.intro', { contact: contactName(conversation, t) })}
        </p>
        {isOpen ? (
          <CreateTicketForm
            conversation={conversation}
            onCancel={() => dialog.current?.close()}
            onCreated={(ticket, jiraFailed) => {
              dialog.current?.close();
              onCreated(ticket, jiraFailed);
            }}
          />
        ) : null}
      </dialog>
    </>
  );
}
