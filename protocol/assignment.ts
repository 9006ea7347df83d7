import { z } from 'zod';
import { ZIdParamSchema, ZLanguageSchema } from './common.ts';

/** How a team hands out its conversations (Intercom's `distribution_method`). */
export const ZDistributionMethodSchema = z.enum(['round_robin', 'balanced', 'manual']);
export type DistributionMethod = z.infer<typeof ZDistributionMethodSchema>;

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

/** What set the automatic assignment off. */
export const ZAssignmentTriggerSchema = z.enum([
  // the bot handed the conversation to a person
  'handoff',
  // the conversation started (no workflow handles it)
  'start',
  // it waited in the team's queue and somebody became available
  'queue',
  // the customer reopened it and its teammate is no longer available
  'reopen',
  // its teammate went away with "reassign my conversations"
  'away',
  // a teammate put it in a team with nobody assigned
  'team_assigned',
]);
export type AssignmentTrigger = z.infer<typeof ZAssignmentTriggerSchema>;

export const ZDecisionCandidateSchema = z.object({
  teammate_id: z.number().int(),
  name: z.string(),
  eligible: z.boolean(),
  reason: ZSkipReasonSchema.nullable(),
  /** Balanced teams: the open conversations they held when the decision was made. */
  open_count: z.number().int().optional(),
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

/**
 * Why an automatic assignment went where it did, kept on the assignment part's `metadata.assignment`
 * ("Why me?"): the candidates in the team, who was skipped and why, and the rule that chose.
 */
export const ZAssignmentDecisionSchema = z.object({
  rule: ZDistributionMethodSchema,
  candidates: z.array(ZDecisionCandidateSchema),
  chosen: z.number().int().nullable(),
  because: ZAssignmentBecauseSchema,
  language: ZDecisionLanguageSchema,
  team: z.object({ id: z.number().int(), name: z.string() }).optional(),
  trigger: ZAssignmentTriggerSchema.optional(),
  /** For 'reopen': why the previous teammate did not keep it. */
  previous: z.object({ teammate_id: z.number().int(), name: z.string(), reason: ZSkipReasonSchema }).optional(),
});
export type AssignmentDecision = z.infer<typeof ZAssignmentDecisionSchema>;

/** `GET/PUT /api/assignment/settings`. */
export const ZAssignmentSettingsSchema = z.object({
  type: z.literal('assignment_settings'),
  trigger: z.enum(['handoff', 'start']),
  default_team_id: z.string().nullable(),
  require_online: z.boolean(),
  online_minutes: z.number().int(),
  grace_minutes: z.number().int(),
  language_routing: z.boolean(),
  language_fallback: z.enum(['everyone', 'queue']),
  manual_counts_in_rotation: z.boolean(),
  /** A teammate's reply (not a note) to a conversation nobody holds assigns it to them (on by default). */
  reply_assigns: z.boolean(),
});
export type AssignmentSettings = z.infer<typeof ZAssignmentSettingsSchema>;

export const ZUpdateAssignmentSettingsRequestSchema = z.strictObject({
  trigger: z.enum(['handoff', 'start']).optional(),
  default_team_id: ZIdParamSchema.nullable().optional(),
  require_online: z.boolean().optional(),
  online_minutes: z.number().int().min(1).max(1440).optional(),
  grace_minutes: z.number().int().min(0).max(120).optional(),
  language_routing: z.boolean().optional(),
  language_fallback: z.enum(['everyone', 'queue']).optional(),
  manual_counts_in_rotation: z.boolean().optional(),
  reply_assigns: z.boolean().optional(),
});
export type UpdateAssignmentSettingsRequest = z.infer<typeof ZUpdateAssignmentSettingsRequestSchema>;

/** `GET /api/assignment/status`: the team status page. */
export const ZTeammateStatusSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['active', 'away']),
  /** Seen in the inbox within the workspace's online window (plus grace). */
  online: z.boolean(),
  last_seen_at: z.number().int().nullable(),
  open_count: z.number().int(),
  team_ids: z.array(z.number()),
  languages: z.array(ZLanguageSchema),
});
export type TeammateStatus = z.infer<typeof ZTeammateStatusSchema>;

export const ZTeamQueueSchema = z.object({
  id: z.string(),
  name: z.string(),
  distribution_method: ZDistributionMethodSchema,
  assignment_limit: z.number().int().nullable(),
  admin_ids: z.array(z.number()),
  /** Conversations waiting in the team's queue, and since when the oldest waits (unix seconds). */
  queued: z.number().int(),
  oldest_queued_at: z.number().int().nullable(),
});
export type TeamQueue = z.infer<typeof ZTeamQueueSchema>;

export const ZAssignmentStatusSchema = z.object({
  type: z.literal('assignment_status'),
  teammates: z.array(ZTeammateStatusSchema),
  teams: z.array(ZTeamQueueSchema),
  /** Open conversations with neither a teammate nor a team. */
  unassigned: z.number().int(),
});
export type AssignmentStatus = z.infer<typeof ZAssignmentStatusSchema>;
