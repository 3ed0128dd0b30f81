import { describe, expect, it } from 'vitest';
import { AuditLogError } from '../../errors.js';
import type { AuditLogEvent } from '../../model/event.js';
import { parseInstant } from '../../model/instant.js';
import type { AuditLogListFilter } from '../../model/query.js';
import { streamSlices, type PageFetcher } from './slices.js';

const BASE = Date.parse('2025-07-01T00:00:00.000Z');

/**
 * Events crowded where slices get cut: many in one millisecond, runs of consecutive
 * milliseconds, microsecond times, long gaps, and a few far in the past (backdated custom events).
 */
function crowd(): AuditLogEvent[] {
  const events: AuditLogEvent[] = [];
  let n = 0;
  const add = (ms: number, micros = 0) => {
    const iso = new Date(ms).toISOString();
    const eventTime = micros ? `${iso.slice(0, 23)}${String(micros).padStart(3, '0')}Z` : iso;
    // Ids sort like (millisecond, then anything): the order Tesseral's UUIDv7 ids have.
    events.push({ id: `audit_log_event_${String(ms).padStart(15, '0')}${String(n++).padStart(6, '0')}`, eventTime, eventName: 'a.b.c', eventDetails: { n } });
  };
  for (let i = 0; i < 400; i++) add(BASE + i * 7919 + (i % 3)); // spread over about an hour
  for (let i = 0; i < 35; i++) add(BASE + 5_000_000, i * 17); // 35 events in one millisecond
  for (let ms = 0; ms < 60; ms++) add(BASE + 6_000_000 + ms); // one per millisecond, back to back
  for (let i = 0; i < 5; i++) add(Date.parse('2019-03-01T00:00:00.000Z') + i * 86_400_000); // backdated
  return events;
}

/**
 * A fake of Tesseral's list endpoint: inclusive time bounds to the microsecond, newest first by
 * id, ten a page, the token only a position (the id of the next page's first row).
 */
function tesseralLike(events: AuditLogEvent[], behave: (call: number) => 'ok' | 'fail' | 'limit' = () => 'ok') {
  const byId = [...events].sort((a, b) => (a.id < b.id ? 1 : -1));
  let calls = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let served = 0;
  const fetchPage: PageFetcher = async (filter: AuditLogListFilter, cursor) => {
    const call = ++calls;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, (call * 7) % 5));
      const mode = behave(call);
      if (mode === 'fail') throw new AuditLogError('server', 'Loading audit log events failed with HTTP 503.', { status: 503 });
      if (mode === 'limit') throw new AuditLogError('rate_limited', 'Loading audit log events failed with HTTP 429.', { status: 429, retryAfterMs: 5 });
      const start = filter.timeRange?.start ? parseInstant(filter.timeRange.start) : -Infinity;
      const end = filter.timeRange?.end ? parseInstant(filter.timeRange.end) : Infinity;
      const rows = byId.filter((e) => (cursor === null || e.id <= cursor) && parseInstant(e.eventTime) >= start && parseInstant(e.eventTime) <= end);
      served += Math.min(10, rows.length);
      return { events: rows.slice(0, 10), nextCursor: rows.length > 10 ? rows[10]!.id : null };
    } finally {
      inFlight--;
    }
  };
  return { fetchPage, calls: () => calls, maxInFlight: () => maxInFlight, served: () => served };
}

async function collect(pages: AsyncIterable<{ events: AuditLogEvent[] }>): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of pages) ids.push(...page.events.map((e) => e.id));
  return ids;
}

const signal = () => new AbortController().signal;

describe('export over Tesseral: parallel time slices', () => {
  const events = crowd();
  const newestFirst = [...events].sort((a, b) => (a.id < b.id ? 1 : -1)).map((e) => e.id);

  it('hands out exactly the events of one page chain, in its order, whatever the concurrency', async () => {
    for (const concurrency of [1, 3, 8, 16]) {
      const api = tesseralLike(events);
      expect(await collect(streamSlices(api.fetchPage, {}, signal(), { concurrency }))).toEqual(newestFirst);
      expect(api.maxInFlight()).toBeLessThanOrEqual(concurrency);
      if (concurrency >= 8) expect(api.maxInFlight()).toBeGreaterThan(4); // it did fetch in parallel
    }
  });

  it('keeps the filter: both time bounds and the other filters reach every slice', async () => {
    const start = events[100]!.eventTime;
    const end = '2025-07-01T01:40:00.000500Z';
    const api = tesseralLike(events);
    const ids = await collect(streamSlices(api.fetchPage, { timeRange: { start, end } }, signal(), { concurrency: 6 }));
    const expected = newestFirst.filter((id) => {
      const t = parseInstant(events.find((e) => e.id === id)!.eventTime);
      return t >= parseInstant(start) && t <= parseInstant(end);
    });
    expect(ids).toEqual(expected);
  });

  it('holds at most the buffer cap ahead of what it hands out (plus the pages in flight), and still finishes', async () => {
    // A bigger log, so that the cap is small beside it.
    const many = Array.from({ length: 3000 }, (_, i) => ({ id: `audit_log_event_${String(BASE + i * 911).padStart(15, '0')}${String(i).padStart(6, '0')}`, eventTime: new Date(BASE + i * 911).toISOString(), eventName: 'a.b.c', eventDetails: {} }));
    const order = [...many].sort((a, b) => (a.id < b.id ? 1 : -1)).map((e) => e.id);
    for (const maxBuffered of [100, 400]) {
      const api = tesseralLike(many);
      let held = 0;
      const pages = streamSlices(api.fetchPage, {}, signal(), { concurrency: 8, maxBuffered, onHeld: (n) => (held = Math.max(held, n)) });
      const ids: string[] = [];
      for await (const page of pages) {
        ids.push(...page.events.map((e) => e.id));
        await new Promise((resolve) => setTimeout(resolve, 2)); // a slow writer
      }
      expect(ids).toEqual(order);
      // About the cap: it, plus a page or so for each request in flight when it was reached (the
      // unbounded version held several times the cap here).
      expect(held, `maxBuffered ${maxBuffered}`).toBeLessThanOrEqual(maxBuffered + 12 * 10);
      expect(held, 'the buffer was used').toBeGreaterThan(maxBuffered / 2);
    }
  });

  it('retries failed pages, backs off on 429, and gives up with the error after its attempts', async () => {
    const flaky = tesseralLike(events, (call) => (call % 5 === 0 ? 'fail' : call % 7 === 0 ? 'limit' : 'ok'));
    expect(await collect(streamSlices(flaky.fetchPage, {}, signal(), { concurrency: 8, retryDelayMs: 1 }))).toEqual(newestFirst);
    const down = tesseralLike(events, (call) => (call > 3 ? 'fail' : 'ok'));
    await expect(collect(streamSlices(down.fetchPage, {}, signal(), { concurrency: 4, retryDelayMs: 1, attempts: 3 }))).rejects.toMatchObject({ code: 'server' });
  });

  it('stops at once when cancelled', async () => {
    const controller = new AbortController();
    const api = tesseralLike(events);
    const pages = streamSlices(api.fetchPage, {}, controller.signal, { concurrency: 4 });
    let seen = 0;
    await expect((async () => {
      for await (const page of pages) {
        seen += page.events.length;
        if (seen >= 20) controller.abort();
      }
    })()).rejects.toMatchObject({ code: 'aborted' });
    const callsAtAbort = api.calls();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(api.calls()).toBe(callsAtAbort);
  });
});
