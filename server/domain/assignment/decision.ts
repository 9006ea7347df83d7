import { z } from 'zod';
import { ZLanguageSchema } from '../../../protocol/common.ts';

export const ZAssignmentMethodSchema = z.enum(['round_robin', 'balanced', 'manual']);
export type AssignmentMethod = z.infer<typeof ZAssignmentMethodSchema>;

/** Why a candidate was passed over; null in a decision when they were eligible. */
export const ZSkipReasonSchema = z.enum(['away', 'offline', 'at_capacity', 'not_in_team', 'language']);
export type SkipReason = z.infer<typeof ZSkipReasonSchema>;

export const ZAssignmentBecauseSchema = z.enum([
  'next_in_rotation',
  'fewest_open',
  'manual_method',
  'nobody_available',
]);
export type AssignmentBecause = z.infer<typeof ZAssignmentBecauseSchema>;

export const ZDecisionCandidateSchema = z.object({
  teammate_id: z.number().int(),
  name: z.string(),
  eligible: z.boolean(),
  reason: ZSkipReasonSchema.nullable(),
});
export type DecisionCandidate = z.infer<typeof ZDecisionCandidateSchema>;

export const ZDecisionLanguageSchema = z.object({
  conversation: ZLanguageSchema.nullable(),
  /** Language routing applied: the rule routes by language and the conversation has one. */
  routed: z.boolean(),
  /** Routed, somebody was available, and none of them takes the language. */
  fell_back: z.boolean(),
});
export type DecisionLanguage = z.infer<typeof ZDecisionLanguageSchema>;

/** Why an automatic assignment went where it did, stored on the assignment part ("Why me?"). */
export const ZAssignmentDecisionSchema = z.object({
  rule: ZAssignmentMethodSchema,
  candidates: z.array(ZDecisionCandidateSchema),
  chosen: z.number().int().nullable(),
  because: ZAssignmentBecauseSchema,
  language: ZDecisionLanguageSchema,
});
export type AssignmentDecision = z.infer<typeof ZAssignmentDecisionSchema>;
