import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { useResource } from '../../lib/useResource.ts';
import { TeammateChoices } from './TeammateChoices.tsx';
import { TicketConditionFields } from './TicketConditionFields.tsx';
import type { ViewConditions } from './viewConditions.ts';

const STATES = ['open', 'snoozed', 'closed'] as const;

interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

function Choice<T extends string>({ label, value, options, onChange }: ChoiceProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ViewConditionFieldsProps {
  conditions: ViewConditions;
  onChange: (conditions: ViewConditions) => void;
}

/** The conditions a view can filter on, each "any" until the teammate narrows it. */
export function ViewConditionFields({ conditions, onChange }: ViewConditionFieldsProps) {
  const { t } = useTranslation();
  const teams = useResource(api.listTeams).data?.teams ?? [];
  const tags = useResource(api.listTags).data?.data ?? [];
  const set = <K extends keyof ViewConditions>(key: K, value: ViewConditions[K]) =>
    onChange({ ...conditions, [key]: value });
  const toggle = <T extends string>(list: readonly T[], item: T) =>
    list.includes(item) ? list.filter((candidate) => candidate !== item) : [...list, item];

  return (
    <>
      <fieldset className="checkbox-group inline">
        <legend>{t('newView.states')}</legend>
        {STATES.map((state) => (
          <label key={state} className="checkbox">
            <input
              type="checkbox"
              checked={conditions.states.includes(state)}
              onChange={() => set('states', toggle(conditions.states, state))}
            />
            {t(`states.${state}`)}
          </label>
        ))}
      </fieldset>
      <Choice
        label={t('newView.assignee')}
        value={conditions.assignee}
        onChange={(value) => set('assignee', value)}
        options={[
          ...(['', 'me', 'nobody', 'any'] as const).map((value) => ({
            value,
            label: t(`newView.assignees.${value || 'anyone'}`),
          })),
          { value: 'teammates' as const, label: t('viewEditor.namedTeammates') },
        ]}
      />
      {conditions.assignee === 'teammates' ? (
        <TeammateChoices adminIds={conditions.adminIds} onChange={(adminIds) => set('adminIds', adminIds)} />
      ) : null}
      <Choice
        label={t('newView.team')}
        value={conditions.teamId}
        onChange={(value) => set('teamId', value)}
        options={[
          { value: '', label: t('newView.anyTeam') },
          ...teams.map((team) => ({ value: team.id, label: team.name })),
        ]}
      />
      <Choice
        label={t('newView.priority')}
        value={conditions.priority}
        onChange={(value) => set('priority', value)}
        options={(['', 'priority', 'not_priority'] as const).map((value) => ({
          value,
          label: t(`newView.priorities.${value || 'any'}`),
        }))}
      />
      <Choice
        label={t('newView.botPhase')}
        value={conditions.botPhase}
        onChange={(value) => set('botPhase', value)}
        options={(['', 'bot', 'handed_off', 'none'] as const).map((value) => ({
          value,
          label: t(`newView.botPhases.${value || 'any'}`),
        }))}
      />
      <TicketConditionFields conditions={conditions} onChange={onChange} />
      {tags.length === 0 ? null : (
        <fieldset className="checkbox-group tag-choices">
          <legend>{t('newView.tags')}</legend>
          {tags.map((tag) => (
            <label key={tag.id} className="checkbox">
              <input
                type="checkbox"
                checked={conditions.tagIds.includes(tag.id)}
                onChange={() => set('tagIds', toggle(conditions.tagIds, tag.id))}
              />
              {tag.name}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
