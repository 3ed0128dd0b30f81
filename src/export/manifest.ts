import type { AuditLogExportFormat } from '../adapter/types.js';
import type { AuditLogSort } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';

import { EXPORT_FORMATS } from './formats.js';

/** The proof that goes with an export: what was asked, when, and the file's size and SHA-256. */
export interface ExportManifest {
  file: string;
  format: AuditLogExportFormat;
  /** The adapter filter exported (relative ranges already resolved to instants). */
  filter: AuditLogListFilter;
  sort: AuditLogSort;
  /** The zone the CSV's local-time column is in (IANA name, or "UTC"). */
  timeZone: string;
  generatedAt: string;
  rows: number;
  bytes: number;
  sha256: string;
}

/** The manifest as the JSON file offered beside the export (`<file>.manifest.json`). */
export function manifestJson(manifest: ExportManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'organization';
}

function day(iso: string | undefined): string | null {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

/**
 * A file name that says what is inside: organization, range and format, e.g.
 * `audit-log_acme-corp_2025-06-01_to_2025-07-01.csv` (`all-time` without a range; the export
 * day stands for an open end).
 */
export function exportFileName(organization: string, filter: AuditLogListFilter, format: AuditLogExportFormat, now: number): string {
  const from = day(filter.timeRange?.start);
  const to = day(filter.timeRange?.end) ?? (from ? new Date(now).toISOString().slice(0, 10) : null);
  const range = from ? `${from}_to_${to}` : to ? `until_${to}` : 'all-time';
  return `audit-log_${slug(organization)}_${range}.${EXPORT_FORMATS[format].extension}`;
}
