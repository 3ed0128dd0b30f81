import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sleep } from '../adapter/abort.js';
import type { AuditLogAdapter, AuditLogExportFormat, AuditLogListResult } from '../adapter/types.js';
import { AuditLogError, isAuditLogError } from '../errors.js';
import { ACTOR_ID_FIELDS, type AuditLogEvent, type AuditLogSort } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';
import { stringifyDeep } from '../format/deep-json.js';
import { csvRecord } from './csv.js';
import { readAhead } from './read-ahead.js';
import { CSV_COLUMNS, csvCells, type CsvRowContext } from './columns.js';

/** Where an export's bytes go: a file being written, or the fallback's chunk collector. */
export interface ExportSink {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  /** Throws away what was written (a cancelled or failed export leaves no file that looks complete). */
  abort(): Promise<void>;
}

/** Options of {@link runExport}. */
export interface ExportOptions {
  adapter: AuditLogAdapter;
  filter: AuditLogListFilter;
  sort: AuditLogSort;
  format: AuditLogExportFormat;
  sink: ExportSink;
  signal: AbortSignal;
  /** For the CSV's time and actor columns. */
  csv: CsvRowContext;
  /** Called with each page before it is written (CSV), to look up its actors' names in one batch. */
  beforePage?: (events: readonly AuditLogEvent[]) => Promise<void>;
  /** A UTF-8 byte-order mark first, so that Excel reads the CSV as UTF-8. */
  bom?: boolean;
  /** Called after each page with the events written so far (and the total, when the backend says). */
  onProgress?: (written: number, total: number | undefined) => void;
  /**
   * Tries per page and per page of names before giving up (default 5), waiting `retryDelayMs · 2^n`
   * between (default 500) or what `Retry-After` says. An adapter's own `streamEvents` retries its
   * pages by its own rules.
   */
  attempts?: number;
  retryDelayMs?: number;
}

const FINAL = new Set(['invalid_request', 'invalid_cursor', 'unsupported', 'unauthenticated', 'permission_denied', 'not_found', 'aborted']);

/** Runs an action, retrying what may pass on a second try with backoff; a cancel stops at once. */
async function withRetry<T>(action: () => Promise<T>, signal: AbortSignal, attempts: number, delay: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    if (signal.aborted) throw new AuditLogError('aborted', 'The export was cancelled.');
    try {
      return await action();
    } catch (error) {
      if (signal.aborted) throw new AuditLogError('aborted', 'The export was cancelled.');
      const final = isAuditLogError(error) && FINAL.has(error.code);
      if (final || attempt >= attempts) throw error;
      await sleep((isAuditLogError(error) && error.retryAfterMs) || delay * 2 ** (attempt - 1), signal);
    }
  }
}

/** Every page of a result through `listEvents`, each retried and resumed from its own cursor. */
async function* pagesOf(
  adapter: AuditLogAdapter,
  filter: AuditLogListFilter,
  sort: AuditLogSort,
  signal: AbortSignal,
  retry: <T>(action: () => Promise<T>) => Promise<T>,
): AsyncGenerator<AuditLogListResult> {
  // The largest page the backend takes (its fixed size, if it has one): fewer round trips, and
  // still one page in memory at a time.
  const { pageSizes, maxPageSize } = adapter.capabilities;
  const pageSize = pageSizes.length === 1 ? pageSizes[0]! : Math.min(maxPageSize, 1000);
  let cursor: string | null = null;
  do {
    const page: AuditLogListResult = await retry(() => adapter.listEvents({ filter, sort, pageSize, cursor, signal }));
    yield page;
    cursor = page.nextCursor;
  } while (cursor);
}

/** What a finished export wrote: the proof an auditor checks the file against. */
export interface ExportResult {
  rows: number;
  bytes: number;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

/**
 * An event with its fields in the reference's order (id, organization, actors, time, name,
 * details): the same bytes whichever way the event came (parsed from JSON by an adapter, or
 * straight from a store), so that two exports of the same events are byte for byte equal.
 */
export function inFieldOrder(event: AuditLogEvent): AuditLogEvent {
  const out: Record<string, unknown> = { id: event.id };
  if (event.organizationId !== undefined) out.organizationId = event.organizationId;
  for (const field of ACTOR_ID_FIELDS) if (event[field] !== undefined) out[field] = event[field];
  out.eventTime = event.eventTime;
  out.eventName = event.eventName;
  out.eventDetails = event.eventDetails;
  return out as unknown as AuditLogEvent;
}

/**
 * Exports every event that matches a filter, page by page through the adapter (the same call as
 * the table, or the adapter's `streamEvents` when it has one), writing each page as it arrives:
 * memory stays flat however many events there are. A failed page is retried with backoff and
 * resumed from its own cursor; cancelling stops at once.
 * On any failure or cancel the sink is aborted (no file that looks complete) and the error thrown.
 * The SHA-256 of the bytes is computed as they are written.
 */
export async function runExport(options: ExportOptions): Promise<ExportResult> {
  const { adapter, filter, sort, format, sink, signal, csv } = options;
  const retry = <T>(action: () => Promise<T>) => withRetry(action, signal, options.attempts ?? 5, options.retryDelayMs ?? 500);
  const hash = sha256.create();
  const encoder = new TextEncoder();
  let bytes = 0;
  let rows = 0;
  const write = async (text: string) => {
    const chunk = encoder.encode(text);
    hash.update(chunk);
    bytes += chunk.length;
    await sink.write(chunk);
  };
  try {
    if (format === 'csv') await write(`${options.bom ? '\uFEFF' : ''}${csvRecord(CSV_COLUMNS)}`);
    // The adapter's own stream when it has one (it may fetch several pages at once), else its pages one by one.
    const listed = adapter.streamEvents ? adapter.streamEvents({ filter, sort, signal }) : pagesOf(adapter, filter, sort, signal, retry);
    // Names are part of the content: a failed lookup is retried like a failed page. They are
    // looked up a few pages ahead of the one being written.
    const lookup = format === 'csv' ? options.beforePage : undefined;
    const pages = lookup ? readAhead(listed, (page) => retry(() => lookup(page.events))) : listed;
    for await (const page of pages) {
      if (signal.aborted) throw new AuditLogError('aborted', 'The export was cancelled.');
      let text = '';
      for (const event of page.events) text += format === 'csv' ? csvRecord(csvCells(event, csv)) : `${stringifyDeep(inFieldOrder(event))}\n`;
      await write(text);
      rows += page.events.length;
      options.onProgress?.(rows, page.total);
    }
    if (signal.aborted) throw new AuditLogError('aborted', 'The export was cancelled.');
    // An export of nothing says so instead of leaving an empty file.
    if (rows === 0) throw new AuditLogError('not_found', 'No events match this filter: there is nothing to export.');
    await sink.close();
    return { rows, bytes, sha256: bytesToHex(hash.digest()) };
  } catch (error) {
    await sink.abort().catch(() => undefined);
    throw isAuditLogError(error, 'aborted') || !signal.aborted ? error : new AuditLogError('aborted', 'The export was cancelled.');
  }
}
