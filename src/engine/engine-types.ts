import type { AuditLogEvent, AuditLogSort } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';

// The engine's requests and answers (the engine itself is in engine.ts).

/** The most events one page holds. */
export const MAX_PAGE_SIZE = 1000;

/** Counts stop here: past it, a count says "more than" (a count is for a person, not a ledger). */
export const COUNT_CAP = 10_000;

/** One page request to the engine. */
export interface EngineListRequest {
  /** What to list. */
  filter?: AuditLogListFilter;
  /** Newest first (default) or oldest first. */
  sort?: AuditLogSort;
  /** Events per page, 1 to {@link MAX_PAGE_SIZE}; default 25. */
  pageSize?: number;
  /** The `nextCursor` of the previous page, with the same filter and sort; none for the first page. */
  cursor?: string | null;
  /** Only this organization's events (a server scoping a caller). */
  organizationId?: string;
}

/** One page from the engine. */
export interface EngineListResult {
  /** The page's events, in the requested order (the stored objects: do not mutate them). */
  events: AuditLogEvent[];
  /** The token of the next page, or `null` when this page is the last. */
  nextCursor: string | null;
}

/** A page request by position (see {@link QueryEngine.seek}). */
export interface EngineSeekRequest {
  /** What to list. */
  filter?: AuditLogListFilter;
  /** Events per page, 1 to {@link MAX_PAGE_SIZE}; default 25. */
  pageSize?: number;
  /** The event to start at (included); none for the newest. */
  fromId?: string | null;
  /** Only this organization's events. */
  organizationId?: string;
}

/** One page by position. */
export interface EngineSeekResult {
  /** The page's events, newest first (the stored objects: do not mutate them). */
  events: AuditLogEvent[];
  /** The first event of the next page, or `null` when this page is the last. */
  nextId: string | null;
}

/** A count request (see {@link QueryEngine.count}). */
export interface EngineCountRequest {
  /** What to count. */
  filter?: AuditLogListFilter;
  /** Only this organization's events. */
  organizationId?: string;
}

/** How many events match: exact up to {@link COUNT_CAP}; past it `exact` is `false` and `count` is the cap. */
export interface EngineCount {
  count: number;
  exact: boolean;
}
