import { textToAdf } from './adf.ts';
import { badRequest, issueNotFound } from './errors.ts';
import type { Comment, Issue, JiraStore } from './store.ts';
import { findStatusByName } from './workflow.ts';

/** What a person does in Jira's UI, for the control API, the demo page and tests. Fires the same webhooks. */

function issueByKey(store: JiraStore, key: string): Issue {
  const issue = store.findIssue(key);
  if (!issue) throw issueNotFound();
  return issue;
}

/** Moves an issue to a status by name ("In Progress"); `author` is a display name or account id (default Dev Person). */
export function moveIssue(store: JiraStore, key: string, statusName: string, author?: string): Issue {
  const issue = issueByKey(store, key);
  const status = findStatusByName(statusName);
  if (!status) throw badRequest(`There is no status named '${statusName}'.`);
  if (status.id === issue.status.id) throw badRequest(`${issue.key} is already in '${status.name}'.`);
  store.transitionIssue(issue, status, store.userNamed(author));
  return issue;
}

/** Adds a plain-text comment as a Jira user would type it. */
export function commentAsUser(
  store: JiraStore,
  key: string,
  text: string,
  author?: string,
): { issue: Issue; comment: Comment } {
  const issue = issueByKey(store, key);
  if (text.trim() === '') throw badRequest('Comment body can not be empty!');
  return { issue, comment: store.addComment(issue, textToAdf(text), store.userNamed(author)) };
}
