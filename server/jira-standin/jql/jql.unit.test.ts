import { describe, expect, it } from 'vitest';
import type { JiraError } from '../errors.ts';
import { parseJqlDate } from './dates.ts';
import { parseJql } from './parse.ts';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as JiraError).errorMessages[0] ?? '';
  }
  throw new Error('expected a JQL error');
}

describe('JQL parsing', () => {
  it('reads AND-joined clauses, lists and ORDER BY whatever the case and spacing', () => {
    const query = parseJql(
      'project=SUP and issuekey IN ( SUP-1,"SUP-2" ) AND updated >= "2026-12-02 17:03" order BY updated desc, key',
    );
    expect(query.clauses.map((c) => [c.field, c.operator, c.operands.map((o) => o.text)])).toEqual([
      ['project', '=', ['SUP']],
      ['issuekey', 'in', ['SUP-1', 'SUP-2']],
      ['updated', '>=', ['2026-12-02 17:03']],
    ]);
    expect(query.orderBy.map((term) => [term.field, term.direction])).toEqual([
      ['updated', 'desc'],
      ['key', undefined],
    ]);
  });

  it('keeps a quoted AND as a value and unescapes quotes', () => {
    const query = parseJql(String.raw`project = "AND" AND key not in ('SUP-1', "S\"UP-2")`);
    expect(query.clauses[0]?.operands[0]?.text).toBe('AND');
    expect(query.clauses[1]).toMatchObject({ operator: 'not in', operands: [{ text: 'SUP-1' }, { text: 'S"UP-2' }] });
  });

  it('says where the query went wrong, as Jira does', () => {
    expect(messageOf(() => parseJql('project SUP'))).toBe(
      "Error in the JQL Query: Expecting operator but got 'SUP'. The valid operators are '=', '!=', '<', '>', '<=', " +
        "'>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
    );
    expect(messageOf(() => parseJql('key in (SUP-1'))).toContain("Expecting ',' or ')' but got the end of the query.");
    expect(messageOf(() => parseJql('project = "SUP'))).toContain("The quoted string 'SUP' has not been completed.");
    expect(messageOf(() => parseJql('project = SUP key = SUP-1'))).toContain(
      "Expecting either 'OR' or 'AND' but got 'key'",
    );
  });

  it('refuses what the stand-in does not implement instead of guessing', () => {
    expect(messageOf(() => parseJql('project = SUP OR project = OPS'))).toContain("does not support 'OR'");
    expect(messageOf(() => parseJql('assignee = currentUser()'))).toContain("JQL functions such as 'currentUser()'");
    expect(messageOf(() => parseJql('(project = SUP)'))).toContain('parentheses');
    expect(messageOf(() => parseJql('summary ~ printer'))).toContain("the '~' operator");
  });
});

describe('JQL dates', () => {
  const now = Date.UTC(2026, 11, 2, 12, 0);

  it('reads wall-clock dates in the searcher’s time zone', () => {
    expect(parseJqlDate('2026-12-02 17:03', 'updated', 'UTC', now)).toBe(Date.UTC(2026, 11, 2, 17, 3));
    expect(parseJqlDate('2026/12/02 17:03', 'updated', 'Europe/Madrid', now)).toBe(Date.UTC(2026, 11, 2, 16, 3));
    expect(parseJqlDate('2026-07-01', 'updated', 'Europe/Madrid', now)).toBe(Date.UTC(2026, 5, 30, 22, 0));
  });

  it('reads epoch milliseconds and periods relative to now', () => {
    expect(parseJqlDate('1764694984123', 'updated', 'UTC', now)).toBe(1764694984123);
    expect(parseJqlDate('-5d', 'updated', 'UTC', now)).toBe(now - 5 * 86_400_000);
    expect(parseJqlDate('-1w 2h', 'updated', 'UTC', now)).toBe(now - 604_800_000 - 7_200_000);
  });

  it('refuses impossible dates with Jira’s list of formats', () => {
    expect(messageOf(() => parseJqlDate('2026-02-30', 'updated', 'UTC', now))).toContain(
      "Date value '2026-02-30' for field 'updated' is invalid.",
    );
    expect(messageOf(() => parseJqlDate('yesterday', 'created', 'UTC', now))).toContain("'yyyy-MM-dd HH:mm'");
  });
});
