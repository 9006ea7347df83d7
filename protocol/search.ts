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
/** Text a word search (`~` on a full-text field) takes. */
export const SEARCH_MAX_TEXT_LENGTH = 1000;

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

/** Longest text the inbox search takes: longer is a 400 naming `q`. */
export const INBOX_SEARCH_MAX_LENGTH = 200;
export const INBOX_SEARCH_MAX_PER_PAGE = 50;

/** `GET /api/search?q=&per_page=`: the inbox's search box, as the agent types. */
export const ZInboxSearchQuerySchema = z.object({
  q: z.string().max(INBOX_SEARCH_MAX_LENGTH),
  per_page: z.coerce.number().int().min(1).max(INBOX_SEARCH_MAX_PER_PAGE).default(20),
});
export type InboxSearchQuery = z.infer<typeof ZInboxSearchQuerySchema>;

/** Plain text (never HTML) and the [start, end) ranges of it that matched, for the client to mark. */
export const ZSearchSnippetSchema = z.object({
  text: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type SearchSnippet = z.infer<typeof ZSearchSnippetSchema>;

/** Where a conversation matched: a message, a teammate's note, its title/first message, or its contact. */
export const SEARCH_MATCH_SOURCES = ['comment', 'note', 'conversation', 'contact'] as const;

export const ZConversationSearchHitSchema = z.object({
  type: z.literal('conversation'),
  id: z.string(),
  title: z.string().nullable(),
  state: z.enum(['open', 'snoozed', 'closed']),
  updated_at: z.number(),
  contact: z.object({ id: z.string(), name: ZSearchSnippetSchema, email: z.string().nullable() }),
  matched: z.enum(SEARCH_MATCH_SOURCES),
  snippet: ZSearchSnippetSchema,
});
export type ConversationSearchHit = z.infer<typeof ZConversationSearchHitSchema>;

export const ZContactSearchHitSchema = z.object({
  type: z.literal('contact'),
  id: z.string(),
  name: ZSearchSnippetSchema,
  email: ZSearchSnippetSchema,
  /** Their latest conversation, which the inbox opens; null for a contact who never wrote. */
  latest_conversation_id: z.string().nullable(),
});
export type ContactSearchHit = z.infer<typeof ZContactSearchHitSchema>;

export const ZInboxSearchResultSchema = z.object({
  type: z.literal('search.result'),
  q: z.string(),
  conversations: z.array(ZConversationSearchHitSchema),
  contacts: z.array(ZContactSearchHitSchema),
});
export type InboxSearchResult = z.infer<typeof ZInboxSearchResultSchema>;
