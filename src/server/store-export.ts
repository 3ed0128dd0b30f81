import type { AuditLogActorInfo, AuditLogAdapter, AuditLogExportFormat } from '../adapter/types.js';
import { FULL_CAPABILITIES } from '../adapter/capabilities.js';
import { createCsvContext } from '../export/csv-context.js';
import { runExport, type ExportResult, type ExportSink } from '../export/exporter.js';
import { DEFAULT_MESSAGES } from '../format/messages.js';
import type { AuditLogSort } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';
import type { RouteContext } from './context.js';

/** What an export holds: the filter, order, format and the time zone of its times. */
export interface StoreExportRequest {
  filter: AuditLogListFilter;
  sort: AuditLogSort;
  format: AuditLogExportFormat;
  timeZone: string;
}

/** Where {@link exportFromStore} writes, and when it stops. */
export interface StoreExportRun {
  sink: ExportSink;
  signal: AbortSignal;
  onProgress?: (written: number) => void;
  /** A pause before each page (the mock's jobs, so that progress can be seen). */
  pageDelayMs?: number;
}

/**
 * An export of a store's events with the viewer's own exporter (the same bytes as an export in
 * the page: columns, names, formula-safe CSV), read a page of 1,000 at a time by the store's
 * cursor, which sees only the events that had arrived at its first page. A page is read when
 * the sink has taken the one before: nothing is held but the pages on their way (a few, for the
 * names looked up ahead).
 */
export function exportFromStore(from: Pick<RouteContext, 'scope' | 'store' | 'directory'>, request: StoreExportRequest, run: StoreExportRun): Promise<ExportResult> {
  const { scope, store, directory } = from;
  const adapter: AuditLogAdapter = {
    id: 'server-export',
    capabilities: { ...FULL_CAPABILITIES, search: true, pageSizes: [1000] },
    listEvents: async (r) => {
      if (run.pageDelayMs) await new Promise((resolve) => setTimeout(resolve, run.pageDelayMs));
      return store.list(scope, { filter: r.filter, sort: r.sort, pageSize: r.pageSize, cursor: r.cursor });
    },
  };
  const csv = createCsvContext(request.timeZone, DEFAULT_MESSAGES, directory ? async (refs) => directory.actors(scope, refs) : async (): Promise<AuditLogActorInfo[]> => []);
  const { filter, sort, format } = request;
  return runExport({ adapter, filter, sort, format, csv, beforePage: csv.beforePage, signal: run.signal, sink: run.sink, onProgress: run.onProgress });
}
