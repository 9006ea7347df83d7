import { timingSafeEqual } from 'node:crypto';
import type { StandinAccount } from './options.ts';
import type { Issue, JiraStore, JiraUser, Project } from './store.ts';

/** API credentials (email + API token, sent as HTTP Basic) and what each account may browse. */

export interface Account {
  user: JiraUser;
  email: string;
  canBrowse: (project: Project) => boolean;
  canSee: (issue: Issue) => boolean;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export class AccountDirectory {
  private readonly entries: { account: Account; apiToken: string }[];

  constructor(accounts: StandinAccount[], store: JiraStore) {
    this.entries = accounts.map((options) => {
      const projectKeys = options.projectKeys && new Set(options.projectKeys.map((key) => key.toUpperCase()));
      const canBrowse = (project: Project) => !projectKeys || projectKeys.has(project.key.toUpperCase());
      const account: Account = {
        user: store.userNamed(options.accountId),
        email: options.email,
        canBrowse,
        canSee: (issue) => canBrowse(issue.project),
      };
      return { account, apiToken: options.apiToken };
    });
  }

  /** The account an `Authorization` header names, or undefined for a missing, malformed or wrong one. */
  authenticate(header: string | undefined): Account | undefined {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
    if (!match) return undefined;
    const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const email = decoded.slice(0, colon).toLowerCase();
    const token = decoded.slice(colon + 1);
    const entry = this.entries.find((candidate) => candidate.account.email.toLowerCase() === email);
    return entry && sameSecret(token, entry.apiToken) ? entry.account : undefined;
  }
}
