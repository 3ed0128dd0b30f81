import type { AuditLogExportFormat } from '../adapter/types.js';
import type { AuditLogControllerMessages } from '../format/core-messages.js';
import type { EXPORT_MESSAGES } from '../format/messages/export.js';

/**
 * One export format as the page knows it: its menu words and its file. The exporter's half (how
 * events become text) is in encoders.ts, loaded with the exporter on first use, so that the
 * Export menu costs no encoder code up front. Adding a format: an entry here, one in
 * `ENCODERS`, and its id in `AuditLogExportFormat`.
 */
export interface ExportFormat {
  id: AuditLogExportFormat;
  /** The menu item's words. */
  label(messages: AuditLogControllerMessages & typeof EXPORT_MESSAGES): string;
  /** The file's media type. */
  mime: string;
  /** The file name's extension, without the dot. */
  extension: string;
}

/** Every export format, by id. */
export const EXPORT_FORMATS: Record<AuditLogExportFormat, ExportFormat> = {
  csv: { id: 'csv', label: (messages) => messages.exportCsv, mime: 'text/csv', extension: 'csv' },
  jsonl: { id: 'jsonl', label: (messages) => messages.exportJsonl, mime: 'application/x-ndjson', extension: 'jsonl' },
};

/** The formats in menu order. */
export const EXPORT_FORMAT_LIST: readonly ExportFormat[] = Object.values(EXPORT_FORMATS);

/** Whether a value names a known export format (for a server reading a request). */
export function isExportFormat(value: unknown): value is AuditLogExportFormat {
  return typeof value === 'string' && Object.hasOwn(EXPORT_FORMATS, value);
}
