import { AuditLogError } from '../errors.js';
import type { AuditLogActorKind } from '../model/actor.js';
import { actorIdsOf, principalId } from '../model/actor.js';
import type { AuditLogEvent } from '../model/event.js';
import { isRfc3339 } from '../model/validate.js';
import { compareEntries, toEntry, upperBound, type Entry } from './entry.js';

const NO_ORG = '';

/** Adds an entry to a key-ordered list (appending in the common case of events in time order). */
export function insertSorted(list: Entry[], entry: Entry): void {
  const last = list[list.length - 1];
  // Events mostly arrive in time order, so appending is the common, O(1) case.
  if (!last || compareEntries(last, entry) <= 0) list.push(entry);
  else list.splice(upperBound(list, entry.time, entry.event.id), 0, entry);
}

function listFor<K>(map: Map<K, Entry[]>, key: K): Entry[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

function checkEvent(event: AuditLogEvent, at: string): void {
  if (typeof event !== 'object' || event === null) {
    throw new AuditLogError('invalid_request', `${at} is not an event object.`);
  }
  if (typeof event.id !== 'string' || event.id === '') {
    throw new AuditLogError('invalid_request', `${at}.id must be a non-empty string.`);
  }
  if (typeof event.eventName !== 'string' || event.eventName === '') {
    throw new AuditLogError('invalid_request', `${at}.eventName must be a non-empty string.`);
  }
  // RFC 3339 only: a looser text such as "July 1, 2025 10:00" would be read in the machine's own zone.
  if (!isRfc3339(event.eventTime)) {
    throw new AuditLogError('invalid_request', `${at}.eventTime must be an RFC 3339 time with a zone, got ${JSON.stringify(event.eventTime)}.`);
  }
}

/**
 * The engine's storage: every event once, in key order, plus posting lists (also in key order)
 * by event name, actor id, actor kind and organization, so that a filtered first page is a few
 * binary searches and a short merge instead of a scan. Events are append-only, as audit logs are.
 */
export class EventStore {
  /** Every entry, oldest first. */
  readonly all: Entry[] = [];
  /** Entries by event name. */
  readonly byName = new Map<string, Entry[]>();
  /** Entries by each actor id they carry (user, session, keys, intermediate session). */
  readonly byActorId = new Map<string, Entry[]>();
  /** Entries by derived actor kind. */
  readonly byKind = new Map<AuditLogActorKind, Entry[]>();
  /** Entries by organization id. */
  readonly byOrg = new Map<string, Entry[]>();
  /**
   * Entries by organization, then event name: a server always scopes by organization, and with
   * these an organization's events of some names are exact lists (counted by binary search)
   * rather than a walk of the name's list across every organization.
   */
  readonly byOrgName = new Map<string, Map<string, Entry[]>>();
  /** Entries by event id. */
  readonly byId = new Map<string, Entry>();
  /** Event-name counts per organization (`''` for events without one). */
  private readonly nameCounts = new Map<string, Map<string, number>>();
  /** Counts per organization of the actor each event names ({@link principalId}): the Actor facet with no other filter. */
  private readonly principalCounts = new Map<string, Map<string, number>>();
  /** The sequence number of the newest insert. */
  private seq = 0;
  /** Indexes kept beside the store's own (the full-text index), told of every entry added. */
  private readonly indexers: ((entry: Entry) => void)[] = [];

  /** The sequence number of the newest insert: a snapshot of "everything so far". */
  get lastSeq(): number {
    return this.seq;
  }

  /** The newest insert's sequence number per organization, so that an organization's snapshot is its own. */
  private readonly orgSeq = new Map<string, number>();

  /**
   * The snapshot of a scope: the sequence number of the newest insert into that organization (or
   * into the store, with none). A cursor that holds it says nothing about other organizations.
   */
  lastSeqOf(organizationId: string | null): number {
    return organizationId === null ? this.seq : (this.orgSeq.get(organizationId) ?? 0);
  }

  /** How many events the store holds. */
  get size(): number {
    return this.all.length;
  }

  /**
   * Adds events. Throws an `invalid_request` error, adding none of them, when one is malformed
   * or its id is already stored.
   */
  add(events: readonly AuditLogEvent[]): void {
    const seen = new Set<string>();
    events.forEach((event, index) => {
      checkEvent(event, `events[${index}]`);
      if (this.byId.has(event.id) || seen.has(event.id)) {
        throw new AuditLogError('invalid_request', `events[${index}].id "${event.id}" is already stored.`);
      }
      seen.add(event.id);
    });
    const entries = events.map((event) => toEntry(event, ++this.seq));
    if (this.all.length === 0 && entries.length > 1) {
      // Bulk load: sort once (usually already sorted), then every posting list is built by appends.
      if (!entries.every((entry, i) => i === 0 || compareEntries(entries[i - 1]!, entry) <= 0)) {
        entries.sort(compareEntries);
      }
    }
    for (const entry of entries) this.index(entry);
  }

  /**
   * Keeps another index in step: `indexer` is called for every entry stored from now on (call it
   * yourself for {@link EventStore.all} first).
   */
  addIndexer(indexer: (entry: Entry) => void): void {
    this.indexers.push(indexer);
  }

  /** Event names with counts, for one organization or for all (`undefined`). */
  eventNameCounts(organizationId?: string): Map<string, number> {
    return countsIn(this.nameCounts, organizationId);
  }

  /** Counts by the actor each event names, for one organization or for all (`undefined`). */
  actorCounts(organizationId?: string): Map<string, number> {
    return countsIn(this.principalCounts, organizationId);
  }

  private index(entry: Entry): void {
    const { event } = entry;
    insertSorted(this.all, entry);
    insertSorted(listFor(this.byName, event.eventName), entry);
    insertSorted(listFor(this.byKind, entry.kind), entry);
    for (const id of actorIdsOf(event)) insertSorted(listFor(this.byActorId, id), entry);
    if (event.organizationId) {
      insertSorted(listFor(this.byOrg, event.organizationId), entry);
      let names = this.byOrgName.get(event.organizationId);
      if (!names) this.byOrgName.set(event.organizationId, (names = new Map()));
      insertSorted(listFor(names, event.eventName), entry);
    }
    this.byId.set(event.id, entry);
    this.orgSeq.set(event.organizationId ?? NO_ORG, Math.max(this.orgSeq.get(event.organizationId ?? NO_ORG) ?? 0, entry.seq));
    const counts = listCounts(this.nameCounts, event.organizationId ?? NO_ORG);
    counts.set(event.eventName, (counts.get(event.eventName) ?? 0) + 1);
    const principal = principalId(event);
    if (principal) {
      const byActor = listCounts(this.principalCounts, event.organizationId ?? NO_ORG);
      byActor.set(principal, (byActor.get(principal) ?? 0) + 1);
    }
    for (const indexer of this.indexers) indexer(entry);
  }
}

/** One organization's counts (a copy), or every organization's summed. */
function countsIn(byOrg: Map<string, Map<string, number>>, organizationId: string | undefined): Map<string, number> {
  if (organizationId !== undefined) return new Map(byOrg.get(organizationId) ?? []);
  const total = new Map<string, number>();
  for (const counts of byOrg.values()) {
    for (const [key, count] of counts) total.set(key, (total.get(key) ?? 0) + count);
  }
  return total;
}

function listCounts(map: Map<string, Map<string, number>>, key: string): Map<string, number> {
  let counts = map.get(key);
  if (!counts) {
    counts = new Map();
    map.set(key, counts);
  }
  return counts;
}
