import { useTranslation } from 'react-i18next';
import type { StatusSummary as Summary } from './presence.ts';

/** The four numbers a manager looks for first. */
export function StatusSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const tiles = [
    { key: 'available', label: t('teamStatus.available'), value: summary.available },
    { key: 'offline', label: t('teamStatus.activeOffline'), value: summary.offline },
    { key: 'away', label: t('teamStatus.away'), value: summary.away },
    {
      key: 'unassigned',
      label: t('teamStatus.unassigned'),
      value: summary.unassigned,
      hint: t('teamStatus.unassignedHint'),
    },
  ];
  return (
    <section aria-labelledby="status-summary-title">
      <h2 id="status-summary-title" className="visually-hidden">
        {t('teamStatus.summary')}
      </h2>
      <dl className="status-summary">
        {tiles.map((tile) => (
          <div key={tile.key} className={`summary-tile is-${tile.key}`}>
            <dt>{tile.label}</dt>
            <dd>{tile.value}</dd>
            {'hint' in tile ? <dd className="hint">{tile.hint}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
