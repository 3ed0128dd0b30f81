import { describeEventName } from '../model/catalogue.js';
import type { AuditLogColumnDefinition } from './column.js';

/** What happened: the event's label and its exact name. */
export const EVENT_COLUMN: AuditLogColumnDefinition = {
  id: 'event',
  header: (messages) => messages.columnEvent,
  text: (event) => describeEventName(event.eventName).label,
  csv: {
    headers: ['eventName', 'label'],
    cells: (event, context) => [event.eventName, context.label ? context.label(event.eventName) : describeEventName(event.eventName).label],
  },
};
