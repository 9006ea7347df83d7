import { useTranslation } from 'react-i18next';
import type { AssignmentDecision } from '../../../../protocol/assignment.ts';
import { useSignedIn } from '../../session/context.ts';
import { candidateStatus, languageNote, previousText, triggerText } from './explain.ts';

/**
 * The reasons behind an automatic assignment: the rule, what set it off, who had it before, how language
 * narrowed it, and every teammate in the team with the one chosen marked and why each other was passed over.
 */
export function AssignmentWhy({ decision }: { decision: AssignmentDecision }) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const trigger = triggerText(t, decision);
  const language = languageNote(t, decision);
  const isQueued = decision.because === 'nobody_available';
  return (
    <>
      <dl className="why-facts">
        <dt>{t('assignmentWhy.terms.rule')}</dt>
        <dd>
          {t(`assignmentWhy.rules.${decision.rule}`)}
          {isQueued ? <span className="why-queued">{t('assignmentWhy.nobodyAvailable')}</span> : null}
        </dd>
        {trigger ? (
          <>
            <dt>{t('assignmentWhy.terms.when')}</dt>
            <dd>{trigger}</dd>
          </>
        ) : null}
        {decision.previous ? (
          <>
            <dt>{t('assignmentWhy.terms.before')}</dt>
            <dd>{previousText(t, decision, decision.previous)}</dd>
          </>
        ) : null}
        {language ? (
          <>
            <dt>{t('assignmentWhy.terms.language')}</dt>
            <dd>{language}</dd>
          </>
        ) : null}
      </dl>
      <p className="why-heading">
        {decision.team ? t('assignmentWhy.teammatesIn', { team: decision.team.name }) : t('assignmentWhy.teammates')}
      </p>
      {decision.candidates.length === 0 ? (
        <p className="why-empty">{t('assignmentWhy.noCandidates')}</p>
      ) : (
        <ul className="why-candidates">
          {decision.candidates.map((candidate) => {
            const isChosen = candidate.teammate_id === decision.chosen;
            const state = isChosen ? 'is-chosen' : candidate.eligible ? 'is-available' : 'is-skipped';
            return (
              <li key={candidate.teammate_id} className={`why-candidate ${state}`}>
                <span className="why-mark" aria-hidden="true">
                  {isChosen ? '✓' : candidate.eligible ? '•' : '–'}
                </span>
                <span className="why-name">
                  {String(candidate.teammate_id) === me.id ? t('details.me', { name: candidate.name }) : candidate.name}
                </span>
                <span className="why-status">{candidateStatus(t, decision, candidate)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
