import { AuditLogError } from '../errors.js';
import { principalId } from '../model/actor.js';
import type { AuditLogFacetField, AuditLogFacets, AuditLogHistogram, AuditLogHistogramBucket } from '../model/aggregate.js';
import type { AuditLogListFilter } from '../model/query.js';
import { barsOf, bucketEdges, checkTimeZone, chooseInterval } from './buckets.js';
import { firstAfter, firstAtOrAfter, type Entry } from './entry.js';
import { normalizeFilter, type NormalizedFilter } from './filter.js';
import { MergeWalker } from './merge.js';
import { planQuery, type CandidateGroup, type SearchPlanner } from './plan.js';
import type { EventStore } from './store.js';

// The engine's aggregates: a histogram over time and counts by field (facets). Each is exact.
// Where the filter is one group of exact lists (an organization, its event names, a kind) the
// counts are binary searches; otherwise one walk of the smallest group, pausing as a page does.

/** A histogram request (see `QueryEngine.histogram`). */
export interface EngineHistogramRequest {
  /** What to count; its time range (else the matches' own span) is the histogram's. */
  filter?: AuditLogListFilter;
  /** Only this organization's events. */
  organizationId?: string;
  /** The IANA zone whose clock the buckets follow; default UTC. */
  timeZone?: string;
}

/** One bar (the adapter contract's shape). */
export type EngineHistogramBucket = AuditLogHistogramBucket;

/** Matching events over time (the adapter contract's shape). */
export type EngineHistogram = AuditLogHistogram;

/** The fields a facet counts by. */
export type EngineFacetField = AuditLogFacetField;

/** A facet request (see `QueryEngine.facets`). */
export interface EngineFacetRequest {
  /** The filter the counts are under (leave the field's own selection out to compare options). */
  filter?: AuditLogListFilter;
  organizationId?: string;
  field: EngineFacetField;
}

/** Counts by value, most first, then by value (the adapter contract's shape). */
export type EngineFacets = AuditLogFacets;

/** The most values a facet answer holds. */
export const FACET_LIMIT = 200;

const PAUSE_EVERY = 512;

/** The group to walk (fewest entries in the range) and the tests of the others. */
function driverOf(groups: CandidateGroup[], filter: NormalizedFilter): { driver: CandidateGroup; tests: ((entry: Entry) => boolean)[] } {
  let driver = 0;
  let least = Infinity;
  groups.forEach((group, i) => {
    const estimate = new MergeWalker(group.lists, 'oldest', filter.start, filter.end, null).estimate;
    if (estimate < least) [driver, least] = [i, estimate];
  });
  const tests = groups.filter((group, i) => i !== driver || group.superset).map((group) => group.test);
  return { driver: groups[driver]!, tests };
}

/**
 * A search's test reads each event's text (microseconds an entry, not nanoseconds): a walk with
 * one looks at no more than this many entries, and says it stopped. Plain filters walk to the end
 * (a million entries take tens of milliseconds).
 */
export const SEARCH_WALK_CAP = 20_000;

/**
 * Visits every match in one direction, pausing every {@link PAUSE_EVERY} entries looked at
 * (inserts during a pause are walked past). `visit` returning `false` ends the walk. Returns the
 * time of the last entry looked at when a search's walk stopped at its cap, else `null`.
 */
function* matches(store: EventStore, groups: CandidateGroup[], filter: NormalizedFilter, sort: 'newest' | 'oldest', visit: (entry: Entry) => boolean | void): Generator<void, number | null> {
  const { driver, tests } = driverOf(groups, filter);
  const cap = groups.some((group) => group.superset || group.searched) ? SEARCH_WALK_CAP : Infinity;
  let walker = new MergeWalker(driver.lists, sort, filter.start, filter.end, null);
  let looked = 0;
  for (let entry = walker.next(); entry; entry = walker.next()) {
    if (++looked > cap) return entry.time;
    if (looked % PAUSE_EVERY === 0) {
      const seq = store.lastSeq;
      yield;
      if (store.lastSeq !== seq) walker = new MergeWalker(driver.lists, sort, filter.start, filter.end, { time: entry.time, id: entry.event.id });
    }
    if (tests.every((test) => test(entry!)) && visit(entry) === false) return null;
  }
  return null;
}

/** The one group, when it alone is the filter and its lists are exactly the matches. */
function exactLists(groups: CandidateGroup[]): readonly (readonly Entry[])[] | null {
  return groups.length === 1 && groups[0]!.disjoint && !groups[0]!.superset ? groups[0]!.lists : null;
}

/** The histogram's span: the filter's range, closed by the first and last match where open. */
function* spanOf(store: EventStore, groups: CandidateGroup[], filter: NormalizedFilter): Generator<void, [number, number] | null> {
  let first: number | null = null;
  let last: number | null = null;
  const lists = exactLists(groups);
  if (lists) {
    for (const list of lists) {
      const lo = filter.start === null ? 0 : firstAtOrAfter(list, filter.start);
      const hi = filter.end === null ? list.length : firstAfter(list, filter.end);
      if (lo >= hi) continue;
      first = Math.min(first ?? Infinity, list[lo]!.time);
      last = Math.max(last ?? -Infinity, list[hi - 1]!.time);
    }
  } else {
    // The first match each way; a search that finds none within its cap draws from the cap's reach.
    const oldestReach = yield* matches(store, groups, filter, 'oldest', (entry) => {
      first = entry.time;
      return false;
    });
    const newestReach = yield* matches(store, groups, filter, 'newest', (entry) => {
      last = entry.time;
      return false;
    });
    if (first === null && oldestReach !== null) first = oldestReach;
    if (last === null && newestReach !== null) last = newestReach;
  }
  if (first === null || last === null) return null;
  return [filter.start ?? first, filter.end ?? last];
}

/** The walk behind `QueryEngine.histogram`. */
export function* histogramWalk(store: EventStore, search: SearchPlanner | undefined, request: EngineHistogramRequest): Generator<void, EngineHistogram> {
  const zone = checkTimeZone(request.timeZone);
  const filter = normalizeFilter(request.filter, request.organizationId);
  const groups = planQuery(store, filter, search);
  const span = yield* spanOf(store, groups, filter);
  if (!span) return { interval: chooseInterval(0, 0), buckets: [], complete: true };
  const interval = chooseInterval(span[0], span[1]);
  const edges = bucketEdges(span[0], span[1], interval, zone);
  const counts = new Array<number>(edges.length - 1).fill(0);
  const lists = exactLists(groups);
  if (lists) {
    for (const list of lists) {
      const lo = filter.start === null ? 0 : firstAtOrAfter(list, filter.start);
      const hi = filter.end === null ? list.length : firstAfter(list, filter.end);
      const at = (i: number) => Math.min(hi, Math.max(lo, firstAtOrAfter(list, edges[i]!)));
      let from = at(0);
      for (let i = 0; i < counts.length; i++) {
        const to = i === counts.length - 1 ? hi : at(i + 1);
        counts[i]! += Math.max(0, to - from);
        from = to;
      }
    }
  } else {
    // Newest first: where a search's walk stops at its cap, the newer bars are whole.
    let bucket = counts.length - 1;
    const reach = yield* matches(store, groups, filter, 'newest', (entry) => {
      while (bucket > 0 && entry.time < edges[bucket]!) bucket--;
      counts[bucket]!++;
    });
    return { interval, ...barsOf(edges, counts, reach) };
  }
  return { interval, ...barsOf(edges, counts) };
}

function checkField(field: unknown): EngineFacetField {
  if (field !== 'eventName' && field !== 'actorId') throw new AuditLogError('invalid_request', 'field must be "eventName" or "actorId".', { status: 400 });
  return field;
}

/** The walk behind `QueryEngine.facets`. */
export function* facetWalk(store: EventStore, search: SearchPlanner | undefined, request: EngineFacetRequest): Generator<void, EngineFacets> {
  const field = checkField(request.field);
  const filter = normalizeFilter(request.filter, request.organizationId);
  const groups = planQuery(store, filter, search);
  const counts = new Map<string, number>();
  let reach: number | null = null;
  const onlyScope = groups.length === 1 && groups[0]!.disjoint && !filter.eventNames && !filter.actorKinds && !filter.actorIds && filter.search === null;
  if (field === 'actorId' && onlyScope && filter.start === null && filter.end === null) {
    for (const [id, count] of store.actorCounts(filter.organizationId ?? undefined)) counts.set(id, count);
  } else if (field === 'eventName' && onlyScope) {
    // An organization (or the store) and a time range: each name's exact list, by binary search.
    const byName = filter.organizationId === null ? store.byName : (store.byOrgName.get(filter.organizationId) ?? new Map<string, Entry[]>());
    for (const [name, list] of byName) {
      const lo = filter.start === null ? 0 : firstAtOrAfter(list, filter.start);
      const hi = filter.end === null ? list.length : firstAfter(list, filter.end);
      if (hi > lo) counts.set(name, hi - lo);
    }
  } else {
    reach = yield* matches(store, groups, filter, 'newest', (entry) => {
      if (field === 'eventName') counts.set(entry.event.eventName, (counts.get(entry.event.eventName) ?? 0) + 1);
      else {
        const id = principalId(entry.event);
        if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    });
  }
  const values = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { values: values.slice(0, FACET_LIMIT), complete: values.length <= FACET_LIMIT, exact: reach === null };
}
