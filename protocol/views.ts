import { z } from 'zod';
import { ZNameSchema } from './common.ts';

/** The inbox folders every teammate has, each a filter over the workspace's conversations as they see it. */
export const BUILT_IN_VIEW_IDS = ['you', 'mentions', 'created_by_you', 'all', 'unassigned'] as const;
export type BuiltInViewId = (typeof BUILT_IN_VIEW_IDS)[number];

/** A team's inbox is a view too: `team_<team id>`, listed for the team's members (see docs/api.md#views-charla). */
export const TEAM_VIEW_ID_PATTERN = /^team_(\d{1,15})$/;
export const teamViewId = (teamId: string | number) => `team_${teamId}`;

export const ZViewStateSchema = z.enum(['open', 'snoozed', 'closed']);
export const ZViewSortSchema = z.enum(['newest', 'oldest', 'waiting_longest']);
export type ViewSort = z.infer<typeof ZViewSortSchema>;

/** Ids travel as strings of digits (numbers accepted) and are stored as strings, as Intercom shows ids. */
const ZIdListSchema = z
  .array(z.union([z.string().regex(/^\d{1,15}$/), z.number().int().positive()]).transform(String))
  .min(1)
  .max(100);

/**
 * A saved filter: every key present must hold (AND); a key absent does not filter. Unknown keys are
 * refused, so a key added later never meets an old meaning.
 */
export const ZViewFiltersSchema = z.strictObject({
  /** Never empty: "no state" would show nothing, and must not be mistaken for "any state" (leave the key out). */
  states: z
    .array(ZViewStateSchema)
    .min(1, 'Choose at least one state (open, snoozed, closed); leave states out for any state')
    .max(3)
    .optional(),
  /** 'me' is whoever looks at the view; 'any' = assigned to some teammate; 'nobody' = no admin assignee. */
  assignee: z.union([z.enum(['me', 'nobody', 'any']), z.strictObject({ admin_ids: ZIdListSchema })]).optional(),
  team_ids: ZIdListSchema.optional(),
  /** Tagged with any of these. */
  tag_ids: ZIdListSchema.optional(),
  priority: z.enum(['priority', 'not_priority']).optional(),
  /** Each key equals its value. */
  custom_attributes: z
    .record(z.string().min(1).max(190), z.union([z.string().max(1000), z.number(), z.boolean()]))
    .refine((attributes) => Object.keys(attributes).length <= 20, 'At most 20 attributes')
    .optional(),
  /** 'none': no bot ran on it. */
  bot_phase: z.enum(['bot', 'handed_off', 'none']).optional(),
  mentioned: z.literal('me').optional(),
  /** Tickets in any of these state categories; 'none' = conversations that are not tickets. */
  ticket_states: z
    .array(z.enum(['submitted', 'in_progress', 'waiting_on_customer', 'resolved', 'none']))
    .min(1, 'Choose at least one ticket state; leave ticket_states out for any')
    .max(5)
    .optional(),
  /** Tickets of any of these types. */
  ticket_type_ids: ZIdListSchema.optional(),
  created_by: z.literal('me').optional(),
});
export type ViewFilters = z.infer<typeof ZViewFiltersSchema>;

/** `team`: a team's inbox (its open conversations), for the team's members. */
export const ZViewKindSchema = z.enum(['built_in', 'team', 'shared', 'private']);

/** A view without its count: what `view.changed` events carry. */
export const ZViewDefinitionSchema = z.object({
  type: z.literal('view'),
  id: z.string(),
  name: z.string(),
  kind: ZViewKindSchema,
  /** The private view's owner; null for built-in, team and shared views. */
  owner_id: z.string().nullable(),
  filters: ZViewFiltersSchema,
  sort: ZViewSortSchema,
  position: z.number(),
});
export type ViewDefinition = z.infer<typeof ZViewDefinitionSchema>;

/** A view with how many conversations it holds for the viewer right now. */
export const ZViewSchema = ZViewDefinitionSchema.extend({ count: z.number() });
export type View = z.infer<typeof ZViewSchema>;

export const ZViewListSchema = z.object({ type: z.literal('view.list'), views: z.array(ZViewSchema) });
export type ViewList = z.infer<typeof ZViewListSchema>;

export const ZCreateViewRequestSchema = z.strictObject({
  name: ZNameSchema,
  kind: z.enum(['shared', 'private']).default('private'),
  filters: ZViewFiltersSchema.default({}),
  sort: ZViewSortSchema.default('newest'),
  position: z.number().int().min(0).max(100_000).optional(),
});
export type CreateViewRequest = z.infer<typeof ZCreateViewRequestSchema>;

/** A view's kind is fixed: to share a private view, create a shared one. */
export const ZUpdateViewRequestSchema = z.strictObject({
  name: ZNameSchema.optional(),
  filters: ZViewFiltersSchema.optional(),
  sort: ZViewSortSchema.optional(),
  position: z.number().int().min(0).max(100_000).optional(),
});
export type UpdateViewRequest = z.infer<typeof ZUpdateViewRequestSchema>;

/**
 * A new order for saved views, all at once: the listed views take the listed order, in the position slots they
 * held between them (so views not listed keep their places). Each must be one the caller may change.
 */
export const ZReorderViewsRequestSchema = z.strictObject({
  view_ids: z
    .array(z.union([z.string().regex(/^\d{1,15}$/), z.number().int().positive()]).transform(String))
    .min(1)
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, 'Each view once'),
});
export type ReorderViewsRequest = z.infer<typeof ZReorderViewsRequestSchema>;

export const ZViewConversationsQuerySchema = z.object({
  sort: ZViewSortSchema.optional(),
  /**
   * One state at a time: replaces the default `open` of built-in views and team inboxes; within a saved view,
   * narrows its own states (a state the view leaves out lists nothing).
   */
  state: ZViewStateSchema.optional(),
  per_page: z.coerce.number().int().min(1).max(150).default(20),
  starting_after: z.string().max(200).optional(),
});
export type ViewConversationsQuery = z.infer<typeof ZViewConversationsQuerySchema>;

export const ZViewChangedEventSchema = z.object({
  action: z.enum(['created', 'updated', 'deleted']),
  view: ZViewDefinitionSchema,
});
