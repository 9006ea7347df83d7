import { describe, expect, it } from 'vitest';
import type { JiraSettings } from '../../../../protocol/jira.ts';
import { ApiError } from '../../api.ts';
import { checkForm, formFromSettings, problemFromError, requestFromForm } from './jiraForm.ts';
import { addRule, moveRule } from './statusRules.ts';

const saved: JiraSettings = {
  type: 'jira_settings',
  configured: true,
  site_url: 'https://acme.atlassian.net',
  email: 'charla@example.com',
  has_api_token: true,
  project_key: 'SUP',
  issue_type: 'Task',
  status_map: [{ kind: 'category', value: 'done', ticket_state_id: '4' }],
  send_public_comments: true,
  webhook_url: 'https://charla.example.com/api/integrations/jira/webhook/1',
  webhook_secret: 'secret',
  account_id: null,
  reconciled_until: null,
  failed_links: 0,
};

describe('the Jira settings form', () => {
  it('keeps the stored token by leaving it out of the request', () => {
    const request = requestFromForm(formFromSettings(saved), true);
    expect(request).not.toHaveProperty('api_token');
    expect(request.status_map).toEqual([{ kind: 'category', value: 'done', ticket_state_id: '4' }]);
  });

  it('reads a site without a scheme as https, and leaves the map to the server before the first save', () => {
    const form = { ...formFromSettings(saved), siteUrl: 'acme.atlassian.net ' };
    const request = requestFromForm(form, false);
    expect(request.site_url).toBe('https://acme.atlassian.net');
    expect(request).not.toHaveProperty('status_map');
  });

  it('asks for a token the first time, and points at each bad field in page order', () => {
    const fresh = { ...saved, configured: false, has_api_token: false, site_url: null, email: null, status_map: [] };
    const form = { ...formFromSettings(fresh), siteUrl: 'not a url', projectKey: 'sup-1' };
    expect(checkForm(form, false, false).map((problem) => problem.field)).toEqual([
      'siteUrl',
      'email',
      'apiToken',
      'projectKey',
    ]);
  });

  it('points at the rule without a status name or a state', () => {
    const form = formFromSettings(saved);
    const rules = addRule(form.rules, 'status');
    expect(checkForm({ ...form, rules }, true, true)).toEqual([
      { field: 'rule', index: 1, part: 'value' },
      { field: 'rule', index: 1, part: 'state' },
    ]);
  });

  it('shows a refused map on the map, and a refused key on its field', () => {
    expect(problemFromError(new ApiError(400, 'parameter_invalid', 'x', 'status_map'))).toEqual({
      field: 'statusMap',
    });
    expect(problemFromError(new ApiError(400, 'parameter_invalid', 'x', 'project_key'))).toEqual({
      field: 'projectKey',
    });
  });
});

describe('status rules', () => {
  it('add a category rule for a category no rule names yet', () => {
    const rules = addRule(formFromSettings(saved).rules, 'category');
    expect(rules[1]).toMatchObject({ kind: 'category', value: 'new', stateId: '' });
  });

  it('move up and down, and not past either end', () => {
    const rules = addRule(addRule([], 'status'), 'category');
    const [first, second] = rules;
    expect(moveRule(rules, 1, -1)).toEqual([second, first]);
    expect(moveRule(rules, 0, -1)).toEqual(rules);
    expect(moveRule(rules, 1, 1)).toEqual(rules);
  });
});
