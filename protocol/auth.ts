import { z } from 'zod';
import { ZAdminWithAppSchema } from './admins.ts';
import { ZEmailSchema, ZLanguageSchema, ZNameSchema, ZRoleSchema } from './common.ts';

export const ZPasswordSchema = z.string().min(10, 'Use at least 10 characters').max(200);

export const ZSignInRequestSchema = z.strictObject({
  email: ZEmailSchema,
  password: z.string().min(1).max(200),
});

/** What the web app learns about the signed-in teammate; `csrf_token` goes back in `X-CSRF-Token`. */
export const ZSessionSchema = z.object({
  type: z.literal('session'),
  csrf_token: z.string(),
  admin: ZAdminWithAppSchema,
});
export type Session = z.infer<typeof ZSessionSchema>;

export const ZCreateInvitationRequestSchema = z.strictObject({
  email: ZEmailSchema,
  role: ZRoleSchema.default('agent'),
});

export const ZInvitationSchema = z.object({
  type: z.literal('invitation'),
  id: z.string(),
  email: z.string(),
  role: ZRoleSchema,
  created_at: z.number(),
  expires_at: z.number(),
  /** Only in the answer to the admin who created it. */
  invite_url: z.string().optional(),
});
export type Invitation = z.infer<typeof ZInvitationSchema>;

export const ZInvitationListSchema = z.object({ type: z.literal('list'), data: z.array(ZInvitationSchema) });

/** What the invite link shows before the teammate accepts. */
export const ZInvitationPreviewSchema = z.object({
  type: z.literal('invitation.preview'),
  email: z.string(),
  role: ZRoleSchema,
  workspace_name: z.string(),
});
export type InvitationPreview = z.infer<typeof ZInvitationPreviewSchema>;

export const ZAcceptInvitationRequestSchema = z.strictObject({
  name: ZNameSchema,
  password: ZPasswordSchema,
  language: ZLanguageSchema.optional(),
});

export const ZChangePasswordRequestSchema = z.strictObject({
  current_password: z.string().min(1).max(200),
  new_password: ZPasswordSchema,
});
