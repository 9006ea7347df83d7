import { describeToken, jqlError, type Token, tokenize } from './tokenize.ts';

/**
 * Parses the JQL subset the stand-in serves: `field op value` and `field [NOT] IN (list)` clauses joined by AND,
 * then an optional ORDER BY. Everything else Jira accepts (OR, NOT, parentheses, functions, ~, IS, WAS) is refused
 * with a 400 that says so, rather than being half-understood.
 */

export type Operator = '=' | '!=' | '>' | '>=' | '<' | '<=' | 'in' | 'not in';

export interface Operand {
  text: string;
  token: Token;
}

export interface Clause {
  field: string;
  fieldToken: Token;
  operator: Operator;
  operands: Operand[];
}

export interface SortTerm {
  field: string;
  token: Token;
  /** Absent: the field's own default order. */
  direction?: 'asc' | 'desc';
}

export interface JqlQuery {
  clauses: Clause[];
  orderBy: SortTerm[];
}

const VALID_OPERATORS = "'=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'";
const KEYWORDS = new Set([
  'and',
  'or',
  'not',
  'in',
  'is',
  'was',
  'changed',
  'order',
  'by',
  'asc',
  'desc',
  'empty',
  'null',
]);

class Parser {
  private index = 0;
  private readonly tokens: Token[];

  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  parse(): JqlQuery {
    const clauses: Clause[] = [];
    if (!this.atKeyword('order') && this.peek().kind !== 'end') {
      clauses.push(this.clause());
      while (this.atKeyword('and')) {
        this.next();
        clauses.push(this.clause());
      }
    }
    if (this.atKeyword('or')) throw unsupported("'OR'", this.peek());
    const orderBy = this.atKeyword('order') ? this.orderBy() : [];
    const rest = this.peek();
    if (rest.kind !== 'end') {
      const expected = orderBy.length > 0 ? "',' or the end of the query" : "either 'OR' or 'AND'";
      throw jqlError(`Expecting ${expected} but got ${describeToken(rest)}.`, rest);
    }
    return { clauses, orderBy };
  }

  private clause(): Clause {
    const fieldToken = this.next();
    if (fieldToken.text === '(' && fieldToken.kind === 'punctuation') throw unsupported('parentheses', fieldToken);
    if (this.isKeyword(fieldToken, 'not')) throw unsupported("'NOT'", fieldToken);
    if ((fieldToken.kind !== 'word' || KEYWORDS.has(fieldToken.text.toLowerCase())) && fieldToken.kind !== 'string') {
      throw jqlError(`Expecting a field name but got ${describeToken(fieldToken)}.`, fieldToken);
    }
    const operator = this.operator();
    const operands = operator === 'in' || operator === 'not in' ? this.list() : [this.operand()];
    return { field: fieldToken.text.toLowerCase(), fieldToken, operator, operands };
  }

  private operator(): Operator {
    const token = this.next();
    if (token.kind === 'operator') {
      if (token.text === '~' || token.text === '!~') throw unsupported(`the '${token.text}' operator`, token);
      return token.text as Operator;
    }
    if (this.isKeyword(token, 'in')) return 'in';
    if (this.isKeyword(token, 'not') && this.atKeyword('in')) {
      this.next();
      return 'not in';
    }
    for (const keyword of ['is', 'was', 'changed']) {
      if (this.isKeyword(token, keyword)) throw unsupported(`the '${keyword.toUpperCase()}' operator`, token);
    }
    throw jqlError(
      `Expecting operator but got ${describeToken(token)}. The valid operators are ${VALID_OPERATORS}.`,
      token,
    );
  }

  private list(): Operand[] {
    const open = this.next();
    if (open.kind !== 'punctuation' || open.text !== '(') {
      throw jqlError(`Expecting '(' but got ${describeToken(open)}.`, open);
    }
    const operands = [this.operand()];
    while (this.peek().text === ',' && this.peek().kind === 'punctuation') {
      this.next();
      operands.push(this.operand());
    }
    const close = this.next();
    if (close.kind !== 'punctuation' || close.text !== ')') {
      throw jqlError(`Expecting ',' or ')' but got ${describeToken(close)}.`, close);
    }
    return operands;
  }

  private operand(): Operand {
    const token = this.next();
    const isValue = token.kind === 'string' || (token.kind === 'word' && !KEYWORDS.has(token.text.toLowerCase()));
    if (!isValue) throw jqlError(`Expecting either a value, list or function but got ${describeToken(token)}.`, token);
    if (token.kind === 'word' && this.peek().text === '(' && this.peek().kind === 'punctuation') {
      throw unsupported(`JQL functions such as '${token.text}()'`, token);
    }
    return { text: token.text, token };
  }

  private orderBy(): SortTerm[] {
    this.next();
    const by = this.next();
    if (!this.isKeyword(by, 'by')) throw jqlError(`Expecting 'by' but got ${describeToken(by)}.`, by);
    const terms = [this.sortTerm()];
    while (this.peek().text === ',' && this.peek().kind === 'punctuation') {
      this.next();
      terms.push(this.sortTerm());
    }
    return terms;
  }

  private sortTerm(): SortTerm {
    const token = this.next();
    if (token.kind !== 'word' && token.kind !== 'string') {
      throw jqlError(`Expecting a field name but got ${describeToken(token)}.`, token);
    }
    const term: SortTerm = { field: token.text.toLowerCase(), token };
    if (this.atKeyword('asc') || this.atKeyword('desc'))
      term.direction = this.next().text.toLowerCase() as 'asc' | 'desc';
    return term;
  }

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private isKeyword(token: Token, keyword: string): boolean {
    return token.kind === 'word' && token.text.toLowerCase() === keyword;
  }

  private atKeyword(keyword: string): boolean {
    return this.isKeyword(this.peek(), keyword);
  }
}

function unsupported(what: string, at: Token) {
  return jqlError(`the Jira stand-in does not support ${what}.`, at);
}

export function parseJql(jql: string): JqlQuery {
  return new Parser(tokenize(jql)).parse();
}
