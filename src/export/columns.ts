import { stringifyDeep } from '../format/deep-json.js';
import { deriveActor } from '../model/actor.js';
import { describeEventName } from '../model/catalogue.js';
import { ACTOR_ID_FIELDS, type AuditLogEvent } from '../model/event.js';

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'eventTime',
  'localTime',
  'eventName',
  'label',
  'actorKind',
  ...ACTOR_ID_FIELDS,
  'actorName',
  'eventDetails',
] as const;

/** What a CSV row needs besides the event. */
export interface CsvRowContext {
  /** The time in the chosen zone with its offset or name ("2025-07-01 19:04:12 UTC+02:00"). */
  localTime(iso: string): string;
  /** The actor as a person reads it (email, key name, "System"). */
  actorName(event: AuditLogEvent): string;
  /** The label of an event name (default: the catalogue's); a context may cache it. */
  label?(eventName: string): string;
}

/**
 * One event as CSV cells: the id, `eventTime` as ISO 8601 UTC, the time in the chosen zone, the
 * name and its label, the actor's kind, every actor id, the actor's name, and the details as
 * compact JSON.
 */
export function csvCells(event: AuditLogEvent, context: CsvRowContext): string[] {
  return [
    event.id,
    // Already UTC ("…Z"): kept as written, sub-millisecond digits included; else converted.
    event.eventTime.endsWith('Z') || Number.isNaN(Date.parse(event.eventTime)) ? event.eventTime : new Date(Date.parse(event.eventTime)).toISOString(),
    context.localTime(event.eventTime),
    event.eventName,
    context.label ? context.label(event.eventName) : describeEventName(event.eventName).label,
    deriveActor(event).kind,
    ...ACTOR_ID_FIELDS.map((field) => event[field] ?? ''),
    context.actorName(event),
    stringifyDeep(event.eventDetails ?? {}),
  ];
}
