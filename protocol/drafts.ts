import { z } from 'zod';
import { ZTypedTextSchema } from './messenger.ts';

/**
 * A teammate's unsent composer text in one conversation (`/api/conversations/{id}/draft`). Only its author ever
 * reads it. The reply and the note are kept apart, so switching the composer between them loses neither.
 */

/** Which composer text: the reply to the customer or the note for teammates. */
export const ZDraftKindSchema = z.enum(['reply', 'note']);
export type DraftKind = z.infer<typeof ZDraftKindSchema>;

/** As long as a reply's body may be; no NUL characters, no broken Unicode. */
const ZDraftTextSchema = ZTypedTextSchema(65_536);

export const ZDraftSchema = z.object({
  type: z.literal('draft'),
  conversation_id: z.string(),
  reply: z.string(),
  note: z.string(),
  /** The text the teammate wrote in last: the composer opens on it. */
  kind: ZDraftKindSchema,
  /** UNIX seconds; null when there is no draft (both texts empty). */
  updated_at: z.number().nullable(),
});
export type Draft = z.infer<typeof ZDraftSchema>;

/** Changes the texts sent (an empty one clears it); when both end up empty the draft is gone. */
export const ZSaveDraftRequestSchema = z.strictObject({
  reply: ZDraftTextSchema.optional(),
  note: ZDraftTextSchema.optional(),
  kind: ZDraftKindSchema.optional(),
});
export type SaveDraftRequest = z.infer<typeof ZSaveDraftRequestSchema>;

/** One of my drafts in `GET /api/drafts`: which conversations have one (the list's "Draft" marker). */
export const ZDraftSummarySchema = z.object({
  type: z.literal('draft.summary'),
  conversation_id: z.string(),
  updated_at: z.number(),
});
export type DraftSummary = z.infer<typeof ZDraftSummarySchema>;

export const ZDraftListSchema = z.object({
  type: z.literal('draft.list'),
  drafts: z.array(ZDraftSummarySchema),
});
export type DraftList = z.infer<typeof ZDraftListSchema>;

/**
 * The data of a `draft.updated` event, sent to the author's tabs only. It carries no text (the event log
 * outlives the draft): a tab that shows the conversation reads the draft again.
 */
export const ZDraftUpdatedEventDataSchema = z.object({
  conversation_id: z.string(),
  /** False once the draft is gone (cleared, or sent). */
  has_draft: z.boolean(),
  updated_at: z.number().nullable(),
});
export type DraftUpdatedEventData = z.infer<typeof ZDraftUpdatedEventDataSchema>;
