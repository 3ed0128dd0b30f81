import { AuditLogError } from '../errors.js';
import { ACTOR_ID_FIELDS, type AuditLogEvent } from './event.js';

/** RFC 3339 date-time with a mandatory zone (`Z` or `±hh:mm`) and optional fraction. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

/**
 * Tells whether a string is an RFC 3339 instant whose every field is in range: February 30 and
 * 24:00 are not instants (`Date` would read them as March 2 and the next day), nor is a second 60
 * (Go's parser, which Tesseral's servers use, refuses it too).
 */
export function isRfc3339(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 59) return false;
  if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}

/** Tells whether a value is a plain JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function malformed(path: string, expected: string, got: unknown): AuditLogError {
  const shown = got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got;
  return new AuditLogError('malformed_response', `${path} should be ${expected}, but it is ${shown}.`);
}

/**
 * Checks that a value received from a backend is an {@link AuditLogEvent} and returns it with
 * only the known fields. Throws a `malformed_response` {@link AuditLogError} naming the field.
 *
 * @param path where the value sits in the response, for the message (e.g. `auditLogEvents[3]`)
 */
export function parseEvent(value: unknown, path = 'event'): AuditLogEvent {
  if (!isPlainObject(value)) throw malformed(path, 'an object', value);
  const { id, organizationId, eventTime, eventName, eventDetails } = value;
  if (typeof id !== 'string' || id === '') throw malformed(`${path}.id`, 'a non-empty string', id);
  if (!isRfc3339(eventTime)) {
    throw new AuditLogError(
      'malformed_response',
      `${path}.eventTime should be an RFC 3339 time, but it is ${JSON.stringify(eventTime) ?? 'missing'}.`,
    );
  }
  if (typeof eventName !== 'string' || eventName === '') {
    throw malformed(`${path}.eventName`, 'a non-empty string', eventName);
  }
  // protojson omits an empty Struct, so a missing eventDetails is an empty object.
  if (eventDetails !== undefined && !isPlainObject(eventDetails)) {
    throw malformed(`${path}.eventDetails`, 'an object', eventDetails);
  }
  const event: AuditLogEvent = { id, eventTime, eventName, eventDetails: eventDetails ?? {} };
  if (organizationId !== undefined && organizationId !== '') {
    if (typeof organizationId !== 'string') throw malformed(`${path}.organizationId`, 'a string', organizationId);
    event.organizationId = organizationId;
  }
  for (const field of ACTOR_ID_FIELDS) {
    const actorId = value[field];
    if (actorId === undefined || actorId === '') continue;
    if (typeof actorId !== 'string') throw malformed(`${path}.${field}`, 'a string', actorId);
    event[field] = actorId;
  }
  return event;
}
