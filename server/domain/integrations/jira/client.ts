import { createCloudClient, isApiError, isAuthError, isNotFoundError } from 'jira.js';

/** What Charla needs of an issue: its key, summary, status and when it last changed. */
export interface JiraIssue {
  id: string;
  key: string;
  summary: string | null;
  statusName: string | null;
  /** Jira's status category key: new, indeterminate or done. */
  statusCategory: string | null;
  updated: Date | null;
}

export interface JiraConnection {
  siteUrl: string;
  email: string;
  apiToken: string;
}

/** Each call gives up after this long; the job that made it retries later. */
const CALL_TIMEOUT_MS = 15_000;

/** A paragraph per line, as Atlassian Document Format (v3 wants ADF for descriptions and comments). */
export function textToAdf(text: string, link?: { text: string; href: string }) {
  const paragraphs = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }));
  if (link) {
    paragraphs.push({
      type: 'paragraph',
      content: [{ type: 'text', text: link.text, marks: [{ type: 'link', attrs: { href: link.href } }] } as never],
    });
  }
  return {
    type: 'doc' as const,
    version: 1,
    content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph', content: [] }],
  };
}

/** The plain text of an ADF document or a wiki-markup string (webhooks may carry either). */
export function adfToText(body: unknown): string {
  if (typeof body === 'string') return body;
  const lines: string[] = [];
  const walk = (node: unknown, line: string[]): void => {
    if (!node || typeof node !== 'object') return;
    const { type, text, content } = node as { type?: string; text?: string; content?: unknown[] };
    if (type === 'text' && typeof text === 'string') line.push(text);
    if (!Array.isArray(content)) return;
    if (type === 'doc') {
      for (const child of content) {
        const childLine: string[] = [];
        walk(child, childLine);
        lines.push(childLine.join(''));
      }
      return;
    }
    for (const child of content) walk(child, line);
  };
  walk(body, []);
  return lines.join('\n').trim();
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Jira did not answer within ${CALL_TIMEOUT_MS / 1000} s`)),
      CALL_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** A short reason for teammates: what went wrong talking to Jira. */
export function describeJiraError(error: unknown): string {
  if (isAuthError(error)) return 'Jira refused the email and API token (401)';
  if (isNotFoundError(error))
    return 'Jira answered 404: the issue or project does not exist, or the account cannot see it';
  if (isApiError(error)) {
    const body = error.body as { errorMessages?: string[]; errors?: Record<string, string> } | undefined;
    const details = [...(body?.errorMessages ?? []), ...Object.values(body?.errors ?? {})].join('; ');
    return `Jira answered ${error.status}${details ? `: ${details}` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}

export function isMissingIssue(error: unknown): boolean {
  return isNotFoundError(error);
}

type StatusFields = {
  summary?: string;
  status?: { name?: string; statusCategory?: { key?: string } };
  updated?: string;
};

function toIssue(raw: { id?: string; key?: string; fields?: StatusFields }): JiraIssue {
  const fields = raw.fields ?? {};
  return {
    id: String(raw.id ?? ''),
    key: String(raw.key ?? ''),
    summary: fields.summary ?? null,
    statusName: fields.status?.name ?? null,
    statusCategory: fields.status?.statusCategory?.key ?? null,
    updated: fields.updated ? new Date(fields.updated) : null,
  };
}

const FIELDS = ['summary', 'status', 'updated'];

/**
 * The Jira Cloud calls Charla makes, through the maintained `jira.js` client (REST v3). The host may be
 * any http(s) origin, so tests and the demo point it at the local stand-in (`npm run dev:jira`).
 */
export function connectJira(connection: JiraConnection) {
  const jira = createCloudClient({
    host: connection.siteUrl,
    auth: { type: 'basic', email: connection.email, apiToken: connection.apiToken },
    onSchemaMismatch: 'silent',
  });
  async function getIssue(key: string): Promise<JiraIssue> {
    const issue = await withTimeout(jira.issues.getIssue({ issueIdOrKey: key, fields: FIELDS }));
    return toIssue(issue as never);
  }

  async function searchUpdated(batch: string[], minutes: number): Promise<JiraIssue[]> {
    const found: JiraIssue[] = [];
    const jql = `key in (${batch.join(', ')}) AND updated >= "-${minutes}m" ORDER BY updated ASC`;
    let nextPageToken: string | undefined;
    do {
      const page = await withTimeout(
        jira.issueSearch.searchAndReconsileIssuesUsingJqlPost({ jql, fields: FIELDS, maxResults: 100, nextPageToken }),
      );
      for (const issue of page.issues ?? []) found.push(toIssue(issue as never));
      nextPageToken = page.isLast === false ? (page.nextPageToken ?? undefined) : undefined;
    } while (nextPageToken);
    return found;
  }

  return {
    getIssue,
    async myself() {
      const me = await withTimeout(jira.myself.getCurrentUser());
      return { accountId: String(me.accountId ?? ''), displayName: me.displayName ?? null };
    },
    async project(key: string) {
      const project = await withTimeout(jira.projects.getProject({ projectIdOrKey: key }));
      return { key: String(project.key ?? key), name: String(project.name ?? key) };
    },
    async createIssue(input: {
      projectKey: string;
      issueType: string;
      summary: string;
      description: ReturnType<typeof textToAdf>;
    }) {
      const created = await withTimeout(
        jira.issues.createIssue({
          fields: {
            project: { key: input.projectKey },
            issuetype: { name: input.issueType },
            summary: input.summary,
            description: input.description,
          },
        } as never),
      );
      return { id: String(created.id), key: String(created.key) };
    },
    async addComment(key: string, body: ReturnType<typeof textToAdf>) {
      const comment = await withTimeout(jira.issueComments.addComment({ issueIdOrKey: key, body } as never));
      return { id: String((comment as { id?: string }).id ?? '') };
    },
    /**
     * Issues among `keys` updated in the last `minutes` minutes (relative JQL dates avoid time zones). Jira
     * refuses a whole `key in (…)` query when one key is gone (deleted, moved, hidden): that batch is then
     * read issue by issue, skipping the missing ones.
     */
    async issuesUpdatedSince(keys: string[], minutes: number): Promise<JiraIssue[]> {
      const found: JiraIssue[] = [];
      const since = Date.now() - minutes * 60_000;
      for (let start = 0; start < keys.length; start += 100) {
        const batch = keys.slice(start, start + 100);
        try {
          found.push(...(await searchUpdated(batch, minutes)));
        } catch (error) {
          if (!isApiError(error) || error.status !== 400) throw error;
          for (const key of batch) {
            const issue = await getIssue(key).catch((missing: unknown) => {
              if (isNotFoundError(missing)) return undefined;
              throw missing;
            });
            if (issue && (!issue.updated || issue.updated.getTime() >= since)) found.push(issue);
          }
        }
      }
      return found;
    },
  };
}

export type JiraClient = ReturnType<typeof connectJira>;
