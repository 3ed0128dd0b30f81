import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockDatabase } from '../../mock/database.js';
import { createEventHandlers } from '../../mock/handlers/create-event.js';
import { FULL_API_BASE, fullApiHandlers } from '../../mock/handlers/full-api.js';
import { createScenario } from '../../mock/handlers/scenario.js';
import { fullApiRestAdapter } from '../../test-support/adapters.js';
import { migrate } from './schema.js';
import { createAuditLogHandler } from '../handler.js';
import { createPostgresStore, type PostgresStore } from './store.js';
import { testDatabases } from './test-databases.js';

// Tesseral's POST /v1/audit-log-events into the PostgreSQL store, 20 writers at once, then the
// full API lists the organization's events: each written one exactly once, in order.
const BASE = 'https://ingest.example';
const WRITERS = 20;
const EACH = 15;

describe.each(testDatabases())('ingest into PostgreSQL on $name', (database) => {
  const db = createMockDatabase({ seed: 3, size: 0 });
  const org = db.dataset.organizations[0]!;
  let close: () => Promise<void>;
  let server: ReturnType<typeof setupServer>;
  let store: PostgresStore;

  beforeAll(async () => {
    const opened = await database.open();
    close = opened.close;
    await migrate(opened.client);
    store = createPostgresStore({ client: opened.client });
    const scenario = createScenario();
    server = setupServer(
      ...createEventHandlers(db, scenario, { store: (event) => store.insert({ organizationId: event.organizationId! }, [event]) }),
      ...fullApiHandlers(db, scenario, { store }),
    );
    server.listen({ onUnhandledRequest: 'error' });
  }, 60_000);
  afterAll(async () => {
    server?.close();
    await close?.();
  });

  it(`lists each event of ${WRITERS} concurrent writers exactly once, newest first by time then id`, async () => {
    const written = await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        const ids: { id: string; time: string }[] = [];
        for (let i = 0; i < EACH; i++) {
          // Some writers share instants, so that ties are ordered by id.
          const time = new Date(Date.UTC(2026, 10, 20, 9, 0, 0, (i * WRITERS + (w % 7)) * 3)).toISOString();
          const response = await fetch(`${BASE}/v1/audit-log-events`, {
            method: 'POST',
            headers: { authorization: `Bearer ${db.dataset.backendApiKey.secret}`, 'content-type': 'application/json' },
            body: JSON.stringify({ organizationId: org.id, eventName: 'ledgerly.invoice.sent', eventTime: time, eventDetails: { writer: w, n: i } }),
          });
          expect(response.status).toBe(200);
          const { auditLogEvent } = (await response.json()) as { auditLogEvent: { id: string; eventTime: string } };
          ids.push({ id: auditLogEvent.id, time: auditLogEvent.eventTime });
        }
        return ids;
      }),
    );
    const all = written.flat();
    const expected = [...all].sort((a, b) => (a.time === b.time ? (a.id < b.id ? 1 : -1) : Date.parse(a.time) < Date.parse(b.time) ? 1 : -1)).map((e) => e.id);

    const adapter = fullApiRestAdapter(BASE, 'demo_owner_acme');
    const signal = new AbortController().signal;
    const listed: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await adapter.listEvents({ filter: {}, sort: 'newest', pageSize: 37, cursor, signal });
      listed.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(listed).toHaveLength(WRITERS * EACH);
    expect(new Set(listed).size).toBe(WRITERS * EACH);
    expect(listed).toEqual(expected);
    expect(await adapter.countEvents!({ filter: {}, signal })).toEqual({ count: WRITERS * EACH, exact: true });
    // The organization's facet counts, kept by every writer at once, hold each event once.
    const facets = (await (await fetch(`${BASE}${FULL_API_BASE}/events/facets?field=eventName`, { headers: { authorization: 'Bearer demo_owner_acme' } })).json()) as { values: { value: string; count: number }[] };
    expect(facets.values).toEqual([{ value: 'ledgerly.invoice.sent', count: WRITERS * EACH }]);
  }, 60_000);

  it(`takes ${WRITERS} concurrent writers through the handler's own ingest, and keeps its counts of them`, async () => {
    const organizationId = 'org_own_ingest';
    const handler = createAuditLogHandler({
      store,
      authorize: (request) => ({ organizationId, role: request.headers.get('authorization') === 'Bearer writer' ? 'writer' : 'reader' }),
    });
    const call = async (path: string, token: string, body?: unknown) => {
      const response = await handler(new Request(`${BASE}${path}`, body === undefined ? { headers: { authorization: `Bearer ${token}` } } : { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) }));
      expect(response.status, path).toBe(200);
      return response.json() as Promise<Record<string, unknown>>;
    };
    const written = await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        const ids: string[] = [];
        for (let i = 0; i < EACH; i++) {
          // Spread over three hours: the histogram below adds up 15-minute slots that writers shared.
          const eventTime = new Date(Date.UTC(2026, 10, 21, 9, 0, 0, (i * WRITERS + w) * 36_000)).toISOString();
          const { auditLogEvent } = (await call('/v1/audit-log-events', 'writer', { organizationId, eventName: 'ledgerly.invoice.paid', eventTime, eventDetails: { writer: w, n: i } })) as { auditLogEvent: { id: string } };
          ids.push(auditLogEvent.id);
        }
        return ids;
      }),
    );
    const listed = ((await call(`${FULL_API_BASE}/events?pageSize=1000&sort=oldest`, 'reader')) as { events: { id: string }[] }).events.map((e) => e.id);
    expect(listed).toHaveLength(WRITERS * EACH);
    expect(new Set(listed)).toEqual(new Set(written.flat()));
    const histogram = (await call(`${FULL_API_BASE}/events/histogram?timeZone=UTC`, 'reader')) as { buckets: { count: number }[]; interval: { unit: string; size: number } };
    expect(histogram.interval).toEqual({ unit: 'minute', size: 5 });
    expect(histogram.buckets.reduce((n, b) => n + b.count, 0)).toBe(WRITERS * EACH);
    const day = (await call(`${FULL_API_BASE}/events/histogram?timeZone=UTC&start=2026-11-20T00:00:00Z&end=2026-11-23T00:00:00Z`, 'reader')) as { buckets: { count: number }[]; interval: { unit: string } };
    expect(day.interval.unit).toBe('hour');
    expect(day.buckets.reduce((n, b) => n + b.count, 0)).toBe(WRITERS * EACH);
  }, 60_000);
});
