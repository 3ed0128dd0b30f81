import { ACTOR_ID_FIELDS, type AuditLogEvent } from '../model/event.js';

/**
 * An event with its fields in the reference's order (id, organization, actors, time, name,
 * details): the same bytes whichever way the event came (parsed from JSON by an adapter, or
 * straight from a store), so that two exports of the same events are byte for byte equal.
 */
export function inFieldOrder(event: AuditLogEvent): AuditLogEvent {
  const out: Record<string, unknown> = { id: event.id };
  if (event.organizationId !== undefined) out.organizationId = event.organizationId;
  for (const field of ACTOR_ID_FIELDS) if (event[field] !== undefined) out[field] = event[field];
  out.eventTime = event.eventTime;
  out.eventName = event.eventName;
  out.eventDetails = event.eventDetails;
  return out as unknown as AuditLogEvent;
}
