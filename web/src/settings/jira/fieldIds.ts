import type { JiraForm, JiraProblem } from './jiraForm.ts';

/** The element each problem points at (and focuses), so a refused save lands the teammate on the field. */
export const FIELD_IDS = {
  siteUrl: 'jira-site-url',
  email: 'jira-email',
  apiToken: 'jira-api-token',
  projectKey: 'jira-project-key',
  issueType: 'jira-issue-type',
  statusMap: 'jira-add-status-rule',
} as const;

/** A rule's inputs and its move buttons, by the rule's stable key. */
export const ruleInputId = (ruleKey: number, part: 'value' | 'state' | 'up' | 'down') => `jira-rule-${ruleKey}-${part}`;

export function problemElementId(problem: JiraProblem, form: JiraForm): string | undefined {
  if (problem.field !== 'rule') return FIELD_IDS[problem.field];
  const rule = form.rules[problem.index];
  return rule ? ruleInputId(rule.key, problem.part) : undefined;
}
