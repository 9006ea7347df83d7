import { z } from 'zod';
import { ZCursorPagesSchema } from './search.ts';

/** Intercom's webhook topics that Charla sends, grouped as the settings screen shows them. */
export const WEBHOOK_TOPIC_GROUPS = {
  conversations: [
    'conversation.user.created',
    'conversation.user.replied',
    'conversation.admin.replied',
    'conversation.admin.single.created',
    'conversation.admin.assigned',
    'conversation.admin.noted',
    'conversation.admin.closed',
    'conversation.admin.opened',
    'conversation.admin.snoozed',
    'conversation.admin.unsnoozed',
  ],
  contacts: ['contact.created', 'contact.updated', 'contact.deleted'],
  tickets: [
    'ticket.created',
    'ticket.state.updated',
    'ticket.admin.assigned',
    'ticket.note.created',
    'ticket.contact.replied',
    'ticket.admin.replied',
  ],
} as const;
export type WebhookTopicGroup = keyof typeof WEBHOOK_TOPIC_GROUPS;

export const WEBHOOK_TOPICS = [
  ...WEBHOOK_TOPIC_GROUPS.conversations,
  ...WEBHOOK_TOPIC_GROUPS.contacts,
  ...WEBHOOK_TOPIC_GROUPS.tickets,
] as const;
export const ZWebhookTopicSchema = z.enum(WEBHOOK_TOPICS);
export type WebhookTopic = z.infer<typeof ZWebhookTopicSchema>;

/** The topic of the test notification ("Send test"), which no subscription chooses. */
export const PING_TOPIC = 'ping';

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.username;
  } catch {
    return false;
  }
}

/** Where deliveries are POSTed: an absolute http(s) URL without credentials. */
export const ZWebhookUrlSchema = z
  .string()
  .trim()
  .max(2048)
  .refine(isHttpUrl, 'Expected an absolute http:// or https:// URL without user name or password');

const ZTopicsSchema = z
  .array(ZWebhookTopicSchema)
  .min(1)
  .max(WEBHOOK_TOPICS.length * 2)
  .transform((topics) => [...new Set(topics)]);

export const ZCreateWebhookSubscriptionRequestSchema = z.strictObject({
  url: ZWebhookUrlSchema,
  topics: ZTopicsSchema,
  active: z.boolean().optional(),
});
export type CreateWebhookSubscriptionRequest = z.infer<typeof ZCreateWebhookSubscriptionRequestSchema>;

export const ZUpdateWebhookSubscriptionRequestSchema = z.strictObject({
  url: ZWebhookUrlSchema.optional(),
  topics: ZTopicsSchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateWebhookSubscriptionRequest = z.infer<typeof ZUpdateWebhookSubscriptionRequestSchema>;

/** A subscription as admins see it, secret included (deliveries are signed with it). Times are unix seconds. */
export const ZWebhookSubscriptionSchema = z.object({
  type: z.literal('webhook_subscription'),
  id: z.string(),
  url: z.string(),
  topics: z.array(ZWebhookTopicSchema),
  active: z.boolean(),
  secret: z.string(),
  created_at: z.number(),
  updated_at: z.number(),
});
export type WebhookSubscription = z.infer<typeof ZWebhookSubscriptionSchema>;

export const ZWebhookSubscriptionListSchema = z.object({
  type: z.literal('list'),
  data: z.array(ZWebhookSubscriptionSchema),
});
export type WebhookSubscriptionList = z.infer<typeof ZWebhookSubscriptionListSchema>;

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'retrying', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** One POST of a delivery and its answer (the first 2 KB of the body), or why it got none. */
export const ZWebhookAttemptSchema = z.object({
  attempt: z.number(),
  sent_at: z.number(),
  duration_ms: z.number(),
  response_status: z.number().nullable(),
  response_body: z.string().nullable(),
  error: z.string().nullable(),
});
export type WebhookAttempt = z.infer<typeof ZWebhookAttemptSchema>;

/**
 * One notification to one subscription. `request_body` is the last body sent (signed as sent); the `response_*`
 * and `error` fields are those of the last attempt, and `attempt_log` lists every attempt, oldest first.
 */
export const ZWebhookDeliverySchema = z.object({
  type: z.literal('webhook_delivery'),
  id: z.string(),
  subscription_id: z.string(),
  notification_id: z.string(),
  topic: z.string(),
  event_id: z.number().nullable(),
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number(),
  response_status: z.number().nullable(),
  response_body: z.string().nullable(),
  error: z.string().nullable(),
  request_body: z.string().nullable(),
  created_at: z.number(),
  first_sent_at: z.number().nullable(),
  last_attempt_at: z.number().nullable(),
  delivered_at: z.number().nullable(),
  attempt_log: z.array(ZWebhookAttemptSchema),
});
export type WebhookDelivery = z.infer<typeof ZWebhookDeliverySchema>;

export const ZWebhookDeliveryListSchema = z.object({
  type: z.literal('list'),
  data: z.array(ZWebhookDeliverySchema),
  total_count: z.number(),
  pages: ZCursorPagesSchema,
});
export type WebhookDeliveryList = z.infer<typeof ZWebhookDeliveryListSchema>;

export const ZWebhookDeliveriesQuerySchema = z.object({
  per_page: z.coerce.number().int().min(1).max(100).default(20),
  starting_after: z.string().max(200).optional(),
});
