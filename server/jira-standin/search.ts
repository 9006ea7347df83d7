import { createHash } from 'node:crypto';
import { badRequest } from './errors.ts';
import { parseFieldSelection } from './fields.ts';
import { compileJql, type JqlContext } from './jql/compile.ts';
import { presentIssue, type View } from './presenter.ts';

/** `/rest/api/3/search/jql`: a bounded JQL query, paged with an opaque token tied to that query. */

export interface SearchRequest {
  jql?: unknown;
  fields?: unknown;
  maxResults?: unknown;
  nextPageToken?: unknown;
}

const DEFAULT_PAGE = 50;
/** Jira returns up to 5000 ids per page, fewer when fields are asked for. */
const MAX_PAGE_IDS = 5000;
const MAX_PAGE_FIELDS = 100;

const queryHash = (jql: string) => createHash('sha256').update(jql).digest('base64url').slice(0, 16);

function encodeToken(offset: number, jql: string): string {
  return Buffer.from(JSON.stringify({ o: offset, q: queryHash(jql) })).toString('base64url');
}

function decodeToken(token: unknown, jql: string): number {
  if (token === undefined || token === null || token === '') return 0;
  try {
    const { o, q } = JSON.parse(Buffer.from(String(token), 'base64url').toString('utf8')) as { o: unknown; q: unknown };
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0 && q === queryHash(jql)) return o;
  } catch {
    // Falls through to the same answer as a well-formed token for another query.
  }
  throw badRequest('The provided next page token is invalid or expired.');
}

function pageSize(raw: unknown, idOnly: boolean): number {
  if (raw === undefined || raw === null || raw === '') return DEFAULT_PAGE;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw badRequest(`The value '${String(raw)}' is invalid for maxResults.`);
  return Math.min(size, idOnly ? MAX_PAGE_IDS : MAX_PAGE_FIELDS);
}

export function searchIssues(request: SearchRequest, context: JqlContext, view: View) {
  const jql = typeof request.jql === 'string' ? request.jql : '';
  const query = compileJql(jql, context);
  if (!query.isBounded) {
    throw badRequest('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
  }
  const selection = parseFieldSelection(request.fields, 'id');
  const offset = decodeToken(request.nextPageToken, jql);
  const size = pageSize(request.maxResults, selection.idOnly);
  const matching = context.store.issues.filter(query.matches).sort(query.compare);
  const page = matching.slice(offset, offset + size);
  const isLast = offset + size >= matching.length;
  return {
    issues: page.map((issue) => presentIssue(issue, selection, view)),
    ...(isLast ? {} : { nextPageToken: encodeToken(offset + size, jql) }),
    isLast,
  };
}
