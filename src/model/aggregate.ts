// The answers of the aggregate calls (histogram and facets), shared by the adapter contract, the
// engine and the REST wire format: the same shape at every layer.

/** A histogram's bucket size: a number of minutes, hours or days. */
export interface AuditLogHistogramInterval {
  unit: 'minute' | 'hour' | 'day';
  size: number;
}

/** One bar: the matching events from `start` (inclusive) to `end` (exclusive), RFC 3339. */
export interface AuditLogHistogramBucket {
  start: string;
  end: string;
  count: number;
}

/**
 * Matching events over time: the filter's time range (else the matches' own span) in buckets of
 * one interval, aligned on the wall clock of the zone asked for. No buckets when nothing matches.
 */
export interface AuditLogHistogram {
  interval: AuditLogHistogramInterval;
  buckets: AuditLogHistogramBucket[];
  /**
   * `false` when the backend stopped counting (the engine stops a search's walk at 20,000
   * entries): the bars given are exact, and the older ones are left out.
   */
  complete: boolean;
}

/**
 * What a facet counts by: event names, or the user or key each event names (the Actor column's
 * actor: its user, else its API key, SCIM key or backend key), what the Actor filter would find.
 * Login flows (one id per sign-in attempt), sessions alone and the system count for none.
 */
export type AuditLogFacetField = 'eventName' | 'actorId';

/** Counts by value, most first. */
export interface AuditLogFacets {
  values: { value: string; count: number }[];
  /** `false` when only the largest values are given: a value left out may still match. */
  complete: boolean;
  /** `false` when the counts are of the newest events only (the backend stopped counting a search): "at least". */
  exact: boolean;
}
