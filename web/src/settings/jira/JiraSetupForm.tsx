import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JiraSettings, JiraTestResult } from '../../../../protocol/jira.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import { SwitchField } from '../assignment/SwitchField.tsx';
import { ConnectionBadge, connectionState } from './ConnectionBadge.tsx';
import { ConnectionCard } from './ConnectionCard.tsx';
import { DisconnectJira } from './DisconnectJira.tsx';
import { problemElementId } from './fieldIds.ts';
import { JiraSaveBar } from './JiraSaveBar.tsx';
import {
  checkForm,
  formFromSettings,
  type JiraForm,
  type JiraProblem,
  problemFromError,
  requestFromForm,
} from './jiraForm.ts';
import { StatusMapCard } from './StatusMapCard.tsx';
import type { StateOption } from './StatusRuleRow.tsx';

/** A problem as shown; a rule's is pinned to the rule itself, so it follows the rule when rules move. */
type ShownProblem = JiraProblem & { ruleKey?: number };
type FieldWithMessage = Exclude<JiraProblem['field'], 'rule'>;

interface JiraSetupFormProps {
  settings: JiraSettings;
  states: readonly StateOption[];
  /** Admins edit; everyone else reads. */
  canEdit: boolean;
  onSettings: (settings: JiraSettings) => void;
}

/** Everything Save sends: the connection, the status map and whether public comments go to Jira. */
export function JiraSetupForm({ settings, states, canEdit, onSettings }: JiraSetupFormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<JiraForm>(() => formFromSettings(settings));
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [outcome, setOutcome] = useState<'saved' | 'disconnected'>();
  const [hasChanges, setHasChanges] = useState(false);
  /** What this page last learnt about the connection: a test's answer, or that it was saved since. */
  const [lastTest, setLastTest] = useState<JiraTestResult | 'saved'>();
  const save = useAction();

  const change = (changes: Partial<JiraForm>) => {
    setForm((current) => ({ ...current, ...changes }));
    setOutcome(undefined);
    setHasChanges(true);
  };
  const messageFor = (field: FieldWithMessage) =>
    problems.some((problem) => problem.field === field) ? t(`jira.errors.${field}`) : undefined;
  const ruleMessage = (ruleKey: number, part: 'value' | 'state') =>
    problems.some((problem) => problem.field === 'rule' && problem.ruleKey === ruleKey && problem.part === part)
      ? t(part === 'value' ? 'jira.errors.ruleValue' : 'jira.errors.ruleState')
      : undefined;

  function showProblems(found: JiraProblem[], checked: JiraForm) {
    setProblems(
      found.map((problem) => ({
        ...problem,
        ruleKey: problem.field === 'rule' ? checked.rules[problem.index]?.key : undefined,
      })),
    );
    const first = found[0] && problemElementId(found[0], checked);
    if (first) document.getElementById(first)?.focus();
  }

  function showSaved(saved: JiraSettings, result: 'saved' | 'disconnected') {
    onSettings(saved);
    setForm(formFromSettings(saved));
    setProblems([]);
    setHasChanges(false);
    setLastTest('saved');
    setOutcome(result);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(undefined);
    const found = checkForm(form, settings.configured, settings.has_api_token);
    showProblems(found, form);
    if (found.length > 0) return;
    save.run(async () => {
      try {
        showSaved(await api.saveJiraSettings(requestFromForm(form, settings.configured)), 'saved');
      } catch (failure) {
        const problem = problemFromError(failure);
        if (!problem) throw failure;
        showProblems([problem], form);
      }
    });
  }

  return (
    <form className="jira-form" onSubmit={submit} noValidate>
      <fieldset className="read-only-guard" disabled={!canEdit}>
        <legend className="visually-hidden">{t('jira.title')}</legend>
        <ConnectionCard
          form={form}
          onChange={change}
          errorFor={messageFor}
          badge={<ConnectionBadge state={connectionState(settings, lastTest)} />}
          hasStoredToken={settings.has_api_token}
          canEdit={canEdit}
        >
          {canEdit && settings.configured ? (
            <DisconnectJira onDisconnected={(disconnected) => showSaved(disconnected, 'disconnected')} />
          ) : null}
        </ConnectionCard>
        <StatusMapCard
          rules={form.rules}
          onRulesChange={(rules) => change({ rules })}
          states={states}
          isConfigured={settings.configured}
          canEdit={canEdit}
          errorFor={(rule, part) => ruleMessage(rule.key, part)}
          mapError={messageFor('statusMap')}
        />
        <section className="card stack" aria-labelledby="jira-comments-title">
          <h3 id="jira-comments-title">{t('jira.comments.title')}</h3>
          <SwitchField
            label={t('jira.comments.send')}
            hint={t('jira.comments.sendHint')}
            isOn={form.sendPublicComments}
            onChange={(sendPublicComments) => change({ sendPublicComments })}
          />
        </section>
      </fieldset>
      {canEdit ? (
        <JiraSaveBar
          isSaving={save.isBusy}
          outcome={outcome}
          hasProblems={problems.length > 0}
          isConfigured={settings.configured}
          hasUnsavedChanges={hasChanges}
          testResult={lastTest === 'saved' ? undefined : lastTest}
          onTestResult={setLastTest}
        />
      ) : null}
      <ErrorAlert error={save.error} />
    </form>
  );
}
