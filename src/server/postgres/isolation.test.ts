import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockDatabase } from '../../mock/database.js';
import { createEventHandlers } from '../../mock/handlers/create-event.js';
import { FULL_API_BASE, fullApiHandlers } from '../../mock/handlers/full-api.js';
import { createScenario } from '../../mock/handlers/scenario.js';
import { migrate } from './schema.js';
import { createPostgresStore } from './store.js';
import { testDatabases } from './test-databases.js';

// One organization's owner tries every route of the full API with the other's ids, cursors,
// words and jobs, against the server over PostgreSQL: nothing crosses.
const URL_BASE = `https://isolation.example${FULL_API_BASE}`;
const A = 'demo_owner_acme';
const G = 'demo_owner_globex';
const SECRET_WORD = 'zanzibarquux';

describe.each(testDatabases())('two organizations on PostgreSQL ($name)', (database) => {
  const db = createMockDatabase({ seed: 5, size: 600 });
  const [acme, globex] = db.dataset.organizations;
  let close: () => Promise<void>;
  let server: ReturnType<typeof setupServer>;
  const get = async (path: string, token: string) => fetch(`${URL_BASE}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const json = async <T>(path: string, token: string) => (await (await get(path, token)).json()) as T;

  beforeAll(async () => {
    const opened = await database.open();
    close = opened.close;
    await migrate(opened.client);
    const store = createPostgresStore({ client: opened.client });
    for (const org of db.dataset.organizations) await store.insert({ organizationId: org.id }, db.dataset.events.filter((e) => e.organizationId === org.id));
    const scenario = createScenario();
    server = setupServer(...createEventHandlers(db, scenario, { store: (e) => store.insert({ organizationId: e.organizationId! }, [e]) }), ...fullApiHandlers(db, scenario, { store }));
    server.listen({ onUnhandledRequest: 'error' });
    const created = await fetch('https://isolation.example/v1/audit-log-events', {
      method: 'POST',
      headers: { authorization: 'Bearer demo_backend_api_key', 'content-type': 'application/json' },
      body: JSON.stringify({ organizationId: acme!.id, eventName: 'acme.secret.deal', eventDetails: { note: SECRET_WORD } }),
    });
    expect(created.status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    server?.close();
    await close?.();
  });

  it('keeps each one’s events, cursors, words, names, counts, bars, facets and exports to itself', async () => {
    const acmeEvent = (await json<{ events: { id: string }[] }>('/events?pageSize=1', A)).events[0]!.id;
    const acmeCursor = (await json<{ nextCursor: string }>('/events?pageSize=5', A)).nextCursor;
    expect((await get(`/events/${acmeEvent}`, A)).status).toBe(200);
    expect((await get(`/events/${acmeEvent}`, G)).status).toBe(404);
    expect((await get(`/events?cursor=${encodeURIComponent(acmeCursor)}`, G)).status).toBe(400);
    expect((await json<{ events: unknown[] }>(`/events?actorId=${acme!.ownerId}`, G)).events).toEqual([]);
    expect((await json<{ events: unknown[] }>(`/events?q=${SECRET_WORD}`, G)).events).toEqual([]);
    expect((await json<{ events: unknown[] }>(`/events?q=${SECRET_WORD}`, A)).events).toHaveLength(1);
    expect((await json<{ eventNames: string[] }>('/event-names', G)).eventNames).not.toContain('acme.secret.deal');
    expect((await json<{ eventNames: string[] }>('/event-names', A)).eventNames).toContain('acme.secret.deal');
    expect(await json('/events/count?eventName=acme.secret.deal', G)).toEqual({ count: 0, exact: true });
    expect(await json('/events/count?eventName=acme.secret.deal', A)).toEqual({ count: 1, exact: true });
    expect((await json<{ buckets: unknown[] }>('/events/histogram?eventName=acme.secret.deal&timeZone=UTC', G)).buckets).toEqual([]);
    const facets = await json<{ values: { value: string }[] }>('/events/facets?field=actorId', G);
    expect(facets.values.length).toBeGreaterThan(0);
    expect(facets.values.map((v) => v.value)).not.toContain(acme!.ownerId);
    // Globex's export of everything holds its own events only, every one of them.
    const start = await fetch(`${URL_BASE}/exports`, { method: 'POST', headers: { authorization: `Bearer ${G}`, 'content-type': 'application/json' }, body: JSON.stringify({ format: 'jsonl' }) });
    const { jobId } = (await start.json()) as { jobId: string };
    expect((await get(`/exports/${jobId}`, A)).status).toBe(404);
    let job: { state: string; downloadUrl?: string };
    do job = await json<{ state: string; downloadUrl?: string }>(`/exports/${jobId}`, G);
    while (job.state === 'running' && (await new Promise((r) => setTimeout(r, 50)), true));
    const text = await (await fetch(`https://isolation.example${job.downloadUrl}`)).text();
    const exported = text.trim().split('\n').map((line) => JSON.parse(line) as { organizationId: string });
    expect(exported).toHaveLength(db.dataset.events.filter((e) => e.organizationId === globex!.id).length);
    expect(exported.every((e) => e.organizationId === globex!.id)).toBe(true);
  }, 60_000);
});
