import { z } from 'zod';

/**
 * `GET /api/me/unread`: what the tab's title counts — open conversations assigned to the signed-in teammate in
 * which the customer wrote since the teammate last read them.
 */
export const ZUnreadSchema = z.object({
  type: z.literal('unread'),
  assigned_to_me: z.number().int(),
});
export type Unread = z.infer<typeof ZUnreadSchema>;
