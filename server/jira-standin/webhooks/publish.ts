import { type StandinContext, webhookView } from '../context.ts';
import { compileJql } from '../jql/compile.ts';
import type { Issue, JiraStore, StoreEvent } from '../store.ts';
import { webhookEventsFor } from './payloads.ts';
import type { Webhook } from './registry.ts';

/** Turns a change in the store into deliveries for every enabled webhook that listens for it and whose filter matches. */

const filterContext = (store: JiraStore) => ({ store, timeZone: 'UTC', now: Date.now(), canSee: () => true });

/** Throws a Jira 400 when a webhook's JQL filter does not parse or names unknown things. */
export function checkWebhookFilter(store: JiraStore, jql: string): void {
  compileJql(jql, filterContext(store));
}

function matchesFilter(webhook: Webhook, issue: Issue, store: JiraStore): boolean {
  if (webhook.jqlFilter.trim() === '') return true;
  return compileJql(webhook.jqlFilter, filterContext(store)).matches(issue);
}

export function publishStoreEvent(context: StandinContext, event: StoreEvent): void {
  for (const { webhookEvent, issue, payload } of webhookEventsFor(event, webhookView(context))) {
    for (const webhook of context.registry.listeningFor(webhookEvent)) {
      if (matchesFilter(webhook, issue, context.store))
        context.dispatcher.enqueue(webhook, webhookEvent, issue.key, payload);
    }
  }
}
