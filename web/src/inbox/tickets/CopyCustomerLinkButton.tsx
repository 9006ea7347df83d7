import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { CopyField } from '../../components/CopyField.tsx';
import { useResource } from '../../lib/useResource.ts';

/**
 * "Copy customer link": the signed page where the customer follows their shared ticket. Shown only when the
 * server offers one; without clipboard access the link shows in a field to copy by hand.
 */
export function CopyCustomerLinkButton({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const load = useCallback(() => api.getTicketCustomerLink(ticketId), [ticketId]);
  const link = useResource(load);
  const [outcome, setOutcome] = useState<'copied' | 'manual'>();
  const url = link.data?.url;
  if (!url) return null;

  async function copy(value: string) {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome('copied');
    } catch {
      setOutcome('manual');
    }
  }

  return (
    <div className="details-field customer-link">
      <button type="button" className="button secondary small" onClick={() => void copy(url)}>
        {t('tickets.panel.copyLink')}
      </button>
      <p role="status" className="hint">
        {outcome === 'copied' ? t('tickets.panel.linkCopied') : ''}
      </p>
      {outcome === 'manual' ? <CopyField label={t('tickets.panel.linkLabel')} value={url} /> : null}
    </div>
  );
}
