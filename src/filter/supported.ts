import type { AuditLogCapabilities } from '../adapter/types.js';
import { FIELDS } from './fields/index.js';
import { activeValue, type AuditLogFilter } from './types.js';

/**
 * The part of a filter a backend can apply: a search where it cannot search, a second event name
 * where it takes one, an actor that is not a user where it filters by one user, are dropped (each
 * field's `fit`, the rule adapters refuse by). A filter from a link or a host may ask for more
 * than the backend offers; showing an error for it, or rows that ignore it under chips that claim
 * it, would both be wrong.
 */
export function supportedFilter(filter: AuditLogFilter, capabilities: AuditLogCapabilities): AuditLogFilter {
  const out: Record<string, unknown> = { ...filter };
  for (const field of FIELDS) {
    const value = activeValue(filter, field);
    if (value === undefined) continue;
    const fitted = field.fit(value, capabilities).value;
    if (fitted === undefined) delete out[field.key];
    else out[field.key] = fitted;
  }
  if (filter.sort && !capabilities.sorts.includes(filter.sort)) delete out.sort;
  return out as AuditLogFilter;
}
