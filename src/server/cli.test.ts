import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { createRestAdapter } from '../adapter/rest.js';
import { spawnCli } from '../test-support/spawn-cli.js';
import { fromPGlite } from './postgres/client.js';
import { createPostgresStore } from './postgres/store.js';

// The real `npm run server` program on PGlite in a data directory: it answers the REST adapter,
// and a restart keeps what was stored (here, an event written between the two runs).
const data = mkdtempSync(path.join(tmpdir(), 'audit-pglite-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));

const start = () => spawnCli('src/server/cli.ts', ['--size', '2000', '--data', data], 'demo_owner_acme', { DATABASE_URL: '' });

describe('npm run server', () => {
  it('serves the REST adapter from PGlite, and restarts with its data intact', async () => {
    const first = await start();
    expect(first.output()).toMatch(/Seeded \d+ events/);
    const adapter = (url: string) => createRestAdapter({ baseUrl: `${url}/api/audit/v1`, headers: { authorization: 'Bearer demo_owner_acme' }, count: true, aggregate: true });
    const signal = new AbortController().signal;
    const before = await adapter(first.url).countEvents!({ filter: {}, signal });
    const page = await adapter(first.url).listEvents({ filter: {}, sort: 'newest', pageSize: 5, cursor: null, signal });
    expect(page.events).toHaveLength(5);
    const organizationId = page.events[0]!.organizationId!;
    // Refused without credentials, as every route is.
    expect((await fetch(`${first.url}/api/audit/v1/events`)).status).toBe(401);
    // Tesseral's ingest writes into the same store (the backend key's demo alias).
    const created = await fetch(`${first.url}/v1/audit-log-events`, {
      method: 'POST',
      headers: { authorization: 'Bearer demo_backend_api_key', 'content-type': 'application/json' },
      body: JSON.stringify({ organizationId, eventName: 'acme.ingested.over_http', eventDetails: {} }),
    });
    expect(created.status).toBe(200);
    const ingested = await adapter(first.url).listEvents({ filter: { eventNames: ['acme.ingested.over_http'] }, sort: 'newest', pageSize: 5, cursor: null, signal });
    expect(ingested.events).toHaveLength(1);
    await first.stop();

    // Between the runs, an event written straight to the store's data directory.
    const pglite = new PGlite(data);
    await createPostgresStore({ client: fromPGlite(pglite) }).insert({ organizationId }, [
      { id: 'evt_between_runs', organizationId, eventTime: new Date().toISOString(), eventName: 'acme.written_between_runs', eventDetails: {} },
    ]);
    await pglite.close();

    const second = await start();
    try {
      expect(second.output()).not.toMatch(/Seeded/);
      const after = await adapter(second.url).countEvents!({ filter: {}, signal });
      expect(after.count).toBe(before.count + 2); // the ingested event and the one written between the runs
      const found = await adapter(second.url).listEvents({ filter: { eventNames: ['acme.written_between_runs'] }, sort: 'newest', pageSize: 5, cursor: null, signal });
      expect(found.events.map((e) => e.id)).toEqual(['evt_between_runs']);
    } finally {
      await second.stop();
    }
  }, 120_000);
});
