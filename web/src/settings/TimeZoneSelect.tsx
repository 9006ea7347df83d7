import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const ZONES = Intl.supportedValuesOf('timeZone');

interface TimeZoneSelectProps {
  id: string;
  /** `''` means "use the workspace's time zone". */
  value: string;
  workspaceZone: string;
  onChange: (zone: string) => void;
}

export function TimeZoneSelect({ id, value, workspaceZone, onChange }: TimeZoneSelectProps) {
  const { t } = useTranslation();
  const zones = useMemo(() => (value && !ZONES.includes(value) ? [value, ...ZONES] : ZONES), [value]);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('profile.timezoneDefault', { zone: workspaceZone })}</option>
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll('_', ' ')}
        </option>
      ))}
    </select>
  );
}
