import type { AuditLogCapabilities } from '../adapter/types.js';
import type { AuditLogFilter } from './types.js';

/**
 * The part of a filter a backend can apply: a search where it cannot search, a second event name
 * where it takes one, an actor that is not a user where it filters by one user, are dropped. A
 * filter from a link or a host may ask for more than the backend offers; showing an error for it,
 * or rows that ignore it under chips that claim it, would both be wrong.
 */
export function supportedFilter(filter: AuditLogFilter, capabilities: AuditLogCapabilities): AuditLogFilter {
  const out: AuditLogFilter = { ...filter };
  if (!capabilities.search) delete out.search;
  if (capabilities.eventNameFilter === 'none') delete out.eventNames;
  else if (capabilities.eventNameFilter === 'single' && (out.eventNames?.length ?? 0) > 1) out.eventNames = out.eventNames!.slice(0, 1);
  if (capabilities.actorIdFilter === 'none') delete out.actorIds;
  else if (capabilities.actorIdFilter === 'single_user' && out.actorIds) {
    const user = out.actorIds.find((id) => id.startsWith('user_'));
    if (user) out.actorIds = [user];
    else delete out.actorIds;
  }
  if (!capabilities.actorKindFilter) delete out.actorKinds;
  if (!capabilities.timeRange) delete out.time;
  if (out.sort && !capabilities.sorts.includes(out.sort)) delete out.sort;
  return out;
}
