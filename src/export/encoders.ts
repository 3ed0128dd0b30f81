import type { AuditLogExportFormat } from '../adapter/types.js';
import { stringifyDeep } from '../format/deep-json.js';
import type { AuditLogEvent } from '../model/event.js';
import { COLUMN_DEFINITIONS, csvHeaders, type AuditLogColumnDefinition } from '../columns/index.js';
import { csvCells, type CsvRowContext } from './columns.js';
import { csvRecord } from './csv.js';
import { inFieldOrder } from './field-order.js';

/** What an encoder may read: the CSV row context (names, zone, labels) and the BOM choice. */
export interface ExportFormatContext {
  csv: CsvRowContext;
  /** The columns of a CSV row (default: the default columns); every one is written, shown or not. */
  columns?: readonly AuditLogColumnDefinition[];
  /** Start the file with a byte-order mark (Excel reads UTF-8 CSV right only with one). */
  bom?: boolean;
}

/** How one format writes events (see `EXPORT_FORMATS` for its name and file). */
export interface ExportEncoder {
  /** Whether it writes names looked up through the adapter (fetched a few pages ahead). */
  needsNames: boolean;
  /** Whether it writes the viewer's columns (CSV) rather than whole events. */
  columns: boolean;
  /** Text before the first event (a header row), if any. */
  header?(context: ExportFormatContext): string;
  /** One event as text, its line end included. */
  encode(event: AuditLogEvent, context: ExportFormatContext): string;
}

/** The encoders by format: CSV rows under a header, safe in a spreadsheet; JSON Lines of whole events in the reference's field order. */
export const ENCODERS: Record<AuditLogExportFormat, ExportEncoder> = {
  csv: {
    needsNames: true,
    columns: true,
    header: ({ bom, columns }) => `${bom ? '\uFEFF' : ''}${csvRecord(csvHeaders(columns ?? COLUMN_DEFINITIONS))}`,
    encode: (event, { csv, columns }) => csvRecord(csvCells(event, csv, columns)),
  },
  jsonl: {
    needsNames: false,
    columns: false,
    encode: (event) => `${stringifyDeep(inFieldOrder(event))}\n`,
  },
};
