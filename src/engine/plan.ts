import { AuditLogError } from '../errors.js';
import { actorIdsOf } from '../model/actor.js';
import type { Entry } from './entry.js';
import type { NormalizedFilter } from './filter.js';
import type { EventStore } from './store.js';

/**
 * One filter dimension as a union of posting lists plus the exact test it stands for. The query
 * walks the group with the fewest entries and applies the other groups' tests to what it finds.
 */
export interface CandidateGroup {
  /** Key-ordered lists whose union is a superset of the matches of this dimension. */
  lists: readonly (readonly Entry[])[];
  /** The exact test of this dimension. */
  test(entry: Entry): boolean;
  /**
   * The lists may hold entries that do not match (a search's candidates): the test then runs on
   * this group's own walk too. Without it, the lists are taken as exactly the matches.
   */
  superset?: boolean;
  /**
   * No entry sits in two of the lists and every entry matches: the group's matches in a time
   * range are counted by binary search, without a walk (see the aggregates).
   */
  disjoint?: boolean;
  /**
   * A search's group: an aggregate's walk with one stops at `SEARCH_WALK_CAP` entries and says
   * so, however cheap its test (a walk of a whole organization's events is not bounded enough).
   */
  searched?: boolean;
}

/**
 * Builds the candidate group(s) of a full-text search over a store (several groups are
 * intersected: the query walks the smallest and tests the others). The engine has none by default
 * (its capabilities then say `search: false`); the search index plugs in here.
 */
export type SearchPlanner = ((search: string, store: EventStore) => CandidateGroup | CandidateGroup[]) & {
  /** Builds the planner's index for a store now rather than on the first search (called by the engine). */
  prepare?(store: EventStore): void;
};

const EMPTY: readonly Entry[] = [];

/** The candidate groups of a filter's structured dimensions (all but search). */
export function planGroups(store: EventStore, filter: NormalizedFilter): CandidateGroup[] {
  const groups: CandidateGroup[] = [];
  const { eventNames, actorIds, actorKinds, organizationId } = filter;
  if (organizationId !== null && eventNames) {
    // One group of exact lists: the organization's events of these names.
    const names = new Set(eventNames);
    const byName = store.byOrgName.get(organizationId);
    groups.push({
      lists: eventNames.map((name) => byName?.get(name) ?? EMPTY),
      test: (entry) => entry.event.organizationId === organizationId && names.has(entry.event.eventName),
      disjoint: true,
    });
  } else if (organizationId !== null) {
    groups.push({
      lists: [store.byOrg.get(organizationId) ?? EMPTY],
      test: (entry) => entry.event.organizationId === organizationId,
      disjoint: true,
    });
  } else if (eventNames) {
    const names = new Set(eventNames);
    groups.push({
      lists: eventNames.map((name) => store.byName.get(name) ?? EMPTY),
      test: (entry) => names.has(entry.event.eventName),
      disjoint: true,
    });
  }
  if (actorIds) {
    const ids = new Set(actorIds);
    groups.push({
      lists: actorIds.map((id) => store.byActorId.get(id) ?? EMPTY),
      test: (entry) => actorIdsOf(entry.event).some((id) => ids.has(id)),
      // One event may carry two of the ids (a user and the user's session).
      disjoint: actorIds.length === 1,
    });
  }
  if (actorKinds) {
    const kinds = new Set(actorKinds);
    groups.push({
      lists: actorKinds.map((kind) => store.byKind.get(kind) ?? EMPTY),
      test: (entry) => kinds.has(entry.kind),
      disjoint: true,
    });
  }
  return groups;
}

/**
 * Every candidate group of a filter, search included (never none: with no dimension, the store's
 * whole list). The walks of the engine and of its aggregates start here.
 */
export function planQuery(store: EventStore, filter: NormalizedFilter, search: SearchPlanner | undefined): CandidateGroup[] {
  const groups = planGroups(store, filter);
  if (filter.search !== null) {
    if (!search) throw new AuditLogError('unsupported', 'This engine has no full-text search.');
    const planned = search(filter.search, store);
    groups.push(...(Array.isArray(planned) ? planned : [planned]));
  }
  if (groups.length === 0) groups.push({ lists: [store.all], test: () => true, disjoint: true });
  return groups;
}
