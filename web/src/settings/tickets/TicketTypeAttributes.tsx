import { useTranslation } from 'react-i18next';
import type { TicketType } from '../../../../protocol/tickets.ts';
import { api } from '../../api.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { customAttributes, listOptions } from '../../inbox/tickets/ticketAttributes.ts';
import { useAction } from '../../lib/useAction.ts';

interface TicketTypeAttributesProps {
  type: TicketType;
  canManage: boolean;
  onChanged: () => void;
}

/** A type's own attributes: name, kind of value, required or internal; managers archive them. */
export function TicketTypeAttributes({ type, canManage, onChanged }: TicketTypeAttributesProps) {
  const { t } = useTranslation();
  const { run, isBusy, error } = useAction();
  const attributes = customAttributes(type);
  return (
    <div className="ticket-type-attributes">
      <h4>{t('tickets.settings.attributes')}</h4>
      <p className="hint">{t('tickets.settings.builtIn')}</p>
      {attributes.length === 0 ? (
        <p className="hint">{t('tickets.settings.noAttributes')}</p>
      ) : (
        <ul className="plain-list" aria-label={t('tickets.settings.attributes')}>
          {attributes.map((attribute) => (
            <li key={attribute.id} className="list-row ticket-attribute-row">
              <span>
                <span className="cell-title">{attribute.name}</span>
                <span className="cell-subtitle">
                  {t(`tickets.settings.dataTypes.${attribute.data_type}`)}
                  {attribute.data_type === 'list' ? `: ${listOptions(attribute).join(', ')}` : ''}
                </span>
                <span className="ticket-attribute-flags">
                  {attribute.required_to_create ? (
                    <span className="badge">{t('tickets.settings.flags.required')}</span>
                  ) : null}
                  {type.category === 'Customer' && !attribute.visible_to_contacts ? (
                    <span className="badge">{t('tickets.settings.flags.internal')}</span>
                  ) : null}
                </span>
              </span>
              {canManage ? (
                <ConfirmButton
                  label={t('tickets.settings.archive')}
                  ariaLabel={t('tickets.settings.archiveAttributeNamed', { name: attribute.name })}
                  isDisabled={isBusy}
                  onConfirm={() =>
                    void run(async () => {
                      await api.archiveTicketTypeAttribute(type.id, attribute.id, true);
                      onChanged();
                    })
                  }
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
