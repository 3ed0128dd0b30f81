import type { AuditLogColumnDefinition } from './column.js';

/** When: the instant in UTC as written, and the time in the chosen zone. */
export const TIME_COLUMN: AuditLogColumnDefinition = {
  id: 'time',
  header: (messages) => messages.columnTime,
  sortKey: 'time',
  text: (event) => event.eventTime,
  csv: {
    headers: ['eventTime', 'localTime'],
    lead: true,
    cells: (event, context) => [
      // Already UTC ("…Z"): kept as written, sub-millisecond digits included; else converted.
      event.eventTime.endsWith('Z') || Number.isNaN(Date.parse(event.eventTime)) ? event.eventTime : new Date(Date.parse(event.eventTime)).toISOString(),
      context.localTime(event.eventTime),
    ],
  },
};
