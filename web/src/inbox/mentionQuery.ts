/** The `@partial` being typed just before the caret, where a mention may start. */
export interface MentionQuery {
  /** Index of the `@`. */
  start: number;
  query: string;
}

/** Finds the `@` word the caret is in (after the start or a space, up to two words typed), if any. */
export function findMentionQuery(text: string, caret: number): MentionQuery | undefined {
  const match = /(?:^|\s)@([^\s@]*(?: [^\s@]*)?)$/u.exec(text.slice(0, caret));
  if (!match) return undefined;
  const query = match[1] ?? '';
  return { start: caret - query.length - 1, query };
}

/** Teammates whose name has a word starting with what was typed (or the whole name), best first. */
export function suggestTeammates<T extends { name: string }>(teammates: T[], query: string, limit = 6): T[] {
  const needle = query.trim().toLocaleLowerCase();
  const starts = (teammate: T) => teammate.name.toLocaleLowerCase().startsWith(needle);
  const hasWord = (teammate: T) =>
    teammate.name
      .toLocaleLowerCase()
      .split(/\s+/)
      .some((word) => word.startsWith(needle));
  const matching = teammates.filter((teammate) => starts(teammate) || hasWord(teammate));
  return [...matching.filter(starts), ...matching.filter((teammate) => !starts(teammate))].slice(0, limit);
}

/** The text with `@partial` replaced by `@Full Name `, and where the caret goes after it. */
export function insertMention(text: string, mention: MentionQuery, name: string): { text: string; caret: number } {
  const before = `${text.slice(0, mention.start)}@${name} `;
  const after = text.slice(mention.start + 1 + mention.query.length).replace(/^ /, '');
  return { text: before + after, caret: before.length };
}
