import { type AdfDocument, adfToText } from './adf.ts';
import type { FieldSelection } from './fields.ts';
import type { IssueType } from './issue-types.ts';
import type { Comment, Issue, JiraUser, Project } from './store.ts';
import { formatJiraTimestamp } from './time.ts';
import type { Status } from './workflow.ts';

/** JSON views of the stand-in's entities, shared by REST v3, REST v2 and webhook bodies. */

export interface View {
  baseUrl: string;
  /** The reader's time zone: timestamps are rendered in it. */
  timeZone: string;
  /** v3 renders rich text as ADF; v2 and webhooks as plain strings. */
  richText: 'adf' | 'string';
  apiVersion: 2 | 3;
}

const api = (view: View) => `${view.baseUrl}/rest/api/${view.apiVersion}`;

function richText(doc: AdfDocument, view: View): AdfDocument | string {
  return view.richText === 'adf' ? doc : adfToText(doc);
}

export function presentUser(user: JiraUser, view: View) {
  return {
    self: `${api(view)}/user?accountId=${user.accountId}`,
    accountId: user.accountId,
    displayName: user.displayName,
    active: true,
    timeZone: user.timeZone,
    accountType: 'atlassian',
  };
}

export function presentStatus(status: Status, view: View) {
  const category = status.category;
  return {
    self: `${api(view)}/status/${status.id}`,
    description: '',
    iconUrl: `${view.baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    untranslatedName: status.name,
    id: status.id,
    statusCategory: {
      self: `${api(view)}/statuscategory/${category.id}`,
      id: category.id,
      key: category.key,
      colorName: category.colorName,
      name: category.name,
    },
  };
}

export function presentIssueType(type: IssueType, view: View) {
  return {
    self: `${api(view)}/issuetype/${type.id}`,
    id: type.id,
    description: type.description,
    name: type.name,
    subtask: false,
    hierarchyLevel: 0,
  };
}

export function presentProjectReference(project: Project, view: View) {
  return {
    self: `${api(view)}/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: false,
  };
}

export function presentComment(issue: Issue, comment: Comment, view: View) {
  const author = presentUser(comment.author, view);
  return {
    self: `${api(view)}/issue/${issue.id}/comment/${comment.id}`,
    id: comment.id,
    author,
    body: richText(comment.body, view),
    updateAuthor: author,
    created: formatJiraTimestamp(comment.created, view.timeZone),
    updated: formatJiraTimestamp(comment.updated, view.timeZone),
    jsdPublic: true,
    ...(comment.visibility ? { visibility: comment.visibility } : {}),
  };
}

export function presentCommentPage(
  issue: Issue,
  comments: Comment[],
  page: { startAt: number; maxResults: number },
  view: View,
) {
  return {
    comments: comments.slice(page.startAt, page.startAt + page.maxResults).map((c) => presentComment(issue, c, view)),
    startAt: page.startAt,
    maxResults: page.maxResults,
    total: comments.length,
  };
}

function fieldValues(issue: Issue, view: View): Record<string, unknown> {
  const reporter = presentUser(issue.reporter, view);
  return {
    summary: issue.summary,
    description: issue.description ? richText(issue.description, view) : null,
    status: presentStatus(issue.status, view),
    issuetype: presentIssueType(issue.issueType, view),
    project: presentProjectReference(issue.project, view),
    labels: issue.labels,
    reporter,
    creator: reporter,
    assignee: null,
    created: formatJiraTimestamp(issue.created, view.timeZone),
    updated: formatJiraTimestamp(issue.updated, view.timeZone),
    comment: presentCommentPage(issue, issue.comments, { startAt: 0, maxResults: issue.comments.length }, view),
  };
}

export function presentIssue(issue: Issue, selection: FieldSelection, view: View) {
  if (selection.idOnly) return { id: issue.id };
  const fields = Object.fromEntries(
    Object.entries(fieldValues(issue, view)).filter(([name]) => selection.includes(name)),
  );
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: `${api(view)}/issue/${issue.id}`,
    key: issue.key,
    fields,
  };
}

export function presentProject(project: Project, issueTypes: readonly IssueType[], view: View) {
  return {
    ...presentProjectReference(project, view),
    description: '',
    issueTypes: issueTypes.map((type) => presentIssueType(type, view)),
    style: 'classic',
    isPrivate: false,
  };
}
