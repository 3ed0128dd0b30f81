import type { AuditLogActorKind } from './actor.js';

/**
 * An inclusive range of instants. Either end may be open. Both are RFC 3339 strings, so that the
 * range means the same instants in every time zone.
 */
export interface AuditLogTimeRange {
  /** The earliest instant included (inclusive). */
  start?: string;
  /** The latest instant included (inclusive). */
  end?: string;
}

/**
 * What to list: every field narrows the result, fields are AND-ed, values inside one field are
 * OR-ed. An empty or missing field does not filter.
 */
export interface AuditLogListFilter {
  /** Exact event names; an event matches any of them. */
  eventNames?: readonly string[];
  /** Actor ids (`user_…`, `session_…`, `api_key_…`, …); an event matches if any of its actor ids is listed. */
  actorIds?: readonly string[];
  /** Actor kinds; an event matches if its derived actor kind is listed. */
  actorKinds?: readonly AuditLogActorKind[];
  /** Inclusive time range. */
  timeRange?: AuditLogTimeRange;
  /** Free-text search, for adapters whose capabilities say `search: true`. */
  search?: string;
}
