import { ACTOR_COLUMN } from './actor.js';
import type { AuditLogEvent } from '../model/event.js';
import type { AuditLogColumnDefinition, CsvRowContext } from './column.js';
import { DETAILS_COLUMN } from './details.js';
import { EVENT_COLUMN } from './event.js';
import { ID_COLUMN } from './id.js';
import { SUMMARY_COLUMN } from './summary.js';
import { TIME_COLUMN } from './time.js';

export type { AuditLogColumnDefinition, CsvRowContext } from './column.js';

/**
 * The log's columns, in the order of the table and of a CSV row. Adding one is a module in this
 * folder and one line here (and, for a cell of its own in the table, one line in
 * src/components/columns.tsx).
 */
export const COLUMN_DEFINITIONS: readonly AuditLogColumnDefinition[] = [ID_COLUMN, EVENT_COLUMN, ACTOR_COLUMN, TIME_COLUMN, SUMMARY_COLUMN, DETAILS_COLUMN];

type Exported = AuditLogColumnDefinition & { csv: NonNullable<AuditLogColumnDefinition['csv']> };
// Per list, not per row: an export orders its columns once.
const orders = new WeakMap<readonly AuditLogColumnDefinition[], Exported[]>();

/** The exported columns of a list in CSV order: the lead columns first, then the rest. */
function csvOrder(columns: readonly AuditLogColumnDefinition[]): Exported[] {
  let order = orders.get(columns);
  if (!order) {
    const exported = columns.filter((column): column is Exported => column.csv !== undefined);
    orders.set(columns, (order = [...exported.filter((c) => c.csv.lead), ...exported.filter((c) => !c.csv.lead)]));
  }
  return order;
}

/** The CSV header cells of a list of columns. */
export function csvHeaders(columns: readonly AuditLogColumnDefinition[] = COLUMN_DEFINITIONS): string[] {
  return csvOrder(columns).flatMap((column) => column.csv.headers);
}

/**
 * One event's CSV cells under a list of columns. A column that gives more or fewer cells than it
 * has headers would shift every cell after it under the wrong header: that is an error, not a file.
 */
export function csvRowCells(event: AuditLogEvent, context: CsvRowContext, columns: readonly AuditLogColumnDefinition[] = COLUMN_DEFINITIONS): string[] {
  const out: string[] = [];
  for (const { csv, id } of csvOrder(columns)) {
    const cells = csv.cells(event, context);
    if (cells.length !== csv.headers.length) throw new Error(`The column "${id}" gave ${cells.length} CSV cells for its ${csv.headers.length} headers.`);
    out.push(...cells);
  }
  return out;
}
