import { runInSlices, runToEnd } from './slices.js';
import { AuditLogError } from '../errors.js';
import type { AuditLogEvent, AuditLogSort } from '../model/event.js';
import { CursorCodec, fingerprint, invalidCursor } from './cursor.js';
import { canonicalFilter, normalizeFilter } from './filter.js';
import { MergeWalker, type After } from './merge.js';
import { facetWalk, histogramWalk, type EngineFacetRequest, type EngineFacets, type EngineHistogram, type EngineHistogramRequest } from './aggregate.js';
import { planQuery, type SearchPlanner } from './plan.js';
import type { Entry } from './entry.js';
import { EventStore } from './store.js';
import { COUNT_CAP, MAX_PAGE_SIZE, type EngineCount, type EngineCountRequest, type EngineListRequest, type EngineListResult, type EngineSeekRequest, type EngineSeekResult } from './engine-types.js';

export { COUNT_CAP, MAX_PAGE_SIZE } from './engine-types.js';
export { FACET_LIMIT } from './aggregate.js';
export type { EngineFacetField, EngineFacetRequest, EngineFacets, EngineHistogram, EngineHistogramBucket, EngineHistogramRequest } from './aggregate.js';
export type { HistogramInterval } from './buckets.js';
export type { EngineCount, EngineCountRequest, EngineListRequest, EngineListResult, EngineSeekRequest, EngineSeekResult } from './engine-types.js';

/** Options of {@link createQueryEngine}. */
export interface QueryEngineOptions {
  /** Events to start with, in any order. */
  events?: readonly AuditLogEvent[];
  /**
   * The key that signs page tokens. Random by default, so tokens of one engine are refused by
   * any other; give a fixed secret to keep tokens valid across restarts of a server.
   */
  cursorSecret?: string | Uint8Array;
  /** The full-text search planner; without one, a `search` filter is `unsupported`. */
  search?: SearchPlanner;
}

/**
 * The one query engine: filter by event names, actor ids and kinds, an inclusive time range and
 * (with a planner) full text; order newest or oldest first; page by signed cursors.
 *
 * Paging is a consistent snapshot: a cursor remembers the last event it returned and how far the
 * store had grown at the first page, so events inserted while a person pages (even ones dated in
 * the past) neither repeat nor shift a page; they appear on the next first page.
 */
export interface QueryEngine {
  /** The storage, for planners and diagnostics. */
  readonly store: EventStore;
  /** Whether a `search` filter is understood. */
  readonly supportsSearch: boolean;
  /** Adds events (append-only); throws `invalid_request` for a malformed or duplicate one. */
  insert(events: readonly AuditLogEvent[]): void;
  /** Lists one page; throws an {@link AuditLogError} for a bad filter, page size or cursor. */
  list(request: EngineListRequest): EngineListResult;
  /**
   * Lists one page newest first from a position, as Tesseral pages its audit log: starting at
   * (and including) the event `fromId`, seeing every event stored now (no snapshot), and naming
   * the first event of the next page. Throws `invalid_cursor` for an id the store does not hold.
   */
  seek(request: EngineSeekRequest): EngineSeekResult;
  /**
   * {@link list}, giving way to other work every few milliseconds (default 10): what a server
   * calls, so that one request's long walk (a search that matches little in a large store) never
   * holds every other tenant's requests behind it.
   */
  listSliced(request: EngineListRequest, options?: { sliceMs?: number }): Promise<EngineListResult>;
  /** {@link seek}, in slices as {@link listSliced}. */
  seekSliced(request: EngineSeekRequest, options?: { sliceMs?: number }): Promise<EngineSeekResult>;
  /** One event by id, within an organization when given. */
  get(id: string, organizationId?: string): AuditLogEvent | undefined;
  /** How many events match a filter: exact up to {@link COUNT_CAP}, else "more than" the cap. */
  count(request: EngineCountRequest): EngineCount;
  /** {@link count}, in slices as {@link listSliced}. */
  countSliced(request: EngineCountRequest, options?: { sliceMs?: number }): Promise<EngineCount>;
  /**
   * Matching events over time, exact: the filter's time range (else the matches' span) in at
   * most 60 buckets of minutes to days, on the wall clock of `timeZone`. Throws `invalid_request`
   * for a bad filter or zone.
   */
  histogram(request: EngineHistogramRequest): EngineHistogram;
  /** {@link histogram}, in slices as {@link listSliced}. */
  histogramSliced(request: EngineHistogramRequest, options?: { sliceMs?: number }): Promise<EngineHistogram>;
  /** Matching events counted by event name or by actor id, most first, exact. */
  facets(request: EngineFacetRequest): EngineFacets;
  /** {@link facets}, in slices as {@link listSliced}. */
  facetsSliced(request: EngineFacetRequest, options?: { sliceMs?: number }): Promise<EngineFacets>;
  /** The event names present (in an organization when given), sorted. */
  eventNames(organizationId?: string): string[];
}

/** How many entries a walk looks at between two chances to pause. */
const PAUSE_EVERY = 512;

interface PageWalk {
  events: AuditLogEvent[];
  last: Entry | null;
  following: Entry | null;
}

function checkPageSize(pageSize: unknown): number {
  if (pageSize === undefined) return 25;
  if (typeof pageSize !== 'number' || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new AuditLogError('invalid_request', `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${String(pageSize)}.`, { status: 400 });
  }
  return pageSize;
}

function checkSort(sort: unknown): AuditLogSort {
  if (sort === undefined) return 'newest';
  if (sort !== 'newest' && sort !== 'oldest') {
    throw new AuditLogError('invalid_request', `sort must be "newest" or "oldest", got ${JSON.stringify(sort)}.`, { status: 400 });
  }
  return sort;
}

/** Creates a query engine over an in-process store. No state is shared between engines. */
export function createQueryEngine(options: QueryEngineOptions = {}): QueryEngine {
  const store = new EventStore();
  const codec = new CursorCodec(options.cursorSecret);
  const search = options.search;
  if (options.events?.length) store.add(options.events);
  // The search index is built with the store, so that no person's first search waits for it.
  search?.prepare?.(store);

  /**
   * Walks one page of a normalized query from `after` (exclusive), seeing entries up to
   * `snapshot`. A generator that pauses every {@link PAUSE_EVERY} entries it looks at, so that a
   * server can let other requests run during a long walk (see the sliced calls).
   */
  function* page(request: EngineListRequest, sort: AuditLogSort, pageSize: number, after: After | null, snapshot: number): Generator<void, PageWalk> {
    const filter = normalizeFilter(request.filter, request.organizationId);
    const groups = planQuery(store, filter, search);
    const walkers = groups.map((group) => new MergeWalker(group.lists, sort, filter.start, filter.end, after));
    let driver = 0;
    walkers.forEach((walker, i) => {
      if (walker.estimate < walkers[driver]!.estimate) driver = i;
    });
    const tests = groups.filter((group, i) => i !== driver || group.superset).map((group) => group.test);
    let walker = walkers[driver]!;
    const events: AuditLogEvent[] = [];
    let last: Entry | null = null;
    // The first match past the page: its existence says there is a next page.
    let following: Entry | null = null;
    let looked = 0;
    for (let entry = walker.next(); entry; entry = walker.next()) {
      if (++looked % PAUSE_EVERY === 0) {
        const seq = store.lastSeq;
        yield;
        // Inserts during the pause shift the lists' positions: walk on from this entry's key.
        if (store.lastSeq !== seq) walker = new MergeWalker(groups[driver]!.lists, sort, filter.start, filter.end, { time: entry.time, id: entry.event.id });
      }
      if (entry.seq > snapshot || !tests.every((test) => test(entry!))) continue;
      if (events.length === pageSize) {
        following = entry;
        break;
      }
      events.push(entry.event);
      last = entry;
    }
    return { events, last, following };
  }

  function* listing(request: EngineListRequest): Generator<void, EngineListResult> {
    const sort = checkSort(request.sort);
    const pageSize = checkPageSize(request.pageSize);
    const filterHash = fingerprint(canonicalFilter(normalizeFilter(request.filter, request.organizationId)));
    let after: After | null = null;
    // The organization's own snapshot: its cursor counts its own events only.
    const scopeSeq = store.lastSeqOf(request.organizationId ?? null);
    let snapshot = scopeSeq;
    if (request.cursor) {
      const position = codec.decode(request.cursor, { sort, filterHash });
      if (position.snapshot > scopeSeq) throw invalidCursor();
      after = { time: position.time, id: position.id };
      snapshot = position.snapshot;
    }
    const { events, last, following } = yield* page(request, sort, pageSize, after, snapshot);
    const nextCursor =
      following && last
        ? codec.encode({ sort, time: last.time, id: last.event.id, snapshot, filterHash })
        : null;
    return { events, nextCursor };
  }

  function* seeking(request: EngineSeekRequest): Generator<void, EngineSeekResult> {
    const pageSize = checkPageSize(request.pageSize);
    let after: After | null = null;
    if (request.fromId) {
      const from = store.byId.get(request.fromId);
      if (!from) throw invalidCursor();
      // Inclusive of the event itself: no id sorts between an id and that id followed by U+0000.
      after = { time: from.time, id: `${from.event.id}\u0000` };
    }
    const { events, following } = yield* page(request, 'newest', pageSize, after, store.lastSeq);
    return { events, nextId: following ? following.event.id : null };
  }

  function* counting(request: EngineCountRequest): Generator<void, EngineCount> {
    // A walk of one page of the cap: the first match past it says "more than".
    const { events, following } = yield* page(request, 'newest', COUNT_CAP, null, store.lastSeqOf(request.organizationId ?? null));
    return { count: events.length, exact: following === null };
  }

  return {
    store,
    supportsSearch: search !== undefined,
    insert: (events) => store.add(events),
    list: (request) => runToEnd(listing(request)),
    seek: (request) => runToEnd(seeking(request)),
    listSliced: (request, options) => runInSlices(listing(request), options?.sliceMs),
    seekSliced: (request, options) => runInSlices(seeking(request), options?.sliceMs),
    count: (request) => runToEnd(counting(request)),
    countSliced: (request, options) => runInSlices(counting(request), options?.sliceMs),
    histogram: (request) => runToEnd(histogramWalk(store, search, request)),
    histogramSliced: (request, options) => runInSlices(histogramWalk(store, search, request), options?.sliceMs),
    facets: (request) => runToEnd(facetWalk(store, search, request)),
    facetsSliced: (request, options) => runInSlices(facetWalk(store, search, request), options?.sliceMs),
    get(id, organizationId) {
      const entry = store.byId.get(id);
      if (!entry || (organizationId !== undefined && entry.event.organizationId !== organizationId)) return undefined;
      return entry.event;
    },
    eventNames: (organizationId) => [...store.eventNameCounts(organizationId).keys()].sort(),
  };
}
