import { z } from 'zod';
import { ZDistributionMethodSchema } from './assignment.ts';
import { ZIdParamSchema, ZNameSchema } from './common.ts';

/** Intercom's `Team`. */
export const ZTeamSchema = z.object({
  type: z.literal('team'),
  id: z.string(),
  name: z.string(),
  admin_ids: z.array(z.number()),
  /** Round robin (default), balanced (fewest open, up to assignment_limit each) or manual (a queue). */
  distribution_method: ZDistributionMethodSchema,
  assignment_limit: z.number().int().nullable(),
});
export type Team = z.infer<typeof ZTeamSchema>;

export const ZTeamListSchema = z.object({ type: z.literal('team.list'), teams: z.array(ZTeamSchema) });
export type TeamList = z.infer<typeof ZTeamListSchema>;

export const ZCreateTeamRequestSchema = z.strictObject({
  name: ZNameSchema,
  admin_ids: z.array(ZIdParamSchema).max(1000).default([]),
  distribution_method: ZDistributionMethodSchema.default('round_robin'),
  assignment_limit: z.number().int().min(1).max(1000).nullable().default(null),
});
export const ZUpdateTeamRequestSchema = z.strictObject({
  name: ZNameSchema.optional(),
  admin_ids: z.array(ZIdParamSchema).max(1000).optional(),
  distribution_method: ZDistributionMethodSchema.optional(),
  assignment_limit: z.number().int().min(1).max(1000).nullable().optional(),
});
