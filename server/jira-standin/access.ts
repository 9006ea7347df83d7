import type { Account } from './accounts.ts';
import { issueNotFound } from './errors.ts';
import type { Issue, JiraStore, Project } from './store.ts';

/** What an account may see: an issue it cannot browse is, to it, an issue that does not exist (as in Jira). */

export function visibleIssue(store: JiraStore, account: Account, idOrKey: string): Issue {
  const issue = store.findIssue(idOrKey);
  if (!issue || !account.canSee(issue)) throw issueNotFound();
  return issue;
}

export function visibleProject(store: JiraStore, account: Account, idOrKey: unknown): Project | undefined {
  if (typeof idOrKey !== 'string' && typeof idOrKey !== 'number') return undefined;
  const project = store.findProject(String(idOrKey));
  return project && account.canBrowse(project) ? project : undefined;
}
