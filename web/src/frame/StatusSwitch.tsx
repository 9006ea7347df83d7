import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { SegmentedControl } from '../components/SegmentedControl.tsx';
import { useAction } from '../lib/useAction.ts';
import { useSignedIn } from '../session/context.ts';

type Status = 'active' | 'away';

/** Away teammates get no new conversations from round-robin assignment. */
export function StatusSwitch() {
  const { t } = useTranslation();
  const { me, updateAdmin } = useSignedIn();
  const { run, isBusy, error } = useAction();
  const status: Status = me.away_mode_enabled ? 'away' : 'active';
  return (
    <div>
      <SegmentedControl
        label={t('status.label')}
        className={`status-switch is-${status}`}
        value={status}
        segments={[
          { value: 'active', label: t('status.active') },
          { value: 'away', label: t('status.away') },
        ]}
        onChange={(next) => run(async () => updateAdmin(await api.setAway(me.id, next === 'away')))}
        isDisabled={isBusy}
      />
      <ErrorAlert error={error} />
    </div>
  );
}
