import type { AuditLogSort } from '../model/event.js';
import { FIELDS, type AuditLogFilterValues } from './fields/index.js';

export { PRESET_MS, TIME_PRESETS, isRelative } from './fields/time.js';
export type { AuditLogTimeFilter, AuditLogTimePreset } from './fields/time.js';

/**
 * What a person is looking for: one object drives the table, the URL, the adapter call and the
 * export. Every field narrows (AND); values inside a field widen (OR). Missing means "any".
 * The fields are declared in src/filter/fields/ (search, event names, actor ids and kinds, time).
 */
export interface AuditLogFilter extends AuditLogFilterValues {
  /** Newest (default) or oldest first. */
  sort?: AuditLogSort;
}

/** A field's value in a filter, `undefined` when unset or not active. */
export function activeValue(filter: AuditLogFilter, field: (typeof FIELDS)[number]): unknown {
  const value = filter[field.key];
  return value !== undefined && field.isActive(value) ? value : undefined;
}

/** Whether anything narrows the events (the sort does not). */
export function hasActiveFilter(filter: AuditLogFilter): boolean {
  return FIELDS.some((field) => activeValue(filter, field) !== undefined);
}
