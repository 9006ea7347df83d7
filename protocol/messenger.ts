import { z } from 'zod';
import { ZLanguageSchema } from './common.ts';

/**
 * The messenger's API (`/api/messenger/…`): what the customer's browser may call. A visitor authenticates
 * with the visitor token that `boot` hands out (header `X-Charla-Visitor`), and only ever reads its own
 * contact's conversations and their public parts.
 */

/** Text a person typed: no NUL characters, no broken Unicode (lone surrogates). */
export const ZTypedTextSchema = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !text.includes('\u0000'), 'Contains a NUL character')
    .refine((text) => text.isWellFormed(), 'Contains broken Unicode');

/** A client-made key that makes a send idempotent: a retry with it writes nothing twice. */
export const ZIdempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'Use 1–100 letters, digits or _.:-');
const ZVisitorTokenSchema = z.string().regex(/^[a-z0-9]{1,40}\.[A-Za-z0-9_-]{20,100}$/);

const ZAttributeValueSchema = z.union([ZTypedTextSchema(1000), z.number().finite(), z.boolean(), z.null()]);
/** Intercom's custom attributes: flat snake_case keys with scalar values. */
export const ZMessengerAttributesSchema = z
  .record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,59}$/, 'Attribute names are letters, digits and _'),
    ZAttributeValueSchema,
  )
  .refine((attributes) => Object.keys(attributes).length <= 50, 'At most 50 custom attributes');

/** Who the visitor is. Identity fields follow Intercom's `intercomSettings`. */
export const ZMessengerIdentitySchema = z.strictObject({
  user_id: ZTypedTextSchema(255).pipe(z.string().min(1)).optional(),
  email: z.string().trim().max(254).pipe(z.email()).optional(),
  name: ZTypedTextSchema(120).optional(),
  user_hash: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'user_hash is a hex HMAC-SHA256')
    .optional(),
  language_override: z.string().max(35).optional(),
  custom_attributes: ZMessengerAttributesSchema.optional(),
});

export const ZMessengerBootRequestSchema = ZMessengerIdentitySchema.extend({
  /** The token a previous boot handed out, kept by the browser; absent on a first visit or after shutdown. */
  visitor_token: ZVisitorTokenSchema.optional(),
  /** `navigator.language` of the browser, the last choice for the messenger's language. */
  browser_language: z.string().max(35).optional(),
  page_url: z.string().max(2000).optional(),
});
export type MessengerBootRequest = z.infer<typeof ZMessengerBootRequestSchema>;

export const ZMessengerSettingsSchema = z.object({
  workspace_name: z.string(),
  primary_color: z.string(),
  launcher_color: z.string(),
  /** In the messenger's language. */
  greeting: z.string(),
  identity_verification: z.boolean(),
});
export type MessengerSettings = z.infer<typeof ZMessengerSettingsSchema>;

export const ZMessengerContactSchema = z.object({
  id: z.string(),
  role: z.enum(['user', 'lead']),
  user_id: z.string().nullable(),
  email: z.string().nullable(),
  name: z.string().nullable(),
});

export const ZMessengerBootSchema = z.object({
  type: z.literal('messenger.boot'),
  visitor_token: z.string(),
  /** The anonymous visitor's id (Intercom's `getVisitorId`); null for identified users. */
  visitor_id: z.string().nullable(),
  contact: ZMessengerContactSchema,
  language: ZLanguageSchema,
  settings: ZMessengerSettingsSchema,
  unread_count: z.number(),
  /** The last event id of the workspace: connect the visitor socket with `after` = this. */
  last_event_id: z.number(),
});
export type MessengerBoot = z.infer<typeof ZMessengerBootSchema>;

export const ZMessengerButtonSchema = z.object({ id: z.string(), label: z.string() });

export const ZMessengerPartSchema = z.object({
  type: z.literal('messenger.part'),
  id: z.string(),
  conversation_id: z.string(),
  /** comment (a message), or a change the customer sees: close, open. */
  part_type: z.string(),
  /** Sanitized HTML. */
  body: z.string().nullable(),
  author: z.object({ type: z.enum(['user', 'lead', 'admin', 'bot', 'team']), name: z.string().nullable() }),
  created_at: z.number(),
  /** A bot question's buttons (answer with `POST …/answer`). */
  buttons: z.array(ZMessengerButtonSchema).nullable(),
  /** The bot step that asked it. */
  step_id: z.string().nullable(),
  /** A `ticket_linked` part: the customer ticket made from this conversation (open it in the Tickets tab). */
  ticket: z.object({ id: z.string(), ticket_number: z.number(), title: z.string() }).nullable().optional(),
});
export type MessengerPart = z.infer<typeof ZMessengerPartSchema>;

export const ZMessengerBotStateSchema = z.object({
  /** waiting: the bot waits for the customer (buttons or text); done: a person has it, or it closed. */
  status: z.enum(['waiting', 'done']),
  step_id: z.string().nullable(),
  input: z.enum(['buttons', 'text']).nullable(),
  buttons: z.array(ZMessengerButtonSchema).nullable(),
});
export type MessengerBotState = z.infer<typeof ZMessengerBotStateSchema>;

export const ZMessengerConversationSchema = z.object({
  type: z.literal('messenger.conversation'),
  id: z.string(),
  state: z.enum(['open', 'snoozed', 'closed']),
  created_at: z.number(),
  updated_at: z.number(),
  last_part_preview: z.string().nullable(),
  last_part_author: z.object({ type: z.string(), name: z.string().nullable() }).nullable(),
  unread_count: z.number(),
  bot: ZMessengerBotStateSchema.nullable(),
  parts: z.array(ZMessengerPartSchema).optional(),
});
export type MessengerConversation = z.infer<typeof ZMessengerConversationSchema>;

export const ZMessengerConversationListSchema = z.object({
  type: z.literal('messenger.conversation.list'),
  conversations: z.array(ZMessengerConversationSchema),
  unread_count: z.number(),
});

export const ZMessageBodySchema = ZTypedTextSchema(10_000).pipe(z.string().trim().min(1, 'Write a message'));

export const ZMessengerStartRequestSchema = z.strictObject({
  body: ZMessageBodySchema,
  idempotency_key: ZIdempotencyKeySchema,
  /** The messenger's language (from boot); the bot speaks it. Default: the contact's, else the workspace's. */
  language: ZLanguageSchema.optional(),
});

export const ZMessengerReplyRequestSchema = z.strictObject({
  body: ZMessageBodySchema,
  idempotency_key: ZIdempotencyKeySchema,
});

export const ZMessengerAnswerRequestSchema = z.strictObject({
  step_id: z.string().min(1).max(40),
  option_id: z.string().min(1).max(40),
  idempotency_key: ZIdempotencyKeySchema,
});

/** A new part and the conversation it changed: the lean answer of a send. */
export const ZMessengerSendSchema = z.object({
  type: z.literal('messenger.send'),
  conversation: ZMessengerConversationSchema,
  parts: z.array(ZMessengerPartSchema),
});
export type MessengerSend = z.infer<typeof ZMessengerSendSchema>;

export const ZTrackEventRequestSchema = z.strictObject({
  event_name: ZTypedTextSchema(255).pipe(z.string().trim().min(1)),
  metadata: z
    .record(z.string().min(1).max(60), z.union([ZTypedTextSchema(255), z.number().finite(), z.boolean()]))
    .refine((metadata) => Object.keys(metadata).length <= 20, 'At most 20 metadata keys')
    .optional(),
});

export const ZMessengerUpdateRequestSchema = ZMessengerIdentitySchema.extend({
  browser_language: z.string().max(35).optional(),
});

/** Settings → Messenger (admins). */
export const ZMessengerAdminSettingsSchema = z.object({
  type: z.literal('messenger.settings'),
  workspace_id: z.string(),
  identity_verification: z.boolean(),
  identity_secret: z.string(),
  allowed_origins: z.array(z.string()),
  primary_color: z.string(),
  launcher_color: z.string(),
  greeting: z.object({ en: z.string(), es: z.string() }),
  snippet: z.string(),
});
export type MessengerAdminSettings = z.infer<typeof ZMessengerAdminSettingsSchema>;

const ZColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour like #2563eb');
export const ZOriginSchema = z
  .string()
  .trim()
  .max(200)
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, 'An origin like https://www.example.com (no path)')
  .transform((origin) => origin.toLowerCase());

export const ZUpdateMessengerSettingsRequestSchema = z.strictObject({
  identity_verification: z.boolean().optional(),
  allowed_origins: z.array(ZOriginSchema).max(50).optional(),
  primary_color: ZColorSchema.optional(),
  launcher_color: ZColorSchema.optional(),
  greeting: z.strictObject({ en: ZTypedTextSchema(280), es: ZTypedTextSchema(280) }).optional(),
});

/** Loader ↔ iframe messages (window.postMessage, origin checked on both sides). */
export const MESSENGER_MESSAGE_PREFIX = 'charla:';
