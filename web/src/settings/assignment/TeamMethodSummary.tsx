import { useTranslation } from 'react-i18next';
import type { Team } from '../../../../protocol/teams.ts';

interface TeamMethodSummaryProps {
  team: Pick<Team, 'distribution_method' | 'assignment_limit'>;
  /** Also say in one line what the method does (Settings → Teams); the status page only names it. */
  isExplained?: boolean;
}

/** "Balanced · Up to 2 open conversations each", and what the method means. */
export function TeamMethodSummary({ team, isExplained = true }: TeamMethodSummaryProps) {
  const { t } = useTranslation();
  const method = team.distribution_method;
  const limit =
    method !== 'balanced'
      ? null
      : team.assignment_limit === null
        ? t('assignment.noLimit')
        : t('assignment.limitSummary', { count: team.assignment_limit });
  return (
    <div className="team-method">
      <p className="team-method-name">
        <span className="method-badge" data-method={method}>
          {t(`assignment.method.${method}`)}
        </span>
        {limit ? <span>{limit}</span> : null}
      </p>
      {isExplained ? <p className="hint">{t(`assignment.method.${method}Hint`)}</p> : null}
    </div>
  );
}
