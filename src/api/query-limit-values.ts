/**
 * What one GraphQL document may ask for, on HTTP and graphql-ws alike. Units of cost: one per
 * field per row; a database round trip and an analysis cost what their work costs in fields.
 */

/** GraphiQL's introspection query is about 300 tokens; an analyzeLogs text is one token. */
export const MAX_QUERY_TOKENS = 5_000;
/** Apollo runs one operation of a document, but parses and validates them all. */
export const MAX_OPERATIONS = 10;
/** Field selections once fragments are expanded; GraphiQL's introspection query has about 150. */
export const MAX_FIELDS = 1_000;
/** Aliases let one request repeat a field; no Flare client needs more than a handful. */
export const MAX_ALIASES = 30;
/** Incident → summaries → remediation is 4 levels; 8 leaves room for every real query. */
export const MAX_QUERY_DEPTH = 8;
/** 500 incidents with their summaries and templates (the largest page) cost about 8,000. */
export const MAX_QUERY_COST = 10_000;
/** An analysis holds a batch's lines, models and summaries in memory: one per request. */
export const MAX_ANALYSES = 1;
/** Concurrent subscriptions (and queries) on one graphql-ws socket. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 20;

/** A query to Postgres: 4,999 aliased `health` made 4,999 round trips; now 10 reach the cost limit. */
export const DATABASE_ROUND_TRIP_COST = 500;
/** A whole pipeline run over up to 8 MiB of lines. */
export const ANALYSIS_COST = 5_000;
