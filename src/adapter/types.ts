import type { AuditLogFacetField, AuditLogFacets, AuditLogHistogram } from '../model/aggregate.js';
import type { AuditLogActorKind } from '../model/actor.js';
import type { AuditLogEvent, AuditLogSort } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';

/**
 * What a backend can do. The viewer reads it to hide or explain what a backend cannot do, instead
 * of faking it on the loaded page; adapters reject a request outside it with `unsupported`.
 */
export interface AuditLogCapabilities {
  /** Full-text search (`filter.search`). */
  search: boolean;
  /** Event-name filter: none, one name at a time (Tesseral), or any number. */
  eventNameFilter: 'none' | 'single' | 'multiple';
  /** Actor-id filter: none, one user id at a time (Tesseral's `filterUserId`), or any actor ids. */
  actorIdFilter: 'none' | 'single_user' | 'multiple';
  /** Actor-kind filter (`filter.actorKinds`). */
  actorKindFilter: boolean;
  /** Time-range filter. */
  timeRange: boolean;
  /** The orders offered; the first is the default. */
  sorts: readonly AuditLogSort[];
  /** The page sizes to offer a person; the first is the default. One value means the size is fixed. */
  pageSizes: readonly number[];
  /** The largest page size accepted. */
  maxPageSize: number;
  /** Whether list results carry `total`, the count of all matches. */
  totalCount: boolean;
  /** The actor kinds {@link AuditLogAdapter.getActors} can resolve to names. */
  actorLookup: readonly AuditLogActorKind[];
  /**
   * Actor kinds this backend never reports: their events arrive with no actor at all, so the
   * viewer says the API does not name one instead of calling them "System". Tesseral's
   * end-customer API has no field for SCIM keys or the vendor's backend. Default none.
   */
  hiddenActors?: readonly AuditLogActorKind[];
}

/** Every call gets a signal: abandon the work when it fires (the person moved on). */
export interface AuditLogCallOptions {
  /** Fires when the result is no longer wanted. */
  signal: AbortSignal;
}

/** One page request. */
export interface AuditLogListRequest extends AuditLogCallOptions {
  /** What to list; only what the capabilities allow. */
  filter: AuditLogListFilter;
  /** The order, one of `capabilities.sorts`. */
  sort: AuditLogSort;
  /** Events per page, allowed by `capabilities.pageSizes` / `maxPageSize`. */
  pageSize: number;
  /** `nextCursor` of the previous page of the same filter and sort, or `null` for the first. */
  cursor: string | null;
}

/** One page of events. */
export interface AuditLogListResult {
  /** The events, in the requested order. */
  events: AuditLogEvent[];
  /** The next page's cursor, or `null` on the last page. */
  nextCursor: string | null;
  /** The number of all matching events, when `capabilities.totalCount`. */
  total?: number;
  /**
   * Set when the backend answered with only part of what was asked (for example a shard timed
   * out): the events shown are real, but some may be missing. Says what is missing, in words.
   */
  partial?: string;
  /**
   * The names of this page's actors, when the backend sends them with the page: the viewer shows
   * them on the rows' first render, and looks up (in one `getActors` call) only the rest.
   */
  actors?: AuditLogActorInfo[];
}

export type { AuditLogFacetField, AuditLogFacets, AuditLogHistogram, AuditLogHistogramBucket, AuditLogHistogramInterval } from '../model/aggregate.js';

/** A count of matching events: exact, or at least `count` when `exact` is `false`. */
export interface AuditLogCount {
  count: number;
  exact: boolean;
}

/** An actor to look up: its kind and the id that names it for that kind. */
export interface AuditLogActorRef {
  /** The actor kind. */
  kind: AuditLogActorKind;
  /** `user_…`, `api_key_…`, … */
  id: string;
}

/** What a lookup found about an actor. */
export interface AuditLogActorInfo extends AuditLogActorRef {
  /** A name to show: the user's display name or the API key's name. */
  displayName?: string;
  /** The user's email. */
  email?: string;
  /** `true` when the backend no longer knows the actor (deleted since the event). */
  deleted?: boolean;
}

/** What a role lookup found. */
export interface AuditLogRoleInfo {
  /** `role_…`. */
  id: string;
  /** The role's name. */
  displayName?: string;
  /** `true` when the backend no longer knows the role (deleted since the event). */
  deleted?: boolean;
}

/** A request for every event of a filter (see {@link AuditLogAdapter.streamEvents}). */
export interface AuditLogStreamRequest extends AuditLogCallOptions {
  filter: AuditLogListFilter;
  sort: AuditLogSort;
}

/** Output formats of an export. */
export type AuditLogExportFormat = 'csv' | 'jsonl';

/**
 * Server-side export, for backends that build export files themselves (an async job that ends in
 * a download URL). Optional: without it the viewer streams the export page by page.
 */
export interface AuditLogExportApi {
  /** Starts a job for every event matching the filter, in the given order. */
  start(
    request: { filter: AuditLogListFilter; sort: AuditLogSort; format: AuditLogExportFormat; timeZone?: string },
    options: AuditLogCallOptions,
  ): Promise<{ jobId: string }>;
  /** Reads a job's state. */
  status(
    jobId: string,
    options: AuditLogCallOptions,
  ): Promise<{ state: 'running' | 'done' | 'failed'; written: number; total?: number; downloadUrl?: string; error?: string }>;
}

/**
 * The data contract between the viewer and a backend: a plain object, usually made by a factory
 * with an injectable `fetch`. Every method rejects with an `AuditLogError`, never anything else.
 */
export interface AuditLogAdapter {
  /** Stable, unique per backend and credentials: part of every cache key. */
  readonly id: string;
  /** What this backend can do. */
  readonly capabilities: AuditLogCapabilities;
  /**
   * The least time between two polls of live updates this backend tolerates, in ms (Tesseral's
   * rate limits: a minute). Live updates never poll more often.
   */
  readonly pollIntervalMs?: number;
  /** Lists one page. */
  listEvents(request: AuditLogListRequest): Promise<AuditLogListResult>;
  /** One event by id; `null` when it does not exist or belongs to someone else. */
  getEvent?(id: string, options: AuditLogCallOptions): Promise<AuditLogEvent | null>;
  /**
   * Resolves actors to names, batched. Answers one entry per ref whose kind is in
   * `capabilities.actorLookup` (with `deleted: true` when it no longer exists), in any order.
   */
  getActors?(refs: readonly AuditLogActorRef[], options: AuditLogCallOptions): Promise<AuditLogActorInfo[]>;
  /** Every event name the organization has, sorted. */
  listEventNames?(options: AuditLogCallOptions): Promise<string[]>;
  /**
   * How many events match a filter, for "2,341 events": exact, or (`exact: false`) at least
   * `count` where the backend stops counting. Leave it out where the backend cannot count
   * (Tesseral): the viewer then shows no count rather than a guess.
   */
  countEvents?(request: { filter: AuditLogListFilter } & AuditLogCallOptions): Promise<AuditLogCount>;
  /**
   * Matching events over time, exact, for the timeline: buckets of minutes to days on the wall
   * clock of `timeZone` (an IANA name), covering the filter's time range (else the matches' span).
   */
  histogramEvents?(request: { filter: AuditLogListFilter; timeZone: string } & AuditLogCallOptions): Promise<AuditLogHistogram>;
  /**
   * Matching events counted by event name or by actor id, for the counts beside the options of
   * the Event type and Actor filters. The viewer leaves the field's own selection out of `filter`.
   */
  facetEvents?(request: { filter: AuditLogListFilter; field: AuditLogFacetField } & AuditLogCallOptions): Promise<AuditLogFacets>;
  /**
   * Roles by id, for the summaries of role assignments ("gave bob the role Billing admin").
   * Answers one entry per id (with `deleted: true` when it no longer exists), in any order.
   */
  getRoles?(ids: readonly string[], options: AuditLogCallOptions): Promise<AuditLogRoleInfo[]>;
  /**
   * Every event of a filter in order, page by page, fetched as fast as the backend allows (the
   * Tesseral adapter fetches time slices in parallel). Exports use it when it is there, and page
   * through {@link listEvents} when it is not; either way the events and their order are the same.
   * It retries failed pages itself, and rejects with an `AuditLogError` when it gives up.
   */
  streamEvents?(request: AuditLogStreamRequest): AsyncIterable<AuditLogListResult>;
  /**
   * The organization's users and API keys whose name, email or id matches `query` (the actor
   * filter's typeahead), best first, at most `limit`. An empty query lists the first ones.
   */
  searchActors?(query: string, options: AuditLogCallOptions & { limit: number }): Promise<AuditLogActorInfo[]>;
  /** Server-side export. */
  export?: AuditLogExportApi;
}
