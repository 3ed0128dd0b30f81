import type { AuditLogActorKind } from '../model/actor.js';
import type { AuditLogSort } from '../model/event.js';

/** The relative ranges a person can pick; they stay relative (re-evaluated on each refresh). */
export const TIME_PRESETS = ['15m', '1h', '24h', '7d', '30d', '90d'] as const;

/** One of {@link TIME_PRESETS}: the last 15 minutes, hour, 24 hours, 7, 30 or 90 days. */
export type AuditLogTimePreset = (typeof TIME_PRESETS)[number];

/** Milliseconds each preset reaches back. */
export const PRESET_MS: Readonly<Record<AuditLogTimePreset, number>> = {
  '15m': 15 * 60_000,
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
  '90d': 90 * 86_400_000,
};

/**
 * A time filter: relative (`{ last: '7d' }`: up to now, whenever "now" is) or absolute (exact
 * RFC 3339 instants, inclusive, either end open).
 */
export type AuditLogTimeFilter = { last: AuditLogTimePreset } | { start?: string; end?: string };

/**
 * What a person is looking for: one object drives the table, the URL, the adapter call and the
 * export. Every field narrows (AND); values inside a field widen (OR). Missing means "any".
 */
export interface AuditLogFilter {
  /** Exact event names. */
  eventNames?: readonly string[];
  /** Actor ids (`user_…`, `api_key_…`, …). */
  actorIds?: readonly string[];
  /** Actor kinds. */
  actorKinds?: readonly AuditLogActorKind[];
  /** When. */
  time?: AuditLogTimeFilter;
  /** Full-text search, in the search syntax (words, "phrases", key:value). */
  search?: string;
  /** Newest (default) or oldest first. */
  sort?: AuditLogSort;
}

/** Whether a time filter is a relative preset. */
export function isRelative(time: AuditLogTimeFilter | undefined): time is { last: AuditLogTimePreset } {
  return time !== undefined && 'last' in time;
}

/** Whether anything narrows the events (the sort does not). */
export function hasActiveFilter(filter: AuditLogFilter): boolean {
  const time = filter.time;
  return Boolean(
    filter.eventNames?.length ||
      filter.actorIds?.length ||
      filter.actorKinds?.length ||
      filter.search?.trim() ||
      (time && (isRelative(time) || time.start || time.end)),
  );
}
