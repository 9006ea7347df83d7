import { z } from 'zod';
import { ZNameSchema } from './common.ts';

export const ZAccessTokenSchema = z.object({
  type: z.literal('access_token'),
  id: z.string(),
  name: z.string(),
  last_four: z.string(),
  admin_id: z.string(),
  created_at: z.number(),
  last_used_at: z.number().nullable(),
  /** The secret, present only in the answer that created it. */
  token: z.string().optional(),
});
export type AccessToken = z.infer<typeof ZAccessTokenSchema>;

export const ZAccessTokenListSchema = z.object({ type: z.literal('list'), data: z.array(ZAccessTokenSchema) });

export const ZCreateAccessTokenRequestSchema = z.strictObject({ name: ZNameSchema });
