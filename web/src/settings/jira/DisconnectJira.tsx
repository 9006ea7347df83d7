import { useTranslation } from 'react-i18next';
import type { JiraSettings } from '../../../../protocol/jira.ts';
import { api } from '../../api.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';

/** Forgets the connection after a confirmation; what it forgets is said beside the button. */
export function DisconnectJira({ onDisconnected }: { onDisconnected: (settings: JiraSettings) => void }) {
  const { t } = useTranslation();
  const disconnect = useAction();
  return (
    <div className="disconnect-jira">
      <div className="form-actions">
        <ConfirmButton
          label={t('jira.disconnect')}
          ariaLabel={t('jira.disconnectLong')}
          isDisabled={disconnect.isBusy}
          onConfirm={() => disconnect.run(async () => onDisconnected(await api.disconnectJira()))}
        />
        <p className="hint">{t('jira.disconnectHint')}</p>
      </div>
      <ErrorAlert error={disconnect.error} />
    </div>
  );
}
