import { stringifyDeep } from '../format/deep-json.js';
import type { AuditLogColumnDefinition } from './column.js';

// The table shows the start of the details only: they may be hundreds of kilobytes.
const SHOWN = 200;

/** The event's details as compact JSON; hidden in the table, the last cell of a CSV row. */
export const DETAILS_COLUMN: AuditLogColumnDefinition = {
  id: 'details',
  header: (messages) => messages.columnDetails,
  visible: false,
  text: (event) => {
    const json = stringifyDeep(event.eventDetails ?? {});
    return json.length > SHOWN ? `${json.slice(0, SHOWN)}…` : json;
  },
  csv: { headers: ['eventDetails'], cells: (event) => [stringifyDeep(event.eventDetails ?? {})] },
};
