import { z } from 'zod';

/** Topics of the events Charla records (one per change) and pushes to clients. */
export const EVENT_TOPICS = [
  'conversation.created',
  'conversation.updated',
  'conversation.part.created',
  'conversation.read',
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'mention.created',
  'view.changed',
  'admin.away_mode_updated',
  'teammate.preferences_updated',
  'draft.updated',
  'ticket.created',
  'ticket.updated',
] as const;
export const ZEventTopicSchema = z.enum(EVENT_TOPICS);
export type EventTopic = z.infer<typeof ZEventTopicSchema>;

/**
 * One recorded change, as clients receive it live and from `GET /api/events?after=<id>`.
 * Ids are per workspace and contiguous for agents: a gap means a missed event, to fetch by replay.
 * Visitors receive only their own contact's public events, so their ids have gaps by design.
 */
export const ZEventSchema = z.object({
  type: z.literal('event'),
  id: z.number(),
  topic: ZEventTopicSchema,
  conversation_id: z.string().nullable(),
  contact_id: z.string().nullable(),
  created_at: z.number(),
  data: z.record(z.string(), z.unknown()),
});
export type CharlaEvent = z.infer<typeof ZEventSchema>;

/**
 * What other agents get in place of an event only one teammate may see (e.g. their mention): it keeps the
 * agents' stream contiguous, so a gap always means a missed event, while saying nothing of what happened.
 */
export const ZSkippedEventSchema = z.object({ type: z.literal('event.skipped'), id: z.number() });
export type SkippedEvent = z.infer<typeof ZSkippedEventSchema>;

/** One position in a client's event stream. */
export const ZStreamEventSchema = z.discriminatedUnion('type', [ZEventSchema, ZSkippedEventSchema]);
export type StreamEvent = z.infer<typeof ZStreamEventSchema>;

export const ZEventListSchema = z.object({
  type: z.literal('event.list'),
  events: z.array(ZStreamEventSchema),
  /** Pass back as `after` to continue; equals the last event id, or the request's `after` when empty. */
  last_id: z.number(),
  has_more: z.boolean(),
});
export type EventList = z.infer<typeof ZEventListSchema>;
