import { z } from 'zod';
import { ZNameSchema } from './common.ts';

/** The placeholders a saved reply's body may hold; the web app fills them in when an agent inserts it. */
export const SAVED_REPLY_PLACEHOLDERS = [
  'contact.first_name',
  'contact.name',
  'teammate.first_name',
  'teammate.name',
] as const;
export type SavedReplyPlaceholder = (typeof SAVED_REPLY_PLACEHOLDERS)[number];

/** A workspace-wide canned answer (Charla's own resource, in Intercom's shape). Times are unix seconds. */
export const ZSavedReplySchema = z.object({
  type: z.literal('saved_reply'),
  id: z.string(),
  name: z.string(),
  body: z.string(),
  created_at: z.number(),
  updated_at: z.number(),
});
export type SavedReply = z.infer<typeof ZSavedReplySchema>;

export const ZSavedReplyListSchema = z.object({ type: z.literal('list'), data: z.array(ZSavedReplySchema) });
export type SavedReplyList = z.infer<typeof ZSavedReplyListSchema>;

const ZSavedReplyBodySchema = z
  .string()
  .max(10_000)
  .refine((body) => body.trim() !== '', 'Too small: expected the body to have some text');

export const ZCreateSavedReplyRequestSchema = z.strictObject({ name: ZNameSchema, body: ZSavedReplyBodySchema });
export type CreateSavedReplyRequest = z.infer<typeof ZCreateSavedReplyRequestSchema>;

export const ZUpdateSavedReplyRequestSchema = z.strictObject({
  name: ZNameSchema.optional(),
  body: ZSavedReplyBodySchema.optional(),
});
export type UpdateSavedReplyRequest = z.infer<typeof ZUpdateSavedReplyRequestSchema>;
