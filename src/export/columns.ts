import { COLUMN_DEFINITIONS, csvHeaders, csvRowCells, type AuditLogColumnDefinition, type CsvRowContext } from '../columns/index.js';
import type { AuditLogEvent } from '../model/event.js';

export type { CsvRowContext } from '../columns/index.js';

/**
 * The CSV columns of the default column list, in order: the id, the time as ISO 8601 UTC and in
 * the chosen zone, the event name and its label, the actor's kind, every actor id, the actor's
 * name, and the details as compact JSON (see src/columns/).
 */
export const CSV_COLUMNS: readonly string[] = csvHeaders(COLUMN_DEFINITIONS);

/** One event as CSV cells under a list of columns (default: the default columns). */
export function csvCells(event: AuditLogEvent, context: CsvRowContext, columns: readonly AuditLogColumnDefinition[] = COLUMN_DEFINITIONS): string[] {
  return csvRowCells(event, context, columns);
}
