import type { AuditLogExportFormat } from '../adapter/types.js';
import { stringifyDeep } from '../format/deep-json.js';
import type { AuditLogEvent } from '../model/event.js';
import { CSV_COLUMNS, csvCells, type CsvRowContext } from './columns.js';
import { csvRecord } from './csv.js';
import { inFieldOrder } from './field-order.js';

/** What an encoder may read: the CSV row context (names, zone, labels) and the BOM choice. */
export interface ExportFormatContext {
  csv: CsvRowContext;
  /** Start the file with a byte-order mark (Excel reads UTF-8 CSV right only with one). */
  bom?: boolean;
}

/** How one format writes events (see `EXPORT_FORMATS` for its name and file). */
export interface ExportEncoder {
  /** Whether it writes names looked up through the adapter (fetched a few pages ahead). */
  needsNames: boolean;
  /** Text before the first event (a header row), if any. */
  header?(context: ExportFormatContext): string;
  /** One event as text, its line end included. */
  encode(event: AuditLogEvent, context: ExportFormatContext): string;
}

/** The encoders by format: CSV rows under a header, safe in a spreadsheet; JSON Lines of whole events in the reference's field order. */
export const ENCODERS: Record<AuditLogExportFormat, ExportEncoder> = {
  csv: {
    needsNames: true,
    header: ({ bom }) => `${bom ? '\uFEFF' : ''}${csvRecord(CSV_COLUMNS)}`,
    encode: (event, { csv }) => csvRecord(csvCells(event, csv)),
  },
  jsonl: {
    needsNames: false,
    encode: (event) => `${stringifyDeep(inFieldOrder(event))}\n`,
  },
};
