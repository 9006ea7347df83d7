import { z } from 'zod';

const ZCountSchema = z
  .string()
  .regex(/^\d{1,15}$/, 'Expected a non-negative integer')
  .transform(Number);

/** `GET /api/events?after=<id>&limit=<n>`. */
export const ZEventListQuerySchema = z.object({
  after: ZCountSchema.default(0),
  limit: ZCountSchema.pipe(z.number().min(1).max(1000)).default(500),
});
