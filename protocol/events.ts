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
] as const;
export const ZEventTopicSchema = z.enum(EVENT_TOPICS);
export type EventTopic = z.infer<typeof ZEventTopicSchema>;

/**
 * One recorded change, as clients receive it live and from `GET /api/events?after=<id>`.
 * Ids are per workspace and contiguous for agents: a gap means a missed event, to fetch by replay.
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

export const ZEventListSchema = z.object({
  type: z.literal('event.list'),
  events: z.array(ZEventSchema),
  /** Pass back as `after` to continue; equals the last event id, or the request's `after` when empty. */
  last_id: z.number(),
  has_more: z.boolean(),
});
export type EventList = z.infer<typeof ZEventListSchema>;
