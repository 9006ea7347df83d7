import { z } from 'zod';
import { JiraError } from '../errors.ts';
import type { JiraUser } from '../store.ts';

/** Admin webhooks (`/rest/webhooks/1.0/webhook`): where Jira posts, for which events, signed with which secret. */

export const WEBHOOK_EVENTS = [
  'jira:issue_created',
  'jira:issue_updated',
  'jira:issue_deleted',
  'comment_created',
  'comment_updated',
  'comment_deleted',
] as const;

export const FILTER_KEY = 'issue-related-events-section';

export interface Webhook {
  id: number;
  name: string;
  url: string;
  events: string[];
  secret?: string;
  enabled: boolean;
  /** JQL an issue must match for its events to be sent; empty sends all. */
  jqlFilter: string;
  lastUpdated: number;
  lastUpdatedBy?: JiraUser;
}

export const ZWebhookRegistrationSchema = z.object({
  name: z.string().trim().min(1, 'The webhook name is required.'),
  url: z.url({ protocol: /^https?$/, error: 'The webhook URL must be an http or https URL.' }),
  events: z.array(z.enum(WEBHOOK_EVENTS, { error: 'Unknown webhook event.' })).min(1, 'Choose at least one event.'),
  secret: z.string().min(1).optional(),
  enabled: z.boolean().default(true),
  filters: z
    .object({ [FILTER_KEY]: z.string().default('') })
    .partial()
    .optional(),
});

export type WebhookRegistration = z.input<typeof ZWebhookRegistrationSchema>;

export class WebhookRegistry {
  private readonly webhooks = new Map<number, Webhook>();
  private nextId = 1;

  /** Validates like Jira's admin API: a 400 naming the first problem. `checkFilter` throws for bad JQL. */
  register(input: unknown, checkFilter: (jql: string) => void, user?: JiraUser): Webhook {
    const parsed = ZWebhookRegistrationSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new JiraError(400, [`${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`]);
    }
    const { filters, ...fields } = parsed.data;
    const jqlFilter = filters?.[FILTER_KEY] ?? '';
    if (jqlFilter.trim() !== '') checkFilter(jqlFilter);
    const webhook: Webhook = { id: this.nextId++, ...fields, jqlFilter, lastUpdated: Date.now() };
    if (user) webhook.lastUpdatedBy = user;
    this.webhooks.set(webhook.id, webhook);
    return webhook;
  }

  list(): Webhook[] {
    return [...this.webhooks.values()];
  }

  find(id: string): Webhook | undefined {
    return this.webhooks.get(Number(id));
  }

  remove(id: string): boolean {
    return this.webhooks.delete(Number(id));
  }

  /** The enabled webhooks listening for `event`. */
  listeningFor(event: string): Webhook[] {
    return this.list().filter((webhook) => webhook.enabled && webhook.events.includes(event));
  }
}

export function presentWebhook(webhook: Webhook, baseUrl: string) {
  return {
    self: `${baseUrl}/rest/webhooks/1.0/webhook/${webhook.id}`,
    name: webhook.name,
    url: webhook.url,
    events: webhook.events,
    filters: { [FILTER_KEY]: webhook.jqlFilter },
    excludeBody: false,
    enabled: webhook.enabled,
    lastUpdated: webhook.lastUpdated,
    ...(webhook.lastUpdatedBy
      ? {
          lastUpdatedUser: webhook.lastUpdatedBy.accountId,
          lastUpdatedDisplayName: webhook.lastUpdatedBy.displayName,
        }
      : {}),
  };
}
