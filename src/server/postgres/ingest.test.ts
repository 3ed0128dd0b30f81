import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestAdapter } from '../../adapter/rest.js';
import { createMockDatabase } from '../../mock/database.js';
import { createEventHandlers } from '../../mock/handlers/create-event.js';
import { FULL_API_BASE, fullApiHandlers } from '../../mock/handlers/full-api.js';
import { createScenario } from '../../mock/handlers/scenario.js';
import { migrate } from './schema.js';
import { createPostgresStore } from './store.js';
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

  beforeAll(async () => {
    const opened = await database.open();
    close = opened.close;
    await migrate(opened.client);
    const store = createPostgresStore({ client: opened.client });
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

    const adapter = createRestAdapter({ baseUrl: `${BASE}${FULL_API_BASE}`, headers: { authorization: 'Bearer demo_owner_acme' }, count: true });
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
});
