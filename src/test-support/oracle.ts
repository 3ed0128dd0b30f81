import { actorIdsOf, deriveActor } from '../model/actor.js';
import type { AuditLogEvent } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';

/** The oracle of the engine's tests: a filter's meaning written plainly over one event. */
export function matchesFilter(event: AuditLogEvent, filter: AuditLogListFilter, org?: string): boolean {
  if (org !== undefined && event.organizationId !== org) return false;
  if (filter.eventNames && !filter.eventNames.includes(event.eventName)) return false;
  if (filter.actorIds && !actorIdsOf(event).some((id) => filter.actorIds!.includes(id))) return false;
  if (filter.actorKinds && !filter.actorKinds.includes(deriveActor(event).kind)) return false;
  const t = Date.parse(event.eventTime);
  if (filter.timeRange?.start && t < Date.parse(filter.timeRange.start)) return false;
  if (filter.timeRange?.end && t > Date.parse(filter.timeRange.end)) return false;
  return true;
}
