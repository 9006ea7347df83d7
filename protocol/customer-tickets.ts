import { z } from 'zod';
import { ZLanguageSchema } from './common.ts';
import { ZIdempotencyKeySchema, ZMessageBodySchema } from './messenger.ts';
import { ZPublicTicketSchema, ZTicketStateCategorySchema } from './tickets.ts';

/**
 * The customer's side of tickets: the messenger's Tickets tab (`/api/messenger/tickets…`, visitor token) and
 * the signed ticket page (`/api/ticket-portal/…?s=`). Only shared customer tickets, only public comments and
 * state notices: never a note, an internal label or an internal attribute.
 */

/** One entry of a ticket's timeline: a public comment, or a state notice written in the customer's language. */
export const ZPublicTicketCommentSchema = ZPublicTicketSchema.shape.comments.element;
export type PublicTicketComment = z.infer<typeof ZPublicTicketCommentSchema>;

/** A ticket in the customer's list: `updated_at` is its last public activity. */
export const ZCustomerTicketSummarySchema = ZPublicTicketSchema.omit({ comments: true, attributes: true }).extend({
  /** Comments and state notices from the team the customer has not seen. */
  unread_count: z.number(),
});
export type CustomerTicketSummary = z.infer<typeof ZCustomerTicketSummarySchema>;

export const ZCustomerTicketListSchema = z.object({
  type: z.literal('ticket.list'),
  tickets: z.array(ZCustomerTicketSummarySchema),
  unread_count: z.number(),
});
export type CustomerTicketList = z.infer<typeof ZCustomerTicketListSchema>;

/** `?language=`: the messenger's language, used when the contact has none of their own. */
export const ZCustomerTicketQuerySchema = z.object({ language: ZLanguageSchema.optional() });

export const ZCustomerTicketCommentRequestSchema = z.strictObject({
  body: ZMessageBodySchema,
  idempotency_key: ZIdempotencyKeySchema,
});

/** The answer to a customer's comment: the comment as the timeline shows it (the first one, for a retry). */
export const ZCustomerTicketCommentSentSchema = z.object({
  type: z.literal('ticket.comment'),
  ticket_id: z.string(),
  comment: ZPublicTicketCommentSchema,
});
export type CustomerTicketCommentSent = z.infer<typeof ZCustomerTicketCommentSentSchema>;

/** The signed ticket page's ticket: the PublicTicket, the workspace's look, and where its live stream starts. */
export const ZTicketPortalSchema = ZPublicTicketSchema.extend({
  language: ZLanguageSchema,
  workspace: z.object({ name: z.string(), primary_color: z.string() }),
  /** Connect the ticket's socket with `after` = this (read before the ticket: nothing falls in between). */
  last_event_id: z.number(),
});
export type TicketPortal = z.infer<typeof ZTicketPortalSchema>;

/** `?s=` (the link's signature) and `?lang=` (the page's language switch; another value is ignored). */
export const ZTicketPortalQuerySchema = z.object({
  s: z.string().max(200).optional(),
  lang: ZLanguageSchema.optional().catch(undefined),
});

/** `GET /api/tickets/{id}/customer_link` (teammates): the signed page's address, to send the customer. */
export const ZCustomerLinkSchema = z.object({ type: z.literal('ticket.customer_link'), url: z.string() });

/** A state as live events tell the customer of it: its external labels in both languages. */
export const ZCustomerTicketStateSchema = z.object({
  category: ZTicketStateCategorySchema,
  labels: z.object({ en: z.string(), es: z.string() }),
});
export type CustomerTicketState = z.infer<typeof ZCustomerTicketStateSchema>;

/**
 * `data` of a ticket's events on the customer's streams (messenger and signed page). `ticket_id` marks them
 * (it is the conversation id): `conversation.part.created` carries the new timeline entry as `comment` (and,
 * for a state notice, the new `state`); `ticket.created`/`ticket.updated` carry `ticket` (refetch for the rest).
 * The ticket conversation's other events are not sent to the customer.
 */
export const ZVisitorTicketEventDataSchema = z.object({
  conversation_id: z.string(),
  ticket_id: z.string(),
  comment: ZPublicTicketCommentSchema.optional(),
  state: ZCustomerTicketStateSchema.optional(),
  ticket: z.object({ id: z.string(), ticket_number: z.number(), title: z.string() }).optional(),
});
export type VisitorTicketEventData = z.infer<typeof ZVisitorTicketEventDataSchema>;
