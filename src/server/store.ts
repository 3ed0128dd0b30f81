import type { AuditLogActorInfo, AuditLogActorRef, AuditLogRoleInfo } from '../adapter/types.js';
import type { AuditLogFacetField, AuditLogFacets, AuditLogHistogram } from '../model/aggregate.js';
import type { AuditLogEvent, AuditLogSort } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';

/**
 * Whose events a call reads: the organization the vendor's `authorize` gave for the request.
 * Every store call takes one, first; the handler makes none without it, so nothing reaches a
 * store unscoped.
 */
export interface AuditLogScope {
  readonly organizationId: string;
}

/** A page of events by cursor, as `GET /events` answers it. */
export interface AuditLogStorePage {
  events: AuditLogEvent[];
  /** Opaque to the client; sealed by the store, which refuses one it did not make (`invalid_cursor`). */
  nextCursor: string | null;
}

/**
 * Where the full API's events live (docs/rest-api.md): the in-memory engine (the mock server)
 * or a database. Requests reach it already read and checked (the handler refuses what is
 * malformed or past the limits with a 400); a store throws an `AuditLogError` for what only it
 * can judge (a cursor it did not seal, a facet field it does not know) and the handler answers
 * it as the REST error of its code.
 */
export interface AuditLogStore {
  list(scope: AuditLogScope, request: { filter: AuditLogListFilter; sort: AuditLogSort; pageSize: number; cursor: string | null }): Promise<AuditLogStorePage>;
  /** One event by id, or `null` where this organization has none of that id. */
  get(scope: AuditLogScope, id: string): Promise<AuditLogEvent | null>;
  /** How many match, exact up to the store's cap (then `exact: false`). */
  count(scope: AuditLogScope, filter: AuditLogListFilter): Promise<{ count: number; exact: boolean }>;
  histogram(scope: AuditLogScope, filter: AuditLogListFilter, timeZone: string): Promise<AuditLogHistogram>;
  facets(scope: AuditLogScope, filter: AuditLogListFilter, field: AuditLogFacetField): Promise<AuditLogFacets>;
  /** The event names the organization has, for the Event type filter. */
  eventNames(scope: AuditLogScope): Promise<string[]>;
}

/** How {@link AuditLogWritableStore.insert} takes an id the organization has already. */
export interface AuditLogInsertOptions {
  /** `true`: such an event is left out and the rest stored (an import run again); else the whole call is refused with `invalid_request`. */
  skipDuplicates?: boolean;
}

/**
 * A store that takes writes: the handler's ingest (`POST /v1/audit-log-events`) and import
 * (`POST /events/import`) routes are served over one.
 */
export interface AuditLogWritableStore extends AuditLogStore {
  /**
   * Stores events of one organization, already validated, all or none; an event of another
   * organization is refused with `invalid_request`. Gives how many were stored.
   */
  insert(scope: AuditLogScope, events: readonly AuditLogEvent[], options?: AuditLogInsertOptions): Promise<{ stored: number }>;
}

/** Whether a store takes writes. */
export function isWritableStore(store: AuditLogStore): store is AuditLogWritableStore {
  return typeof (store as Partial<AuditLogWritableStore>).insert === 'function';
}

/**
 * Who the actors and roles are, for names instead of ids: the vendor's users and keys. Optional:
 * without one, pages carry no names and the lookups answer empty lists.
 */
export interface AuditLogDirectory {
  /** The actors of these refs that the directory knows (a deleted one as `deleted`, with its last name if known). */
  actors(scope: AuditLogScope, refs: readonly AuditLogActorRef[]): Promise<AuditLogActorInfo[]>;
  /** People and keys whose names or emails have the words of `text`, at most `limit`. */
  searchActors(scope: AuditLogScope, text: string, limit: number): Promise<AuditLogActorInfo[]>;
  /** Roles by id (a deleted one as `deleted`). */
  roles(scope: AuditLogScope, ids: readonly string[]): Promise<AuditLogRoleInfo[]>;
}
