import { AuditLogError } from '../errors.js';
import { checkDetails, LIMITS } from '../limits.js';
import { ACTOR_ID_FIELDS, type AuditLogEvent } from '../model/event.js';
import { parseInstant } from '../model/instant.js';
import { isPlainObject, parseEvent } from '../model/validate.js';
import { newEventId } from './event-id.js';
import { NUL } from './tesseral-create.js';

// The bulk import's reading of its body (POST /events/import): one event a line, in the full
// API's own event shape (docs/rest-api.md), every line checked before any is stored.

const ID = /^[\x21-\x7e]+$/;
const EARLIEST = Date.parse('1970-01-01T00:00:00Z');

const refuse = (line: number, message: string) => new AuditLogError('invalid_request', `line ${line}: ${message}`, { status: 400 });

/** Whether an id is one the server stores: printable ASCII, 1 to {@link LIMITS.idLength} characters. */
export function isStorableId(value: string): boolean {
  return value.length <= LIMITS.idLength && ID.test(value);
}

function checkId(value: string, what: string, line: number): void {
  if (!isStorableId(value)) throw refuse(line, `${what} must be 1 to ${LIMITS.idLength} printable ASCII characters`);
}

/** One line's event, checked as the ingest checks one, or an `invalid_request` naming the line and what is wrong. */
function importedEvent(text: string, line: number, organizationId: string): AuditLogEvent {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refuse(line, 'not a JSON value');
  }
  if (!isPlainObject(value)) throw refuse(line, 'an event must be a JSON object');
  let event: AuditLogEvent;
  try {
    // Without an id, it is given one (a run again then stores it again; give ids to make an import repeatable).
    const time = typeof value.eventTime === 'string' ? Date.parse(value.eventTime) : NaN;
    event = parseEvent(value.id === undefined && Number.isFinite(time) ? { ...value, id: newEventId(Math.max(time, 0)) } : value, 'event');
  } catch (error) {
    throw refuse(line, (error as Error).message.replace(' should be ', ' must be '));
  }
  checkId(event.id, 'id', line);
  if (event.organizationId !== undefined && event.organizationId !== organizationId) throw refuse(line, 'organizationId is not the organization this credential writes to');
  for (const field of ACTOR_ID_FIELDS) if (event[field] !== undefined) checkId(event[field]!, field, line);
  if (parseInstant(event.eventTime) < EARLIEST) throw refuse(line, 'eventTime must not be before 1970');
  if (event.eventName.length > LIMITS.eventNameLength) throw refuse(line, `eventName has ${event.eventName.length} characters; at most ${LIMITS.eventNameLength} are allowed`);
  if (NUL.test(event.eventName)) throw refuse(line, 'eventName must not hold U+0000 (NUL)');
  const problem = checkDetails(event.eventDetails);
  if (problem) throw refuse(line, `eventDetails: ${problem}`);
  return { ...event, organizationId };
}

/**
 * The events of an import body (NDJSON: one JSON event a line; blank lines are skipped), all
 * checked, for one organization. Throws an `invalid_request` for the first line that is wrong,
 * so that a import is stored whole or not at all; past {@link LIMITS.importEvents} lines, too.
 */
export function readImport(text: string, organizationId: string): AuditLogEvent[] {
  const events: AuditLogEvent[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!line.trim()) continue;
    if (events.length === LIMITS.importEvents) throw new AuditLogError('invalid_request', `an import holds at most ${LIMITS.importEvents} events; split it`, { status: 413 });
    events.push(importedEvent(line, i + 1, organizationId));
  }
  return events;
}
