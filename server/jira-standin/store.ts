import { createHash } from 'node:crypto';
import type { AdfDocument } from './adf.ts';
import type { IssueType } from './issue-types.ts';
import { DEV_PERSON, type StandinAccount, type StandinProject } from './options.ts';
import { INITIAL_STATUS, type Status } from './workflow.ts';

/** In-memory Jira: projects, issues and comments, and the events a change raises. Nothing survives a restart. */

export interface JiraUser {
  accountId: string;
  displayName: string;
  email?: string;
  timeZone: string;
}

export interface Project {
  id: string;
  key: string;
  name: string;
  nextNumber: number;
}

export interface Visibility {
  type: 'role' | 'group';
  value: string;
}

export interface Comment {
  id: string;
  author: JiraUser;
  body: AdfDocument;
  created: number;
  updated: number;
  visibility?: Visibility;
}

export interface Issue {
  id: string;
  key: string;
  project: Project;
  issueType: IssueType;
  summary: string;
  description: AdfDocument | null;
  labels: string[];
  status: Status;
  reporter: JiraUser;
  created: number;
  updated: number;
  comments: Comment[];
}

export type StoreEvent =
  | { kind: 'issue_created'; issue: Issue; user: JiraUser; at: number }
  | { kind: 'issue_transitioned'; issue: Issue; user: JiraUser; at: number; from: Status; changelogId: string }
  | { kind: 'comment_created'; issue: Issue; user: JiraUser; at: number; comment: Comment };

export interface NewIssue {
  project: Project;
  issueType: IssueType;
  summary: string;
  description: AdfDocument | null;
  labels: string[];
}

/** A stable Atlassian-looking account id for a person named only by display name (control-API authors). */
function accountIdFor(displayName: string): string {
  return createHash('sha256').update(displayName).digest('hex').slice(0, 24);
}

export class JiraStore {
  readonly projects: Project[];
  readonly issues: Issue[] = [];
  private readonly users = new Map<string, JiraUser>();
  private readonly listeners: ((event: StoreEvent) => void)[] = [];
  private nextIssueId = 10000;
  private nextCommentId = 10000;
  private nextChangelogId = 10100;

  constructor(projects: StandinProject[], accounts: StandinAccount[]) {
    this.projects = projects.map((project, index) => ({
      id: String(10000 + index),
      key: project.key,
      name: project.name,
      nextNumber: 1,
    }));
    for (const account of accounts) this.addUser({ ...account, timeZone: account.timeZone ?? 'UTC' });
    this.addUser({ ...DEV_PERSON, timeZone: 'UTC' });
  }

  onChange(listener: (event: StoreEvent) => void): void {
    this.listeners.push(listener);
  }

  findProject(idOrKey: string): Project | undefined {
    const wanted = idOrKey.toUpperCase();
    return this.projects.find((project) => project.id === idOrKey || project.key.toUpperCase() === wanted);
  }

  findIssue(idOrKey: string): Issue | undefined {
    const wanted = idOrKey.toUpperCase();
    return this.issues.find((issue) => issue.id === idOrKey || issue.key.toUpperCase() === wanted);
  }

  /** A user by account id or display name; an unknown name becomes a new user, as if they had been invited. */
  userNamed(nameOrAccountId: string | undefined): JiraUser {
    const wanted = (nameOrAccountId ?? DEV_PERSON.displayName).trim();
    const known = this.users.get(wanted) ?? [...this.users.values()].find((user) => user.displayName === wanted);
    return known ?? this.addUser({ accountId: accountIdFor(wanted), displayName: wanted, timeZone: 'UTC' });
  }

  createIssue(input: NewIssue, user: JiraUser): Issue {
    const now = Date.now();
    const issue: Issue = {
      id: String(this.nextIssueId++),
      key: `${input.project.key}-${input.project.nextNumber++}`,
      ...input,
      status: INITIAL_STATUS,
      reporter: user,
      created: now,
      updated: now,
      comments: [],
    };
    this.issues.push(issue);
    this.emit({ kind: 'issue_created', issue, user, at: now });
    return issue;
  }

  transitionIssue(issue: Issue, to: Status, user: JiraUser): void {
    const from = issue.status;
    const now = Date.now();
    issue.status = to;
    issue.updated = now;
    this.emit({ kind: 'issue_transitioned', issue, user, at: now, from, changelogId: String(this.nextChangelogId++) });
  }

  addComment(issue: Issue, body: AdfDocument, user: JiraUser, visibility?: Visibility): Comment {
    const now = Date.now();
    const comment: Comment = { id: String(this.nextCommentId++), author: user, body, created: now, updated: now };
    if (visibility) comment.visibility = visibility;
    issue.comments.push(comment);
    issue.updated = now;
    this.emit({ kind: 'comment_created', issue, user, at: now, comment });
    return comment;
  }

  private addUser(user: JiraUser): JiraUser {
    const entry = { accountId: user.accountId, displayName: user.displayName, timeZone: user.timeZone };
    const stored: JiraUser = user.email ? { ...entry, email: user.email } : entry;
    this.users.set(stored.accountId, stored);
    return stored;
  }

  private emit(event: StoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
