import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createQueryEngine } from '../engine/engine.js';
import { createFullTextSearch } from '../engine/search-index.js';
import { parseCsv } from '../export/csv.js';
import type { AuditLogEvent } from '../model/event.js';
import { startHttpServer } from '../mock/server/http-server.js';
import { createEngineStore } from './engine-store.js';
import { createAuditLogHandler, type AuditLogPrincipal } from './handler.js';
import type { AuditLogStore } from './store.js';

// The streamed export (GET /events/export) reads the store as the client reads the body, and
// an export job's file, which waits in memory, is capped.

const BASE = 'http://api.test/api/audit/v1';
const SIZE = 20_000;
const events: AuditLogEvent[] = Array.from({ length: SIZE }, (_, i) => ({
  id: `evt_${String(i).padStart(6, '0')}`,
  organizationId: i % 10 === 9 ? 'org_other' : 'org_a',
  eventTime: new Date(Date.UTC(2026, 9, 1) + i * 30_000).toISOString(),
  eventName: i === 5 ? '=HYPERLINK("http://evil.example")' : 'acme.report.viewed',
  actorUserId: `user_${i % 5}`,
  // 1.5 kB of details each: the export (27 MB) is more than a socket's buffers can take unread.
  eventDetails: { n: i, note: 'x'.repeat(1500) },
}));
const mine = events.filter((e) => e.organizationId === 'org_a');

/** The engine's store, counting the pages it is asked for. */
function countedStore() {
  const store = createEngineStore(createQueryEngine({ events, search: createFullTextSearch() }));
  const calls = { list: 0 };
  const counted: AuditLogStore = { ...store, list: (scope, request) => (calls.list++, store.list(scope, request)) };
  return { store: counted, calls };
}

const authorize = (request: Request): AuditLogPrincipal => {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
  return token.startsWith('writer:') ? { organizationId: token.slice(7), role: 'writer' } : { organizationId: token, role: 'reader' };
};
const get = (handler: (r: Request) => Promise<Response>, query: string, token = 'org_a') => handler(new Request(`${BASE}/events/export?${query}`, { headers: { authorization: `Bearer ${token}` } }));
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the streamed export', () => {
  it('gives the organization’s whole log, newest first, as the viewer’s exporter writes it', async () => {
    const handler = createAuditLogHandler({ store: countedStore().store, authorize });
    const response = await get(handler, 'format=jsonl');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.jsonl"$/);
    const lines = (await response.text()).trim().split('\n').map((l) => JSON.parse(l) as AuditLogEvent);
    expect(lines.map((e) => e.id)).toEqual(mine.map((e) => e.id).reverse());

    const csv = parseCsv(await (await get(handler, 'format=csv&sort=oldest&eventName=%3DHYPERLINK(%22http%3A%2F%2Fevil.example%22)&timeZone=Europe%2FParis')).text());
    expect(csv).toHaveLength(2);
    // The name a spreadsheet would run is written as text.
    expect(csv[1]).toContain(`'=HYPERLINK("http://evil.example")`);
  });

  it('reads a page when the one before has been taken, and stops when the reader goes away', async () => {
    const { store, calls } = countedStore();
    const handler = createAuditLogHandler({ store, authorize });
    const body = (await get(handler, 'format=jsonl')).body!.getReader();
    const first = await body.read();
    expect(first.value!.length).toBeGreaterThan(0);
    await settle();
    // A probe, the page taken and the one waiting: not the 18 pages of the whole export.
    expect(calls.list).toBeLessThanOrEqual(4);
    await body.cancel();
    await settle();
    const after = calls.list;
    await settle();
    expect(calls.list).toBe(after);
    expect(after).toBeLessThan(Math.ceil(mine.length / 1000));
  });

  it('is streamed over the HTTP server too: a client that reads a little and goes away stops it', async () => {
    const { store, calls } = countedStore();
    const handler = createAuditLogHandler({ store, authorize });
    const running = await startHttpServer([http.all('*/api/audit/v1/*', ({ request }) => handler(request))], { port: 0 });
    try {
      const response = await fetch(`${running.url}/api/audit/v1/events/export?format=jsonl`, { headers: { authorization: 'Bearer org_a' } });
      expect(response.status).toBe(200);
      const body = response.body!.getReader();
      await body.read();
      await settle();
      // The socket's buffers hold a few pages more than the reader took; not the whole export.
      expect(calls.list).toBeLessThan(Math.ceil(mine.length / 1000));
      await body.cancel();
      await settle();
      const after = calls.list;
      await settle();
      expect(calls.list).toBe(after);
      const whole = await (await fetch(`${running.url}/api/audit/v1/events/export?format=jsonl`, { headers: { authorization: 'Bearer org_a' } })).text();
      expect(whole.trim().split('\n')).toHaveLength(mine.length);
    } finally {
      await running.close();
    }
  });

  it('keeps an organization to a few streams open at once, and frees a place when one ends', async () => {
    const handler = createAuditLogHandler({ store: countedStore().store, authorize });
    const readers = await Promise.all([1, 2, 3].map(async () => (await get(handler, 'format=jsonl')).body!.getReader()));
    for (const reader of readers) await reader.read();
    expect((await get(handler, 'format=jsonl')).status).toBe(429);
    // Another organization has places of its own; another handler, counts of its own.
    expect((await get(handler, 'format=jsonl', 'org_other')).status).toBe(200);
    expect((await get(createAuditLogHandler({ store: countedStore().store, authorize }), 'format=jsonl')).status).toBe(200);
    await readers[0]!.cancel();
    await settle();
    expect((await get(handler, 'format=jsonl')).status).toBe(200);
  });

  it('answers what it cannot export before any byte, and only to a reader', async () => {
    const handler = createAuditLogHandler({ store: countedStore().store, authorize });
    expect((await get(handler, 'format=jsonl&eventName=acme.nothing')).status).toBe(404);
    expect((await get(handler, 'format=xlsx')).status).toBe(400);
    expect((await get(handler, 'format=csv&sort=sideways')).status).toBe(400);
    expect((await get(handler, 'format=csv&timeZone=Mars%2FOlympus')).status).toBe(400);
    expect((await get(handler, 'format=csv&pageSize=10')).status).toBe(400);
    expect((await get(handler, 'format=csv', 'writer:org_a')).status).toBe(403);
  });
});

describe('an export job', () => {
  it('fails past the bytes it may keep, and says where the streamed export is', async () => {
    const handler = createAuditLogHandler({ store: countedStore().store, authorize, exportJobMaxBytes: 100_000 });
    const call = (path: string, init: RequestInit = {}) => handler(new Request(`${BASE}${path}`, { ...init, headers: { authorization: 'Bearer org_a', 'content-type': 'application/json' } }));
    const small = (await (await call('/exports', { method: 'POST', body: JSON.stringify({ format: 'jsonl', filter: { eventNames: ['=HYPERLINK("http://evil.example")'] } }) })).json()) as { jobId: string };
    const big = (await (await call('/exports', { method: 'POST', body: JSON.stringify({ format: 'jsonl' }) })).json()) as { jobId: string };
    let status: { state: string; error?: string } = { state: 'running' };
    for (let i = 0; i < 100 && status.state === 'running'; i++) {
      await settle();
      status = (await (await call(`/exports/${big.jobId}`)).json()) as typeof status;
    }
    expect(status).toMatchObject({ state: 'failed', error: expect.stringContaining('GET /api/audit/v1/events/export') });
    expect(await (await call(`/exports/${small.jobId}`)).json()).toMatchObject({ state: 'done', written: 1 });
  });
});
