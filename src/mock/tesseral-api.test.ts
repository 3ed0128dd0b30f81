import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeMock } from './msw/node.js';

const END = Date.parse('2025-07-01T12:00:00.000Z');
const mock = createNodeMock({ seed: 3, size: 2500, end: END, days: 30 });
const { db } = mock;
const acme = db.dataset.organizations[0]!;
const BASE = 'https://vault.acme.example';

beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mock.server.close());

async function list(params: Record<string, string> = {}, token = 'demo_owner_acme', init: RequestInit = {}) {
  const query = new URLSearchParams(params).toString();
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const response = await fetch(`${BASE}/api/frontend/v1/audit-log-events${query ? `?${query}` : ''}`, { headers, ...init });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

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

// The reference's event fields; the end-customer API never returns organizationId.
const EVENT_FIELDS = ['id', 'actorUserId', 'actorSessionId', 'actorApiKeyId', 'actorBackendApiKeyId', 'actorIntermediateSessionId', 'actorScimApiKeyId', 'eventTime', 'eventName', 'eventDetails'];

describe("mock Tesseral API: GET /api/frontend/v1/audit-log-events", () => {
  it('answers {auditLogEvents, nextPageToken} with 10 events, newest first, in the reference field names', async () => {
    const { status, body } = await list();
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['auditLogEvents', 'nextPageToken']);
    const events = body.auditLogEvents as Record<string, unknown>[];
    expect(events).toHaveLength(10);
    for (const event of events) {
      for (const key of Object.keys(event)) expect(EVENT_FIELDS).toContain(key);
      expect(event.organizationId).toBeUndefined();
    }
    expect(events.map((e) => e.id)).toEqual(acmeEvents().slice(0, 10).map((e) => e.id));
    expect(typeof body.nextPageToken).toBe('string');
    expect(body.nextPageToken).not.toBe('');
  });

  it('pages with pageToken, resending the filters, and ends with an empty nextPageToken', async () => {
    const filter = { filterEventName: 'tesseral.users.update' };
    const expected = acmeEvents().filter((e) => e.eventName === filter.filterEventName).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(10);
    const seen: string[] = [];
    let token = '';
    do {
      const { body } = await list(token ? { ...filter, pageToken: token } : filter);
      seen.push(...(body.auditLogEvents as { id: string }[]).map((e) => e.id));
      token = body.nextPageToken as string;
    } while (token);
    expect(seen).toEqual(expected);
  });

  it('includes both time bounds and filters by user', async () => {
    const all = acmeEvents();
    const start = all[40]!.eventTime;
    const end = all[20]!.eventTime;
    const { body } = await list({ filterStartTime: start, filterEndTime: end });
    const ids = (body.auditLogEvents as { id: string }[]).map((e) => e.id);
    expect(ids).toEqual(all.slice(20, 30).map((e) => e.id));
    const user = all.find((e) => e.actorUserId)!.actorUserId!;
    const byUser = await list({ filterUserId: user });
    expect((byUser.body.auditLogEvents as { id: string }[]).map((e) => e.id)).toEqual(all.filter((e) => e.actorUserId === user).slice(0, 10).map((e) => e.id));
    // filterUserId matches actorUserId only: an API key's or a session's id matches nothing.
    for (const other of [all.find((e) => e.actorApiKeyId)!.actorApiKeyId!, all.find((e) => e.actorSessionId)!.actorSessionId!]) {
      expect((await list({ filterUserId: other })).body).toEqual({ auditLogEvents: [], nextPageToken: '' });
    }
  });

  it('answers 400 to a token resent with other filters, rather than a page of another result', async () => {
    const { body } = await list({ filterEventName: 'tesseral.sessions.refresh' });
    const answer = await list({ filterEventName: 'tesseral.users.update', pageToken: body.nextPageToken as string });
    expect(answer.status).toBe(400);
    expect(answer.body.message).toBe('invalid pagination token');
  });

  it('answers 400 "invalid pagination token" to a tampered token', async () => {
    const { body } = await list();
    const token = body.nextPageToken as string;
    for (const bad of [`${token.slice(0, -3)}abc`, 'not-a-token']) {
      const answer = await list({ pageToken: bad });
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ code: 'invalid_argument', message: 'invalid pagination token' });
    }
  });

  it('lets only owners read, one organization per token, by bearer or cookie', async () => {
    expect((await list({}, '')).status).toBe(401);
    expect((await list({}, 'made_up_token')).status).toBe(401);
    const member = await list({}, 'demo_member_acme');
    expect(member.status).toBe(403);
    expect(member.body.code).toBe('permission_denied');
    const globex = db.dataset.organizations[1]!;
    const other = await list({}, 'demo_owner_globex');
    const ids = (other.body.auditLogEvents as { id: string }[]).map((e) => e.id);
    expect(ids.every((id) => db.engine.get(id)!.organizationId === globex.id)).toBe(true);
    const byCookie = await list({}, '', { headers: { Cookie: 'tesseral_proj_demo_access_token=demo_owner_acme' } });
    expect(byCookie.status).toBe(200);
    const empty = await list({}, 'demo_owner_umbrella');
    expect(empty.body).toEqual({ auditLogEvents: [], nextPageToken: '' });
    // The scenario knob empties every organization at run time.
    mock.scenario.empty = true;
    try {
      expect((await list()).body).toEqual({ auditLogEvents: [], nextPageToken: '' });
    } finally {
      mock.scenario.empty = false;
    }
  });
});

describe('mock Tesseral API: actor lookups', () => {
  const headers = { Authorization: 'Bearer demo_owner_acme' };

  it('returns a user and an API key, and 404 for a deleted user', async () => {
    const response = await fetch(`${BASE}/api/frontend/v1/users/${acme.ownerId}`, { headers });
    const { user } = (await response.json()) as { user: { id: string; email: string } };
    expect(user.id).toBe(acme.ownerId);
    expect(user.email).toMatch(/@acme\.example$/);
    const keyId = [...acme.apiKeys.keys()][0]!;
    const key = await fetch(`${BASE}/api/frontend/v1/api-keys/${keyId}`, { headers });
    expect(((await key.json()) as { apiKey: { id: string } }).apiKey.id).toBe(keyId);
    const deleted = [...acme.deletedUserIds][0]!;
    expect((await fetch(`${BASE}/api/frontend/v1/users/${deleted}`, { headers })).status).toBe(404);
  });
});

describe('mock Tesseral API: POST /v1/audit-log-events', () => {
  async function create(body: unknown, token = db.dataset.backendApiKey.secret) {
    const response = await fetch(`${BASE}/v1/audit-log-events`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { message?: string; auditLogEvent?: Record<string, unknown> } };
  }

  it('rejects what Tesseral rejects, with a message that says why', async () => {
    const name = 'ledgerly.invoices.approve';
    const cases: [unknown, RegExp, string?][] = [
      [{ eventName: name }, /exactly one of .* got none/],
      [{ eventName: name, organizationId: acme.id, actorUserId: acme.ownerId }, /exactly one of .* got organizationId and actorUserId/],
      [{ eventName: name, organizationId: acme.id, actorBackendApiKeyId: 'backend_api_key_x' }, /actorBackendApiKeyId cannot be set/],
      [{ eventName: name, organizationId: acme.id, actorIntermediateSessionId: 'intermediate_session_x' }, /actorIntermediateSessionId cannot be set/],
      [{ eventName: 'Invoices.Approve', organizationId: acme.id }, /eventName must look like/],
      [{ eventName: 'ledgerly.approve', organizationId: acme.id }, /eventName must look like/],
      [{ eventName: 'tesseral_x.users.update', organizationId: acme.id }, /must not start with "tesseral"/],
      [{ eventName: name, organizationId: acme.id, eventTime: 'yesterday' }, /RFC 3339/],
      [{ eventName: name, organizationId: acme.id, eventDetails: [1, 2] }, /eventDetails must be a JSON object/],
      [{ eventName: name, actorCredentials: 'nonsense' }, /neither a valid access token nor an API key secret/],
    ];
    for (const [body, message] of cases) {
      const answer = await create(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.message).toMatch(message);
    }
    expect((await create({ eventName: name, organizationId: acme.id }, 'demo_owner_acme')).status).toBe(401);
  });

  it('stores a valid event, derives its actor from the credentials, and later lists show it', async () => {
    const past = '2025-06-30T08:00:00.000Z';
    const { status, body } = await create({ actorCredentials: 'demo_owner_acme', eventName: 'ledgerly.invoices.approve', eventDetails: { invoice: { id: 'inv_1' } }, eventTime: past });
    expect(status).toBe(200);
    const event = body.auditLogEvent!;
    expect(event).toMatchObject({ organizationId: acme.id, actorUserId: acme.ownerId, actorSessionId: acme.ownerSessionId, eventTime: past, eventName: 'ledgerly.invoices.approve' });
    expect(event.id).toMatch(/^audit_log_event_[0-9a-z]{25}$/);
    const { body: listed } = await list({ filterEventName: 'ledgerly.invoices.approve', filterEndTime: past, filterStartTime: past });
    expect((listed.auditLogEvents as { id: string }[]).map((e) => e.id)).toEqual([event.id]);
    const byKey = await create({ actorCredentials: acme.apiKeySecret, eventName: 'ledgerly.reports.download' });
    expect(byKey.body.auditLogEvent).toMatchObject({ actorApiKeyId: acme.apiKeyId });
    const byOrg = await create({ organizationId: acme.id, eventName: 'ledgerly.reports.download' });
    expect(byOrg.body.auditLogEvent).toMatchObject({ actorBackendApiKeyId: db.dataset.backendApiKey.id });
  });
});
