import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import {
  SEARCH_MAX_FILTERS_PER_GROUP,
  SEARCH_MAX_NESTING,
  SEARCH_MAX_TEXT_LENGTH,
  SEARCH_MAX_VALUES,
  SEARCH_OPERATORS,
  type SearchOperator,
} from '../../../protocol/search.ts';
import { asBoolean, asId, asNumber, asString, asTimestamp, invalidQuery, likePattern } from './values.ts';

// biome-ignore lint/suspicious/noExplicitAny: each domain declares its fields against its own tables.
export type SearchBuilder = ExpressionBuilder<any, any>;
export type SearchColumn = (eb: SearchBuilder) => Expression<unknown>;

export type FieldType = 'string' | 'number' | 'boolean' | 'timestamp' | 'id';

/** A field held in one column (or expression) of the rows searched. */
export interface ColumnFieldSpec {
  type: FieldType;
  expression: SearchColumn;
  /** Timestamps compared by whole UTC day, as Intercom's contact search does: `>` means "from the next day on". */
  byDay?: boolean;
  /** A text with a full-text index: `~` (and so `!~`) match its words rather than a substring. */
  words?: WordsMatcher;
}

/** The condition that rows contain the words of `text` (already checked: a string without NUL, not too long). */
export type WordsMatcher = (eb: SearchBuilder, text: string) => Expression<SqlBool>;

/** A field searched only by its words (`~`, `!~`): e.g. the text of all of a conversation's parts. */
export interface WordsFieldSpec {
  type: 'words';
  words: WordsMatcher;
}

/**
 * A many-valued field held in a join table (a conversation's `tag_ids`, `contact_ids`): `=`/`IN` mean
 * "has one of these", `!=`/`NIN` "has none of these". `membership` builds that EXISTS for the given values.
 */
export interface MembershipFieldSpec {
  type: 'string' | 'number' | 'id';
  membership: (eb: SearchBuilder, values: Array<string | number>) => Expression<SqlBool>;
}

/** One key of a jsonb document (`custom_attributes.plan`), compared as text, number or boolean by the value sent. */
export interface AttributeFieldSpec {
  type: 'attribute';
  document: SearchColumn;
  key: string;
}

export type FieldSpec = ColumnFieldSpec | MembershipFieldSpec | AttributeFieldSpec | WordsFieldSpec;

/** Answers undefined for a field that cannot be searched. */
export type FieldResolver = (field: string) => FieldSpec | undefined;

export const CUSTOM_ATTRIBUTES_PREFIX = 'custom_attributes.';
const MAX_ATTRIBUTE_KEY_LENGTH = 190;

/** A resolver over a fixed set of fields, plus `custom_attributes.<key>` when the rows have such a document. */
export function fieldResolver(fields: Record<string, FieldSpec>, customAttributes?: SearchColumn): FieldResolver {
  const known = new Map(Object.entries(fields));
  return (field) => {
    const spec = known.get(field);
    if (spec || !customAttributes || !field.startsWith(CUSTOM_ATTRIBUTES_PREFIX)) return spec;
    const key = field.slice(CUSTOM_ATTRIBUTES_PREFIX.length);
    if (key.length === 0 || key.length > MAX_ATTRIBUTE_KEY_LENGTH) return undefined;
    return { type: 'attribute', document: customAttributes, key };
  };
}

const OPERATORS_BY_TYPE: Record<FieldType | 'membership' | 'attribute' | 'words', readonly SearchOperator[]> = {
  string: ['=', '!=', 'IN', 'NIN', '~', '!~', '^', '$'],
  number: ['=', '!=', 'IN', 'NIN', '<', '>'],
  timestamp: ['=', '!=', 'IN', 'NIN', '<', '>'],
  id: ['=', '!=', 'IN', 'NIN'],
  boolean: ['=', '!='],
  membership: ['=', '!=', 'IN', 'NIN'],
  attribute: SEARCH_OPERATORS,
  words: ['~', '!~'],
};

type PositiveOperator = '=' | 'IN' | '<' | '>' | '~' | '^' | '$';
const NEGATED: Partial<Record<SearchOperator, PositiveOperator>> = { '!=': '=', NIN: 'IN', '!~': '~' };
const LIKE_POSITION = { '~': 'contains', '^': 'prefix', $: 'suffix' } as const;

const COERCE: Record<FieldType, (value: unknown, path: string) => string | number | boolean> = {
  string: asString,
  number: asNumber,
  id: asId,
  boolean: asBoolean,
  timestamp: asTimestamp,
};

const DAY_SECONDS = 86_400;

interface Context {
  eb: SearchBuilder;
  resolve: FieldResolver;
  /** Values seen so far: bounds the statement's parameters whatever the nesting. */
  values: number;
}

/** One filter with a positive operator; `sent` is the operator as the client wrote it, for messages. */
interface Filter {
  operator: PositiveOperator;
  sent: SearchOperator;
  value: unknown;
  /** Path of the filter's value, e.g. `query.value.1.value`. */
  path: string;
}

/**
 * Compiles Intercom's search DSL — a filter `{field, operator, value}` or a group `{operator: AND|OR, value: [...]}`
 * — into one SQL condition. Anything malformed throws `parameter_invalid` naming the offending path.
 */
export function compileSearchQuery(eb: SearchBuilder, query: unknown, resolve: FieldResolver): Expression<SqlBool> {
  return compileNode({ eb, resolve, values: 0 }, query, 'query', 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOperator(value: unknown): value is SearchOperator {
  return SEARCH_OPERATORS.includes(value as SearchOperator);
}

function compileNode(context: Context, node: unknown, path: string, depth: number): Expression<SqlBool> {
  if (!isRecord(node)) {
    return invalidQuery(path, 'must be a filter {field, operator, value} or a group {operator: AND|OR, value: [...]}');
  }
  if ('field' in node || isOperator(node.operator)) return compileFilter(context, node, path);
  return compileGroup(context, node, path, depth);
}

function compileGroup(
  context: Context,
  group: Record<string, unknown>,
  path: string,
  depth: number,
): Expression<SqlBool> {
  const { operator, value } = group;
  if (operator !== 'AND' && operator !== 'OR')
    return invalidQuery(`${path}.operator`, 'a group’s operator is AND or OR');
  if (depth > SEARCH_MAX_NESTING) {
    return invalidQuery(path, `groups nest at most ${SEARCH_MAX_NESTING} levels below the top one`);
  }
  if (!Array.isArray(value) || value.length === 0) {
    return invalidQuery(`${path}.value`, 'a group’s value is a non-empty array of filters or groups');
  }
  if (value.length > SEARCH_MAX_FILTERS_PER_GROUP) {
    return invalidQuery(`${path}.value`, `a group holds at most ${SEARCH_MAX_FILTERS_PER_GROUP} filters`);
  }
  const conditions = value.map((child, index) => compileNode(context, child, `${path}.value.${index}`, depth + 1));
  return operator === 'AND' ? context.eb.and(conditions) : context.eb.or(conditions);
}

function compileFilter(context: Context, node: Record<string, unknown>, path: string): Expression<SqlBool> {
  const { field, operator, value } = node;
  if (typeof field !== 'string' || field.length === 0) return invalidQuery(`${path}.field`, 'must be a field name');
  const spec = context.resolve(field);
  if (!spec) return invalidQuery(`${path}.field`, `unknown field "${field}"`);
  if (!isOperator(operator)) {
    return invalidQuery(`${path}.operator`, `must be one of ${SEARCH_OPERATORS.join(' ')}`);
  }
  const allowed = OPERATORS_BY_TYPE['membership' in spec ? 'membership' : spec.type];
  if (!allowed.includes(operator)) {
    return invalidQuery(
      `${path}.operator`,
      `${operator} does not apply to ${field} (${spec.type}); use one of ${allowed.join(' ')}`,
    );
  }
  const positive = NEGATED[operator];
  const filter: Filter = {
    operator: positive ?? (operator as PositiveOperator),
    sent: operator,
    value,
    path: `${path}.value`,
  };
  countValues(context, Array.isArray(value) ? value.length : 1, filter.path);
  const condition = compileCondition(context.eb, spec, filter);
  // Negations also match rows where the field has no value: "name != Bob" includes contacts without a name.
  return positive ? sql<SqlBool>`not coalesce(${condition}, false)` : condition;
}

function countValues(context: Context, count: number, path: string): void {
  context.values += count;
  if (context.values > SEARCH_MAX_VALUES) invalidQuery(path, `a query compares at most ${SEARCH_MAX_VALUES} values`);
}

function compileCondition(eb: SearchBuilder, spec: FieldSpec, filter: Filter): Expression<SqlBool> {
  if ('membership' in spec) return compileMembership(eb, spec, filter);
  if (spec.type === 'attribute') return compileAttribute(eb, spec, filter);
  if (spec.type === 'words') return spec.words(eb, wordsText(filter));
  if (spec.words && filter.operator === '~') return spec.words(eb, wordsText(filter));
  return compileColumn(eb, spec, filter);
}

function wordsText(filter: Filter): string {
  const text = asString(single(filter), filter.path);
  if (text.length > SEARCH_MAX_TEXT_LENGTH) {
    return invalidQuery(filter.path, `searches at most ${SEARCH_MAX_TEXT_LENGTH} characters of text`);
  }
  return text;
}

function single(filter: Filter): unknown {
  if (Array.isArray(filter.value))
    return invalidQuery(filter.path, `${filter.sent} takes one value; use IN for a list`);
  return filter.value;
}

function list(filter: Filter): unknown[] {
  if (!Array.isArray(filter.value)) return invalidQuery(filter.path, `${filter.sent} takes an array of values`);
  return filter.value;
}

function anyOf(eb: SearchBuilder, conditions: Expression<SqlBool>[]): Expression<SqlBool> {
  return conditions.length === 0 ? sql<SqlBool>`false` : eb.or(conditions);
}

function compileMembership(eb: SearchBuilder, spec: MembershipFieldSpec, filter: Filter): Expression<SqlBool> {
  const coerce = COERCE[spec.type] as (value: unknown, path: string) => string | number;
  if (filter.operator === '=') return spec.membership(eb, [coerce(single(filter), filter.path)]);
  const values = list(filter).map((value, index) => coerce(value, `${filter.path}.${index}`));
  return values.length === 0 ? sql<SqlBool>`false` : spec.membership(eb, values);
}

function operand(eb: SearchBuilder, type: FieldType, value: string | number | boolean): Expression<unknown> {
  if (type === 'number') return sql`${value}::numeric`;
  if (type === 'timestamp') return sql`to_timestamp(${value}::double precision)`;
  return eb.val(value);
}

function compare(
  eb: SearchBuilder,
  spec: ColumnFieldSpec,
  operator: '=' | '<' | '>',
  value: string | number | boolean,
): Expression<SqlBool> {
  const column = spec.expression(eb);
  if (spec.type !== 'timestamp' || !spec.byDay) return eb(column, operator, operand(eb, spec.type, value));
  const start = Math.floor(Number(value) / DAY_SECONDS) * DAY_SECONDS;
  const from = operand(eb, 'timestamp', start);
  const until = operand(eb, 'timestamp', start + DAY_SECONDS);
  if (operator === '<') return eb(column, '<', from);
  if (operator === '>') return eb(column, '>=', until);
  return eb.and([eb(column, '>=', from), eb(column, '<', until)]);
}

function compileColumn(eb: SearchBuilder, spec: ColumnFieldSpec, filter: Filter): Expression<SqlBool> {
  const coerce = COERCE[spec.type];
  const column = spec.expression(eb);
  switch (filter.operator) {
    case '=': {
      const value = single(filter);
      return value === null ? eb(column, 'is', null) : compare(eb, spec, '=', coerce(value, filter.path));
    }
    case 'IN':
      return anyOf(
        eb,
        list(filter).map((value, index) =>
          value === null ? eb(column, 'is', null) : compare(eb, spec, '=', coerce(value, `${filter.path}.${index}`)),
        ),
      );
    case '<':
    case '>':
      return compare(eb, spec, filter.operator, coerce(single(filter), filter.path));
    default:
      return eb(column, 'ilike', likePattern(asString(single(filter), filter.path), LIKE_POSITION[filter.operator]));
  }
}

function compileAttribute(eb: SearchBuilder, spec: AttributeFieldSpec, filter: Filter): Expression<SqlBool> {
  const document = spec.document(eb);
  const key = sql`${spec.key}::text`;
  const text = sql<string>`(${document} ->> ${key})`;
  const kind = sql<string>`jsonb_typeof(${document} -> ${key})`;
  const number = sql<unknown>`(case when ${kind} = 'number' then (${document} ->> ${key})::numeric end)`;
  const boolean = sql<unknown>`(case when ${kind} = 'boolean' then (${document} ->> ${key})::boolean end)`;
  const equals = (value: unknown, path: string): Expression<SqlBool> => {
    if (value === null) return sql<SqlBool>`coalesce(${kind}, 'null') = 'null'`;
    if (typeof value === 'boolean') return eb(boolean, '=', value);
    if (typeof value === 'number') return eb(number, '=', operand(eb, 'number', value));
    return eb(text, '=', asString(value, path));
  };
  switch (filter.operator) {
    case '=':
      return equals(single(filter), filter.path);
    case 'IN':
      return anyOf(
        eb,
        list(filter).map((value, index) => equals(value, `${filter.path}.${index}`)),
      );
    case '<':
    case '>':
      return eb(number, filter.operator, operand(eb, 'number', asNumber(single(filter), filter.path)));
    default:
      return eb(text, 'ilike', likePattern(asString(single(filter), filter.path), LIKE_POSITION[filter.operator]));
  }
}
