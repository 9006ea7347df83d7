import { z } from 'zod';
import { ZIdParamSchema, ZNameSchema } from './common.ts';

/** Intercom's `Team`. */
export const ZTeamSchema = z.object({
  type: z.literal('team'),
  id: z.string(),
  name: z.string(),
  admin_ids: z.array(z.number()),
});
export type Team = z.infer<typeof ZTeamSchema>;

export const ZTeamListSchema = z.object({ type: z.literal('team.list'), teams: z.array(ZTeamSchema) });
export type TeamList = z.infer<typeof ZTeamListSchema>;

export const ZCreateTeamRequestSchema = z.strictObject({
  name: ZNameSchema,
  admin_ids: z.array(ZIdParamSchema).max(1000).default([]),
});
export const ZUpdateTeamRequestSchema = z.strictObject({
  name: ZNameSchema.optional(),
  admin_ids: z.array(ZIdParamSchema).max(1000).optional(),
});
