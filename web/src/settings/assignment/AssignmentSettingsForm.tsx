import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentSettings } from '../../../../protocol/assignment.ts';
import type { Team } from '../../../../protocol/teams.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import {
  type AssignmentField,
  type AssignmentForm,
  checkForm,
  formFromSettings,
  requestFromForm,
} from './assignmentForm.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { NumberField } from './NumberField.tsx';
import { SwitchField } from './SwitchField.tsx';

const INPUT_IDS: Record<AssignmentField, string> = {
  onlineMinutes: 'assignment-online-minutes',
  graceMinutes: 'assignment-grace-minutes',
};

interface AssignmentSettingsFormProps {
  settings: AssignmentSettings;
  teams: Team[];
  /** Agents see the settings without being able to change them. */
  canManage: boolean;
  onSettings: (settings: AssignmentSettings) => void;
}

/** Settings → Assignment: when to assign, the default team, who counts as online, languages, manual assignment. */
export function AssignmentSettingsForm({ settings, teams, canManage, onSettings }: AssignmentSettingsFormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<AssignmentForm>(() => formFromSettings(settings));
  const [problems, setProblems] = useState<AssignmentField[]>([]);
  const [isSaved, setIsSaved] = useState(false);
  const save = useAction();

  const change = (changes: Partial<AssignmentForm>) => {
    setForm((current) => ({ ...current, ...changes }));
    setIsSaved(false);
  };
  const errorFor = (field: AssignmentField) => (problems.includes(field) ? t(`assignment.errors.${field}`) : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaved(false);
    const found = checkForm(form);
    setProblems(found);
    if (found[0]) {
      document.getElementById(INPUT_IDS[found[0]])?.focus();
      return;
    }
    save.run(async () => {
      const saved = await api.updateAssignmentSettings(requestFromForm(form));
      onSettings(saved);
      setForm(formFromSettings(saved));
      setIsSaved(true);
    });
  }

  return (
    <form className="assignment-form" onSubmit={submit} noValidate>
      <fieldset className="read-only-guard" disabled={!canManage}>
        <legend className="visually-hidden">{t('assignment.title')}</legend>
        <ChoiceGroup
          variant="card"
          legend={t('assignment.triggerLegend')}
          value={form.trigger}
          onChange={(trigger) => change({ trigger })}
          choices={[
            { value: 'handoff', label: t('assignment.trigger.handoff'), hint: t('assignment.trigger.handoffHint') },
            { value: 'start', label: t('assignment.trigger.start'), hint: t('assignment.trigger.startHint') },
          ]}
        />
        <div className="card field">
          <label htmlFor="assignment-default-team" className="card-title">
            {t('assignment.defaultTeam')}
          </label>
          <select
            id="assignment-default-team"
            className="default-team-select"
            value={form.defaultTeamId}
            aria-describedby="assignment-default-team-hint"
            onChange={(event) => change({ defaultTeamId: event.target.value })}
          >
            <option value="">{t('assignment.noDefaultTeam')}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
          <p id="assignment-default-team-hint" className="hint">
            {t('assignment.defaultTeamHint')}
          </p>
        </div>
        <section className="card stack assignment-card" aria-labelledby="assignment-online-title">
          <h3 id="assignment-online-title">{t('assignment.onlineTitle')}</h3>
          <SwitchField
            label={t('assignment.requireOnline')}
            hint={t('assignment.requireOnlineHint')}
            isOn={form.requireOnline}
            onChange={(requireOnline) => change({ requireOnline })}
          />
          {form.requireOnline ? (
            <div className="number-fields">
              <NumberField
                id={INPUT_IDS.onlineMinutes}
                label={t('assignment.onlineMinutes')}
                hint={t('assignment.onlineMinutesHint')}
                value={form.onlineMinutes}
                error={errorFor('onlineMinutes')}
                onChange={(onlineMinutes) => change({ onlineMinutes })}
              />
              <NumberField
                id={INPUT_IDS.graceMinutes}
                label={t('assignment.graceMinutes')}
                hint={t('assignment.graceMinutesHint')}
                value={form.graceMinutes}
                error={errorFor('graceMinutes')}
                onChange={(graceMinutes) => change({ graceMinutes })}
              />
            </div>
          ) : null}
        </section>
        <section className="card stack assignment-card" aria-labelledby="assignment-language-title">
          <h3 id="assignment-language-title">{t('assignment.languageTitle')}</h3>
          <SwitchField
            label={t('assignment.languageRouting')}
            hint={t('assignment.languageRoutingHint')}
            isOn={form.languageRouting}
            onChange={(languageRouting) => change({ languageRouting })}
          />
          {form.languageRouting ? (
            <ChoiceGroup
              legend={t('assignment.fallbackLegend')}
              value={form.languageFallback}
              onChange={(languageFallback) => change({ languageFallback })}
              choices={[
                {
                  value: 'everyone',
                  label: t('assignment.fallback.everyone'),
                  hint: t('assignment.fallback.everyoneHint'),
                },
                { value: 'queue', label: t('assignment.fallback.queue'), hint: t('assignment.fallback.queueHint') },
              ]}
            />
          ) : null}
        </section>
        <section className="card stack assignment-card" aria-labelledby="assignment-manual-title">
          <h3 id="assignment-manual-title">{t('assignment.manualTitle')}</h3>
          <SwitchField
            label={t('assignment.manualCounts')}
            hint={t('assignment.manualCountsHint')}
            isOn={form.manualCountsInRotation}
            onChange={(manualCountsInRotation) => change({ manualCountsInRotation })}
          />
          <SwitchField
            label={t('attention.replyAssigns.label')}
            hint={t('attention.replyAssigns.hint')}
            isOn={form.replyAssigns}
            onChange={(replyAssigns) => change({ replyAssigns })}
          />
        </section>
      </fieldset>
      {canManage ? (
        <div className="save-bar">
          <button type="submit" className="button primary" disabled={save.isBusy}>
            {save.isBusy ? t('common.saving') : t('common.save')}
          </button>
          <p role="status" className="saved">
            {isSaved ? t('common.saved') : null}
          </p>
          <p role="alert" className="field-error">
            {problems.length > 0 ? t('assignment.fixProblems') : null}
          </p>
        </div>
      ) : null}
      <ErrorAlert error={save.error} />
    </form>
  );
}
