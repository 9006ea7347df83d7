import { AppError } from '../errors.ts';

/**
 * Opaque pagination cursors (`pages.next.starting_after`): the sort key of the last row seen, as
 * base64url JSON. A cursor that does not decode to `arity` values is a 400 naming `field`.
 */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(raw: string, arity: number, field: string): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'number' || typeof v === 'string')
    ) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('parameter_invalid', `${field}: not a cursor this API gave out`, { field });
}
