import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText, WorkflowStep } from '../../../../protocol/workflows.ts';
import { isLanguage } from '../../i18n/index.ts';
import { StepLink } from './StepLink.tsx';
import { useWorkflowEditor } from './stepContext.ts';

/** A folded step in one glance: what it says, and each way it can go on. */
export function StepSummary({ step }: { step: WorkflowStep }) {
  const { t, i18n } = useTranslation();
  const { teams } = useWorkflowEditor();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const say = (text: LocalizedText | undefined) => (text ? text[language] || text.en || text.es : '');
  const routes: { label: ReactNode; to?: string }[] = [];
  let text = '';
  switch (step.type) {
    case 'message':
      text = say(step.text);
      routes.push({ label: t('workflows.summary.next'), to: step.next });
      break;
    case 'buttons':
      text = say(step.text);
      for (const option of step.options) routes.push({ label: `“${say(option.label)}”`, to: option.next });
      if (step.on_text === 'accept') routes.push({ label: t('workflows.summary.typed'), to: step.text_next ?? '' });
      break;
    case 'text_input':
      text = say(step.text);
      routes.push({ label: t('workflows.summary.next'), to: step.next });
      break;
    case 'branch':
      step.rules.forEach((rule, index) => {
        const condition = `${rule.attribute} ${t(`workflows.operators.${rule.operator}`)} ${rule.value ?? ''}`.trim();
        routes.push({ label: `${t('workflows.ruleNumber', { number: index + 1 })}: ${condition}`, to: rule.next });
      });
      routes.push({ label: t('workflows.summary.otherwise'), to: step.otherwise });
      break;
    case 'add_tag':
      routes.push({ label: t('workflows.preview.tagged', { tag: step.tag }), to: step.next });
      break;
    case 'set_priority':
      routes.push({ label: t(step.priority ? 'workflows.priority.on' : 'workflows.priority.off'), to: step.next });
      break;
    case 'assign_team': {
      const team = teams.find((candidate) => candidate.id === step.team_id)?.name ?? step.team_id;
      routes.push({ label: t('workflows.preview.assignedTeam', { team }), to: step.next });
      break;
    }
    case 'handoff':
    case 'close':
      text = say(step.text);
      routes.push({ label: t('workflows.summary.ends') });
      break;
  }
  return (
    <div className="step-summary">
      {text ? <p className="step-summary-text">{text}</p> : null}
      <ul className="step-routes">
        {routes.map((route, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a summary drawn afresh from the step each time
          <li key={index}>
            <span>{route.label}</span>
            {route.to === undefined ? null : <StepLink stepId={route.to} hasArrow />}
          </li>
        ))}
      </ul>
    </div>
  );
}
