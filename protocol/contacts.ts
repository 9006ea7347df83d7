import { z } from 'zod';
import { ZEmailSchema, ZIdParamSchema } from './common.ts';
import { SEARCH_DEFAULT_PER_PAGE, ZCursorPagesSchema, ZPerPageSchema } from './search.ts';

export const ZContactRoleSchema = z.enum(['user', 'lead']);
export type ContactRole = z.infer<typeof ZContactRoleSchema>;

export const CONTACT_MAX_CUSTOM_ATTRIBUTES = 100;
export const CONTACT_MAX_ATTRIBUTE_KEY_LENGTH = 190;

const ZAddressableListSchema = z.object({
  type: z.literal('list'),
  data: z.array(z.object({ type: z.string(), id: z.string(), url: z.string() })),
  url: z.string(),
  total_count: z.number(),
  has_more: z.boolean(),
});

/** Intercom's `Contact` (2.14): a customer, identified (`user`) or not yet (`lead`). Absent values are null. */
export const ZContactSchema = z.object({
  type: z.literal('contact'),
  id: z.string(),
  workspace_id: z.string(),
  external_id: z.string().nullable(),
  role: ZContactRoleSchema,
  email: z.string().nullable(),
  email_domain: z.string().nullable(),
  phone: z.string().nullable(),
  name: z.string().nullable(),
  avatar: z.string().nullable(),
  owner_id: z.number().nullable(),
  has_hard_bounced: z.boolean(),
  marked_email_as_spam: z.boolean(),
  unsubscribed_from_emails: z.boolean(),
  created_at: z.number(),
  updated_at: z.number(),
  signed_up_at: z.number().nullable(),
  last_seen_at: z.number().nullable(),
  last_replied_at: z.number().nullable(),
  last_contacted_at: z.number().nullable(),
  language_override: z.string().nullable(),
  custom_attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  tags: ZAddressableListSchema,
  notes: ZAddressableListSchema,
  companies: ZAddressableListSchema,
  location: z.object({
    type: z.literal('location'),
    country: z.string().nullable(),
    region: z.string().nullable(),
    city: z.string().nullable(),
  }),
  social_profiles: z.object({ type: z.literal('list'), data: z.array(z.unknown()) }),
});
export type Contact = z.infer<typeof ZContactSchema>;

/** `GET /contacts` and `POST /contacts/search`. */
export const ZContactListSchema = z.object({
  type: z.literal('list'),
  data: z.array(ZContactSchema),
  total_count: z.number(),
  pages: ZCursorPagesSchema,
});
export type ContactList = z.infer<typeof ZContactListSchema>;

export const ZContactDeletedSchema = z.object({
  type: z.literal('contact'),
  id: z.string(),
  external_id: z.string().nullable(),
  deleted: z.literal(true),
});
export type ContactDeleted = z.infer<typeof ZContactDeletedSchema>;

/** `POST /contacts/{id}/block` (Intercom's unstable "Block contact"). */
export const ZContactBlockedSchema = z.object({
  type: z.literal('contact'),
  id: z.string(),
  external_id: z.string().nullable(),
  blocked: z.literal(true),
});
export type ContactBlocked = z.infer<typeof ZContactBlockedSchema>;

export const ZCustomAttributesSchema = z
  .record(
    z.string().min(1).max(CONTACT_MAX_ATTRIBUTE_KEY_LENGTH),
    z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()], {
      error: 'a custom attribute is a string, number, boolean or null',
    }),
  )
  .refine((attributes) => Object.keys(attributes).length <= CONTACT_MAX_CUSTOM_ATTRIBUTES, {
    message: `at most ${CONTACT_MAX_CUSTOM_ATTRIBUTES} custom attributes`,
  });
export type CustomAttributes = z.infer<typeof ZCustomAttributesSchema>;

/** A BCP 47 language tag: `en`, `es`, `pt-BR`. */
const ZLanguageTagSchema = z
  .string()
  .max(35)
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language tag such as "en" or "pt-BR"');

/** UNIX seconds. */
const ZTimestampSchema = z.number().int().min(0).max(1e11);

const contactFields = {
  role: ZContactRoleSchema,
  external_id: z.string().min(1).max(255).nullable(),
  email: ZEmailSchema.nullable(),
  phone: z.string().max(50).nullable(),
  // Stored exactly as sent: names are data, escaped where they are shown.
  name: z.string().max(255).nullable(),
  avatar: z
    .url({ protocol: /^https?$/ })
    .max(2048)
    .nullable(),
  signed_up_at: ZTimestampSchema.nullable(),
  last_seen_at: ZTimestampSchema.nullable(),
  owner_id: ZIdParamSchema.nullable(),
  unsubscribed_from_emails: z.boolean(),
  custom_attributes: ZCustomAttributesSchema,
  language_override: ZLanguageTagSchema.nullable(),
  /** Accepted as another name for `language_override`. */
  language: ZLanguageTagSchema.nullable(),
};

function withLanguageOverride<T extends { language?: string | null; language_override?: string | null }>({
  language,
  ...rest
}: T): Omit<T, 'language'> {
  return rest.language_override === undefined && language !== undefined
    ? { ...rest, language_override: language }
    : rest;
}

/** `POST /contacts`: one of `email`, `external_id` or `role` is required (Intercom's rule); role defaults to user. */
export const ZCreateContactRequestSchema = z
  .strictObject(contactFields)
  .partial()
  .refine((body) => body.email != null || body.external_id != null || body.role !== undefined, {
    message: 'send one of email, external_id or role',
    path: ['email'],
  })
  .transform(withLanguageOverride);
export type CreateContactRequest = z.infer<typeof ZCreateContactRequestSchema>;

/** `PUT /contacts/{id}`: only the fields sent change; `custom_attributes` are merged key by key. */
export const ZUpdateContactRequestSchema = z.strictObject(contactFields).partial().transform(withLanguageOverride);
export type UpdateContactRequest = z.infer<typeof ZUpdateContactRequestSchema>;

export const ZListContactsQuerySchema = z.object({
  per_page: ZPerPageSchema.default(SEARCH_DEFAULT_PER_PAGE),
  starting_after: z.string().max(200).optional(),
});
