import type { z } from 'zod';
import { fromZodError, notFound } from '../errors.ts';

/** Validates with a zod schema; failures become a 400 naming the offending field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw fromZodError(result.error);
  return result.data;
}

/**
 * Validates path parameters: an id that cannot exist (`/contacts/abc`) is simply not found, as Intercom
 * answers — its ids are strings and clients read 404 as "gone".
 */
export function parseParams<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw notFound('not_found', 'Resource Not Found');
  return result.data;
}
