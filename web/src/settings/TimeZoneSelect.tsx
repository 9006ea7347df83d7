import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMON_ZONES, otherZones, zoneOffset, zoneWords } from './timeZones.ts';

interface TimeZoneSelectProps {
  id: string;
  /** `''` means "use the workspace's time zone". */
  value: string;
  workspaceZone: string;
  onChange: (zone: string) => void;
}

const COMMON_IDS: readonly string[] = COMMON_ZONES.map(([zone]) => zone);

/** The workspace's zone, then the team's usual cities ("Bogotá (GMT-5)"), then every zone by its id. */
export function TimeZoneSelect({ id, value, workspaceZone, onChange }: TimeZoneSelectProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const common = useMemo(
    () =>
      COMMON_ZONES.map(([zone, city]) => {
        const offset = zoneOffset(zone, language);
        const name = t(`profile.zoneCities.${city}`);
        return { zone, label: offset && zone !== 'UTC' ? `${name} (${offset})` : name };
      }),
    [language, t],
  );
  const others = useMemo(
    () =>
      otherZones(COMMON_IDS, value).map((zone) => {
        const offset = zoneOffset(zone, language);
        return { zone, label: offset ? `${zoneWords(zone)} (${offset})` : zoneWords(zone) };
      }),
    [language, value],
  );
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('profile.timezoneDefault', { zone: zoneWords(workspaceZone) })}</option>
      <optgroup label={t('profile.commonZones')}>
        {common.map(({ zone, label }) => (
          <option key={zone} value={zone}>
            {label}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('profile.allZones')}>
        {others.map(({ zone, label }) => (
          <option key={zone} value={zone}>
            {label}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
