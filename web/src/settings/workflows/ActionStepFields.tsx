import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddTagStep, AssignTeamStep, SetPriorityStep } from '../../../../protocol/workflows.ts';
import { PlainField } from './PlainField.tsx';
import { useFieldProblem, useWorkflowEditor } from './stepContext.ts';
import { TargetField } from './TargetField.tsx';

/** Tags the conversation and goes on. */
export function AddTagFields({ step, onChange }: { step: AddTagStep; onChange: (step: AddTagStep) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field-row">
      <PlainField
        label={t('workflows.fields.tag')}
        path={['tag']}
        value={step.tag}
        onChange={(tag) => onChange({ ...step, tag })}
      />
      <TargetField
        label={t('workflows.fields.next')}
        path={['next']}
        value={step.next}
        onChange={(next) => onChange({ ...step, next })}
      />
    </div>
  );
}

/** Marks the conversation as priority (or not) and goes on. */
export function SetPriorityFields({
  step,
  onChange,
}: {
  step: SetPriorityStep;
  onChange: (step: SetPriorityStep) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={id}>{t('workflows.fields.priority')}</label>
        <select
          id={id}
          value={step.priority ? 'priority' : 'not_priority'}
          onChange={(event) => onChange({ ...step, priority: event.target.value === 'priority' })}
        >
          <option value="priority">{t('workflows.priority.on')}</option>
          <option value="not_priority">{t('workflows.priority.off')}</option>
        </select>
      </div>
      <TargetField
        label={t('workflows.fields.next')}
        path={['next']}
        value={step.next}
        onChange={(next) => onChange({ ...step, next })}
      />
    </div>
  );
}

/** Gives the conversation to a team and goes on. */
export function AssignTeamFields({
  step,
  onChange,
}: {
  step: AssignTeamStep;
  onChange: (step: AssignTeamStep) => void;
}) {
  const { t } = useTranslation();
  const { teams } = useWorkflowEditor();
  const id = useId();
  const problem = useFieldProblem(['team_id']);
  const isKnownTeam = teams.some((team) => team.id === step.team_id);
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={id}>{t('workflows.fields.team')}</label>
        <select
          id={id}
          value={step.team_id}
          {...problem.props}
          onChange={(event) => onChange({ ...step, team_id: event.target.value })}
        >
          {step.team_id === '' ? <option value="">{t('workflows.chooseTeam')}</option> : null}
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
          {step.team_id !== '' && !isKnownTeam ? (
            <option value={step.team_id}>{t('workflows.missingTeam', { id: step.team_id })}</option>
          ) : null}
        </select>
        {teams.length === 0 ? <p className="hint">{t('workflows.noTeams')}</p> : null}
      </div>
      <TargetField
        label={t('workflows.fields.next')}
        path={['next']}
        value={step.next}
        onChange={(next) => onChange({ ...step, next })}
      />
    </div>
  );
}
