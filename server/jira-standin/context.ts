import type { AccountDirectory } from './accounts.ts';
import type { View } from './presenter.ts';
import type { JiraStore } from './store.ts';
import type { WebhookDispatcher } from './webhooks/dispatcher.ts';
import type { WebhookRegistry } from './webhooks/registry.ts';

/** Everything a request handler needs; `baseUrl` is known once the server listens. */
export interface StandinContext {
  store: JiraStore;
  accounts: AccountDirectory;
  registry: WebhookRegistry;
  dispatcher: WebhookDispatcher;
  baseUrl: string;
}

export function restView(context: StandinContext, timeZone: string, apiVersion: 2 | 3): View {
  return { baseUrl: context.baseUrl, timeZone, richText: apiVersion === 3 ? 'adf' : 'string', apiVersion };
}

/** How webhooks render: REST v2 shapes, UTC. */
export function webhookView(context: StandinContext): View {
  return { baseUrl: context.baseUrl, timeZone: 'UTC', richText: 'string', apiVersion: 2 };
}
