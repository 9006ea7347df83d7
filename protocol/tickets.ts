import { z } from 'zod';
import { ZCursorPagesSchema } from './search.ts';

/**
 * Tickets in Intercom's API 2.14 shapes (what Intercom's Node SDK 7 sends and expects), plus a few
 * Charla fields (`ticket_number`, `jira_issues`, `labels`) beside them.
 */

const ZIdSchema = z.union([z.string().regex(/^\d{1,15}$/), z.number().int().positive()]).transform(String);
/** "0" (or 0) means nobody, as in Intercom. */
const ZAssigneeIdSchema = z.union([z.string().regex(/^\d{1,15}$/), z.number().int().min(0)]).transform(Number);
const ZUnixSecondsSchema = z.number().int().min(0).max(32_503_680_000);

export const TICKET_CATEGORIES = ['Customer', 'Back-office', 'Tracker'] as const;
export const ZTicketCategorySchema = z.enum(TICKET_CATEGORIES);
export type TicketCategory = z.infer<typeof ZTicketCategorySchema>;

export const TICKET_STATE_CATEGORIES = ['submitted', 'in_progress', 'waiting_on_customer', 'resolved'] as const;
export const ZTicketStateCategorySchema = z.enum(TICKET_STATE_CATEGORIES);
export type TicketStateCategory = z.infer<typeof ZTicketStateCategorySchema>;

/** A state's labels in both languages: internal (teammates) and external (the customer). */
export const ZTicketStateLabelsSchema = z.object({
  internal: z.object({ en: z.string(), es: z.string() }),
  external: z.object({ en: z.string(), es: z.string() }),
});
export type TicketStateLabels = z.infer<typeof ZTicketStateLabelsSchema>;

export const ZTicketStateSchema = z.object({
  type: z.literal('ticket_state'),
  id: z.string(),
  category: ZTicketStateCategorySchema,
  internal_label: z.string(),
  external_label: z.string(),
  labels: ZTicketStateLabelsSchema,
});
export type TicketState = z.infer<typeof ZTicketStateSchema>;

export const ZTicketTypeAttributeSchema = z.object({
  type: z.literal('ticket_type_attribute'),
  id: z.string(),
  workspace_id: z.string(),
  name: z.string(),
  description: z.string(),
  data_type: z.enum(['string', 'list', 'integer', 'decimal', 'boolean', 'datetime']),
  input_options: z.record(z.string(), z.unknown()).nullable(),
  order: z.number(),
  required_to_create: z.boolean(),
  required_to_create_for_contacts: z.boolean(),
  visible_on_create: z.boolean(),
  visible_to_contacts: z.boolean(),
  default: z.boolean(),
  ticket_type_id: z.number(),
  archived: z.boolean(),
  created_at: z.number(),
  updated_at: z.number(),
});
export type TicketTypeAttribute = z.infer<typeof ZTicketTypeAttributeSchema>;

export const ZTicketTypeSchema = z.object({
  type: z.literal('ticket_type'),
  id: z.string(),
  category: ZTicketCategorySchema,
  name: z.string(),
  description: z.string(),
  icon: z.string(),
  workspace_id: z.string(),
  is_internal: z.boolean(),
  ticket_type_attributes: z.object({ type: z.literal('list'), data: z.array(ZTicketTypeAttributeSchema) }),
  ticket_states: z.object({ type: z.literal('list'), data: z.array(ZTicketStateSchema) }),
  archived: z.boolean(),
  created_at: z.number(),
  updated_at: z.number(),
});
export type TicketType = z.infer<typeof ZTicketTypeSchema>;

export const ZTicketTypeListSchema = z.object({ type: z.literal('list'), data: z.array(ZTicketTypeSchema) });
export const ZTicketStateListSchema = z.object({
  type: z.literal('list'),
  data: z.array(
    ZTicketStateSchema.extend({
      archived: z.boolean(),
      ticket_types: z.object({
        type: z.literal('list'),
        data: z.array(
          z.object({
            type: z.literal('ticket_type'),
            id: z.string(),
            name: z.string(),
            category: ZTicketCategorySchema,
          }),
        ),
      }),
    }),
  ),
});

export const ZTicketPartSchema = z.object({
  type: z.literal('ticket_part'),
  id: z.string(),
  part_type: z.string(),
  body: z.string().nullable(),
  previous_ticket_state: ZTicketStateCategorySchema.optional(),
  ticket_state: ZTicketStateCategorySchema,
  created_at: z.number(),
  updated_at: z.number(),
  assigned_to: z.object({ type: z.string(), id: z.string().nullable() }).optional(),
  author: z.object({
    type: z.enum(['admin', 'bot', 'team', 'user']),
    id: z.string(),
    name: z.string().nullable(),
    email: z.string().optional(),
  }),
  attachments: z.array(z.unknown()),
  external_id: z.string().nullable(),
  redacted: z.boolean(),
  /** Charla: false for notes and internal events, which the customer never sees. */
  public: z.boolean(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
});
export type TicketPart = z.infer<typeof ZTicketPartSchema>;

export const ZJiraIssueLinkSchema = z.object({
  type: z.literal('jira_issue'),
  key: z.string(),
  url: z.string().nullable(),
  summary: z.string().nullable(),
  status: z.string().nullable(),
  status_category: z.string().nullable(),
  /** 'failed': the last call to Jira failed (`error` says why); teammates can retry. */
  sync_state: z.enum(['pending', 'ok', 'failed']),
  error: z.string().nullable(),
});
export type JiraIssueLink = z.infer<typeof ZJiraIssueLinkSchema>;

export const ZLinkedObjectSchema = z.object({
  type: z.enum(['ticket', 'conversation']),
  id: z.string(),
  category: ZTicketCategorySchema.nullable(),
});

export const ZTicketSchema = z.object({
  type: z.literal('ticket'),
  id: z.string(),
  /** The number teammates see (#12). */
  ticket_id: z.string(),
  category: ZTicketCategorySchema,
  ticket_attributes: z.record(z.string(), z.unknown()),
  ticket_state: ZTicketStateSchema,
  ticket_type: ZTicketTypeSchema,
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
  /** "0" when nobody, as in Intercom. */
  admin_assignee_id: z.string(),
  team_assignee_id: z.string(),
  created_at: z.number(),
  updated_at: z.number(),
  open: z.boolean(),
  snoozed_until: z.number().optional(),
  linked_objects: z.object({
    type: z.literal('list'),
    total_count: z.number(),
    has_more: z.boolean(),
    data: z.array(ZLinkedObjectSchema),
  }),
  ticket_parts: z
    .object({ type: z.literal('ticket_part.list'), ticket_parts: z.array(ZTicketPartSchema), total_count: z.number() })
    .optional(),
  is_shared: z.boolean(),
  // Charla:
  title: z.string(),
  description: z.string(),
  ticket_number: z.number(),
  jira_issues: z.array(ZJiraIssueLinkSchema),
});
export type Ticket = z.infer<typeof ZTicketSchema>;

export const ZTicketListSchema = z.object({
  type: z.literal('ticket.list'),
  tickets: z.array(ZTicketSchema),
  total_count: z.number(),
  pages: ZCursorPagesSchema,
});
export type TicketList = z.infer<typeof ZTicketListSchema>;

const ZAttributeValueSchema = z.union([
  z.string().max(65_536),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string().max(1000)).max(100),
]);
export const ZTicketAttributesInputSchema = z
  .record(z.string().min(1).max(190), ZAttributeValueSchema)
  .refine((attributes) => Object.keys(attributes).length <= 100, 'At most 100 attributes');

const ZContactRefSchema = z.union([
  z.strictObject({ id: ZIdSchema }),
  z.strictObject({ external_id: z.string().min(1).max(255) }),
  z.strictObject({ email: z.string().min(3).max(254) }),
]);

export const ZCreateTicketRequestSchema = z.object({
  ticket_type_id: ZIdSchema,
  /** Intercom allows one contact per ticket. */
  contacts: z.array(ZContactRefSchema).length(1),
  ticket_attributes: ZTicketAttributesInputSchema.optional(),
  conversation_to_link_id: ZIdSchema.optional(),
  company_id: z.string().max(255).optional(),
  created_at: ZUnixSecondsSchema.optional(),
  assignment: z
    .object({ admin_assignee_id: ZAssigneeIdSchema.optional(), team_assignee_id: ZAssigneeIdSchema.optional() })
    .optional(),
  skip_notifications: z.boolean().optional(),
  /** Charla: the acting teammate for a workspace token (defaults to the token's owner). */
  admin_id: ZIdSchema.optional(),
});
export type CreateTicketRequest = z.infer<typeof ZCreateTicketRequestSchema>;

/** 2.14: `ticket_state_id`, `assignee_id`; `state` (a category) is also accepted as in 2.11. */
export const ZUpdateTicketRequestSchema = z.object({
  ticket_attributes: ZTicketAttributesInputSchema.optional(),
  ticket_state_id: ZIdSchema.optional(),
  state: ZTicketStateCategorySchema.optional(),
  company_id: z.string().max(255).optional(),
  open: z.boolean().optional(),
  is_shared: z.boolean().optional(),
  snoozed_until: ZUnixSecondsSchema.optional(),
  admin_id: ZIdSchema.optional(),
  assignee_id: ZAssigneeIdSchema.optional(),
  /** Charla: link more conversations (trackers). */
  link_conversation_ids: z.array(ZIdSchema).max(100).optional(),
});
export type UpdateTicketRequest = z.infer<typeof ZUpdateTicketRequestSchema>;

export const ZTicketReplySchema = z.object({
  type: z.literal('ticket_part'),
  id: z.string(),
  part_type: z.enum(['note', 'comment', 'quick_reply']),
  body: z.string().nullable(),
  created_at: z.number(),
  updated_at: z.number(),
  author: ZTicketPartSchema.shape.author,
  attachments: z.array(z.unknown()),
  redacted: z.boolean(),
});

export const ZCreateTicketTypeRequestSchema = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().max(1000).optional(),
  category: ZTicketCategorySchema.default('Customer'),
  icon: z.string().min(1).max(16).optional(),
  is_internal: z.boolean().optional(),
});
export const ZUpdateTicketTypeRequestSchema = ZCreateTicketTypeRequestSchema.partial().extend({
  archived: z.boolean().optional(),
});

export const ZCreateTicketTypeAttributeRequestSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(190)
    .regex(/^[^_].*/, 'Names starting with _ are reserved'),
  description: z.string().max(1000).default(''),
  data_type: z.enum(['string', 'list', 'integer', 'decimal', 'boolean', 'datetime']),
  required_to_create: z.boolean().default(false),
  required_to_create_for_contacts: z.boolean().default(false),
  visible_on_create: z.boolean().default(true),
  visible_to_contacts: z.boolean().default(true),
  multiline: z.boolean().optional(),
  list_items: z.string().max(5000).optional(),
});

/** What the customer sees of a ticket (messenger, signed ticket page): never notes or internal fields. */
export const ZPublicTicketSchema = z.object({
  type: z.literal('ticket'),
  id: z.string(),
  ticket_number: z.number(),
  title: z.string(),
  description: z.string(),
  state: z.object({ category: ZTicketStateCategorySchema, label: z.string() }),
  type_name: z.string(),
  attributes: z.array(z.object({ name: z.string(), value: z.unknown() })),
  created_at: z.number(),
  updated_at: z.number(),
  comments: z.array(
    z.object({
      id: z.string(),
      part_type: z.enum(['comment', 'ticket_state_updated']),
      body: z.string().nullable(),
      author: z.object({ type: z.enum(['admin', 'user', 'bot']), name: z.string().nullable() }),
      created_at: z.number(),
    }),
  ),
});
export type PublicTicket = z.infer<typeof ZPublicTicketSchema>;

export const ZPublicTicketListSchema = z.object({
  type: z.literal('ticket.list'),
  tickets: z.array(ZPublicTicketSchema.omit({ comments: true, attributes: true })),
});
