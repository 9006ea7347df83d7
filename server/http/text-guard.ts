import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

/**
 * A character PostgreSQL will not store in text: NUL, or half of a UTF-16 surrogate pair on its own. With the
 * `u` flag a well-formed pair is one code point (an emoji), so only a lone half matches `\p{Cs}`.
 */
const UNSTORABLE = /[\0\p{Cs}]/u;

export const UNSTORABLE_TEXT_MESSAGE = 'contains a character that cannot be stored (NUL or an unpaired surrogate)';

/** Where in a value the first unstorable text is: the field's path, and whether a key (not a value) holds it. */
export interface UnstorableText {
  field: string;
  inKey: boolean;
}

const child = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * The first string in `value` (walked once, object keys too) that PostgreSQL would refuse, named by its path
 * (`custom_attributes.plan`, `tags[0].name`); undefined when every string can be stored.
 */
export function findUnstorableText(value: unknown, path = ''): UnstorableText | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? { field: path, inKey: false } : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findUnstorableText(value[index], `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (UNSTORABLE.test(key)) return { field: path, inKey: true };
    const found = findUnstorableText((value as Record<string, unknown>)[key], child(path, key));
    if (found) return found;
  }
  return undefined;
}

/** The 400 `invalid_text` for such a finding; a bad key is named by the object holding it, never echoed. */
export function unstorableTextError({ field, inKey }: UnstorableText): AppError {
  if (inKey) {
    const where = field || 'the body';
    return new AppError('invalid_text', `a key in ${where} ${UNSTORABLE_TEXT_MESSAGE}`, {
      ...(field ? { field } : {}),
    });
  }
  return new AppError('invalid_text', `${field || 'the text'} ${UNSTORABLE_TEXT_MESSAGE}`, {
    ...(field ? { field } : {}),
  });
}

/** Throws the 400 when any text in `value` cannot be stored; `path` prefixes the field named. */
export function assertStorableText(value: unknown, path = ''): void {
  const found = findUnstorableText(value, path);
  if (found) throw unstorableTextError(found);
}

/**
 * The one edge check for HTTP (a root `preValidation` hook, so every route, its parsed JSON body, query
 * string and route parameters): text PostgreSQL would refuse is a 400 naming the field before any handler
 * runs, so nothing is written. Parameters are named as they are (`q`, `id`); body fields by their path.
 */
export async function refuseUnstorableText(request: FastifyRequest): Promise<void> {
  assertStorableText(request.params);
  assertStorableText(request.query);
  assertStorableText(request.body);
}
