// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CursorCodec } from '../../engine/cursor.js';
import type { MockDatabase } from '../database.js';
import type { MockOrganization } from '../generate.js';
import type { RunningServer } from '../server/http-server.js';
import { finishExport, getJson, startExport } from './context.js';
import { startProbeServer } from './harness.js';

// One organization's owner tries every endpoint with the other organization's ids, tokens and
// jobs; and the tokens one organization holds must not move when another one writes.

const CURSOR_SECRET = 'probe-cursor-secret';
let db: MockDatabase;
let server: RunningServer;
let acme: MockOrganization;
let globex: MockOrganization;
const A = 'demo_owner_acme';
const G = 'demo_owner_globex';
const SECRET_WORD = 'zanzibarquux';

const get = (path: string, token: string) => fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
const create = (body: object) => fetch(`${server.url}/v1/audit-log-events`, { method: 'POST', headers: { authorization: 'Bearer demo_backend_api_key', 'content-type': 'application/json' }, body: JSON.stringify(body) });

beforeAll(async () => {
  ({ db, server } = await startProbeServer({ cursorSecret: CURSOR_SECRET }));
  [acme, globex] = db.dataset.organizations as [MockOrganization, MockOrganization];
  // Something only Acme has: a custom event name and a word in its details.
  expect((await create({ organizationId: acme.id, eventName: 'acme.secret.deal', eventDetails: { note: SECRET_WORD } })).status).toBe(200);
});

afterAll(() => server?.close());

describe('between two organizations', () => {
  it("keeps each one's events, people, keys, roles, names and exports to itself on every endpoint", async () => {
    const acmeEvent = (await getJson<{ events: { id: string }[] }>(server.url, '/api/audit/v1/events?pageSize=1', A)).events[0]!.id;
    const acmeCursor = (await getJson<{ nextCursor: string }>(server.url, '/api/audit/v1/events?pageSize=5', A)).nextCursor;
    const acmeUser = acme.ownerId;
    const acmeKey = acme.apiKeyId!;
    const acmeRole = [...acme.roles.keys()][0]!;
    const acmeJob = await startExport(server.url, A, { format: 'jsonl' });

    expect((await get(`/api/audit/v1/events/${acmeEvent}`, G)).status).toBe(404);
    expect((await get(`/api/audit/v1/events?cursor=${acmeCursor}`, G)).status).toBe(400);
    expect((await get(`/api/frontend/v1/users/${acmeUser}`, G)).status).toBe(404);
    expect((await get(`/api/frontend/v1/api-keys/${acmeKey}`, G)).status).toBe(404);
    expect((await get(`/api/frontend/v1/roles/${acmeRole}`, G)).status).toBe(404);
    expect((await get(`/api/audit/v1/exports/${acmeJob}`, G)).status).toBe(404);
    // Filters naming Acme's people and events find nothing in Globex.
    const byUser = await getJson<{ auditLogEvents?: unknown[] }>(server.url, `/api/frontend/v1/audit-log-events?filterUserId=${acmeUser}`, G);
    expect(byUser.auditLogEvents).toBeUndefined();
    expect((await getJson<{ events: unknown[] }>(server.url, `/api/audit/v1/events?actorId=${acmeUser}`, G)).events).toEqual([]);
    expect((await getJson<{ events: unknown[] }>(server.url, `/api/audit/v1/events?q=${SECRET_WORD}`, G)).events).toEqual([]);
    expect((await getJson<{ events: unknown[] }>(server.url, `/api/audit/v1/events?q=${SECRET_WORD}`, A)).events).toHaveLength(1);
    expect((await getJson<{ eventNames: string[] }>(server.url, '/api/audit/v1/event-names', G)).eventNames).not.toContain('acme.secret.deal');
    // Counts, bars and facets of Acme's own name and people are nothing in Globex.
    expect(await getJson(server.url, '/api/audit/v1/events/count?eventName=acme.secret.deal', G)).toEqual({ count: 0, exact: true });
    expect((await getJson<{ buckets: unknown[] }>(server.url, '/api/audit/v1/events/histogram?eventName=acme.secret.deal&timeZone=UTC', G)).buckets).toEqual([]);
    expect((await getJson<{ buckets: { count: number }[] }>(server.url, '/api/audit/v1/events/histogram?eventName=acme.secret.deal&timeZone=UTC', A)).buckets.map((b) => b.count)).toEqual([1]);
    const globexNames = await getJson<{ values: { value: string }[] }>(server.url, '/api/audit/v1/events/facets?field=eventName', G);
    expect(globexNames.values.map((v) => v.value)).not.toContain('acme.secret.deal');
    const globexActors = await getJson<{ values: { value: string }[] }>(server.url, '/api/audit/v1/events/facets?field=actorId', G);
    expect(globexActors.values.length).toBeGreaterThan(0);
    expect(globexActors.values.map((v) => v.value)).not.toContain(acmeUser);
    const email = acme.users.get(acmeUser)!.email as string;
    expect((await getJson<{ actors: unknown[] }>(server.url, `/api/audit/v1/actors?q=${encodeURIComponent(email)}`, G)).actors).toEqual([]);
    const lookup = await fetch(`${server.url}/api/audit/v1/actors/lookup`, { method: 'POST', headers: { authorization: `Bearer ${G}`, 'content-type': 'application/json' }, body: JSON.stringify({ actors: [{ kind: 'user', id: acmeUser }, { kind: 'api_key', id: acmeKey }] }) });
    expect(await lookup.json()).toEqual({ actors: [{ kind: 'user', id: acmeUser, deleted: true }, { kind: 'api_key', id: acmeKey, deleted: true }] });
    for (const path of ['/api/frontend/v1/users', '/api/frontend/v1/api-keys', '/api/frontend/v1/roles']) {
      expect(JSON.stringify(await getJson(server.url, path, G))).not.toMatch(new RegExp(`${acmeUser}|${acmeKey}|${acmeRole}`));
    }
    // Globex's export of everything holds none of Acme's events.
    const job = await finishExport(server.url, G, await startExport(server.url, G, { format: 'jsonl' }));
    const exported = (await (await fetch(`${server.url}${job.downloadUrl}`)).text()).trim().split('\n').map((line) => JSON.parse(line) as { organizationId?: string; id: string });
    expect(exported.length).toBe(db.dataset.events.filter((e) => e.organizationId === globex.id).length);
    expect(exported.every((e) => e.organizationId === globex.id)).toBe(true);
  });

  it("continues another organization's Tesseral page token only through the caller's own events", async () => {
    const globexToken = (await getJson<{ nextPageToken: string }>(server.url, '/api/frontend/v1/audit-log-events', G)).nextPageToken;
    const response = await get(`/api/frontend/v1/audit-log-events?pageToken=${encodeURIComponent(globexToken)}`, A);
    const page = (await response.json()) as { auditLogEvents?: { id: string }[] };
    const acmeIds = new Set(db.dataset.events.filter((e) => e.organizationId === acme.id).map((e) => e.id));
    expect([200, 400]).toContain(response.status);
    for (const event of page.auditLogEvents ?? []) expect(acmeIds.has(event.id)).toBe(true);
  });

  it('gives one organization page tokens and cursors that decode to the same while another writes', async () => {
    const codec = new CursorCodec(CURSOR_SECRET);
    const read = async () => {
      const tesseral = await getJson<{ nextPageToken: string }>(server.url, '/api/frontend/v1/audit-log-events', A);
      const full = await getJson<{ nextCursor: string }>(server.url, '/api/audit/v1/events?pageSize=10&actorKind=user', A);
      return { tesseral: db.pageTokens.open(tesseral.nextPageToken, 'audit_log_event_'), full: codec.read(full.nextCursor) };
    };
    const before = await read();
    for (let i = 0; i < 30; i++) expect((await create({ organizationId: globex.id, eventName: 'globex.busy.write', eventDetails: { i, a: 'a' } })).status).toBe(200);
    const after = await read();
    expect(after).toEqual(before);
    // And the same reading does move when the organization itself writes (the test can fail).
    expect((await create({ organizationId: acme.id, eventName: 'acme.own.write', eventDetails: { a: 'a' } })).status).toBe(200);
    expect((await read()).full?.snapshot).not.toBe(before.full?.snapshot);
  });
});
