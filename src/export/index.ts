/**
 * The exporter on its own: `@audit-log-viewer/react/export`. The viewer's Export button uses it
 * (loaded on first use); a backend can use it to build the same files (see docs/rest-api.md).
 */
export { CSV_COLUMNS, csvCells } from './columns.js';
export type { CsvRowContext } from './columns.js';
export type { AuditLogColumnDefinition } from '../columns/index.js';
export { COLUMN_DEFINITIONS, csvHeaders, csvRowCells } from '../columns/index.js';
export { csvCell, csvRecord, parseCsv } from './csv.js';
export { createCsvContext } from './csv-context.js';
export type { ExportOptions, ExportResult, ExportSink } from './exporter.js';
export { inFieldOrder, runExport } from './exporter.js';
export type { ExportManifest } from './manifest.js';
export { exportFileName, manifestJson } from './manifest.js';
export { BlobSink } from './sinks.js';
export type { ExportFormat } from './formats.js';
export { EXPORT_FORMATS, EXPORT_FORMAT_LIST, isExportFormat } from './formats.js';
export type { ExportEncoder, ExportFormatContext } from './encoders.js';
export { ENCODERS } from './encoders.js';
