import type { AuditLogListFilter } from '../model/query.js';
import { isRelative, PRESET_MS, type AuditLogFilter } from './types.js';

/**
 * The adapter's filter for a person's filter at an instant: a relative range becomes the exact
 * instants from `now` back. `now` is taken when the filter is applied or refreshed, and kept for
 * every page of that result, so that paging never moves the window.
 */
export function toListFilter(filter: AuditLogFilter, now: number): AuditLogListFilter {
  const out: AuditLogListFilter = {};
  if (filter.eventNames?.length) out.eventNames = [...filter.eventNames];
  if (filter.actorIds?.length) out.actorIds = [...filter.actorIds];
  if (filter.actorKinds?.length) out.actorKinds = [...filter.actorKinds];
  const search = filter.search?.trim();
  if (search) out.search = search;
  const time = filter.time;
  if (time && isRelative(time)) {
    out.timeRange = { start: new Date(now - PRESET_MS[time.last]).toISOString(), end: new Date(now).toISOString() };
  } else if (time && (time.start || time.end)) {
    out.timeRange = { ...(time.start ? { start: time.start } : {}), ...(time.end ? { end: time.end } : {}) };
  }
  return out;
}
