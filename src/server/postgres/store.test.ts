import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryEngine } from '../../engine/engine.js';
import { createFullTextSearch } from '../../engine/search-index.js';
import { generateDataset } from '../../mock/generate.js';
import type { AuditLogListFilter } from '../../model/query.js';
import { createEngineStore } from '../engine-store.js';
import type { AuditLogScope, AuditLogStore } from '../store.js';
import type { SqlClient } from './client.js';
import { migrate, rebuildCounts } from './schema.js';
import { createPostgresStore, type PostgresStore } from './store.js';
import { testDatabases } from './test-databases.js';

// The same events in the in-memory engine and in PostgreSQL (PGlite here; CI runs the same
// file against Debian's PostgreSQL with DATABASE_URL): every answer must be the same.

const dataset = generateDataset({ seed: 7, size: 3000, end: Date.parse('2026-11-01T00:00:00Z'), days: 20 });
const orgs = dataset.organizations.map((o) => o.id);
// Texts a full-text index could get wrong: quotes, backslashes, accents, scripts, a word longer
// than a lexeme may be, markup, controls.
const LONG = `z${'q'.repeat(3000)}`;
const odd = [
  { note: "O'Brien's \\server\\share" },
  { note: 'Événement réglé à Zürich, ĐÔNG, 東京 مرحبا' },
  { note: `${LONG} tail` },
  { note: '<script>alert(1)</script> &amp; \u202E\u0000 tab\tsep' },
].map((eventDetails, i) => ({ id: `evt_odd_${i}`, organizationId: dataset.organizations[0]!.id, eventTime: `2026-10-30T0${i}:00:00Z`, eventName: 'ledgerly.odd.text', eventDetails }));
dataset.events.push(...odd);
const ODD_SEARCHES = ["o'brien", 'server share', 'evenement', 'zurich', 'ĐÔNG', '東京', 'script alert', LONG.slice(0, 400), LONG.slice(0, 505), 'note:tail', 'sep'];
const someUser = dataset.events.find((e) => e.actorUserId && e.organizationId === orgs[0])!.actorUserId!;
const mid = new Date(Date.parse('2026-10-25T00:00:00Z')).toISOString();

const FILTERS: AuditLogListFilter[] = [
  {},
  { eventNames: ['tesseral.users.update', 'tesseral.sessions.create'] },
  { actorIds: [someUser] },
  { actorKinds: ['api_key', 'system'] },
  { timeRange: { start: mid } },
  { timeRange: { start: '2026-10-20T00:00:00Z', end: mid } },
  // Ends inside a 15-minute slot (the histogram adds whole slots' counts and the ends' rows), and a
  // span short enough for bars under 15 minutes (rows only).
  { timeRange: { start: '2026-10-21T03:07:11.500Z', end: '2026-10-27T19:52:00.250Z' } },
  { timeRange: { start: '2026-10-22T10:03:00Z', end: '2026-10-22T11:41:00Z' } },
  // A range with no event in it, alone and with a search: nothing to draw.
  { timeRange: { start: '2025-03-01T00:00:00Z', end: '2025-03-02T00:00:00Z' } },
  { search: 'session', timeRange: { start: '2025-03-01T00:00:00Z', end: '2025-03-02T00:00:00Z' } },
  ...['invite', 'invi', 'session', '"user updated"', 'event:api_keys', 'created revoked', 'zzzznothing', `user:${someUser}`, 'SESSION refresh'].map((search) => ({ search })),
  ...ODD_SEARCHES.map((search) => ({ search })),
  { search: 'role', eventNames: ['tesseral.roles.create', 'tesseral.roles.update'], timeRange: { end: mid } },
];

async function pageAll(store: AuditLogStore, scope: AuditLogScope, filter: AuditLogListFilter, sort: 'newest' | 'oldest') {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.list(scope, { filter, sort, pageSize: 70, cursor });
    ids.push(...page.events.map((e) => e.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe.each(testDatabases())('the PostgreSQL store on $name', (database) => {
  const engine = createEngineStore(createQueryEngine({ events: dataset.events, search: createFullTextSearch() }));
  let pg: PostgresStore;
  let close: () => Promise<void>;
  let client: SqlClient;
  afterAll(() => close?.());

  beforeAll(async () => {
    const opened = await database.open();
    close = opened.close;
    client = opened.client;
    await migrate(client);
    expect(await migrate(client)).toBeGreaterThan(0); // a second run changes nothing
    pg = createPostgresStore({ client, cursorSecret: 'test' });
    for (const org of orgs) await pg.insert({ organizationId: org }, dataset.events.filter((e) => e.organizationId === org));
  }, 60_000);

  it.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('pages, counts, draws and facets %s as the engine does', async (_, filter) => {
    for (const organizationId of orgs.slice(0, 2)) {
      const scope = { organizationId };
      for (const sort of ['newest', 'oldest'] as const) expect(await pageAll(pg, scope, filter, sort)).toEqual(await pageAll(engine, scope, filter, sort));
      expect(await pg.count(scope, filter)).toEqual(await engine.count(scope, filter));
      for (const zone of ['UTC', 'America/New_York', 'Asia/Kathmandu']) expect(await pg.histogram(scope, filter, zone)).toEqual(await engine.histogram(scope, filter, zone));
      for (const field of ['eventName', 'actorId'] as const) expect(await pg.facets(scope, filter, field)).toEqual(await engine.facets(scope, filter, field));
    }
  });

  it('keeps the counts beside the events as a rebuild from the events makes them', async () => {
    const read = async () => [
      (await client.query('select * from audit_log_facet_counts order by 1, 2, 3')).rows,
      (await client.query('select organization_id, slot::text, n::text from audit_log_time_counts order by 1, 2')).rows,
    ];
    const kept = await read();
    expect(kept[1]!.length).toBeGreaterThan(100);
    await rebuildCounts(client);
    expect(await read()).toEqual(kept);
  });

  it('is compared on searches that find the odd texts (else the comparison above proves nothing for them)', async () => {
    for (const search of ODD_SEARCHES) expect((await engine.count({ organizationId: orgs[0]! }, { search })).count, search.slice(0, 30)).toBeGreaterThan(0);
  });

  it('answers events as they were stored, names what an organization has, and nothing of another', async () => {
    const event = dataset.events.find((e) => e.organizationId === orgs[1])!;
    expect(await pg.get({ organizationId: orgs[1]! }, event.id)).toEqual(event);
    expect(await pg.get({ organizationId: orgs[0]! }, event.id)).toBeNull();
    expect(await pg.eventNames({ organizationId: orgs[0]! })).toEqual(await engine.eventNames({ organizationId: orgs[0]! }));
    expect(await pg.list({ organizationId: 'org_nobody' }, { filter: {}, sort: 'newest', pageSize: 10, cursor: null })).toEqual({ events: [], nextCursor: null });
  });

  it('refuses a cursor of another filter, sort or organization, and one it did not seal', async () => {
    const scope = { organizationId: orgs[0]! };
    const { nextCursor } = await pg.list(scope, { filter: {}, sort: 'newest', pageSize: 5, cursor: null });
    const next = (over: Partial<{ filter: AuditLogListFilter; sort: 'newest' | 'oldest'; organizationId: string }>) =>
      pg.list({ organizationId: over.organizationId ?? orgs[0]! }, { filter: over.filter ?? {}, sort: over.sort ?? 'newest', pageSize: 5, cursor: nextCursor });
    await expect(next({})).resolves.toMatchObject({ events: expect.any(Array) });
    for (const over of [{ filter: { search: 'x' } }, { sort: 'oldest' as const }, { organizationId: orgs[1]! }]) await expect(next(over)).rejects.toMatchObject({ code: 'invalid_cursor' });
    const engineCursor = (await engine.list(scope, { filter: {}, sort: 'newest', pageSize: 5, cursor: null })).nextCursor;
    await expect(pg.list(scope, { filter: {}, sort: 'newest', pageSize: 5, cursor: engineCursor })).rejects.toMatchObject({ code: 'invalid_cursor' });
  });

  it('keeps a cursor’s pages to the events that had arrived at its first page', async () => {
    const scope = { organizationId: orgs[2]! };
    const first = await pg.list(scope, { filter: {}, sort: 'newest', pageSize: 3, cursor: null });
    await pg.insert(scope, [{ id: 'evt_late_arrival', organizationId: orgs[2]!, eventTime: '2020-01-01T00:00:00Z', eventName: 'acme.late', eventDetails: {} }]);
    const rest = [];
    for (let cursor = first.nextCursor; cursor; ) {
      const page = await pg.list(scope, { filter: {}, sort: 'newest', pageSize: 500, cursor });
      rest.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor;
    }
    expect(rest).not.toContain('evt_late_arrival');
    expect((await pg.list(scope, { filter: { eventNames: ['acme.late'] }, sort: 'newest', pageSize: 5, cursor: null })).events).toHaveLength(1);
    await expect(pg.insert(scope, [{ id: 'evt_late_arrival', eventTime: '2020-01-01T00:00:00Z', eventName: 'acme.late', eventDetails: {} }])).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(pg.insert(scope, [{ id: 'evt_elsewhere', organizationId: orgs[0]!, eventTime: '2020-01-01T00:00:00Z', eventName: 'acme.x', eventDetails: {} }])).rejects.toMatchObject({ code: 'invalid_request' });
  });
});
