import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeMock } from './msw/node.js';

// Every page the mock's Tesseral list API serves for 10,000 events is checked against a schema
// written from Tesseral's proto, OpenAPI file and store (docs/tesseral/list-audit-log-events.schema.json).
const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../docs/tesseral/list-audit-log-events.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const mock = createNodeMock({
  seed: 7,
  size: 10_000,
  end: Date.parse('2025-07-01T12:00:00.000Z'),
  days: 60,
  organizations: [{ slug: 'acme', displayName: 'Acme Corp', domain: 'acme.example', weight: 1 }],
});
const headers = { Authorization: 'Bearer demo_owner_acme' };

beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mock.server.close());

async function everyPage(params: Record<string, string>): Promise<{ pages: number; events: number }> {
  let pages = 0;
  let events = 0;
  let token = '';
  do {
    const query = new URLSearchParams({ ...params, ...(token ? { pageToken: token } : {}) });
    const response = await fetch(`https://vault.acme.example/api/frontend/v1/audit-log-events?${query}`, { headers });
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    if (!validate(body)) throw new Error(`page ${pages + 1} of ${JSON.stringify(params)} is outside the schema: ${ajv.errorsText(validate.errors)}`);
    const page = body as { auditLogEvents?: unknown[]; nextPageToken?: string };
    events += page.auditLogEvents?.length ?? 0;
    token = page.nextPageToken ?? '';
    pages++;
  } while (token);
  return { pages, events };
}

describe("the mock's Tesseral list API, against a schema of Tesseral's answer", () => {
  it('serves every page of 10,000 events inside the schema, and all the events', async () => {
    expect(await everyPage({})).toEqual({ pages: 1000, events: 10_000 });
  }, 60_000);

  it('stays inside it with filters, on the last page and when nothing matches', async () => {
    const user = mock.db.dataset.events.find((e) => e.actorUserId)!.actorUserId!;
    await everyPage({ filterUserId: user });
    await everyPage({ filterEventName: 'tesseral.users.update', filterStartTime: '2025-06-01T00:00:00Z' });
    expect(await everyPage({ filterEventName: 'nothing.matches.this' })).toEqual({ pages: 1, events: 0 });
  }, 60_000);

  it('is a schema that would catch what Tesseral never sends', () => {
    const event = { id: 'audit_log_event_03eb26uuu25cr4r5ljzown4dy', eventTime: '2025-07-16T21:04:12.345Z', eventName: 'a.b.c', eventDetails: {} };
    expect(validate({ auditLogEvents: [event] })).toBe(true);
    for (const bad of [
      { auditLogEvents: [{ ...event, organizationId: 'org_x' }] },
      { auditLogEvents: [{ ...event, actorScimApiKeyId: 'scim_api_key_x' }] },
      { auditLogEvents: [{ ...event, actorUserId: '' }] },
      { auditLogEvents: [{ ...event, eventTime: '2025-07-16T21:04:12.000Z' }] },
      { auditLogEvents: [{ ...event, eventTime: '2025-07-16T23:04:12.345+02:00' }] },
      { auditLogEvents: [], nextPageToken: '' },
      { auditLogEvents: Array.from({ length: 11 }, () => event) },
    ]) expect(validate(bad), JSON.stringify(bad).slice(0, 120)).toBe(false);
  });
});
