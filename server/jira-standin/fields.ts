/** The `fields` parameter: repeated or comma-separated names, `*all`, `*navigable`, and `-name` to leave one out. */

export interface FieldSelection {
  /** Only the issue id was asked for (the search default): no key, self or fields. */
  idOnly: boolean;
  includes: (field: string) => boolean;
}

function namesOf(raw: unknown): string[] {
  const values = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return values
    .flatMap((value) => String(value).split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** `fallback` is what an absent parameter means: `*all` for get-issue, `id` for search. */
export function parseFieldSelection(raw: unknown, fallback: '*all' | 'id'): FieldSelection {
  const names = namesOf(raw);
  const requested = names.length > 0 ? names : [fallback];
  const excluded = new Set(requested.filter((name) => name.startsWith('-')).map((name) => name.slice(1)));
  const wanted = requested.filter((name) => !name.startsWith('-'));
  const everything = wanted.includes('*all') || wanted.includes('*navigable');
  const listed = new Set(wanted);
  return {
    idOnly: !everything && wanted.every((name) => name === 'id'),
    includes: (field) => !excluded.has(field) && (everything || listed.has(field)),
  };
}
