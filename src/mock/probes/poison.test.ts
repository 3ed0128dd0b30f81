// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../export/csv.js';
import { LIMITS } from '../../limits.js';
import { HOSTILE, poisonStrings } from '../../test-support/hostile.js';
import type { MockDatabase } from '../database.js';
import type { MockOrganization } from '../generate.js';
import type { RunningServer } from '../server/http-server.js';
import { finishExport, getJson, startExport } from './context.js';
import { deepJson } from './corpus.js';
import { startProbeServer } from './harness.js';

// The issue's poison: one stored event used to break an organization's whole log. Here the
// poison is sent over HTTP; what is refused must leave nothing behind, and what is stored must be
// served, paged, searched and exported like any other event.

let db: MockDatabase;
let server: RunningServer;
let acme: MockOrganization;
const owner = 'demo_owner_acme';

/** Keys sorted at every level, so that two JSON values compare as Struct values do. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

async function createEvent(body: string): Promise<Response> {
  return fetch(`${server.url}/v1/audit-log-events`, { method: 'POST', headers: { authorization: 'Bearer demo_backend_api_key', 'content-type': 'application/json' }, body });
}

/** Events that stand at the limits or carry hostile text: each must be stored and served. */
function acceptedPoison(): { name: string; time?: string; details: string }[] {
  const nested = (depth: number) => `{"a":${deepJson(depth - 1)}}`;
  return [
    { name: 'acme.probe.deepest', details: nested(LIMITS.detailsDepth) },
    { name: 'acme.probe.largest', details: JSON.stringify(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, 'x'.repeat(25_000)]))) },
    { name: 'acme.probe.longest_string', details: JSON.stringify({ s: 'y'.repeat(LIMITS.stringLength) }) },
    { name: `acme.probe.${'n'.repeat(LIMITS.eventNameLength - 'acme.probe.'.length)}`, details: '{}' },
    { name: 'acme.probe.ok<script>alert(1)</script>', details: '{"html":"<img src=x onerror=alert(1)>"}' },
    { name: `acme.probe.rlo${HOSTILE}exe`, details: JSON.stringify(poisonStrings({ email: 'a@b.example', list: ['x', { y: 'z' }] })) },
    { name: 'acme.probe.nul\u0000', time: '2019-03-04T05:06:07.123456Z', details: '{"nul":"a\\u0000b","lone":"\\ud800","emoji":"\\ud83d\\ude00"}' },
    { name: 'acme.probe.protos', time: '2001-01-01T00:00:00Z', details: '{"__proto__":{"admin":true},"constructor":"c","toString":"t","hasOwnProperty":1}' },
    { name: 'acme.probe.formulas', details: JSON.stringify({ a: '=HYPERLINK("http://evil.example","x")', b: ' +1', c: '\u200b@SUM(A1)', d: '\uff1d1+1', e: '\n-2' }) },
    { name: 'acme.probe.wide', details: JSON.stringify({ list: Array.from({ length: 5000 }, (_, i) => i), keys: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i])) }) },
  ];
}

const stored = new Map<string, string>();

beforeAll(async () => {
  ({ db, server } = await startProbeServer());
  acme = db.dataset.organizations[0]!;
  // Refused first: none of these may leave anything behind.
  const before = db.engine.eventNames(acme.id).length;
  for (const depth of [LIMITS.detailsDepth + 1, 5000, 100_000]) {
    const refused = await createEvent(`{"organizationId":"${acme.id}","eventName":"acme.probe.refused","eventDetails":{"a":${deepJson(depth)}}}`);
    expect(refused.status).toBe(400);
  }
  expect((await createEvent(`{"organizationId":"${acme.id}","eventName":"acme.probe.refused","eventDetails":{"a":"${'x'.repeat(3_000_000)}"}}`)).status).toBe(413);
  expect(db.engine.eventNames(acme.id)).toHaveLength(before);
  for (const poison of acceptedPoison()) {
    const response = await createEvent(`{"organizationId":"${acme.id}","eventName":${JSON.stringify(poison.name)},${poison.time ? `"eventTime":"${poison.time}",` : ''}"eventDetails":${poison.details}}`);
    const body = (await response.json()) as { auditLogEvent: { id: string } };
    expect(response.status, poison.name).toBe(200);
    stored.set(body.auditLogEvent.id, poison.details);
  }
}, 60_000);

afterAll(() => server?.close());

describe('after the poison, the organization', () => {
  it('serves every event it stored, by id, with its details as sent', async () => {
    for (const [id, details] of stored) {
      const { event } = await getJson<{ event: { eventDetails: unknown } }>(server.url, `/api/audit/v1/events/${id}`, owner);
      expect(canonical(event.eventDetails), id).toBe(canonical(JSON.parse(details)));
    }
  });

  it('pages its whole log on both APIs, each page a 200, each event once', async () => {
    const full: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { events: { id: string }[]; nextCursor: string | null } = await getJson(server.url, `/api/audit/v1/events?pageSize=1000${cursor ? `&cursor=${cursor}` : ''}`, owner);
      full.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    const tesseral: string[] = [];
    let token: string | undefined;
    do {
      const page: { auditLogEvents?: { id: string; eventDetails: unknown }[]; nextPageToken?: string } = await getJson(server.url, `/api/frontend/v1/audit-log-events${token ? `?pageToken=${encodeURIComponent(token)}` : ''}`, owner);
      tesseral.push(...(page.auditLogEvents ?? []).map((e) => e.id));
      token = page.nextPageToken;
    } while (token);
    for (const ids of [full, tesseral]) {
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of stored.keys()) expect(ids).toContain(id);
    }
    expect(tesseral).toEqual(full);
  });

  it('answers its other endpoints: search, names, people, keys, roles', async () => {
    const found = await getJson<{ events: { id: string }[] }>(server.url, `/api/audit/v1/events?pageSize=100&q=${encodeURIComponent('event:acme.probe')}`, owner);
    expect(found.events.map((e) => e.id).sort()).toEqual([...stored.keys()].sort());
    const hostile = await getJson<{ events: { id: string }[] }>(server.url, `/api/audit/v1/events?q=${encodeURIComponent(`${HOSTILE}a@b.example`)}`, owner);
    expect(hostile.events.length).toBeGreaterThan(0);
    const { eventNames } = await getJson<{ eventNames: string[] }>(server.url, '/api/audit/v1/event-names', owner);
    for (const poison of acceptedPoison()) expect(eventNames).toContain(poison.name);
    for (const path of ['/api/audit/v1/actors?q=a', '/api/frontend/v1/users', '/api/frontend/v1/api-keys', '/api/frontend/v1/roles']) {
      await getJson(server.url, path, owner);
    }
  });

  it('exports every event it stored, as sent, with no cell a spreadsheet would read as a formula', async () => {
    const filter = { search: 'event:acme.probe' };
    const jsonl = await finishExport(server.url, owner, await startExport(server.url, owner, { format: 'jsonl', filter }));
    const lines = (await (await fetch(`${server.url}${jsonl.downloadUrl}`)).text()).trim().split('\n').map((line) => JSON.parse(line) as { id: string; eventDetails: unknown });
    expect(lines.map((l) => l.id).sort()).toEqual([...stored.keys()].sort());
    for (const line of lines) expect(canonical(line.eventDetails)).toBe(canonical(JSON.parse(stored.get(line.id)!)));
    const csv = await finishExport(server.url, owner, await startExport(server.url, owner, { format: 'csv', filter }));
    expect(csv).toMatchObject({ state: 'done', written: stored.size });
    const [header, ...rows] = parseCsv(await (await fetch(`${server.url}${csv.downloadUrl}`)).text());
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => row[column('id')]).sort()).toEqual([...stored.keys()].sort());
    for (const row of rows) {
      expect(canonical(JSON.parse(row[column('eventDetails')]!))).toBe(canonical(JSON.parse(stored.get(row[column('id')]!)!)));
      for (const cell of row) expect(cell).not.toMatch(/^[\s\u200b\ufeff\u0000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u);
    }
  });
});
