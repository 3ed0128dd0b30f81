import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { AuditLogAdapter, AuditLogExportFormat } from '../adapter/types.js';
import { sleep } from '../adapter/abort.js';
import { AuditLogError } from '../errors.js';
import type { AuditLogControllerMessages } from '../format/core-messages.js';
import type { AuditLogTimeZone } from '../format/time.js';
import type { AuditLogSort } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';
import { COLUMN_DEFINITIONS, type AuditLogColumnDefinition } from '../columns/index.js';
import { createCsvContext } from './csv-context.js';
import { ENCODERS } from './encoders.js';
import { EXPORT_FORMATS } from './formats.js';
import { runExport, type ExportSink } from './exporter.js';
import { exportFileName, manifestJson, type ExportManifest } from './manifest.js';
import { BlobSink, downloadBlob, openFileSink, saveFilePicker } from './sinks.js';

/** What the viewer hands to an export. */
export interface ViewerExportRequest {
  adapter: AuditLogAdapter;
  filter: AuditLogListFilter;
  sort: AuditLogSort;
  format: AuditLogExportFormat;
  /** The zone setting of the table, for the CSV's local-time column. */
  timeZone: AuditLogTimeZone;
  /** Its resolved name, for the manifest. */
  timeZoneName: string;
  messages: AuditLogControllerMessages;
  /** Names the file (the organization), e.g. "Acme Corp". */
  name: string;
  bom: boolean;
  /** The viewer's columns, for the CSV (default: the default columns). */
  columns?: readonly AuditLogColumnDefinition[];
  signal: AbortSignal;
  onProgress: (written: number, total: number | undefined) => void;
}

/** A finished export: the file's name, its manifest, and how to offer the manifest. */
export interface ViewerExportResult {
  file: string;
  manifest: ExportManifest;
  /** Offers `<file>.manifest.json` as a download. */
  downloadManifest(): void;
}


/** Streams a server-side export job's file into the sink, hashing it; returns its size and hash. */
async function fromJob(request: ViewerExportRequest, sink: ExportSink): Promise<{ rows: number; bytes: number; sha256: string }> {
  const { adapter, signal } = request;
  const api = adapter.export!;
  try {
    const { jobId } = await api.start({ filter: request.filter, sort: request.sort, format: request.format, timeZone: request.timeZoneName }, { signal });
    let status = await api.status(jobId, { signal });
    while (status.state === 'running') {
      request.onProgress(status.written, status.total);
      await sleep(300, signal);
      status = await api.status(jobId, { signal });
    }
    if (status.state === 'done' && status.written === 0) throw new AuditLogError('not_found', 'No events match this filter: there is nothing to export.');
    if (status.state === 'failed' || !status.downloadUrl) throw new AuditLogError('server', `The export job failed: ${status.error ?? 'no file was made'}.`);
    request.onProgress(status.written, status.total);
    const response = await fetch(status.downloadUrl, { signal });
    if (!response.ok || !response.body) throw new AuditLogError('server', `Downloading the export failed with HTTP ${response.status}.`);
    const hash = sha256.create();
    let bytes = 0;
    const reader = response.body.getReader();
    let first = true;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      let chunk = value;
      // The job writes no byte-order mark: the viewer adds it, as it does for a streamed CSV.
      if (first && request.bom && ENCODERS[request.format].header) chunk = new Uint8Array([0xef, 0xbb, 0xbf, ...value]);
      first = false;
      hash.update(chunk);
      bytes += chunk.length;
      await sink.write(chunk);
    }
    await sink.close();
    return { rows: status.written, bytes, sha256: bytesToHex(hash.digest()) };
  } catch (error) {
    await sink.abort().catch(() => undefined);
    throw error;
  }
}

/**
 * Whether the backend's job writes what the viewer would: a job knows only the default columns,
 * so a CSV with a host's own columns (or without some) is streamed by the viewer instead.
 */
function jobCanWrite(request: ViewerExportRequest): boolean {
  if (!request.columns || !ENCODERS[request.format].columns) return true;
  const exported = (columns: readonly AuditLogColumnDefinition[]) => columns.filter((c) => c.csv);
  const mine = exported(request.columns);
  const job = exported(COLUMN_DEFINITIONS);
  return mine.length === job.length && mine.every((c, i) => c.csv === job[i]!.csv);
}

/**
 * Exports every event of the viewer's filter to a file: into a file the person picks where the
 * browser has the File System Access API (streamed to disk), else into Blobs offered as a download
 * at the end. Uses the backend's export job when the adapter has one, else pages through
 * `listEvents`. Returns the manifest (filter, zone, time, rows, SHA-256).
 */
export async function exportFromViewer(request: ViewerExportRequest): Promise<ViewerExportResult> {
  const now = Date.now();
  const file = exportFileName(request.name, request.filter, request.format, now);
  const picker = saveFilePicker();
  const blobSink = picker ? null : new BlobSink(EXPORT_FORMATS[request.format].mime);
  const sink: ExportSink = picker ? await openFileSink(picker, file, EXPORT_FORMATS[request.format].mime) : blobSink!;
  let result: { rows: number; bytes: number; sha256: string };
  if (request.adapter.export && jobCanWrite(request)) result = await fromJob(request, sink);
  else {
    // The resolved zone name, as a backend's job gets it: both paths write the same local times.
    const { adapter } = request;
    const csv = createCsvContext(request.timeZoneName, request.messages, adapter.getActors ? (refs) => adapter.getActors!(refs, { signal: request.signal }) : undefined, adapter.capabilities.hiddenActors, adapter.capabilities.actorLookup);
    result = await runExport({
      adapter: request.adapter,
      filter: request.filter,
      sort: request.sort,
      format: request.format,
      sink,
      signal: request.signal,
      csv,
      beforePage: csv.beforePage,
      bom: request.bom,
      columns: request.columns,
      onProgress: request.onProgress,
    });
  }
  if (blobSink) downloadBlob(blobSink.blob(), file);
  const manifest: ExportManifest = {
    file,
    format: request.format,
    filter: request.filter,
    sort: request.sort,
    timeZone: request.timeZoneName,
    generatedAt: new Date(now).toISOString(),
    ...result,
  };
  return {
    file,
    manifest,
    downloadManifest: () => downloadBlob(new Blob([manifestJson(manifest)], { type: 'application/json' }), `${file}.manifest.json`),
  };
}
