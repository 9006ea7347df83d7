import { z } from 'zod';

/** Intercom's search operators. `~` contains, `!~` does not contain, `^` starts with, `$` ends with. */
export const SEARCH_OPERATORS = ['=', '!=', 'IN', 'NIN', '<', '>', '~', '!~', '^', '$'] as const;
export type SearchOperator = (typeof SEARCH_OPERATORS)[number];

export type SearchScalar = string | number | boolean | null;

/** One condition: `{"field":"email","operator":"~","value":"@acme.com"}`. */
export interface SearchFilter {
  field: string;
  operator: SearchOperator;
  value: SearchScalar | SearchScalar[];
}

/** Conditions joined by AND or OR; groups nest at most two levels below the top one. */
export interface SearchGroup {
  operator: 'AND' | 'OR';
  value: SearchQuery[];
}

export type SearchQuery = SearchFilter | SearchGroup;

/** Limits Intercom documents for its search: filters (or groups) per group, and nested group levels. */
export const SEARCH_MAX_FILTERS_PER_GROUP = 15;
export const SEARCH_MAX_NESTING = 2;
/** Values compared by one query, all filters together: bounds the statement's parameters. */
export const SEARCH_MAX_VALUES = 1000;

export const SEARCH_DEFAULT_PER_PAGE = 50;
export const SEARCH_MAX_PER_PAGE = 150;

export const ZPerPageSchema = z.coerce.number().int().min(1).max(SEARCH_MAX_PER_PAGE);

/** Cursor pagination, as in a list's `pages.next`: send `starting_after` back to get the next page. */
export const ZPaginationSchema = z.object({
  per_page: ZPerPageSchema.optional(),
  starting_after: z.string().max(200).nullish(),
});

/**
 * `POST /…/search`. The query's shape is checked by the search compiler, which names the offending
 * path (e.g. `query.value.1.field`) — more precisely than a zod union can.
 */
export const ZSearchRequestSchema = z.strictObject({
  query: z.custom<SearchQuery>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
    message: 'query must be a filter or an AND/OR group',
  }),
  pagination: ZPaginationSchema.nullish(),
});
export type SearchRequest = z.infer<typeof ZSearchRequestSchema>;

/** Intercom's `pages` for cursor lists; `next` is absent on the last page (that is how clients stop). */
export const ZCursorPagesSchema = z.object({
  type: z.literal('pages'),
  page: z.number(),
  per_page: z.number(),
  total_pages: z.number(),
  next: z.object({ per_page: z.number(), starting_after: z.string() }).optional(),
});
export type CursorPages = z.infer<typeof ZCursorPagesSchema>;
