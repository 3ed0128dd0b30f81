import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli, type SpawnedCli } from '../../test-support/spawn-cli.js';

// The real `npm run mock-server` program, on a free port, answering real HTTP requests.
let server: SpawnedCli;
let url = '';
let output = '';

beforeAll(async () => {
  server = await spawnCli('src/mock/server/cli.ts', ['--size', '3000'], 'demo_backend_api_key', {}, 30_000);
  url = server.url;
  output = server.output();
}, 40_000);

afterAll(() => server?.stop());

describe('npm run mock-server', () => {
  it('prints its URL on 127.0.0.1 and the demo credentials', () => {
    for (const token of ['demo_owner_acme', 'demo_member_acme', 'demo_owner_umbrella', 'demo_backend_api_key', 'demo_api_key_acme']) {
      expect(output).toContain(token);
    }
  });

  it('answers the Tesseral list endpoint with the right JSON shape', async () => {
    const response = await fetch(`${url}/api/frontend/v1/audit-log-events`, { headers: { Authorization: 'Bearer demo_owner_acme' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as { auditLogEvents: { id: string; eventTime: string }[]; nextPageToken: string };
    expect(Object.keys(body)).toEqual(['auditLogEvents', 'nextPageToken']);
    expect(body.auditLogEvents).toHaveLength(10);
    expect(body.auditLogEvents[0]!.id).toMatch(/^audit_log_event_/);
    const next = await fetch(`${url}/api/frontend/v1/audit-log-events?pageToken=${encodeURIComponent(body.nextPageToken)}`, { headers: { Authorization: 'Bearer demo_owner_acme' } });
    const page2 = (await next.json()) as typeof body;
    expect(page2.auditLogEvents[0]!.eventTime <= body.auditLogEvents[9]!.eventTime).toBe(true);
  });

  it('answers 401 without a token, 403 for a non-owner, 400 for a bad page token', async () => {
    expect((await fetch(`${url}/api/frontend/v1/audit-log-events`)).status).toBe(401);
    expect((await fetch(`${url}/api/frontend/v1/audit-log-events`, { headers: { Authorization: 'Bearer demo_member_acme' } })).status).toBe(403);
    const bad = await fetch(`${url}/api/frontend/v1/audit-log-events?pageToken=forged`, { headers: { Authorization: 'Bearer demo_owner_acme' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 3, message: '', details: [{ field: 'page_token', description: 'invalid pagination token' }] });
  });

  it('rejects a create request with two actors, with a clear message', async () => {
    const response = await fetch(`${url}/v1/audit-log-events`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo_backend_api_key', 'Content-Type': 'application/json' },
      body: JSON.stringify({ actorUserId: 'user_x', actorApiKeyId: 'api_key_y', eventName: 'ledgerly.invoices.approve' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { details: { description: string }[] }).details[0]!.description).toBe(
      'exactly one of actor_credentials, actor_api_key_id, actor_session_id, actor_user_id, or organization_id must be provided',
    );
  });

  it('prints credentials in Tesseral\'s formats, and they work', async () => {
    const jwt = output.match(/\n\s+(eyJ[\w-]+\.[\w-]+\.[\w-]+)\n/)?.[1];
    expect(jwt).toBeDefined();
    expect((await fetch(`${url}/api/frontend/v1/audit-log-events`, { headers: { Authorization: `Bearer ${jwt}` } })).status).toBe(200);
    const backend = output.match(/(tesseral_secret_key_[0-9a-z]{25})/)?.[1];
    const secret = output.match(/(ledgerly_sk_[0-9a-z]{55})/)?.[1];
    const made = await fetch(`${url}/v1/audit-log-events`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${backend}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ actorCredentials: secret, eventName: 'ledgerly.reports.download' }),
    });
    expect(made.status).toBe(200);
    expect(((await made.json()) as { auditLogEvent: { actorApiKeyId?: string } }).auditLogEvent.actorApiKeyId).toMatch(/^api_key_/);
  });

  it('allows credentialed CORS only for trusted domains (localhost by default), as a Tesseral project does', async () => {
    const from = async (origin: string) => (await fetch(`${url}/api/frontend/v1/audit-log-events`, { headers: { Origin: origin, Authorization: 'Bearer demo_owner_acme' } })).headers;
    expect((await from('http://localhost:5173')).get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect((await from('http://localhost:5173')).get('access-control-allow-credentials')).toBe('true');
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'https://localhost']) {
      expect((await from(origin)).get('access-control-allow-origin'), origin).toBeNull();
    }
    const preflight = await fetch(`${url}/api/frontend/v1/audit-log-events`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
  });
});
