import { describe, expect, it } from 'vitest';
import { createQueryEngine } from '../engine/engine.js';
import { createFullTextSearch } from '../engine/search-index.js';
import { AuditLogError } from '../errors.js';
import type { AuditLogEvent } from '../model/event.js';
import { createEngineStore } from './engine-store.js';
import { createAuditLogHandler, type AuditLogPrincipal } from './handler.js';
import type { AuditLogScope, AuditLogStore } from './store.js';

const BASE = 'http://api.test/api/audit/v1';

function event(i: number, organizationId: string): AuditLogEvent {
  return {
    id: `evt_${organizationId}_${i}`,
    organizationId,
    eventTime: new Date(Date.UTC(2026, 10, 1, 12, i)).toISOString(),
    eventName: i % 2 ? 'tesseral.users.update' : 'tesseral.roles.create',
    eventDetails: { note: `${organizationId} secret ${i}` },
    actorUserId: `user_${organizationId}_${i % 2}`,
  };
}

/** The engine's store, with every scope a call was given written down. */
function spiedStore() {
  const engine = createQueryEngine({ search: createFullTextSearch() });
  engine.insert([...[0, 1, 2, 3].map((i) => event(i, 'org_a')), ...[0, 1].map((i) => event(i, 'org_b'))]);
  const store = createEngineStore(engine);
  const scopes: string[] = [];
  const spied = Object.fromEntries(
    Object.entries(store).map(([name, fn]) => [name, (scope: AuditLogScope, ...rest: unknown[]) => (scopes.push(scope.organizationId), (fn as (...a: unknown[]) => unknown)(scope, ...rest))]),
  ) as unknown as AuditLogStore;
  return { store: spied, scopes };
}

/** The bearer token is the organization id, "writer:" a backend key's; anything else is refused. */
const authorize = (request: Request): AuditLogPrincipal | Response => {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
  if (token.startsWith('writer:')) return { organizationId: token.slice(7), role: 'writer' };
  return token ? { organizationId: token, role: 'reader' } : new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'sign in' } }), { status: 401 });
};

const get = (handler: (r: Request) => Promise<Response>, path: string, token?: string) =>
  handler(new Request(`${BASE}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }));

// Every read route with its answer's events, if any.
const READS = ['/events?pageSize=10', '/events/count', '/events/histogram?timeZone=UTC', '/events/facets?field=eventName', '/event-names', '/events/evt_org_b_0'];

describe('the full API handler', () => {
  it('scopes every store call to the organization authorize gave, and answers nothing of another', async () => {
    const { store, scopes } = spiedStore();
    const handler = createAuditLogHandler({ store, authorize });
    for (const path of READS) await get(handler, path, 'org_a');
    expect(scopes.length).toBeGreaterThanOrEqual(READS.length);
    expect(new Set(scopes)).toEqual(new Set(['org_a']));
    const page = (await (await get(handler, '/events?pageSize=100', 'org_a')).json()) as { events: AuditLogEvent[] };
    expect(page.events.map((e) => e.organizationId)).toEqual(['org_a', 'org_a', 'org_a', 'org_a']);
    // Another organization's event by id, and its cursor, are not this one's.
    expect((await get(handler, '/events/evt_org_b_0', 'org_a')).status).toBe(404);
    const { nextCursor } = (await (await get(handler, '/events?pageSize=1', 'org_b')).json()) as { nextCursor: string };
    expect((await get(handler, `/events?pageSize=1&cursor=${encodeURIComponent(nextCursor)}`, 'org_a')).status).toBe(400);
    expect(await (await get(handler, '/events/count?q=secret', 'org_b')).json()).toEqual({ count: 2, exact: true });
  });

  it('reaches no store without a principal: the vendor’s own refusal, a writer’s key, a scope of the wrong shape', async () => {
    const { store, scopes } = spiedStore();
    const errors: unknown[] = [];
    const handler = createAuditLogHandler({
      store,
      authorize: (request) => (request.headers.get('x-bad') ? ({ organizationId: '' } as AuditLogPrincipal) : authorize(request)),
      onError: (error) => errors.push(error),
    });
    for (const path of READS) expect((await get(handler, path)).status).toBe(401);
    for (const path of READS) {
      const answer = await get(handler, path, 'writer:org_a');
      expect(answer.status).toBe(403);
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('permission_denied');
    }
    const bad = await handler(new Request(`${BASE}/events`, { headers: { 'x-bad': '1' } }));
    expect(bad.status).toBe(500);
    expect(errors).toHaveLength(1);
    expect(scopes).toEqual([]);
  });

  it('answers an unknown path 404 and a wrong method 405, before asking who is calling', async () => {
    let asked = 0;
    const handler = createAuditLogHandler({ store: spiedStore().store, authorize: (r) => (asked++, authorize(r)) });
    expect((await get(handler, '/nothing', 'org_a')).status).toBe(404);
    expect((await handler(new Request('http://api.test/elsewhere/events'))).status).toBe(404);
    expect((await handler(new Request(`${BASE}/events`, { method: 'DELETE', headers: { authorization: 'Bearer org_a' } }))).status).toBe(405);
    expect(asked).toBe(0);
  });

  it('answers a store’s AuditLogError as its REST error, and any other failure as a 500 that tells nothing of the inside', async () => {
    const { store } = spiedStore();
    const failing: AuditLogStore = {
      ...store,
      count: async () => {
        throw new AuditLogError('invalid_request', 'no counting this', { status: 400 });
      },
      eventNames: async () => {
        throw new Error('connection to db.internal:5432 refused');
      },
    };
    const told: unknown[] = [];
    const handler = createAuditLogHandler({ store: failing, authorize, onError: (e) => told.push(e) });
    const refused = await get(handler, '/events/count', 'org_a');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: { code: 'invalid_request', message: 'no counting this' } });
    const failed = await get(handler, '/event-names', 'org_a');
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain('db.internal');
    expect(told).toHaveLength(1);
  });

  it('keeps each handler’s export jobs its own', async () => {
    const { store } = spiedStore();
    const one = createAuditLogHandler({ store, authorize });
    const two = createAuditLogHandler({ store, authorize });
    const started = await one(new Request(`${BASE}/exports`, { method: 'POST', headers: { authorization: 'Bearer org_a', 'content-type': 'application/json' }, body: JSON.stringify({ format: 'csv' }) }));
    expect(started.status).toBe(202);
    const { jobId } = (await started.json()) as { jobId: string };
    expect((await get(one, `/exports/${jobId}`, 'org_a')).status).toBe(200);
    expect((await get(two, `/exports/${jobId}`, 'org_a')).status).toBe(404);
    expect((await get(one, `/exports/${jobId}`, 'org_b')).status).toBe(404);
  });
});
