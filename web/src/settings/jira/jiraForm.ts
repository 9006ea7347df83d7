import type { z } from 'zod';
import { type JiraSettings, ZSaveJiraSettingsRequestSchema } from '../../../../protocol/jira.ts';
import { ApiError } from '../../api.ts';
import { type RuleDraft, ruleFromSaved, ruleToSave } from './statusRules.ts';

/** What the admin edits on Settings → Jira, as the inputs hold it. */
export interface JiraForm {
  siteUrl: string;
  email: string;
  /** A new token as typed; `''` keeps the stored one. */
  apiToken: string;
  /** The token input is open for typing: always when none is stored, else after "Replace". */
  isReplacingToken: boolean;
  projectKey: string;
  issueType: string;
  rules: RuleDraft[];
  sendPublicComments: boolean;
}

/** The fields a problem can be shown on, in page order; a rule's problems name the rule and its part. */
export type JiraProblem =
  | { field: 'siteUrl' | 'email' | 'apiToken' | 'projectKey' | 'issueType' | 'statusMap' }
  | { field: 'rule'; index: number; part: 'value' | 'state' };

const FIELD_ORDER: JiraProblem['field'][] = [
  'siteUrl',
  'email',
  'apiToken',
  'projectKey',
  'issueType',
  'rule',
  'statusMap',
];

type SaveRequest = z.input<typeof ZSaveJiraSettingsRequestSchema>;

export function formFromSettings(settings: JiraSettings): JiraForm {
  return {
    siteUrl: settings.site_url ?? '',
    email: settings.email ?? '',
    apiToken: '',
    isReplacingToken: !settings.has_api_token,
    projectKey: settings.project_key ?? '',
    issueType: settings.issue_type ?? 'Task',
    rules: settings.status_map.map(ruleFromSaved),
    sendPublicComments: settings.send_public_comments,
  };
}

/** `your-team.atlassian.net` is read as `https://your-team.atlassian.net`. */
function withScheme(siteUrl: string): string {
  const trimmed = siteUrl.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  return `https://${trimmed}`;
}

/**
 * The form as `PUT /api/integrations/jira`. A blank token is left out (the stored one is kept); so is the map
 * before the first save, when the server fills in its starting map.
 */
export function requestFromForm(form: JiraForm, isConfigured: boolean): SaveRequest {
  const token = form.isReplacingToken ? form.apiToken.trim() : '';
  return {
    site_url: withScheme(form.siteUrl),
    email: form.email.trim(),
    ...(token ? { api_token: token } : {}),
    project_key: form.projectKey.trim(),
    issue_type: form.issueType.trim(),
    ...(isConfigured ? { status_map: form.rules.map(ruleToSave) } : {}),
    send_public_comments: form.sendPublicComments,
  };
}

/** Maps a request path (`project_key`, `status_map.2.value`) to where the form shows its problem. */
function problemAt(path: readonly PropertyKey[]): JiraProblem | undefined {
  const [top, index, part] = path.map(String);
  switch (top) {
    case 'site_url':
      return { field: 'siteUrl' };
    case 'email':
      return { field: 'email' };
    case 'api_token':
      return { field: 'apiToken' };
    case 'project_key':
      return { field: 'projectKey' };
    case 'issue_type':
      return { field: 'issueType' };
    case 'status_map':
      if (index === undefined || Number.isNaN(Number(index))) return { field: 'statusMap' };
      return { field: 'rule', index: Number(index), part: part === 'ticket_state_id' ? 'state' : 'value' };
    default:
      return undefined;
  }
}

const problemKey = (problem: JiraProblem) =>
  problem.field === 'rule' ? `rule.${problem.index}.${problem.part}` : problem.field;

/** Checks the request with the server's own schema (and that a first connection has a token), in page order. */
export function checkForm(form: JiraForm, isConfigured: boolean, hasStoredToken: boolean): JiraProblem[] {
  const request = requestFromForm(form, isConfigured);
  const found = new Map<string, JiraProblem>();
  if (!hasStoredToken && !request.api_token) found.set('apiToken', { field: 'apiToken' });
  const result = ZSaveJiraSettingsRequestSchema.safeParse(request);
  for (const issue of result.success ? [] : result.error.issues) {
    const problem = problemAt(issue.path);
    if (problem && !found.has(problemKey(problem))) found.set(problemKey(problem), problem);
  }
  const rank = (problem: JiraProblem) =>
    FIELD_ORDER.indexOf(problem.field) * 1000 + (problem.field === 'rule' ? problem.index : 0);
  return [...found.values()].sort((a, b) => rank(a) - rank(b));
}

/** The field a refused save names (`field: "project_key"`), if the form shows it. */
export function problemFromError(error: unknown): JiraProblem | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  return problemAt(error.field.split('.'));
}
