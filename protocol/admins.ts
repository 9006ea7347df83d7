import { z } from 'zod';
import { ZLanguageSchema, ZNameSchema, ZRoleSchema, ZTimeZoneSchema } from './common.ts';

/** Intercom's `Admin` (2.14), plus Charla's role, language, time zone and active flag. */
export const ZAdminSchema = z.object({
  type: z.literal('admin'),
  id: z.string(),
  name: z.string(),
  email: z.string(),
  job_title: z.string().nullable(),
  away_mode_enabled: z.boolean(),
  away_mode_reassign: z.boolean(),
  has_inbox_seat: z.boolean(),
  team_ids: z.array(z.number()),
  /** The languages the teammate takes conversations in (assignment routes by them). */
  languages: z.array(ZLanguageSchema),
  avatar: z.object({ type: z.literal('avatar'), image_url: z.string().nullable() }),
  email_verified: z.boolean(),
  role: ZRoleSchema,
  language: ZLanguageSchema,
  timezone: z.string().nullable(),
  active: z.boolean(),
});
export type Admin = z.infer<typeof ZAdminSchema>;

export const ZAppSchema = z.object({
  type: z.literal('app'),
  id_code: z.string(),
  name: z.string(),
  created_at: z.number(),
  secure: z.boolean(),
  identity_verification: z.boolean(),
  timezone: z.string(),
  region: z.string(),
});
export type App = z.infer<typeof ZAppSchema>;

export const ZAdminWithAppSchema = ZAdminSchema.extend({ app: ZAppSchema });
export type AdminWithApp = z.infer<typeof ZAdminWithAppSchema>;

export const ZAdminListSchema = z.object({ type: z.literal('admin.list'), admins: z.array(ZAdminSchema) });
export type AdminList = z.infer<typeof ZAdminListSchema>;

export const ZSetAwayRequestSchema = z.object({
  away_mode_enabled: z.boolean(),
  away_mode_reassign: z.boolean().default(false),
  away_status_reason_id: z.number().int().optional(),
});

/** Charla's `PUT /api/admins/{id}`: a teammate edits their profile; admins also change role and active. */
export const ZUpdateAdminRequestSchema = z
  .object({
    name: ZNameSchema,
    job_title: z.string().trim().max(120).nullable(),
    language: ZLanguageSchema,
    timezone: ZTimeZoneSchema.nullable(),
    role: ZRoleSchema,
    active: z.boolean(),
    languages: z
      .array(ZLanguageSchema)
      .min(1)
      .max(2)
      .transform((languages) => [...new Set(languages)]),
  })
  .partial()
  .strict();
export type UpdateAdminRequest = z.infer<typeof ZUpdateAdminRequestSchema>;
