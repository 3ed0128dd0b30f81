import type { NormalizedFilter } from '../../engine/filter.js';
import type { AuditLogEvent, AuditLogSort } from '../../model/event.js';
import type { AuditLogListFilter } from '../../model/query.js';
import type { ParsedSearch } from '../../search/parse.js';

// What the store's query functions hand to the aggregates (histogram.ts, aggregate.ts).

/** A filter read as the store reads it: normalized, the search narrowed by the index, and what the matcher must still test. */
export type Read = (filter: AuditLogListFilter, organizationId: string) => { normalized: NormalizedFilter; search: ParsedSearch | null; test: ParsedSearch | null };
/** The WHERE clause of a filter, its parameters appended (store.ts `whereOf`). */
export type Where = (filter: NormalizedFilter, organizationId: string, params: unknown[], search?: ParsedSearch | null) => string;
/** Rows in order after a position (store.ts `rows`). */
export type Rows = (where: string, params: unknown[], sort: AuditLogSort, after: { time: number; id: string } | null, snapshot: number | null, limit: number) => Promise<{ event: AuditLogEvent; time_ms: number; id: string }[]>;
/**
 * A search's matches in one order, testing at most `cap` rows (20,000 unless given), `first` rows
 * read by the first query (a walk for one match asks for few); `visit` returning `false` ends it.
 * Gives the time of the first row not tested when the cap stopped it, else `null` (as the engine's walk).
 */
export type Walk = (where: string, params: unknown[], search: ParsedSearch, sort: AuditLogSort, visit: (event: AuditLogEvent, time: number) => boolean | void, cap?: number, first?: number) => Promise<number | null>;
