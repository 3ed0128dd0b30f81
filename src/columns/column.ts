import type { AuditLogControllerMessages } from '../format/core-messages.js';
import type { AuditLogEvent } from '../model/event.js';

// One column, declared once, for the table and the CSV export alike. The definitions are free of
// React: a backend's export job (the `/export` entry, the mock server) writes the same CSV
// columns. The table's cells for them are bound by id in src/components/columns.tsx.

/** What a column's CSV cells need besides the event. */
export interface CsvRowContext {
  /** The time in the chosen zone with its offset or name ("2025-07-01 19:04:12 UTC+02:00"). */
  localTime(iso: string): string;
  /** The actor as a person reads it (email, key name, "System"). */
  actorName(event: AuditLogEvent): string;
  /** The label of an event name (default: the catalogue's); a context may cache it. */
  label?(eventName: string): string;
}

/**
 * A column of the log: its header in the table, its CSV columns and cells, whether the table
 * shows it unless told otherwise, and the order it sorts by, if any. Every column in a viewer's
 * list is exported, shown or not: an export is the record, not the view.
 */
export interface AuditLogColumnDefinition {
  /** A stable id: the table's column id, the `alv-col-<id>` class of its cells. */
  readonly id: string;
  /** The header a person reads. */
  header(messages: AuditLogControllerMessages): string;
  /**
   * Shown in the table by default (a host or a person may hide it); default `true`. `{ minWidth }`
   * shows it by default only where it fits: in a viewer at least that many CSS pixels wide.
   */
  readonly visible?: boolean | { readonly minWidth: number };
  /** The order this column's header says the rows are in (the time column: the sort by time). */
  readonly sortKey?: 'time';
  /**
   * The cell as plain text: what the table shows for a column without its own cell, and the
   * cell's accessible text.
   */
  text?(event: AuditLogEvent): string;
  /**
   * Its CSV header cells and, per event, the same number of cells; a column without is not
   * exported. CSV rows start with the `lead` columns (what identifies the record: its id and its
   * time), then the others, each group in the list's order.
   */
  readonly csv?: { readonly headers: readonly string[]; readonly lead?: boolean; cells(event: AuditLogEvent, context: CsvRowContext): readonly string[] };
}
