import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryEngine } from '../engine/engine.js';
import { createFullTextSearch } from '../engine/search-index.js';
import { LIMITS } from '../limits.js';
import type { AuditLogEvent } from '../model/event.js';
import { createEngineStore } from './engine-store.js';
import { createAuditLogHandler, type AuditLogPrincipal } from './handler.js';
import { migrate } from './postgres/schema.js';
import { createPostgresStore } from './postgres/store.js';
import { testDatabases } from './postgres/test-databases.js';
import type { AuditLogWritableStore } from './store.js';

// The handler's own writes, on the engine's store and on PostgreSQL: Tesseral's ingest (for
// Tesseral's SDK pointed at a vendor's server) and the bulk import. Every refusal leaves the log
// as it was.

const ORIGIN = 'http://api.test';
const BASE = `${ORIGIN}/api/audit/v1`;

/** "Bearer writer:<org>" writes that organization's events; "Bearer <org>" reads them; nothing else passes. */
const authorize = (request: Request): AuditLogPrincipal | Response => {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
  if (token.startsWith('writer:')) return { organizationId: token.slice(7), role: 'writer' };
  return token ? { organizationId: token, role: 'reader' } : new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'sign in' } }), { status: 401 });
};

const stores: { name: string; open: () => Promise<{ store: AuditLogWritableStore; close: () => Promise<void> }> }[] = [
  { name: 'the engine', open: async () => ({ store: createEngineStore(createQueryEngine({ search: createFullTextSearch() })), close: async () => undefined }) },
  ...testDatabases().map((database) => ({
    name: database.name,
    open: async () => {
      const { client, close } = await database.open();
      await migrate(client);
      return { store: createPostgresStore({ client }), close };
    },
  })),
];

const line = (i: number, over: Partial<AuditLogEvent> = {}) =>
  JSON.stringify({ id: `evt_import_${i}`, eventTime: new Date(Date.UTC(2026, 9, 1, 0, i)).toISOString(), eventName: 'acme.invoice.paid', actorUserId: `user_${i % 3}`, eventDetails: { invoice: `inv_${i}` }, ...over });

describe.each(stores)('writes through the handler on $name', ({ open }) => {
  let handler: (request: Request) => Promise<Response>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const opened = await open();
    close = opened.close;
    handler = createAuditLogHandler({ store: opened.store, authorize, now: () => Date.parse('2026-11-20T10:00:00Z') });
  }, 60_000);
  afterAll(() => close?.());

  const ingest = (token: string | null, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    handler(new Request(`${ORIGIN}/v1/audit-log-events`, { method: 'POST', headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: typeof body === 'string' ? body : JSON.stringify(body) }));
  const importLines = (token: string, lines: readonly string[], type = 'application/x-ndjson') =>
    handler(new Request(`${BASE}/events/import`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': type }, body: lines.join('\n') }));
  const ids = async (organizationId: string, search = '') => {
    const response = await handler(new Request(`${BASE}/events?pageSize=500${search ? `&q=${encodeURIComponent(search)}` : ''}`, { headers: { authorization: `Bearer ${organizationId}` } }));
    expect(response.status).toBe(200);
    return ((await response.json()) as { events: AuditLogEvent[] }).events.map((e) => e.id);
  };

  it('records an event as Tesseral does, in the writer’s organization, for its readers to list', async () => {
    const response = await ingest('writer:org_a', { organizationId: 'org_a', eventName: 'acme.contract.signed', eventTime: '2026-11-02T08:30:00.123456Z', eventDetails: { contract: 'c_1', nested: { ok: true } } });
    expect(response.status).toBe(200);
    const { auditLogEvent } = (await response.json()) as { auditLogEvent: AuditLogEvent };
    expect(auditLogEvent).toEqual({ id: expect.stringMatching(/^audit_log_event_[0-9a-z]{25}$/), organizationId: 'org_a', eventTime: '2026-11-02T08:30:00.123456Z', eventName: 'acme.contract.signed', eventDetails: { contract: 'c_1', nested: { ok: true } } });
    const byUser = await ingest('writer:org_a', { actorUserId: 'user_7', eventName: 'acme.contract.viewed' });
    expect(byUser.status).toBe(200);
    const viewed = ((await byUser.json()) as { auditLogEvent: AuditLogEvent }).auditLogEvent;
    expect(viewed).toMatchObject({ organizationId: 'org_a', actorUserId: 'user_7', eventTime: '2026-11-20T10:00:00Z' });
    expect(await ids('org_a')).toEqual([viewed.id, auditLogEvent.id]);
    expect(await ids('org_b')).toEqual([]);
  });

  it('refuses, in Tesseral’s words and shapes, what Tesseral refuses, and what is not the writer’s', async () => {
    const before = await ids('org_a');
    const refusals: [string | null, unknown, number, string][] = [
      [null, { organizationId: 'org_a', eventName: 'acme.a.b' }, 401, 'sign in'],
      ['org_a', { organizationId: 'org_a', eventName: 'acme.a.b' }, 403, 'permission_denied'],
      ['writer:org_a', { organizationId: 'org_b', eventName: 'acme.a.b' }, 403, 'permission_denied'],
      ['writer:org_a', { actorCredentials: 'token', eventName: 'acme.a.b' }, 400, 'invalid_argument'],
      ['writer:org_a', { eventName: 'acme.a.b' }, 400, 'invalid_argument'],
      ['writer:org_a', { organizationId: 'org_a', eventName: 'tesseral.users.create' }, 400, 'invalid_argument'],
      ['writer:org_a', { organizationId: 'org_a', eventName: 'not a name' }, 400, 'invalid_argument'],
      ['writer:org_a', { actorUserId: 'x'.repeat(LIMITS.idLength + 1), eventName: 'acme.a.b' }, 400, 'invalid_argument'],
      ['writer:org_a', '{"organizationId": "org_a", "eventName": ', 400, '"code":3'],
      // No PostgreSQL text holds a NUL: refused before the store, not a 500 from it.
      ['writer:org_a', { organizationId: 'org_a', eventName: 'acme.a.b\u0000evil' }, 400, 'U+0000'],
      ['writer:org_a', { organizationId: 'org_a', eventName: 'acme.a.b', eventDetails: JSON.parse(`${'{"a":'.repeat(200)}1${'}'.repeat(200)}`) }, 400, 'invalid_argument'],
    ];
    for (const [token, body, status, text] of refusals) {
      const response = await ingest(token, body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(status);
      expect(await response.text()).toContain(text);
    }
    expect((await ingest('writer:org_a', 'x'.repeat(LIMITS.bodyBytes + 1))).status).toBe(413);
    expect((await ingest('writer:org_a', '{}', { 'content-type': 'text/xml' })).status).toBe(415);
    expect(await ids('org_a')).toEqual(before);
  });

  it('imports many events at once, all or none, and an import sent again stores nothing twice', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => line(i));
    expect(await (await importLines('writer:org_c', lines)).json()).toEqual({ imported: 30, skipped: 0 });
    // Sent again with one more: the thirty are skipped.
    expect(await (await importLines('writer:org_c', [...lines, line(30)])).json()).toEqual({ imported: 1, skipped: 30 });
    const stored = await ids('org_c');
    expect(stored).toEqual(Array.from({ length: 31 }, (_, i) => `evt_import_${30 - i}`));
    expect(await ids('org_c', 'inv_7')).toEqual(['evt_import_7']);

    const refused: [string[], number, string][] = [
      [[line(40), line(41, { eventTime: '2026-02-30T00:00:00Z' })], 400, 'line 2: event.eventTime must be an RFC 3339 time'],
      [[line(40), '{"id": "evt_x",'], 400, 'line 2: not a JSON value'],
      [[line(40), line(42, { organizationId: 'org_a' })], 400, 'line 2: organizationId is not the organization'],
      [[line(40), line(43, { eventDetails: { deep: JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`) } })], 400, 'line 2: eventDetails: the details are nested'],
      [[line(40), line(44, { id: 'evt with spaces' })], 400, 'line 2: id must be'],
      [[line(40), line(45, { eventName: 'n'.repeat(LIMITS.eventNameLength + 1) })], 400, 'line 2: eventName has'],
      [[line(40), line(46, { eventTime: '1969-12-31T23:59:59Z' })], 400, 'line 2: eventTime must not be before 1970'],
      [[line(40), line(47, { eventName: 'acme.a.b\u0000evil' })], 400, 'line 2: eventName must not hold U+0000'],
      [Array.from({ length: LIMITS.importEvents + 1 }, (_, i) => line(1000 + i)), 413, `at most ${LIMITS.importEvents} events`],
      // Hostile lines: nesting far past any stack, and one string of 8 MB.
      [[line(40), `{"id":"evt_deep","eventTime":"2026-10-01T00:00:00Z","eventName":"acme.a.b","eventDetails":{"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}}`], 400, 'line 2: '],
      [[line(40), line(48, { eventDetails: { big: 'x'.repeat(8 * 1024 * 1024) } })], 400, 'line 2: eventDetails: a string in the details has'],
    ];
    for (const [body, status, text] of refused) {
      const response = await importLines('writer:org_c', body);
      expect(response.status, text).toBe(status);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain(text);
    }
    expect((await importLines('writer:org_c', [line(40)], 'application/json')).status).toBe(415);
    expect((await importLines('org_c', [line(40)])).status).toBe(403);
    expect(await ids('org_c')).toEqual(stored);
  });

  it('skips what is stored already across batches and within one file, and stores another organization’s ids apart', async () => {
    // 2,500 lines: three batches of the store's inserts; 1,200 of them stored before, and one line twice.
    const before = Array.from({ length: 1200 }, (_, i) => line(5000 + i * 2));
    expect(await (await importLines('writer:org_d', before)).json()).toEqual({ imported: 1200, skipped: 0 });
    const all = [...Array.from({ length: 2400 }, (_, i) => line(5000 + i)), line(5001)];
    expect(await (await importLines('writer:org_d', all)).json()).toEqual({ imported: 1200, skipped: 1201 });
    const count = await handler(new Request(`${BASE}/events/count`, { headers: { authorization: 'Bearer org_d' } }));
    expect(await count.json()).toEqual({ count: 2400, exact: true });
    // An id org_d holds, imported by org_e: never an error that says whose it is.
    const other = await importLines('writer:org_e', [line(5000)]);
    expect(other.status).toBe(200);
    const { imported, skipped } = (await other.json()) as { imported: number; skipped: number };
    expect(imported + skipped).toBe(1);
  });

  it('takes two imports of the same ids in opposite orders and single writes at once, without a failure', async () => {
    const lines = Array.from({ length: 2500 }, (_, i) => line(20_000 + i));
    const answers = await Promise.all([
      importLines('writer:org_f', lines),
      importLines('writer:org_f', [...lines].reverse()),
      ...Array.from({ length: 10 }, (_, i) => ingest('writer:org_f', { organizationId: 'org_f', eventName: i % 2 ? 'acme.invoice.paid' : 'acme.invoice.sent', eventTime: new Date(Date.UTC(2026, 9, 1, 0, i)).toISOString() })),
    ]);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const [first, second] = (await Promise.all(answers.slice(0, 2).map((a) => a.json()))) as { imported: number; skipped: number }[];
    expect(first!.imported + second!.imported).toBe(2500);
    const facets = await handler(new Request(`${BASE}/events/facets?field=eventName`, { headers: { authorization: 'Bearer org_f' } }));
    expect(await facets.json()).toMatchObject({ values: [{ value: 'acme.invoice.paid', count: 2505 }, { value: 'acme.invoice.sent', count: 5 }] });
    const histogram = await handler(new Request(`${BASE}/events/histogram?timeZone=UTC`, { headers: { authorization: 'Bearer org_f' } }));
    expect(((await histogram.json()) as { buckets: { count: number }[] }).buckets.reduce((n, b) => n + b.count, 0)).toBe(2510);
  });

  it('reads no more of a body sent without a length than the limit', async () => {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Endless: a server that read it all would never answer.
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await handler(new Request(`${BASE}/events/import`, { method: 'POST', headers: { authorization: 'Bearer writer:org_c', 'content-type': 'application/x-ndjson' }, body, duplex: 'half' } as RequestInit));
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(LIMITS.importBytes + 4 * chunk.length);
  });

  it('lets a writer write and not read', async () => {
    expect((await handler(new Request(`${BASE}/events`, { headers: { authorization: 'Bearer writer:org_a' } }))).status).toBe(403);
  });
});
