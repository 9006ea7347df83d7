import { useTranslation } from 'react-i18next';

interface EnabledSwitchProps {
  workflowName: string;
  isEnabled: boolean;
  isDisabled?: boolean;
  onChange: (isEnabled: boolean) => void;
}

/** Whether the workflow runs on new conversations (when it is the first such in the list and published). */
export function EnabledSwitch({ workflowName, isEnabled, isDisabled, onChange }: EnabledSwitchProps) {
  const { t } = useTranslation();
  return (
    <label className="switch">
      <input
        type="checkbox"
        role="switch"
        checked={isEnabled}
        aria-checked={isEnabled}
        disabled={isDisabled}
        aria-label={t('workflows.enabledFor', { name: workflowName })}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span aria-hidden="true">{isEnabled ? t('workflows.enabled') : t('workflows.disabled')}</span>
    </label>
  );
}
