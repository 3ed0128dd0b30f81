import { sleep } from '../abort.js';
import { AuditLogError, isAuditLogError, throwIfAborted } from '../../errors.js';
import type { AuditLogEvent } from '../../model/event.js';
import { parseInstant } from '../../model/instant.js';
import type { AuditLogListFilter } from '../../model/query.js';
import type { AuditLogListResult } from '../types.js';

/** Fetches one page of a filter from a cursor (the Tesseral list call). */
export type PageFetcher = (filter: AuditLogListFilter, cursor: string | null, signal: AbortSignal) => Promise<AuditLogListResult>;

/** Options of {@link streamSlices}. */
export interface SliceOptions {
  /** Requests in flight at once, at most; default 8. Halved for a while after a 429. */
  concurrency?: number;
  /** Events held ahead of the one being written, at most; default 5,000 (one slice still runs past it). */
  maxBuffered?: number;
  /** Tries per page before giving up (default 5), waiting `retryDelayMs · 2^n` between (default 500) or what `Retry-After` says. */
  attempts?: number;
  retryDelayMs?: number;
  /** Told how many events wait for the writer after each answer (for diagnostics and tests). */
  onHeld?: (events: number) => void;
}

/**
 * A time slice of the result: its own chain of pages, newest first, from `before` (exclusive
 * epoch ms; `null`: the filter's own end) down to `start` (inclusive epoch ms; `null`: the
 * filter's own start, maybe none). A slice is narrowed from below when it is split.
 */
interface Slice {
  start: number | null;
  before: number | null;
  cursor: string | null;
  begun: boolean;
  done: boolean;
  busy: boolean;
  /** Pages received and not yet handed out. */
  pages: AuditLogEvent[][];
  /** The time of the last event received: what is left of the slice lies at or before it. */
  last: number | null;
  /** The time of the first event received, and how many came: how dense the slice is. */
  first: number | null;
  received: number;
}

const FINAL = new Set(['invalid_request', 'invalid_cursor', 'unsupported', 'unauthenticated', 'permission_denied', 'not_found', 'aborted', 'malformed_response']);

/** `…T12:00:00.123Z` of an integer epoch ms (an inclusive start). */
const startText = (ms: number) => new Date(ms).toISOString();
/** The last microsecond before an integer epoch ms (an inclusive end): `…T11:59:59.999999Z`. */
const endBefore = (ms: number) => `${new Date(ms - 1).toISOString().slice(0, 23)}999Z`;

/**
 * Every event of a filter, newest first, fetched as several chains of pages at once: a list of
 * ten events per round trip (Tesseral's fixed page size) would take a month of events minutes to
 * read. The result is split into time slices; each slice pages on its own, and slices are handed
 * out in order, so the events and their order are exactly those of one chain of pages.
 *
 * How it splits: the first page gives the newest event. When a request can be sent and no slice
 * is waiting for one, the first slice that can be is cut in two at a millisecond (the pages
 * wanted soonest get the most requests, so the writer never waits on one long chain): the
 * slice keeps the newer half and goes on with its cursor (Tesseral's page token is only a
 * position, so the same token with a later start stays valid; events of an answer already on its
 * way that fall in the older half are dropped), and a new slice takes the older half. A slice with
 * no start (the filter has none) is cut a span back as long as what it has covered, so an unknown
 * oldest event costs a few doublings, not a search. Cuts fall on whole milliseconds, the
 * resolution of an event id, so the id order inside a slice is the order of the whole.
 *
 * Memory stays bounded: a slice fetches only while the events held by it and the slices before it
 * are under `maxBuffered` (the first slice always may), so no more than about that many events,
 * plus the pages in flight, wait for the writer. A failed page is retried with backoff (as long as
 * `Retry-After` says, on a 429, which also halves the concurrency for the next requests).
 */
export async function* streamSlices(fetchPage: PageFetcher, filter: AuditLogListFilter, signal: AbortSignal, options: SliceOptions = {}): AsyncGenerator<AuditLogListResult> {
  const maxConcurrency = Math.max(1, options.concurrency ?? 8);
  const maxBuffered = options.maxBuffered ?? 5000;
  const attempts = options.attempts ?? 5;
  const retryDelay = options.retryDelayMs ?? 500;
  const filterStart = filter.timeRange?.start ? Math.ceil(parseInstant(filter.timeRange.start)) : null;
  let concurrency = maxConcurrency;
  let calmSince = 0;
  let newest: number | null = null;
  const slices: Slice[] = [{ start: null, before: null, cursor: null, begun: false, done: false, busy: false, pages: [], last: null, first: null, received: 0 }];
  const running = new Map<Slice, Promise<void>>();
  let failure: unknown = null;
  // Stops every request and retry when the caller aborts, and when it stops reading (a sink failed).
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal.reason);
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  const inner = stop.signal;

  function request(slice: Slice): AuditLogListFilter {
    const timeRange = { ...filter.timeRange };
    if (slice.start !== null) timeRange.start = startText(slice.start);
    if (slice.before !== null) timeRange.end = endBefore(slice.before);
    return { ...filter, timeRange };
  }

  async function fetchWithRetry(slice: Slice): Promise<AuditLogListResult> {
    for (let attempt = 1; ; attempt++) {
      throwIfAborted(inner);
      try {
        return await fetchPage(request(slice), slice.cursor, inner);
      } catch (error) {
        throwIfAborted(inner);
        const final = isAuditLogError(error) && FINAL.has(error.code);
        if (final || attempt >= attempts) throw error;
        const limited = isAuditLogError(error, 'rate_limited');
        if (limited) {
          concurrency = Math.max(1, Math.floor(concurrency / 2));
          calmSince = 0;
        }
        const wait = (isAuditLogError(error) && error.retryAfterMs) || retryDelay * 2 ** (attempt - 1);
        await sleep(wait, inner);
      }
    }
  }

  function run(slice: Slice): void {
    slice.busy = true;
    const started = slice.start;
    const task = fetchWithRetry(slice).then(
      (page) => {
        slice.busy = false;
        slice.begun = true;
        // Split while this answer was on its way: what lies below the slice's new start is the new slice's.
        const kept = slice.start !== null && slice.start !== started ? page.events.filter((e) => parseInstant(e.eventTime) >= slice.start!) : page.events;
        if (kept.length) {
          slice.pages.push(kept);
          slice.last = parseInstant(kept[kept.length - 1]!.eventTime);
          slice.first ??= parseInstant(kept[0]!.eventTime);
          slice.received += kept.length;
          newest ??= slice.first;
        }
        slice.cursor = page.nextCursor;
        if (page.nextCursor === null || kept.length < page.events.length) slice.done = true;
        options.onHeld?.(slices.reduce((n, x) => n + x.pages.reduce((m, p) => m + p.length, 0), 0));
        if (++calmSince >= 20 && concurrency < maxConcurrency) {
          concurrency++;
          calmSince = 0;
        }
      },
      (error: unknown) => {
        slice.busy = false;
        failure ??= error;
      },
    );
    running.set(slice, task);
    void task.finally(() => running.delete(slice));
  }

  /**
   * Cuts in two the slice with the most events left, as its density so far tells, among the first
   * `limit`; a slice with no lower bound counts as having the most. A slice with fewer than two
   * pages left is not cut (each half would cost a request for a few events). False when none can be.
   */
  function split(limit: number): boolean {
    if (newest === null) return false;
    let best: { index: number; cut: number; left: number } | null = null;
    // The older half must be allowed to fetch too, or the cut would only add a slice that waits.
    const last = limit >= slices.length ? slices.length : limit - 1;
    for (let index = 0; index < last; index++) {
      const slice = slices[index]!;
      if (slice.done || !slice.begun || slice.last === null || slice.first === null) continue;
      const top = Math.floor(slice.last);
      const bottom = slice.start ?? filterStart;
      if (bottom === null) {
        // No lower bound known: cut as far back as has been covered, so the unknown oldest event costs doublings.
        best ??= { index, cut: top - Math.max(60_000, newest - top), left: Infinity };
        continue;
      }
      if (top - bottom < 2) continue;
      const density = slice.received / Math.max(1, slice.first - slice.last);
      const left = density * (top - bottom);
      if (left >= 20 && (!best || left > best.left)) best = { index, cut: bottom + Math.ceil((top - bottom) / 2), left };
    }
    if (!best) return false;
    const slice = slices[best.index]!;
    const older: Slice = { start: slice.start, before: best.cut, cursor: null, begun: false, done: false, busy: false, pages: [], last: null, first: null, received: 0 };
    slice.start = best.cut;
    slices.splice(best.index + 1, 0, older);
    return true;
  }

  /**
   * How many slices, from the first, may fetch. All of them while fewer than `maxBuffered` events
   * wait; then only those before the first slice that holds any (what they bring is written before
   * anything held), and always the first slice, or nothing would move.
   */
  function allowed(): number {
    let held = 0;
    let firstHolding = -1;
    slices.forEach((slice, i) => {
      const n = slice.pages.reduce((m, p) => m + p.length, 0);
      held += n;
      if (n > 0 && firstHolding < 0) firstHolding = i;
    });
    return held < maxBuffered ? slices.length : Math.max(1, firstHolding);
  }

  function schedule(): void {
    for (let cuts = 0; running.size < concurrency && failure === null && cuts <= maxConcurrency; ) {
      const limit = allowed();
      const next = slices.find((s, i) => i < limit && !s.done && !s.busy);
      if (next) {
        run(next);
        continue;
      }
      // A free request goes to cutting one of the slices that may fetch.
      if (!split(limit)) return;
      cuts++;
    }
  }

  try {
    for (;;) {
      if (failure !== null) throw failure;
      throwIfAborted(signal);
      // Hand out what the first slices have, in order.
      while (slices.length && (slices[0]!.pages.length || slices[0]!.done)) {
        const first = slices[0]!;
        const page = first.pages.shift();
        if (page) yield { events: page, nextCursor: null };
        else if (first.done) slices.shift();
      }
      if (!slices.length) return;
      schedule();
      if (!running.size) throw new AuditLogError('server', 'Exporting stopped: no request could be made.');
      await Promise.race(running.values());
    }
  } finally {
    // Whatever is still on its way is dropped; its errors are not anyone's to see.
    signal.removeEventListener('abort', onAbort);
    stop.abort();
    for (const task of running.values()) task.catch(() => undefined);
  }
}
