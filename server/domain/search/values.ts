import { AppError } from '../../errors.ts';

/** A malformed search query: a 400 naming the offending path, e.g. `query.value.1.field`. */
export function invalidQuery(path: string, message: string): never {
  throw new AppError('parameter_invalid', `${path}: ${message}`, { field: path });
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;
const ID = /^\d{1,15}$/;
/** About the year 5000: anything larger is not a UNIX time in seconds (milliseconds, most likely). */
const MAX_TIMESTAMP = 1e11;

export function asString(value: unknown, path: string): string {
  // PostgreSQL text cannot hold NUL: bound as a parameter it is an error, so it is bad input here.
  if (typeof value === 'string' && value.includes('\0')) return invalidQuery(path, 'must not contain NUL characters');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return invalidQuery(path, 'must be a string');
}

export function asNumber(value: unknown, path: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && NUMBER.test(value)) return Number(value);
  return invalidQuery(path, 'must be a number');
}

export function asId(value: unknown, path: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  if (typeof value === 'string' && ID.test(value)) return Number(value);
  return invalidQuery(path, 'must be an id (a string of digits)');
}

export function asBoolean(value: unknown, path: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return invalidQuery(path, 'must be true or false');
}

/** UNIX seconds, as a number or a string of digits. */
export function asTimestamp(value: unknown, path: string): number {
  const seconds =
    typeof value === 'number' ? value : typeof value === 'string' && INTEGER.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(seconds) || Math.abs(seconds) > MAX_TIMESTAMP) {
    return invalidQuery(path, 'must be a UNIX timestamp in seconds');
  }
  return seconds;
}

/** A LIKE pattern that matches `text` literally: user input never acts as a wildcard. */
export function likePattern(text: string, position: 'contains' | 'prefix' | 'suffix'): string {
  const literal = text.replace(/[\\%_]/g, '\\$&');
  if (position === 'prefix') return `${literal}%`;
  if (position === 'suffix') return `%${literal}`;
  return `%${literal}%`;
}
