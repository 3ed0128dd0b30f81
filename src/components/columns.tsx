import type { ComponentType } from 'react';
import { COLUMN_DEFINITIONS } from '../columns/index.js';
import type { AuditLogColumn } from '../columns/table-column.js';
import type { AuditLogEvent } from '../model/event.js';
import { ActorCell, EventCell, TimeCell } from './cells.js';

/** The table cells of the built-in columns, by column id; a column without one shows its text. */
const CELLS: Readonly<Record<string, ComponentType<{ event: AuditLogEvent }>>> = {
  event: EventCell,
  actor: ActorCell,
  time: TimeCell,
};

/**
 * The viewer's columns: the definitions of src/columns/ with their table cells. Start from it to
 * give the `columns` prop, e.g. `[...AUDIT_LOG_COLUMNS, myColumn]`.
 */
export const AUDIT_LOG_COLUMNS: readonly AuditLogColumn[] = COLUMN_DEFINITIONS.map((column) => {
  const cell = CELLS[column.id];
  return cell ? { ...column, cell } : column;
});
