import { z } from 'zod';

export const ZRoleSchema = z.enum(['admin', 'manager', 'agent']);
export const ZLanguageSchema = z.enum(['en', 'es']);
export type Role = z.infer<typeof ZRoleSchema>;
export type Language = z.infer<typeof ZLanguageSchema>;

/** Intercom ids travel as strings of digits; numbers are accepted too. */
export const ZIdParamSchema = z.union([z.string().regex(/^\d{1,15}$/), z.number().int().positive()]).transform(Number);

export const ZEmailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

export const ZNameSchema = z.string().trim().min(1).max(120);

/** A valid IANA time zone name, e.g. "Europe/Madrid". */
export const ZTimeZoneSchema = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone');

export const ZErrorListSchema = z.object({
  type: z.literal('error.list'),
  request_id: z.string(),
  errors: z.array(z.object({ code: z.string(), message: z.string(), field: z.string().optional() })),
});
export type ErrorList = z.infer<typeof ZErrorListSchema>;
