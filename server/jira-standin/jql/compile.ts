import { JiraError } from '../errors.ts';
import type { Issue, JiraStore } from '../store.ts';
import { findStatus } from '../workflow.ts';
import { parseJqlDate } from './dates.ts';
import { type Clause, type JqlQuery, type Operator, parseJql, type SortTerm } from './parse.ts';

/** Gives a parsed query its meaning against the store: which issues match, and in what order. */

export interface JqlContext {
  store: JiraStore;
  timeZone: string;
  now: number;
  canSee: (issue: Issue) => boolean;
}

export interface CompiledQuery {
  /** Whether the query restricts the search at all; /search/jql refuses unbounded queries. */
  isBounded: boolean;
  matches: (issue: Issue) => boolean;
  compare: (a: Issue, b: Issue) => number;
}

type Predicate = (issue: Issue) => boolean;

const FIELD_ALIASES: Record<string, string> = {
  project: 'project',
  key: 'key',
  issuekey: 'key',
  id: 'key',
  updated: 'updated',
  updateddate: 'updated',
  created: 'created',
  createddate: 'created',
  status: 'status',
};

const noSuchField = (field: string) =>
  new JiraError(400, [`Field '${field}' does not exist or you do not have permission to view it.`]);

const notSupported = (operator: Operator, field: string) =>
  new JiraError(400, [`The operator '${operator.toUpperCase()}' is not supported by the '${field}' field.`]);

function canonicalField(name: string): string {
  const field = FIELD_ALIASES[name];
  if (!field) throw noSuchField(name);
  return field;
}

/** `=`/`IN` as membership, `!=`/`NOT IN` as its negation. */
function membership(clause: Clause, field: string, isMember: (issue: Issue, value: string) => boolean): Predicate {
  const values = clause.operands.map((operand) => operand.text);
  if (clause.operator === '=' || clause.operator === 'in') return (issue) => values.some((v) => isMember(issue, v));
  if (clause.operator === '!=' || clause.operator === 'not in')
    return (issue) => !values.some((v) => isMember(issue, v));
  throw notSupported(clause.operator, field);
}

function projectClause(clause: Clause, context: JqlContext): Predicate {
  const ids = new Set<string>();
  for (const { text } of clause.operands) {
    const project = context.store.findProject(text) ?? context.store.projects.find((p) => p.name === text);
    if (!project) throw new JiraError(400, [`The value '${text}' does not exist for the field 'project'.`]);
    ids.add(project.id);
  }
  return membership(clause, 'project', (issue) => ids.has(issue.project.id));
}

function keyClause(clause: Clause, context: JqlContext): Predicate {
  const ids = new Set<string>();
  for (const { text } of clause.operands) {
    if (!/^[A-Za-z][A-Za-z0-9_]*-\d+$/.test(text) && !/^\d+$/.test(text)) {
      throw new JiraError(400, [`The issue key '${text}' for field 'key' is invalid.`]);
    }
    const issue = context.store.findIssue(text);
    if (!issue || !context.canSee(issue)) {
      throw new JiraError(400, [`An issue with key '${text}' does not exist for field 'key'.`]);
    }
    ids.add(issue.id);
  }
  return membership(clause, 'key', (issue) => ids.has(issue.id));
}

function statusClause(clause: Clause): Predicate {
  const ids = new Set<string>();
  for (const { text } of clause.operands) {
    const status = findStatus(text);
    if (!status) throw new JiraError(400, [`The value '${text}' does not exist for the field 'status'.`]);
    ids.add(status.id);
  }
  return membership(clause, 'status', (issue) => ids.has(issue.status.id));
}

function dateClause(clause: Clause, field: 'updated' | 'created', context: JqlContext): Predicate {
  if (clause.operator === 'in' || clause.operator === 'not in') throw notSupported(clause.operator, clause.field);
  const operand = clause.operands[0];
  if (!operand) throw notSupported(clause.operator, clause.field);
  const bound = parseJqlDate(operand.text, clause.field, context.timeZone, context.now);
  const compare: Record<Exclude<Operator, 'in' | 'not in'>, (value: number) => boolean> = {
    '=': (value) => value === bound,
    '!=': (value) => value !== bound,
    '>': (value) => value > bound,
    '>=': (value) => value >= bound,
    '<': (value) => value < bound,
    '<=': (value) => value <= bound,
  };
  const test = compare[clause.operator];
  return (issue) => test(issue[field]);
}

function clausePredicate(clause: Clause, context: JqlContext): Predicate {
  const field = canonicalField(clause.field);
  if (field === 'project') return projectClause(clause, context);
  if (field === 'key') return keyClause(clause, context);
  if (field === 'status') return statusClause(clause);
  return dateClause(clause, field as 'updated' | 'created', context);
}

const byKey = (a: Issue, b: Issue) =>
  a.project.key.localeCompare(b.project.key) || Number(a.key.split('-')[1]) - Number(b.key.split('-')[1]);

/** Each field's natural order and the direction Jira uses when ORDER BY names none. */
const SORTS: Record<string, { compare: (a: Issue, b: Issue) => number; direction: 'asc' | 'desc' }> = {
  key: { compare: byKey, direction: 'asc' },
  updated: { compare: (a, b) => a.updated - b.updated, direction: 'desc' },
  created: { compare: (a, b) => a.created - b.created, direction: 'desc' },
};

function comparator(terms: SortTerm[]): (a: Issue, b: Issue) => number {
  const sorts = terms.map((term) => {
    const sort = SORTS[FIELD_ALIASES[term.field] ?? ''];
    if (!sort) throw new JiraError(400, [`Not able to sort using field '${term.field}'.`]);
    const sign = (term.direction ?? sort.direction) === 'asc' ? 1 : -1;
    return (a: Issue, b: Issue) => sign * sort.compare(a, b);
  });
  // Without ORDER BY, newest first; ties always fall back to the issue id so pages never shuffle.
  if (sorts.length === 0) sorts.push((a, b) => Number(b.id) - Number(a.id));
  sorts.push((a, b) => Number(a.id) - Number(b.id));
  return (a, b) => {
    for (const sort of sorts) {
      const order = sort(a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
}

export function compileQuery(query: JqlQuery, context: JqlContext): CompiledQuery {
  const predicates = query.clauses.map((clause) => clausePredicate(clause, context));
  return {
    isBounded: predicates.length > 0,
    matches: (issue) => context.canSee(issue) && predicates.every((predicate) => predicate(issue)),
    compare: comparator(query.orderBy),
  };
}

export function compileJql(jql: string, context: JqlContext): CompiledQuery {
  return compileQuery(parseJql(jql), context);
}
