import { JiraError } from '../errors.ts';

/** Splits JQL into words, quoted strings, operators and punctuation, remembering where each one started. */

export type TokenKind = 'word' | 'string' | 'operator' | 'punctuation' | 'end';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Where the token starts, as Jira reports it: "(line 1, character 9)". */
  line: number;
  column: number;
}

const OPERATORS = ['!=', '>=', '<=', '!~', '=', '>', '<', '~'];
const PUNCTUATION = new Set(['(', ')', ',']);
const RESERVED = new Set(['=', '!', '<', '>', '~', '(', ')', ',', '"', "'"]);

export function jqlError(message: string, at?: Pick<Token, 'line' | 'column'>): JiraError {
  const where = at ? ` (line ${at.line}, character ${at.column})` : '';
  return new JiraError(400, [`Error in the JQL Query: ${message}${where}`]);
}

export function describeToken(token: Token): string {
  return token.kind === 'end' ? 'the end of the query' : `'${token.text}'`;
}

export function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let line = 1;
  let lineStart = 0;
  const at = (start: number) => ({ line, column: start - lineStart + 1 });

  while (index < jql.length) {
    const char = jql[index] as string;
    if (char === '\n') {
      index++;
      line++;
      lineStart = index;
      continue;
    }
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    const start = index;
    if (char === '"' || char === "'") {
      let text = '';
      index++;
      while (index < jql.length && jql[index] !== char) {
        if (jql[index] === '\\' && index + 1 < jql.length) index++;
        text += jql[index];
        index++;
      }
      if (index >= jql.length) throw jqlError(`The quoted string '${text}' has not been completed.`, at(start));
      index++;
      tokens.push({ kind: 'string', text, ...at(start) });
      continue;
    }
    const operator = OPERATORS.find((candidate) => jql.startsWith(candidate, index));
    if (operator) {
      index += operator.length;
      tokens.push({ kind: 'operator', text: operator, ...at(start) });
      continue;
    }
    if (PUNCTUATION.has(char)) {
      index++;
      tokens.push({ kind: 'punctuation', text: char, ...at(start) });
      continue;
    }
    if (char === '!') throw jqlError(`The character '!' is a reserved JQL character.`, at(start));
    while (index < jql.length && !RESERVED.has(jql[index] as string) && !/\s/.test(jql[index] as string)) index++;
    tokens.push({ kind: 'word', text: jql.slice(start, index), ...at(start) });
  }
  tokens.push({ kind: 'end', text: '', ...at(index) });
  return tokens;
}
