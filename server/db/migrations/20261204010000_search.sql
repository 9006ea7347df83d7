-- Full-text search for the inbox and Intercom's conversation search (docs/inbox.md#search, server/domain/search/):
-- message parts (comments and notes), the conversation's title, subject and first message, and contacts' names
-- and emails.
--
-- IMMUTABLE functions turn text into the indexed document, so the same expressions index and query on PGlite
-- and PostgreSQL alike, with no extension (PGlite loads unaccent only when asked at start-up): Unicode NFD with
-- Latin diacritics removed ("información" → informacion), lower case, HTML tags and entities dropped, ASCII
-- punctuation and Spanish/typographic marks made spaces (an email or an order number becomes words:
-- "ana.garcia@acme.com" → ana garcia acme com), then the 'simple' configuration: no stemming and no stop words,
-- so Spanish, English and mixed text index alike; the query side adds prefixes and stems (search/text-query.ts).
-- Each function repeats the expression rather than calling another of ours: expression indexes are evaluated
-- under a restricted search_path during ANALYZE and REINDEX on PostgreSQL 17+ (PGlite is 18).
--
-- Expression indexes rather than stored tsvector columns: the write path computes each document once, for its
-- GIN entry (fastupdate pending list), and reading a thread (`SELECT *` of parts) carries no extra column. Not
-- partial: the planner reads a word's frequency only from a non-partial expression index's statistics.
--
-- Parts and conversations also index a "recency bucket" word, '~' and the id divided by 16384 (no query word can
-- start with '~'): the inbox asks for the newest buckets first, and GIN intersects them with the words inside the
-- index, so a common word costs what its newest matches cost, never a heap visit per old match.
CREATE FUNCTION charla_search_document(body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT to_tsvector('simple'::regconfig, regexp_replace(
    lower(regexp_replace(normalize(body, NFD), '[\u0300-\u036f]+', '', 'g')),
    '<[^>]*>|&#?[a-z0-9]+;|[!-/:-@[-`{-~¿¡«»“”‘’„–—…·•]+', ' ', 'g'))
$$;

CREATE FUNCTION charla_search_bucketed_document(id bigint, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT to_tsvector('simple'::regconfig, regexp_replace(
    lower(regexp_replace(normalize(body, NFD), '[\u0300-\u036f]+', '', 'g')),
    '<[^>]*>|&#?[a-z0-9]+;|[!-/:-@[-`{-~¿¡«»“”‘’„–—…·•]+', ' ', 'g'))
    || array_to_tsvector(ARRAY['~' || (id >> 14)::text])
$$;

-- Every part with a body (a part without one has no entry): comments and notes (teammates search notes; customers have no search), and the
-- bodies teammates add to an assignment or a close.
CREATE INDEX conversation_parts_search_idx ON conversation_parts
  USING gin (charla_search_bucketed_document(id, body));

-- The conversation's own text: title, email subject and first message (`source.body`).
CREATE INDEX conversations_search_idx ON conversations
  USING gin (charla_search_bucketed_document(id, coalesce(title, '') || ' ' || coalesce(source_subject, '') || ' ' || coalesce(source_body, '')));

CREATE INDEX contacts_search_idx ON contacts USING gin (charla_search_document(coalesce(name, '') || ' ' || coalesce(email, '')));
