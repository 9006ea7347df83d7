import type { AddressInfo } from 'node:net';
import { AccountDirectory } from './accounts.ts';
import { commentAsUser, moveIssue } from './actions.ts';
import type { StandinContext } from './context.ts';
import { buildStandinApp } from './http/app.ts';
import { DEFAULT_ACCOUNT, DEFAULT_PROJECT, type JiraStandinOptions } from './options.ts';
import { type IssueSnapshot, issueSnapshot } from './snapshot.ts';
import { JiraStore } from './store.ts';
import { type Delivery, WebhookDispatcher } from './webhooks/dispatcher.ts';
import { checkWebhookFilter, publishStoreEvent } from './webhooks/publish.ts';
import { WebhookRegistry } from './webhooks/registry.ts';

export type { JiraStandinOptions, StandinAccount, StandinProject, StandinWebhookOption } from './options.ts';
export type { IssueSnapshot } from './snapshot.ts';
export type { Delivery } from './webhooks/dispatcher.ts';

export interface JiraStandin {
  /** Give this to jira.js as `host`. */
  url: string;
  close(): Promise<void>;
  /** Every issue as it is now (a fresh snapshot on each read). */
  readonly issues: IssueSnapshot[];
  /** The webhook delivery log, oldest first, bodies included. */
  readonly deliveries: readonly Delivery[];
  /** Moves an issue as a Jira user would (default Dev Person), firing `jira:issue_updated`. */
  transition(key: string, statusName: string, author?: string): IssueSnapshot;
  /** Comments as a Jira user would (default Dev Person), firing `comment_created`. */
  addComment(key: string, body: string, author?: string): IssueSnapshot;
  /** The next `count` deliveries are lost: logged as dropped, never sent, never retried. */
  dropNextWebhooks(count: number): void;
  /** Sends the last delivery again with the same identifier and body. */
  redeliverLast(): Delivery | undefined;
  /** Resolves once `count` deliveries have settled (delivered, failed or dropped). */
  waitForDeliveries(count: number, timeoutMs?: number): Promise<void>;
}

/** `0.0.0.0` and `::` listen everywhere but cannot be dialled; links use loopback instead. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts a local stand-in for Jira Cloud's REST API and webhooks. In memory; `close()` forgets everything. */
export async function startJiraStandin(options: JiraStandinOptions = {}): Promise<JiraStandin> {
  const accounts = options.accounts ?? [DEFAULT_ACCOUNT];
  const store = new JiraStore(options.projects ?? [DEFAULT_PROJECT], accounts);
  const dispatcherOptions = {
    retries: options.webhookRetries ?? 5,
    retryDelayMs: options.webhookRetryDelayMs ?? 1_000,
    timeoutMs: options.webhookTimeoutMs ?? 10_000,
    ...(options.log ? { log: options.log } : {}),
  };
  const context: StandinContext = {
    store,
    accounts: new AccountDirectory(accounts, store),
    registry: new WebhookRegistry(),
    dispatcher: new WebhookDispatcher(dispatcherOptions),
    baseUrl: '',
  };
  store.onChange((event) => publishStoreEvent(context, event));
  for (const [index, webhook] of (options.webhooks ?? []).entries()) {
    const registration = {
      name: webhook.name ?? `Stand-in webhook ${index + 1}`,
      url: webhook.url,
      events: webhook.events ?? ['jira:issue_updated', 'comment_created'],
      ...(webhook.secret ? { secret: webhook.secret } : {}),
      filters: { 'issue-related-events-section': webhook.jqlFilter ?? '' },
    };
    context.registry.register(registration, (jql) => checkWebhookFilter(store, jql));
  }

  const app = buildStandinApp(context);
  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port ?? 0, host });
  const { port } = app.server.address() as AddressInfo;
  context.baseUrl = `http://${urlHost(host)}:${port}`;

  return {
    url: context.baseUrl,
    async close() {
      context.dispatcher.close();
      await app.close();
    },
    get issues() {
      return store.issues.map(issueSnapshot);
    },
    get deliveries() {
      return context.dispatcher.deliveries;
    },
    transition: (key, statusName, author) => issueSnapshot(moveIssue(store, key, statusName, author)),
    addComment: (key, body, author) => issueSnapshot(commentAsUser(store, key, body, author).issue),
    dropNextWebhooks: (count) => context.dispatcher.dropNext(count),
    redeliverLast: () => context.dispatcher.redeliverLast((id) => context.registry.find(String(id))),
    waitForDeliveries: (count, timeoutMs) => context.dispatcher.waitFor(count, timeoutMs),
  };
}
