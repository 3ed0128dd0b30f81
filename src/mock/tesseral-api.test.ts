import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockDatabase } from './database.js';
import { createNodeMock } from './msw/node.js';
import { frontendEvent } from './tesseral/shapes.js';
import { accessTokenCookieName } from './tesseral/auth.js';

const END = Date.parse('2025-07-01T12:00:00.000Z');
const mock = createNodeMock({ seed: 3, size: 2500, end: END, days: 30 });
const { db } = mock;
const acme = db.dataset.organizations[0]!;
const BASE = 'https://vault.acme.example';
const ownerJwt = db.accessTokens.get('acme')!.owner;
const memberJwt = db.accessTokens.get('acme')!.member;

beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mock.server.close());

async function get(path: string, params: Record<string, string> | string = {}, headers: Record<string, string> = { Authorization: `Bearer ${ownerJwt}` }) {
  const query = typeof params === 'string' ? params : new URLSearchParams(params).toString();
  const response = await fetch(`${BASE}${path}${query ? `?${query}` : ''}`, { headers });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
const list = (params: Record<string, string> | string = {}, headers?: Record<string, string>) => get('/api/frontend/v1/audit-log-events', params, headers);
const ids = (body: Record<string, unknown>) => ((body.auditLogEvents as { id: string }[] | undefined) ?? []).map((e) => e.id);

/** Every event of Acme, newest first, straight from the engine. */
function acmeEvents() {
  const all = [];
  let cursor: string | null = null;
  do {
    const page = db.engine.list({ organizationId: acme.id, pageSize: 1000, cursor });
    all.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

const errorDetail = (description: string) => ({ '@type': 'type.googleapis.com/tesseral.common.v1.ErrorDetail', description, docsLink: '' });

describe('mock Tesseral API: GET /api/frontend/v1/audit-log-events, in Tesseral\'s shapes', () => {
  it('answers 10 events newest first as the frontend AuditLogEvent: no organization, no backend or SCIM actor, unset fields left out', async () => {
    const { status, body } = await list();
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['auditLogEvents', 'nextPageToken']);
    const expected = acmeEvents().slice(0, 10);
    expect(body.auditLogEvents).toEqual(expected.map(frontendEvent));
    for (const event of body.auditLogEvents as Record<string, unknown>[]) {
      for (const key of Object.keys(event)) expect(['id', 'actorUserId', 'actorSessionId', 'actorApiKeyId', 'actorIntermediateSessionId', 'eventTime', 'eventName', 'eventDetails']).toContain(key);
      for (const value of Object.values(event)) expect(value).not.toBe('');
      // protojson times: UTC, and 0, 3, 6 or 9 fractional digits (never ".000").
      expect(event.eventTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.(\d{3}){1,3})?Z$/);
      expect(event.eventTime).not.toMatch(/\.000Z$/);
    }
    // A 104-character token in URL-safe base64, as Tesseral's are.
    expect(body.nextPageToken).toMatch(/^[A-Za-z0-9_-]{104}$/);
  });

  it('writes the details as a Struct comes back: keys sorted at every level', async () => {
    const { body } = await list({ filterEventName: 'tesseral.users.update' });
    const sortedDeep = (value: unknown): boolean =>
      typeof value !== 'object' || value === null || (Array.isArray(value) ? value.every(sortedDeep) : Object.keys(value).join() === Object.keys(value).sort().join() && Object.values(value).every(sortedDeep));
    for (const event of body.auditLogEvents as { eventDetails: unknown }[]) expect(sortedDeep(event.eventDetails)).toBe(true);
  });

  it('shows SCIM and backend events with no actor at all, as the end-customer API has no field for them', async () => {
    const hidden = acmeEvents().filter((e) => e.actorScimApiKeyId || e.actorBackendApiKeyId);
    expect(hidden.length).toBeGreaterThan(5);
    const target = hidden[0]!;
    const { body } = await list({ filterStartTime: target.eventTime, filterEndTime: target.eventTime });
    const shown = (body.auditLogEvents as Record<string, unknown>[]).find((e) => e.id === target.id)!;
    expect(Object.keys(shown).filter((k) => k.startsWith('actor'))).toEqual([]);
  });

  it('pages with a token that carries only the position: resent with other filters, it answers a page from there', async () => {
    const filter = { filterEventName: 'tesseral.users.update' };
    const expected = acmeEvents().filter((e) => e.eventName === filter.filterEventName).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(10);
    const seen: string[] = [];
    let token = '';
    do {
      const { body } = await list(token ? { ...filter, pageToken: token } : filter);
      seen.push(...ids(body));
      token = (body.nextPageToken as string | undefined) ?? '';
    } while (token);
    expect(seen).toEqual(expected);
    // A token of the unfiltered list, used with a filter: the filtered events from that position on.
    const first = await list();
    const from = await list({ filterEventName: 'tesseral.sessions.refresh', pageToken: first.body.nextPageToken as string });
    expect(from.status).toBe(200);
    const position = acmeEvents()[10]!;
    expect(ids(from.body)).toEqual(acmeEvents().filter((e) => e.eventName === 'tesseral.sessions.refresh' && (e.eventTime < position.eventTime || (e.eventTime === position.eventTime && e.id <= position.id))).slice(0, 10).map((e) => e.id));
  });

  it('includes both time bounds, reads RFC 3339 with offsets and microseconds, and filters by one user', async () => {
    const all = acmeEvents();
    const start = all[40]!.eventTime;
    const end = all[20]!.eventTime;
    expect(ids((await list({ filterStartTime: start, filterEndTime: end })).body)).toEqual(all.slice(20, 30).map((e) => e.id));
    const offset = new Date(Date.parse(end) + 2 * 3_600_000).toISOString().replace('Z', '+02:00');
    expect(ids((await list({ filterEndTime: offset })).body)[0]).toBe(all[20]!.id);
    const user = all.find((e) => e.actorUserId)!.actorUserId!;
    expect(ids((await list({ filterUserId: user })).body)).toEqual(all.filter((e) => e.actorUserId === user).slice(0, 10).map((e) => e.id));
    // A well-formed user id that matches nothing: an empty answer is `{}`; so is a start after the end.
    expect((await list({ filterUserId: 'user_0000000000000000000000000' })).body).toEqual({});
    expect(await list({ filterStartTime: end, filterEndTime: start })).toEqual({ status: 200, body: {} });
  });

  it('refuses a filterUserId that is not a user id, with Tesseral\'s error', async () => {
    const apiKey = acmeEvents().find((e) => e.actorApiKeyId)!.actorApiKeyId!;
    for (const bad of [apiKey, 'bob', 'user_ZZZ', 'user_zzzzzzzzzzzzzzzzzzzzzzzzz']) {
      const answer = await list({ filterUserId: bad });
      expect(answer.status, bad).toBe(400);
      expect(answer.body).toEqual({ code: 3, message: 'invalid_argument', details: [errorDetail('invalid user_id')] });
    }
  });

  it('reads query parameters as vanguard does: either spelling, the last of a repeated one, nothing unknown, no bad time', async () => {
    const all = acmeEvents();
    expect(ids((await list({ filter_event_name: 'tesseral.users.update' })).body)).toEqual(ids((await list({ filterEventName: 'tesseral.users.update' })).body));
    expect(ids((await list('filterEventName=tesseral.users.create&filterEventName=tesseral.users.update')).body)[0]).toBe(all.find((e) => e.eventName === 'tesseral.users.update')!.id);
    const unknown = await list({ _: '123' });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({ code: 3, message: 'in field path "_": element "_" does not correspond to any field of type tesseral.frontend.v1.ListAuditLogEventsRequest', details: [] });
    for (const time of ['yesterday', '2025-02-30T00:00:00Z', '2025-07-01T24:00:00Z', '2025-07-01T10:00:00', '2025-07-01t10:00:00z', '']) {
      const answer = await list({ filterStartTime: time });
      expect(answer.status, time).toBe(400);
      expect(answer.body.message, time).toBe(`invalid parameter "filter_start_time" value for type "message": ${JSON.stringify(time)}`);
    }
  });

  it('answers a bad page token with the FieldViolation Tesseral sends, however it is bad', async () => {
    const { body } = await list();
    const token = body.nextPageToken as string;
    const flipped = `${token.slice(0, 30)}${token[30] === 'A' ? 'B' : 'A'}${token.slice(31)}`;
    const other = createMockDatabase({ seed: 3, size: 50, end: END, days: 30 }).pageTokens.seal(acmeEvents()[10]!.id);
    for (const bad of [flipped, 'not-a-token', 'AAAA', `${token}AAAA`, other, 'x'.repeat(5000)]) {
      const answer = await list({ pageToken: bad });
      expect(answer.status, bad.slice(0, 20)).toBe(400);
      expect(answer.body).toEqual({
        code: 3,
        message: '',
        details: [{ '@type': 'type.googleapis.com/google.rpc.BadRequest.FieldViolation', field: 'page_token', description: 'invalid pagination token', reason: '', localizedMessage: null }],
      });
    }
  });

  it('lets only owners read, and checks that before the page token', async () => {
    const member = await list({ pageToken: 'garbage' }, { Authorization: `Bearer ${memberJwt}` });
    expect(member.status).toBe(403);
    expect(member.body).toEqual({ code: 7, message: 'permission_denied', details: [errorDetail('user must be an owner of the organization')] });
    const other = await list({}, { Authorization: `Bearer ${db.accessTokens.get('globex')!.owner}` });
    const globex = db.dataset.organizations[1]!;
    expect(ids(other.body).every((id) => db.engine.get(id)!.organizationId === globex.id)).toBe(true);
    expect((await list({}, { Authorization: `Bearer ${db.accessTokens.get('umbrella')!.owner}` })).body).toEqual({});
    mock.scenario.empty = true;
    try {
      expect((await list()).body).toEqual({});
    } finally {
      mock.scenario.empty = false;
    }
  });
});

describe("mock Tesseral API: authentication, as Tesseral's frontend interceptor", () => {
  const cookie = accessTokenCookieName(db.dataset.project.id);
  const invalidJwt = { code: 16, message: 'invalid jwt', details: [] };

  it('takes the access token as "Authorization: Bearer" exactly, or the project\'s access-token cookie', async () => {
    expect((await list({}, { Authorization: `Bearer ${ownerJwt}` })).status).toBe(200);
    expect((await list({}, { Cookie: `theme=dark; ${cookie}=${ownerJwt}` })).status).toBe(200);
    expect(cookie).toMatch(/^tesseral_project_[0-9a-z]{25}_access_token$/);
    // The demo aliases stand for the same tokens.
    expect((await list({}, { Authorization: 'Bearer demo_owner_acme' })).status).toBe(200);
  });

  it('refuses what Tesseral refuses, with its words', async () => {
    for (const [headers, body] of [
      [{}, invalidJwt],
      [{ Authorization: `bearer ${ownerJwt}` }, { code: 16, message: 'invalid authorization header', details: [] }],
      [{ Authorization: `Basic ${btoa('a:b')}` }, { code: 16, message: 'invalid authorization header', details: [] }],
      // Header values lose their trailing space on the way (in Go as in fetch): "Bearer" alone has no scheme.
      [{ Authorization: 'Bearer ' }, { code: 16, message: 'invalid authorization header', details: [] }],
      // The header wins over the cookie: a bad header with a good cookie is refused.
      [{ Authorization: 'Bearer nope', Cookie: `${cookie}=${ownerJwt}` }, invalidJwt],
      // Another project's cookie name, an API key or the backend key: not access tokens.
      [{ Cookie: `tesseral_project_demo_access_token=${ownerJwt}` }, invalidJwt],
      [{ Authorization: `Bearer ${acme.apiKeySecrets.get(acme.apiKeyId!)}` }, invalidJwt],
      [{ Authorization: `Bearer ${db.dataset.backendApiKey.secret}` }, invalidJwt],
      // A token of another mock server (another signing key), and a token with its signature cut off.
      [{ Authorization: `Bearer ${createMockDatabase({ seed: 3, size: 10 }).accessTokens.get('acme')!.owner}` }, invalidJwt],
      [{ Authorization: `Bearer ${ownerJwt.split('.').slice(0, 2).join('.')}.` }, invalidJwt],
    ] as const) {
      const answer = await list({}, headers);
      expect(answer.status, JSON.stringify(headers).slice(0, 80)).toBe(401);
      expect(answer.body).toEqual(body);
    }
  });

  it('refuses an expired access token, and an unsigned one', async () => {
    let now = Date.now();
    const clocked = createMockDatabase({ seed: 3, size: 20, now: () => now });
    const token = clocked.accessTokens.get('acme')!.owner;
    expect(clocked.accessPrincipal(token)).toBeDefined();
    now += 31 * 86_400_000;
    expect(clocked.accessPrincipal(token)).toBeUndefined();
    const [, payload] = ownerJwt.split('.');
    const none = `${btoa(JSON.stringify({ alg: 'none' })).replace(/=+$/, '')}.${payload}.`;
    expect((await list({}, { Authorization: `Bearer ${none}` })).status).toBe(401);
  });
});

describe('mock Tesseral API: the organization\'s users, API keys and roles', () => {
  it('lists users ten at a time by id, with Tesseral\'s User fields (owner always written)', async () => {
    const all: Record<string, unknown>[] = [];
    let token = '';
    do {
      const { body } = await get('/api/frontend/v1/users', token ? { pageToken: token } : {});
      expect((body.users as unknown[]).length).toBeLessThanOrEqual(10);
      all.push(...(body.users as Record<string, unknown>[]));
      token = (body.nextPageToken as string | undefined) ?? '';
    } while (token);
    const live = [...acme.users.keys()].filter((id) => !acme.deletedUserIds.has(id)).sort();
    expect(all.map((u) => u.id)).toEqual(live);
    for (const user of all) {
      expect(typeof user.owner).toBe('boolean');
      for (const key of Object.keys(user)) expect(['id', 'email', 'createTime', 'updateTime', 'owner', 'googleUserId', 'microsoftUserId', 'githubUserId', 'hasAuthenticatorApp', 'displayName', 'profilePictureUrl']).toContain(key);
    }
    // Any signed-in member may read the directory: only audit logs are for owners.
    expect((await get('/api/frontend/v1/users', {}, { Authorization: `Bearer ${memberJwt}` })).status).toBe(200);
  });

  it('answers one user, API key or role, and Tesseral\'s 404 and 400 bodies', async () => {
    const user = (await get(`/api/frontend/v1/users/${acme.ownerId}`)).body.user as Record<string, unknown>;
    expect(user).toMatchObject({ id: acme.ownerId, owner: true });
    expect((await get(`/api/frontend/v1/users/${[...acme.deletedUserIds][0]}`)).body).toEqual({ code: 5, message: 'not_found', details: [errorDetail('user not found')] });
    expect((await get('/api/frontend/v1/users/bob')).body).toEqual({ code: 3, message: 'invalid_argument', details: [errorDetail('invalid user id')] });
    const keyId = [...acme.apiKeys.keys()][0]!;
    const key = (await get(`/api/frontend/v1/api-keys/${keyId}`)).body.apiKey as Record<string, unknown>;
    expect(key.id).toBe(keyId);
    expect(Object.keys(key)).not.toContain('organizationId');
    expect(Object.keys(key)).not.toContain('secretToken');
    expect((await get(`/api/frontend/v1/api-keys/${[...acme.deletedApiKeyIds][0] ?? 'api_key_0000000000000000000000000'}`)).status).toBe(404);
    const roleId = [...acme.roles.keys()][0]!;
    expect((await get(`/api/frontend/v1/roles/${roleId}`)).body.role).toMatchObject({ id: roleId, organizationId: acme.id, displayName: acme.roles.get(roleId)!.displayName });
    const deletedRole = db.dataset.events.find((e) => e.organizationId === acme.id && e.eventName === 'tesseral.roles.delete')!.eventDetails.role as { id: string };
    expect((await get(`/api/frontend/v1/roles/${deletedRole.id}`)).body).toEqual({ code: 5, message: 'not_found', details: [errorDetail('role not found')] });
    const keys = (await get('/api/frontend/v1/api-keys')).body.apiKeys as { id: string }[];
    expect(keys.map((k) => k.id)).toEqual([...acme.apiKeys.keys()].sort().slice(0, 10));
  });
});
