import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JiraStandin, startJiraStandin } from './standin.ts';
import { adf, jiraClient, rejection } from './test-helpers.ts';

const JIRA_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}$/;

let standin: JiraStandin;
let jira: ReturnType<typeof jiraClient>;

beforeAll(async () => {
  standin = await startJiraStandin({
    projects: [
      { key: 'SUP', name: 'Support' },
      { key: 'OPS', name: 'Operations' },
    ],
    accounts: [
      {
        email: 'charla@example.com',
        apiToken: 'standin-token',
        accountId: '5b10ac8d82e05b22cc7d4ef5',
        displayName: 'Charla Integration',
      },
      {
        email: 'madrid@example.com',
        apiToken: 'madrid-token',
        accountId: 'madrid-1',
        displayName: 'Support Madrid',
        timeZone: 'Europe/Madrid',
        projectKeys: ['SUP'],
      },
    ],
  });
  jira = jiraClient(standin.url);
});

afterAll(() => standin.close());

const createIssue = (summary: string, projectKey = 'SUP') =>
  jira.issues.createIssue({
    fields: { project: { key: projectKey }, summary, issuetype: { name: 'Task' }, description: adf(summary) },
  });

describe('the Jira stand-in through jira.js', () => {
  it('answers myself with the account behind the API token', async () => {
    const me = await jira.myself.getCurrentUser();
    expect(me).toMatchObject({
      accountId: '5b10ac8d82e05b22cc7d4ef5',
      emailAddress: 'charla@example.com',
      displayName: 'Charla Integration',
      active: true,
      timeZone: 'UTC',
    });
  });

  it('describes a project with its issue types, and 404s an unknown one', async () => {
    const project = await jira.projects.getProject({ projectIdOrKey: 'SUP' });
    expect(project).toMatchObject({ key: 'SUP', name: 'Support' });
    expect(project.issueTypes?.map((type) => type.name)).toContain('Bug');
    expect((await rejection(jira.projects.getProject({ projectIdOrKey: 'NOPE' }))).status).toBe(404);
  });

  it('creates an issue with an ADF description and reads it back with Jira timestamps', async () => {
    const created = await jira.issues.createIssue({
      fields: {
        project: { key: 'SUP' },
        summary: 'Checkout page shows a blank screen',
        issuetype: { name: 'Bug' },
        description: adf('Reported by Marta in conversation 42'),
      },
    });
    expect(created.key).toMatch(/^SUP-\d+$/);
    expect(created.self).toBe(`${standin.url}/rest/api/3/issue/${created.id}`);

    const issue = await jira.issues.getIssue({
      issueIdOrKey: created.key,
      fields: ['summary', 'status', 'description'],
    });
    expect(issue.fields).toMatchObject({
      summary: 'Checkout page shows a blank screen',
      description: adf('Reported by Marta in conversation 42'),
      status: { name: 'To Do', statusCategory: { key: 'new' } },
    });
    expect(Object.keys(issue.fields ?? {}).sort()).toEqual(['description', 'status', 'summary']);

    const all = await jira.issues.getIssue({ issueIdOrKey: created.key });
    expect(all.fields?.created).toMatch(JIRA_TIMESTAMP);
    expect(all.fields?.updated).toMatch(JIRA_TIMESTAMP);
    expect(all.fields?.issuetype).toMatchObject({ name: 'Bug', subtask: false });
    expect(all.fields?.project).toMatchObject({ key: 'SUP', name: 'Support' });
  });

  it('takes a string description on v2 (where jira.js sends it) and refuses it on v3', async () => {
    const created = await jira.issues.createIssue({
      fields: {
        project: { key: 'SUP' },
        summary: 'Wiki text',
        issuetype: { name: 'Task' },
        description: 'Plain words',
      },
    });
    const issue = await jira.issues.getIssue({ issueIdOrKey: created.key, fields: ['description'] });
    expect(issue.fields?.description).toEqual(adf('Plain words'));

    const raw = await fetch(`${standin.url}/rest/api/3/issue`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa('charla@example.com:standin-token')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        fields: { project: { key: 'SUP' }, summary: 'x', issuetype: { name: 'Task' }, description: 'x' },
      }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ errors: { description: expect.stringContaining('Atlassian Document') } });
  });

  it('refuses an issue without a summary the way Jira does', async () => {
    const failure = await rejection(
      jira.issues.createIssue({ fields: { project: { key: 'SUP' }, summary: '', issuetype: { name: 'Task' } } }),
    );
    expect(failure.status).toBe(400);
    expect(failure.body).toEqual({
      errorMessages: [],
      errors: { summary: 'You must specify a summary of the issue.' },
    });
  });

  it('lists the transitions to the other statuses and performs one', async () => {
    const { key } = await createIssue('Move me');
    const { transitions } = await jira.issues.getTransitions({ issueIdOrKey: key });
    expect(transitions?.map((t) => [t.id, t.to?.name])).toEqual([
      ['21', 'In Progress'],
      ['31', 'Done'],
      ['41', 'Waiting for customer'],
    ]);

    await jira.issues.doTransition({ issueIdOrKey: key, transition: { id: '31' } });
    const issue = await jira.issues.getIssue({ issueIdOrKey: key, fields: ['status'] });
    expect(issue.fields?.status).toMatchObject({ name: 'Done', statusCategory: { key: 'done', colorName: 'green' } });

    const failure = await rejection(jira.issues.doTransition({ issueIdOrKey: key, transition: { id: '31' } }));
    expect(failure.status).toBe(400);
  });

  it('adds an ADF comment, and a string comment through v2, and lists both', async () => {
    const { key } = await createIssue('Comment on me');
    const comment = await jira.issueComments.addComment({ issueIdOrKey: key, body: adf('Looking into it') });
    expect(comment).toMatchObject({
      body: adf('Looking into it'),
      author: { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Charla Integration' },
      jsdPublic: true,
    });
    expect(comment.created).toBeInstanceOf(Date);

    const plain = await jira.issueComments.addComment({ issueIdOrKey: key, body: 'Second line' });
    expect(plain.body).toEqual(adf('Second line'));

    const page = await jira.issueComments.getComments({ issueIdOrKey: key });
    expect(page).toMatchObject({ startAt: 0, total: 2 });
    expect(page.comments?.map((c) => c.id)).toEqual([comment.id, plain.id]);
  });

  it('searches with updated >= and key in, paging with nextPageToken', async () => {
    const before = new Date(Date.now() - 60_000).toISOString().slice(0, 16).replace('T', ' ');
    const a = await createIssue('Search A');
    const b = await createIssue('Search B');
    const c = await createIssue('Search C');

    const recent = await jira.issueSearch.searchAndReconsileIssuesUsingJqlPost({
      jql: `project = SUP AND updated >= "${before}" ORDER BY key ASC`,
      fields: ['summary', 'status'],
      maxResults: 100,
    });
    expect(recent.isLast).toBe(true);
    expect(recent.issues?.map((issue) => issue.key)).toEqual(expect.arrayContaining([a.key, b.key, c.key]));

    const first = await jira.issueSearch.searchAndReconsileIssuesUsingJql({
      jql: `key in (${a.key}, ${b.key}, ${c.key}) ORDER BY key DESC`,
      fields: ['summary'],
      maxResults: 2,
    });
    expect(first.issues?.map((issue) => issue.fields?.summary)).toEqual(['Search C', 'Search B']);
    expect(first.isLast).toBe(false);
    const second = await jira.issueSearch.searchAndReconsileIssuesUsingJql({
      jql: `key in (${a.key}, ${b.key}, ${c.key}) ORDER BY key DESC`,
      fields: ['summary'],
      maxResults: 2,
      nextPageToken: first.nextPageToken ?? '',
    });
    expect(second.issues?.map((issue) => issue.key)).toEqual([a.key]);
    expect(second).toMatchObject({ isLast: true });
    expect(second.nextPageToken).toBeUndefined();
  });

  it('returns only ids by default, and no issue updated after a future instant', async () => {
    const { id } = await createIssue('Ids only');
    const ids = await jira.issueSearch.searchAndReconsileIssuesUsingJqlPost({ jql: `issuekey = ${id}` });
    expect(ids.issues).toEqual([{ id }]);
    const future = await jira.issueSearch.searchAndReconsileIssuesUsingJqlPost({
      jql: `project = SUP AND updated > ${Date.now() + 60_000}`,
    });
    expect(future.issues).toEqual([]);
  });

  it('answers JQL it does not understand with a 400 and Jira-like errorMessages', async () => {
    for (const jql of ['project = SUP OR project = OPS', 'summary ~ "printer"', 'project = ', 'order by key']) {
      const failure = await rejection(jira.issueSearch.searchAndReconsileIssuesUsingJqlPost({ jql }));
      expect(failure.status).toBe(400);
      expect(failure.body).toMatchObject({ errorMessages: [expect.any(String)] });
    }
  });

  it('answers 401 to a wrong API token', async () => {
    const failure = await rejection(jiraClient(standin.url, 'wrong-token').myself.getCurrentUser());
    expect(failure.status).toBe(401);
    expect(failure.body).toMatchObject({ errorMessages: [expect.any(String)] });
  });

  it('answers 404 to an unknown issue', async () => {
    const failure = await rejection(jira.issues.getIssue({ issueIdOrKey: 'SUP-9999' }));
    expect(failure.status).toBe(404);
    expect(failure.body).toEqual({
      errorMessages: ['Issue does not exist or you do not have permission to see it.'],
      errors: {},
    });
  });

  it('hides projects an account cannot browse and speaks its time zone', async () => {
    const hidden = await createIssue('Ops only', 'OPS');
    const madrid = jiraClient(standin.url, 'madrid-token', 'madrid@example.com');
    expect((await rejection(madrid.issues.getIssue({ issueIdOrKey: hidden.key }))).status).toBe(404);

    const visible = await createIssue('Seen from Madrid');
    const issue = await madrid.issues.getIssue({ issueIdOrKey: visible.key, fields: ['updated'] });
    expect(issue.fields?.updated).toMatch(/\+0[12]00$/);

    // Half an hour ahead on the UTC clock is still the past on Madrid's (UTC+1 or +2), where JQL dates are read.
    const aheadOfUtc = new Date(Date.now() + 30 * 60_000).toISOString().slice(0, 16).replace('T', ' ');
    const found = await madrid.issueSearch.searchAndReconsileIssuesUsingJqlPost({
      jql: `key = ${visible.key} AND updated >= "${aheadOfUtc}"`,
    });
    expect(found.issues).toEqual([{ id: visible.id }]);
  });
});
