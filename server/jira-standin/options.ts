/** What `startJiraStandin` accepts, and the defaults a fresh stand-in starts with. */

export interface StandinAccount {
  email: string;
  apiToken: string;
  accountId: string;
  displayName: string;
  /** IANA zone; REST timestamps are rendered in it and JQL dates read in it, as in Jira. Default UTC. */
  timeZone?: string;
  /** Keys of the projects this account can browse; every project when absent. */
  projectKeys?: string[];
}

export interface StandinProject {
  key: string;
  name: string;
}

export interface StandinWebhookOption {
  url: string;
  secret?: string;
  events?: string[];
  name?: string;
  /** JQL that issue events must match (Jira's "issue-related-events-section" filter). */
  jqlFilter?: string;
}

export interface JiraStandinOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** People who can call the REST API. Default: the Charla integration user. */
  accounts?: StandinAccount[];
  /** Default: SUP "Support". */
  projects?: StandinProject[];
  /** Webhooks registered at start, as if an admin had added them in Jira's settings. */
  webhooks?: StandinWebhookOption[];
  /** First retry delay; each later retry waits twice as long. Default 1000. */
  webhookRetryDelayMs?: number;
  /** Retries after the first attempt (Jira makes up to 5). Default 5. */
  webhookRetries?: number;
  /** A delivery attempt that takes longer fails (and is retried). Default 10000. */
  webhookTimeoutMs?: number;
  /** Receives one line per delivery attempt, for `npm run dev:jira`. */
  log?: (line: string) => void;
}

export const DEFAULT_ACCOUNT: StandinAccount = {
  email: 'charla@example.com',
  apiToken: 'standin-token',
  accountId: '5b10ac8d82e05b22cc7d4ef5',
  displayName: 'Charla Integration',
};

/** A Jira user with no API token: the person who moves issues and comments from the control API and the page. */
export const DEV_PERSON = {
  accountId: '5b10a2844c20165700ede21f',
  displayName: 'Dev Person',
  email: 'dev.person@example.com',
};

export const DEFAULT_PROJECT: StandinProject = { key: 'SUP', name: 'Support' };
