import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sleep } from '../adapter/abort.js';
import type { AuditLogAdapter, AuditLogExportFormat, AuditLogListResult } from '../adapter/types.js';
import { AuditLogError, isAuditLogError } from '../errors.js';
import type { AuditLogEvent, AuditLogSort } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';
import { readAhead } from './read-ahead.js';
import type { AuditLogColumnDefinition } from '../columns/index.js';
import type { CsvRowContext } from './columns.js';
import { ENCODERS } from './encoders.js';

export { inFieldOrder } from './field-order.js';

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
  /** The CSV's columns (default: the default columns). */
  columns?: readonly AuditLogColumnDefinition[];
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
    const encoding = ENCODERS[format];
    const context = { csv, bom: options.bom, columns: options.columns };
    if (encoding.header) await write(encoding.header(context));
    // The adapter's own stream when it has one (it may fetch several pages at once), else its pages one by one.
    const listed = adapter.streamEvents ? adapter.streamEvents({ filter, sort, signal }) : pagesOf(adapter, filter, sort, signal, retry);
    // Names are part of the content: a failed lookup is retried like a failed page. They are
    // looked up a few pages ahead of the one being written.
    const lookup = encoding.needsNames ? options.beforePage : undefined;
    const pages = lookup ? readAhead(listed, (page) => retry(() => lookup(page.events))) : listed;
    for await (const page of pages) {
      if (signal.aborted) throw new AuditLogError('aborted', 'The export was cancelled.');
      let text = '';
      for (const event of page.events) text += encoding.encode(event, context);
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
