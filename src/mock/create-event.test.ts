import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64Url } from '../engine/base64url.js';
import { createMockDatabase } from './database.js';
import { createNodeMock } from './msw/node.js';
import { deriveCreateContext } from './tesseral/create-actor.js';

// Anchored at now, as the mock server is: API keys expire by the clock, as Tesseral's do.
const mock = createNodeMock({ seed: 3, size: 1500, days: 30 });
const { db } = mock;
const acme = db.dataset.organizations[0]!;
const globex = db.dataset.organizations[1]!;
const BASE = 'https://api.tesseral.example';

beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mock.server.close());

// The official Node SDK (tesseral-labs/tesseral-sdk-node 0.0.19), transcribed: it is not on this
// machine's registry, so its schema is copied here from src/serialization/types/AuditLogEvent.ts and
// CreateAuditLogEventResponse.ts, and its ISO 8601 check from src/core/schemas/builders/date/date.ts.
const SDK_EVENT_FIELDS = ['id', 'organizationId', 'actorUserId', 'actorSessionId', 'actorApiKeyId', 'actorBackendApiKeyId', 'actorIntermediateSessionId', 'eventTime', 'eventName', 'eventDetails', 'actorCredentials'];
const ISO_8601_REGEX =
  /^([+-]?\d{4}(?!\d{2}\b))((-?)((0[1-9]|1[0-2])(\3([12]\d|0[1-9]|3[01]))?|W([0-4]\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\d|[12]\d{2}|3([0-5]\d|6[1-6])))([T\s]((([01]\d|2[0-3])((:?)[0-5]\d)?|24:?00)([.,]\d+(?!:))?)?(\17[0-5]\d([.,]\d+)?)?([zZ]|([+-])([01]\d|2[0-3]):?([0-5]\d)?)?)?)?$/;

/**
 * `serializers.CreateAuditLogEventResponse.parseOrThrow(body)` with the schema's default, strict
 * options (an unknown key fails), which is stricter than the SDK's own call (passthrough, no
 * validation): an answer that passes this passes the SDK.
 */
function parseAsSdk(body: unknown): { auditLogEvent?: Record<string, unknown> } {
  const fail = (message: string): never => {
    throw new Error(`SDK parse: ${message}`);
  };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) fail('Expected object');
  const outer = body as Record<string, unknown>;
  for (const key of Object.keys(outer)) if (key !== 'auditLogEvent') fail(`Unexpected key "${key}"`);
  const event = outer.auditLogEvent;
  if (event === undefined || event === null) return {};
  if (typeof event !== 'object' || Array.isArray(event)) fail('auditLogEvent: Expected object');
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event as Record<string, unknown>)) {
    if (!SDK_EVENT_FIELDS.includes(key)) fail(`auditLogEvent -> ${key}: Unexpected key "${key}"`);
    if (value === null || value === undefined) continue;
    if (key === 'eventDetails') {
      if (typeof value !== 'object' || Array.isArray(value)) fail(`auditLogEvent -> eventDetails: Expected object`);
      out[key] = value;
    } else if (key === 'eventTime') {
      if (typeof value !== 'string' || !ISO_8601_REGEX.test(value)) fail(`auditLogEvent -> eventTime: Expected ISO 8601 date string. Received ${JSON.stringify(value)}.`);
      out[key] = new Date(value as string);
    } else {
      if (typeof value !== 'string') fail(`auditLogEvent -> ${key}: Expected string. Received ${JSON.stringify(value)}.`);
      out[key] = value;
    }
  }
  return { auditLogEvent: out };
}

/**
 * A request as the SDK sends it (Client.ts:53-72): POST {base}/v1/audit-log-events, Bearer backend
 * key, the flat event serialized with `unrecognizedObjectKeys: "strip"` (keys it does not know are
 * dropped, a key set to `undefined` is sent as null), eventTime a Date written as toISOString().
 */
async function sdkCreate(request: Record<string, unknown>, secret = db.dataset.backendApiKey.secret) {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) {
    if (!SDK_EVENT_FIELDS.includes(key)) continue;
    body[key] = value instanceof Date ? value.toISOString() : value === undefined ? null : value;
  }
  return send(JSON.stringify(body), { Authorization: `Bearer ${secret}` });
}

async function send(body: string, headers: Record<string, string>) {
  const response = await fetch(`${BASE}/v1/audit-log-events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Fern-SDK-Name': '@tesseral/tesseral-node', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const errorDetail = (description: string) => ({ '@type': 'type.googleapis.com/tesseral.common.v1.ErrorDetail', description, docsLink: '' });
const invalid = (description: string, message = 'invalid_argument') => ({ code: 3, message, details: [errorDetail(description)] });

/** A JWT-shaped text with these claims and a signature nobody checks. */
function jwt(claims: unknown): string {
  const part = (value: unknown) => bytesToBase64Url(new TextEncoder().encode(JSON.stringify(value)));
  return `${part({ alg: 'ES256', kid: 'session_signing_key_x' })}.${part(claims)}.c2lnbmF0dXJl`;
}

const NAME = 'ledgerly.invoices.approve';
const session = [...acme.sessions.values()].at(-1)!;
const apiKeySecret = acme.apiKeySecrets.get(acme.apiKeyId!)!;

describe('mock Tesseral backend API: POST /v1/audit-log-events from the Node SDK', () => {
  it('stores every valid actor form and answers a CreateAuditLogEventResponse the SDK parses', async () => {
    const owner = db.accessPrincipal(db.accessTokens.get('acme')!.owner)!;
    const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
      ['an access token', { actorCredentials: db.accessTokens.get('acme')!.owner }, { organizationId: acme.id, actorUserId: owner.userId, actorSessionId: owner.sessionId }],
      ['an API key secret', { actorCredentials: apiKeySecret }, { organizationId: acme.id, actorApiKeyId: acme.apiKeyId }],
      ['a session id', { actorSessionId: session.id }, { organizationId: acme.id, actorUserId: session.userId, actorSessionId: session.id }],
      ['a user id (no session)', { actorUserId: acme.ownerId }, { organizationId: acme.id, actorUserId: acme.ownerId }],
      ['an API key id', { actorApiKeyId: acme.apiKeyId }, { organizationId: acme.id, actorApiKeyId: acme.apiKeyId }],
      ['an organization alone (no actor at all)', { organizationId: globex.id }, { organizationId: globex.id }],
      ['a demo alias of an access token', { actorCredentials: 'demo_owner_acme' }, { organizationId: acme.id, actorUserId: acme.ownerId, actorSessionId: acme.ownerSessionId }],
    ];
    for (const [what, who, stored] of cases) {
      const eventTime = new Date('2025-06-30T08:00:00.123Z');
      const { status, body } = await sdkCreate({ ...who, eventName: NAME, eventDetails: { invoice: { id: 'inv_1', total: 12.5 } }, eventTime, actorUserId: who.actorUserId ?? undefined, someKeyTheSdkStrips: 1 });
      expect(status, what).toBe(200);
      const parsed = parseAsSdk(body).auditLogEvent!;
      expect(parsed.eventTime, what).toEqual(eventTime);
      const event = body.auditLogEvent as Record<string, unknown>;
      const actorKeys = Object.keys(event).filter((k) => k.startsWith('actor') || k === 'organizationId');
      expect(Object.fromEntries(actorKeys.map((k) => [k, event[k]])), what).toEqual(stored);
      // Field order of the backend AuditLogEvent; unset fields left out; eventTime as protojson writes it.
      expect(Object.keys(event), what).toEqual(['id', ...actorKeys, 'eventTime', 'eventName', 'eventDetails']);
      expect(event.eventTime).toBe('2025-06-30T08:00:00.123Z');
      expect(event.id).toMatch(/^audit_log_event_[0-9a-z]{25}$/);
      // It shows up in the organization's list (through the end-customer API, without the organization).
      const token = stored.organizationId === acme.id ? db.accessTokens.get('acme')!.owner : db.accessTokens.get('globex')!.owner;
      const listed = await fetch(`${BASE}/api/frontend/v1/audit-log-events?filterStartTime=2025-06-30T08:00:00.123Z&filterEndTime=2025-06-30T08:00:00.123Z`, { headers: { Authorization: `Bearer ${token}` } });
      expect(((await listed.json()) as { auditLogEvents: { id: string }[] }).auditLogEvents.map((e) => e.id), what).toContain(event.id);
    }
  });

  it('reads actorCredentials that look like a JWT without checking them, as Tesseral does', async () => {
    const expired = jwt({ exp: 1, organization: { id: acme.id }, user: { id: acme.ownerId }, session: { id: acme.ownerSessionId } });
    const made = await sdkCreate({ actorCredentials: expired, eventName: NAME });
    expect(made.status).toBe(200);
    expect(made.body.auditLogEvent).toMatchObject({ organizationId: acme.id, actorUserId: acme.ownerId, actorSessionId: acme.ownerSessionId });
    for (const [claims, description] of [
      [{ organization: { id: 'bob' }, user: { id: acme.ownerId }, session: { id: acme.ownerSessionId } }, 'invalid organization_id in credential'],
      [{ organization: { id: acme.id }, user: { id: 'bob' }, session: { id: acme.ownerSessionId } }, 'invalid user_id in credential'],
      [{ organization: { id: acme.id }, user: { id: acme.ownerId }, session: { id: '' } }, 'invalid session_id in credential'],
      // Go's json.Unmarshal: a value of the wrong type fails the whole payload; the ids are parsed in order.
      [{ organization: { id: acme.id }, user: { id: acme.ownerId }, session: { id: 7 } }, 'invalid credential'],
      [{ organization: {} }, 'invalid organization_id in credential'],
      [{ organization: { id: 'bad' } }, 'invalid organization_id in credential'],
      // Tesseral dereferences the missing claim and drops the connection; the mock says why.
      [{ organization: { id: acme.id } }, 'invalid credential'],
    ] as const) {
      const answer = await sdkCreate({ actorCredentials: jwt(claims), eventName: NAME });
      expect(answer.status, description).toBe(400);
      expect(answer.body).toEqual(invalid(description));
    }
    expect((await sdkCreate({ actorCredentials: 'a.b.c', eventName: NAME })).body).toEqual(invalid('invalid credential'));
    // Go matches JSON keys to its fields ignoring case.
    const shouting = await sdkCreate({ actorCredentials: jwt({ Organization: { ID: acme.id }, USER: { Id: acme.ownerId }, session: { id: acme.ownerSessionId } }), eventName: NAME });
    expect(shouting.body.auditLogEvent).toMatchObject({ organizationId: acme.id, actorUserId: acme.ownerId });
  });

  it('answers each invalid form with Tesseral\'s status and body, in its order', async () => {
    const cases: [Record<string, unknown>, number, unknown][] = [
      [{ eventName: NAME, organizationId: acme.id, actorBackendApiKeyId: 'x' }, 400, invalid('cannot specify actor_backend_api_key_id')],
      [{ eventName: 'Bad', organizationId: acme.id, actorIntermediateSessionId: 'x' }, 400, invalid('cannot specify actor_intermediate_session_id')],
      [{ eventName: NAME }, 400, invalid('exactly one of actor_credentials, actor_api_key_id, actor_session_id, actor_user_id, or organization_id must be provided')],
      [{ eventName: 'Bad', organizationId: acme.id, actorUserId: acme.ownerId }, 400, invalid('exactly one of actor_credentials, actor_api_key_id, actor_session_id, actor_user_id, or organization_id must be provided')],
      [{ eventName: 'Invoices.Approve', organizationId: acme.id }, 400, invalid('invalid event name')],
      [{ eventName: 'ledgerly.approve', organizationId: acme.id }, 400, invalid('invalid event name')],
      [{ eventName: 'tesseral.users.update', organizationId: acme.id }, 400, invalid('invalid event name')],
      [{ eventName: 'tesseralx.users.update', organizationId: 'bob' }, 400, invalid('invalid event name')],
      [{ organizationId: acme.id }, 400, invalid('invalid event name')],
      [{ eventName: NAME, organizationId: 'bob' }, 400, invalid('invalid organization_id')],
      [{ eventName: NAME, organizationId: 'org_0000000000000000000000000' }, 400, invalid('organization not found')],
      [{ eventName: NAME, actorUserId: 'bob' }, 400, invalid('invalid user_id')],
      [{ eventName: NAME, actorUserId: [...acme.deletedUserIds][0] }, 400, invalid('invalid user_id')],
      [{ eventName: NAME, actorSessionId: 'session_0000000000000000000000000' }, 400, invalid('invalid session_id')],
      [{ eventName: NAME, actorApiKeyId: 'api_key_x' }, 400, invalid('invalid api_key_id')],
      [{ eventName: NAME, actorCredentials: 'ledgerly_sk_short' }, 400, invalid('malformed_api_key_secret_token', 'unauthenticated_api_key')],
      [{ eventName: NAME, actorCredentials: `ledgerly_sk_${'0'.repeat(55)}` }, 400, invalid('invalid credential')],
    ];
    for (const [request, status, body] of cases) {
      const answer = await sdkCreate(request);
      expect(answer.status, JSON.stringify(request)).toBe(status);
      expect(answer.body, JSON.stringify(request)).toEqual(body);
    }
  });

  it('refuses an expired API key secret (Tesseral compares expire_time with now)', () => {
    const old = createMockDatabase({ seed: 3, size: 1500, end: Date.parse('2023-07-01T00:00:00Z'), days: 30 });
    const org = old.dataset.organizations[0]!;
    const expired = [...org.apiKeySecrets].find(([id]) => Date.parse(org.apiKeys.get(id)!.expireTime as string) < Date.now());
    expect(expired, 'the 2023 history has an API key that has expired since').toBeDefined();
    expect(deriveCreateContext(old, { actorCredentials: expired![1] })).toEqual({ code: 'invalid_argument', description: 'invalid credential' });
    const live = [...org.apiKeySecrets].find(([id]) => org.apiKeys.get(id)!.expireTime === undefined);
    if (live) expect(deriveCreateContext(old, { actorCredentials: live[1] })).toEqual({ organizationId: org.id, actorApiKeyId: live[0] });
  });

  it('takes a name that only starts well, and credentials of neither shape, as Tesseral does', async () => {
    const odd = await sdkCreate({ eventName: 'ledgerly.invoices.approve<script>', organizationId: acme.id });
    expect(odd.status).toBe(200);
    expect((odd.body.auditLogEvent as { eventName: string }).eventName).toBe('ledgerly.invoices.approve<script>');
    // Neither a JWT nor a secret: a "free-floating" event with no organization and no actor (audit_log_events.go:766-768).
    const floating = await sdkCreate({ eventName: NAME, actorCredentials: 'Not A Credential' });
    expect(floating.status).toBe(200);
    expect(Object.keys(floating.body.auditLogEvent as object)).toEqual(['id', 'eventTime', 'eventName', 'eventDetails']);
  });

  it('decodes the body as protojson: either spelling, null as unset, unknown keys dropped, wrong types refused', async () => {
    const auth = { Authorization: `Bearer ${db.dataset.backendApiKey.secret}` };
    const snake = await send(JSON.stringify({ organization_id: acme.id, event_name: NAME, event_details: { a: 1 }, unknown_key: [1] }), auth);
    expect(snake.status).toBe(200);
    expect(snake.body.auditLogEvent).toMatchObject({ organizationId: acme.id, eventDetails: { a: 1 } });
    for (const body of ['{', '[]', JSON.stringify({ organizationId: acme.id, eventName: 5 }), JSON.stringify({ organizationId: acme.id, organization_id: acme.id, eventName: NAME }),
      JSON.stringify({ organizationId: acme.id, eventName: NAME, eventDetails: [1] }), JSON.stringify({ organizationId: acme.id, eventName: NAME, eventTime: '2025-02-30T00:00:00Z' })]) {
      const answer = await send(body, auth);
      // Tesseral answers these with a 500 (code 2); a client's mistake is a 400 here (README).
      expect(answer.status, body).toBe(400);
      expect(answer.body.code, body).toBe(3);
      expect(String(answer.body.message), body).toMatch(/^proto: /);
    }
  });

  it('authenticates the backend API key as Tesseral does, including its odd statuses', async () => {
    const body = JSON.stringify({ organizationId: acme.id, eventName: NAME });
    expect(await send(body, {})).toEqual({ status: 401, body: { code: 16, message: 'no access token found in cookies', details: [] } });
    expect(await send(body, { Authorization: `Basic ${db.dataset.backendApiKey.secret}` })).toEqual({ status: 401, body: { code: 16, message: '', details: [] } });
    expect(await send(body, { Authorization: 'Bearer demo_owner_acme' })).toEqual({ status: 400, body: invalid('invalid backend api key secret token') });
    expect(await send(body, { Authorization: 'Bearer tesseral_secret_key_0000000000000000000000000' })).toEqual({ status: 404, body: { code: 5, message: 'not_found', details: [errorDetail('backend api key not found')] } });
    expect((await send(body, { Authorization: 'Bearer demo_backend_api_key' })).status).toBe(200);
  });
});
