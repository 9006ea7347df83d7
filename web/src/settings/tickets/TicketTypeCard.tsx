import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketType } from '../../../../protocol/tickets.ts';
import { api } from '../../api.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import { NewAttributeForm } from './NewAttributeForm.tsx';
import { TicketTypeAttributes } from './TicketTypeAttributes.tsx';
import { TicketTypeForm } from './TicketTypeForm.tsx';

interface TicketTypeCardProps {
  type: TicketType;
  canManage: boolean;
  onChanged: () => void;
}

/** One ticket type: icon, name, category, description and attributes; managers edit, archive or restore it. */
export function TicketTypeCard({ type, canManage, onChanged }: TicketTypeCardProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'addAttribute'>('view');
  const { run, isBusy, error } = useAction();
  const editButton = useRef<HTMLButtonElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const previousMode = useRef(mode);

  // Forms open in place: the keyboard goes into them, then back to the button that opened them.
  useEffect(() => {
    if (mode === 'view' && previousMode.current === 'edit') editButton.current?.focus();
    if (mode === 'view' && previousMode.current === 'addAttribute') addButton.current?.focus();
    previousMode.current = mode;
  }, [mode]);

  const close = () => setMode('view');
  const saved = () => {
    close();
    onChanged();
  };
  const setArchived = (archived: boolean) =>
    run(async () => {
      await api.updateTicketType(type.id, { archived });
      onChanged();
    });

  if (mode === 'edit') {
    return (
      <li className="card ticket-type-card">
        <h4>{t('tickets.settings.editTitle', { name: type.name })}</h4>
        <TicketTypeForm
          initial={type}
          submitLabel={t('common.save')}
          onSubmit={(values) => api.updateTicketType(type.id, values)}
          onSaved={saved}
          onCancel={close}
        />
      </li>
    );
  }
  return (
    <li className={`card ticket-type-card${type.archived ? ' is-archived' : ''}`}>
      <div className="ticket-type-title">
        <span className="ticket-type-icon" aria-hidden="true">
          {type.icon}
        </span>
        <h4>{type.name}</h4>
        <span className={`badge ticket-category is-${type.category.toLowerCase()}`}>
          {t(`tickets.categories.${type.category}`)}
        </span>
      </div>
      {type.description ? <p className="ticket-type-description">{type.description}</p> : null}
      <TicketTypeAttributes type={type} canManage={canManage && !type.archived} onChanged={onChanged} />
      {mode === 'addAttribute' ? <NewAttributeForm type={type} onSaved={saved} onCancel={close} /> : null}
      <ErrorAlert error={error} />
      {canManage ? (
        <div className="form-actions">
          {type.archived ? (
            <button
              type="button"
              className="button secondary small"
              aria-label={t('tickets.settings.restoreNamed', { name: type.name })}
              disabled={isBusy}
              onClick={() => void setArchived(false)}
            >
              {t('tickets.settings.restore')}
            </button>
          ) : (
            <>
              {mode === 'addAttribute' ? null : (
                <button
                  ref={addButton}
                  type="button"
                  className="button secondary small"
                  onClick={() => setMode('addAttribute')}
                >
                  <span aria-hidden="true">+ </span>
                  {t('tickets.settings.addAttribute')}
                </button>
              )}
              <button
                ref={editButton}
                type="button"
                className="button secondary small"
                aria-label={t('tickets.settings.editNamed', { name: type.name })}
                onClick={() => setMode('edit')}
              >
                {t('tickets.settings.edit')}
              </button>
              <ConfirmButton
                label={t('tickets.settings.archive')}
                ariaLabel={t('tickets.settings.archiveNamed', { name: type.name })}
                isDisabled={isBusy}
                onConfirm={() => void setArchived(true)}
              />
            </>
          )}
        </div>
      ) : null}
    </li>
  );
}
