import type { AuditLogColumnDefinition } from './column.js';

/** The event's id; hidden in the table, the first cell of a CSV row. */
export const ID_COLUMN: AuditLogColumnDefinition = {
  id: 'id',
  header: (messages) => messages.columnId,
  visible: false,
  text: (event) => event.id,
  csv: { headers: ['id'], lead: true, cells: (event) => [event.id] },
};
