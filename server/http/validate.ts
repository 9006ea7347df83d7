import type { z } from 'zod';
import { fromZodError } from '../errors.ts';

/** Validates with a zod schema; failures become a 400 naming the offending field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw fromZodError(result.error);
  return result.data;
}
