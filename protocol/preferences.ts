import { z } from 'zod';
import { ZViewSortSchema } from './views.ts';

/** A view id as the inbox routes it: a built-in name (`you`, `team_12`) or a saved view's digits. */
const ZViewKeySchema = z.string().regex(/^[a-z0-9_]{1,40}$/);

/**
 * One teammate's inbox preferences. Every key has a default, so a teammate who never changed anything
 * gets the full object; `PUT /api/me/preferences` changes only the keys it sends.
 */
export const ZPreferencesSchema = z.object({
  type: z.literal('preferences'),
  /** After closing or snoozing the open conversation, open the next one in the list (as Intercom does). */
  move_on_after_close: z.boolean(),
  /** A desktop notification for conversations assigned to me and for mentions of me (needs the browser's permission). */
  desktop_notifications: z.boolean(),
  /** A short sound with those notifications. */
  notification_sound: z.boolean(),
  /** The sort last chosen in each view (by view id); views absent use their own sort. */
  view_sorts: z.record(ZViewKeySchema, ZViewSortSchema),
  /** Views the teammate hid from their nav (by view id). */
  hidden_view_ids: z.array(ZViewKeySchema),
});
export type Preferences = z.infer<typeof ZPreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  type: 'preferences',
  move_on_after_close: true,
  desktop_notifications: false,
  notification_sound: false,
  view_sorts: {},
  hidden_view_ids: [],
};

/** Changes to some preferences; `view_sorts` merges key by key (a null value forgets that view's sort). */
export const ZUpdatePreferencesRequestSchema = z.strictObject({
  move_on_after_close: z.boolean().optional(),
  desktop_notifications: z.boolean().optional(),
  notification_sound: z.boolean().optional(),
  view_sorts: z
    .record(ZViewKeySchema, ZViewSortSchema.nullable())
    .refine((sorts) => Object.keys(sorts).length <= 200, 'At most 200 views at once')
    .optional(),
  hidden_view_ids: z.array(ZViewKeySchema).max(200).optional(),
});
export type UpdatePreferencesRequest = z.infer<typeof ZUpdatePreferencesRequestSchema>;
