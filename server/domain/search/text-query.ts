import { type RawBuilder, sql } from 'kysely';

/** Words of a search text that count; the rest are ignored (a pasted paragraph stays one cheap query). */
export const TEXT_QUERY_MAX_WORDS = 8;

/** `last`: the last word matches as a prefix (typing); `all`: every word does (Intercom's `~`, "contains"). */
export type PrefixMode = 'last' | 'all';

/** A tsquery operand for one lexeme: quoted, so no character of it acts as tsquery syntax. */
const quoted = (lexeme: RawBuilder<string>) =>
  sql<string>`('''' || replace(replace(${lexeme}, '\\', '\\\\'), '''', '''''') || '''')`;

/**
 * The tsquery that finds `text`, built in SQL from the same document function the indexes use, so a query is
 * cut into words exactly as the indexed text was (accents, case, punctuation, HTML). Every word must match:
 * as itself (or as a prefix, per `prefix`), or by the prefix of its Spanish or English stem when that is at
 * least four letters ("facturas" → factur:*, "refunds" → refund:*). NULL when the text has no word.
 *
 * User text only ever reaches SQL as a bound parameter, and reaches the tsquery parser only as quoted
 * lexemes, so `&|!():*'\` in it are ordinary characters.
 */
export function textQuery(text: string, prefix: PrefixMode): RawBuilder<string | null> {
  const isPrefix = prefix === 'all' ? sql`true` : sql`w.pos = w.last`;
  // A stem adds a prefix search (GIN reads every word under a prefix), so only where it differs from the word,
  // and not for a word already searched as a prefix.
  const stemTerm = (stem: RawBuilder<string>, other: RawBuilder<string>) =>
    sql`CASE WHEN NOT ${isPrefix} AND length(${stem}) >= 4 AND ${stem} <> w.lexeme AND ${stem} IS DISTINCT FROM ${other}
      THEN ${quoted(stem)} || ':*' END`;
  const spanish = sql<string>`w.es`;
  const english = sql<string>`w.en`;
  return sql<string | null>`(SELECT string_agg('(' || concat_ws(' | ',
      ${quoted(sql`w.lexeme`)} || CASE WHEN ${isPrefix} THEN ':*' ELSE '' END,
      ${stemTerm(spanish, sql`NULL`)}, ${stemTerm(english, spanish)}) || ')', ' & ' ORDER BY w.pos)
    FROM (SELECT first.lexeme, first.pos, max(first.pos) OVER () AS last,
        (ts_lexize('spanish_stem', first.lexeme))[1] AS es, (ts_lexize('english_stem', first.lexeme))[1] AS en
      FROM (SELECT lexeme, positions[1] AS pos FROM unnest(charla_search_document(${text}))
            ORDER BY positions[1] LIMIT ${TEXT_QUERY_MAX_WORDS}) first) w)`;
}

/** Text as PostgreSQL accepts it: NUL cannot be stored or bound, so it separates words like a space. */
export function cleanSearchText(text: string): string {
  return text.replaceAll('\0', ' ');
}

/** Whether the text has a letter or digit at all: without one there is nothing to search (and no query). */
export function hasSearchableWord(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** A word of a query as `textQuery` built it: a whole word, or a prefix (`:*`). */
export interface QueryWord {
  word: string;
  prefix: boolean;
}

/** The words (lexemes and stems) of a tsquery built by `textQuery`, for highlighting and ranking. */
export function queryWords(tsquery: string): QueryWord[] {
  return [...tsquery.matchAll(/'((?:[^']|'')*)'(:\*)?/g)].map((match) => ({
    word: (match[1] ?? '').replaceAll("''", "'"),
    prefix: match[2] !== undefined,
  }));
}
