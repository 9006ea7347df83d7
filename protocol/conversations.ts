import { z } from 'zod';

const ZIdSchema = z.union([z.string().regex(/^\d{1,15}$/), z.number().int().positive()]).transform(String);
/** Intercom sends assignee ids as strings or numbers; "0" means nobody. */
const ZAssigneeIdSchema = z.union([z.string().regex(/^\d{1,15}$/), z.number().int().min(0)]).transform(Number);
const ZBodySchema = z.string().min(1).max(65_536);
const ZUnixSecondsSchema = z.number().int().min(0).max(32_503_680_000);
export const ZIdempotencyKeySchema = z.string().min(1).max(255);

export const ZAuthorSchema = z.object({
  type: z.enum(['user', 'lead', 'admin', 'bot', 'team']),
  id: z.string().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
});

export const ZConversationPartSchema = z.object({
  type: z.literal('conversation_part'),
  id: z.string(),
  part_type: z.string(),
  body: z.string().nullable(),
  created_at: z.number(),
  updated_at: z.number(),
  notified_at: z.number(),
  assigned_to: z.object({ type: z.enum(['admin', 'team', 'nobody']), id: z.string().nullable() }).nullable(),
  author: ZAuthorSchema,
  attachments: z.array(z.unknown()),
  external_id: z.string().nullable(),
  redacted: z.boolean(),
  state: z.enum(['open', 'snoozed', 'closed']),
  /** Charla: false for notes and internal events, which the customer never sees. */
  public: z.boolean(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
});
export type ConversationPart = z.infer<typeof ZConversationPartSchema>;

export const ZTagSchema = z.object({
  type: z.literal('tag'),
  id: z.string(),
  name: z.string(),
  applied_at: z.number().optional(),
  applied_by: z
    .object({ type: z.literal('admin'), id: z.string() })
    .nullable()
    .optional(),
});
export type Tag = z.infer<typeof ZTagSchema>;

export const ZConversationSchema = z.object({
  type: z.literal('conversation'),
  id: z.string(),
  title: z.string().nullable(),
  created_at: z.number(),
  updated_at: z.number(),
  waiting_since: z.number().nullable(),
  snoozed_until: z.number().nullable(),
  open: z.boolean(),
  state: z.enum(['open', 'snoozed', 'closed']),
  read: z.boolean(),
  priority: z.enum(['priority', 'not_priority']),
  admin_assignee_id: z.number().nullable(),
  team_assignee_id: z.number().nullable(),
  tags: z.object({ type: z.literal('tag.list'), tags: z.array(ZTagSchema) }),
  conversation_rating: z.null(),
  source: z.object({
    type: z.string(),
    id: z.string(),
    delivered_as: z.string(),
    subject: z.string(),
    body: z.string(),
    author: ZAuthorSchema,
    attachments: z.array(z.unknown()),
    url: z.string().nullable(),
    redacted: z.boolean(),
  }),
  contacts: z.object({
    type: z.literal('contact.list'),
    contacts: z.array(
      z.object({
        type: z.literal('contact'),
        id: z.string(),
        external_id: z.string().nullable(),
        name: z.string().nullable(),
        email: z.string().nullable(),
      }),
    ),
  }),
  teammates: z.object({
    type: z.literal('admin.list'),
    admins: z.array(z.object({ type: z.literal('admin'), id: z.string() })),
  }),
  custom_attributes: z.record(z.string(), z.unknown()),
  first_contact_reply: z.object({ created_at: z.number(), type: z.string(), url: z.string().nullable() }).nullable(),
  sla_applied: z.null(),
  statistics: z.object({
    type: z.literal('conversation_statistics'),
    first_admin_reply_at: z.number().nullable(),
    last_admin_reply_at: z.number().nullable(),
    last_contact_reply_at: z.number().nullable(),
    first_close_at: z.number().nullable(),
    last_close_at: z.number().nullable(),
    last_closed_by_id: z.string().nullable(),
    time_to_admin_reply: z.number().nullable(),
    time_to_first_close: z.number().nullable(),
    count_reopens: z.number(),
    count_assignments: z.number(),
    count_conversation_parts: z.number(),
  }),
  linked_objects: z.object({
    type: z.literal('list'),
    total_count: z.number(),
    has_more: z.boolean(),
    data: z.array(z.unknown()),
  }),
  ticket: z.null(),
  /** Charla: what the inbox list shows without loading parts. */
  last_part_at: z.number(),
  last_part_preview: z.string().nullable(),
  /** Charla: the preview is of a teammates-only note (the list says "Note:"). */
  last_part_is_note: z.boolean(),
  bot_phase: z.enum(['bot', 'handed_off']).nullable(),
  /** Charla: the ticket's state category when this conversation is a ticket (its id is the ticket's). */
  ticket_state: z.enum(['submitted', 'in_progress', 'waiting_on_customer', 'resolved']).nullable(),
  created_by_admin_id: z.string().nullable(),
  conversation_parts: z
    .object({
      type: z.literal('conversation_part.list'),
      conversation_parts: z.array(ZConversationPartSchema),
      total_count: z.number(),
    })
    .optional(),
});
export type Conversation = z.infer<typeof ZConversationSchema>;

export const ZConversationListSchema = z.object({
  type: z.literal('conversation.list'),
  conversations: z.array(ZConversationSchema),
  total_count: z.number(),
  pages: z.object({
    type: z.literal('pages'),
    page: z.number(),
    per_page: z.number(),
    total_pages: z.number(),
    next: z.object({ per_page: z.number(), starting_after: z.string() }).optional(),
  }),
});
export type ConversationList = z.infer<typeof ZConversationListSchema>;

/** `POST /conversations`: a contact starts a conversation. Answers a `user_message`, as Intercom does. */
export const ZCreateConversationRequestSchema = z.object({
  from: z.object({ type: z.enum(['user', 'lead', 'contact']), id: ZIdSchema }),
  body: ZBodySchema,
  created_at: ZUnixSecondsSchema.optional(),
  idempotency_key: ZIdempotencyKeySchema.optional(),
});

/** `POST /messages`: a teammate starts a conversation with a contact (the "Created by you" view). */
export const ZCreateMessageRequestSchema = z.object({
  message_type: z.enum(['inapp', 'email']).default('inapp'),
  subject: z.string().max(255).optional(),
  body: ZBodySchema,
  from: z.object({ type: z.literal('admin'), id: ZIdSchema }),
  to: z.object({ type: z.enum(['user', 'lead', 'contact']), id: ZIdSchema }),
  idempotency_key: ZIdempotencyKeySchema.optional(),
});

export const ZMessageSchema = z.object({
  type: z.enum(['user_message', 'admin_message']),
  id: z.string(),
  created_at: z.number(),
  body: z.string(),
  message_type: z.string(),
  conversation_id: z.string(),
});

const ZReplyOptionsSchema = z
  .array(z.object({ text: z.string().min(1).max(255), uuid: z.string().min(1).max(64) }))
  .min(1)
  .max(10);

const ZAdminReplySchema = z
  .object({
    type: z.literal('admin'),
    message_type: z.enum(['comment', 'note', 'quick_reply']),
    admin_id: ZIdSchema.optional(),
    body: ZBodySchema.optional(),
    reply_options: ZReplyOptionsSchema.optional(),
    created_at: ZUnixSecondsSchema.optional(),
    idempotency_key: ZIdempotencyKeySchema.optional(),
  })
  .refine((reply) => reply.body !== undefined || (reply.message_type === 'quick_reply' && reply.reply_options), {
    message: 'A comment or note needs a body; a quick reply needs reply_options',
    path: ['body'],
  });

const ZUserReplySchema = z.object({
  type: z.enum(['user', 'lead', 'contact']),
  message_type: z.literal('comment'),
  body: ZBodySchema,
  intercom_user_id: ZIdSchema.optional(),
  user_id: z.string().max(255).optional(),
  email: z.string().max(254).optional(),
  reply_options: ZReplyOptionsSchema.optional(),
  created_at: ZUnixSecondsSchema.optional(),
  idempotency_key: ZIdempotencyKeySchema.optional(),
});

export const ZReplyRequestSchema = z.discriminatedUnion('type', [ZAdminReplySchema, ZUserReplySchema]);
export type ReplyRequest = z.infer<typeof ZReplyRequestSchema>;

export const ZManageRequestSchema = z.discriminatedUnion('message_type', [
  z.object({
    message_type: z.literal('close'),
    type: z.literal('admin').optional(),
    admin_id: ZIdSchema.optional(),
    body: ZBodySchema.optional(),
  }),
  z.object({ message_type: z.literal('open'), admin_id: ZIdSchema.optional() }),
  z.object({ message_type: z.literal('snoozed'), admin_id: ZIdSchema.optional(), snoozed_until: ZUnixSecondsSchema }),
  z.object({
    message_type: z.literal('assignment'),
    type: z.enum(['admin', 'team']),
    admin_id: ZIdSchema.optional(),
    assignee_id: ZAssigneeIdSchema,
    body: ZBodySchema.optional(),
  }),
]);
export type ManageRequest = z.infer<typeof ZManageRequestSchema>;

export const ZUpdateConversationRequestSchema = z.object({
  read: z.boolean().optional(),
  title: z.string().max(255).nullable().optional(),
  priority: z.enum(['priority', 'not_priority']).optional(),
  custom_attributes: z
    .record(z.string().min(1).max(190), z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]))
    .refine((attributes) => Object.keys(attributes).length <= 100, 'At most 100 attributes')
    .optional(),
  admin_id: ZIdSchema.optional(),
});

export const ZTagConversationRequestSchema = z.object({ id: ZIdSchema, admin_id: ZIdSchema.optional() });
export const ZUntagConversationRequestSchema = z.object({ admin_id: ZIdSchema.optional() }).default({});

export const ZCreateTagRequestSchema = z.object({ name: z.string().trim().min(1).max(190), id: ZIdSchema.optional() });
export const ZTagListSchema = z.object({ type: z.literal('list'), data: z.array(ZTagSchema) });
