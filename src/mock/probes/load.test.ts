// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockDatabase } from '../database.js';
import type { MockOrganization } from '../generate.js';
import type { RunningServer } from '../server/http-server.js';
import { getJson } from './context.js';
import { startProbeServer } from './harness.js';

// A bounded load run over HTTP: 20 clients page through two organizations' logs (the full API
// with its snapshot cursors, both orders; Tesseral's API with its position tokens) for at least
// 2,000 list requests, while 500 creates land in both organizations at times spread over their
// history (so between the pages of a walk, not only above them). Every walk must see every event
// that existed before it began exactly once. A full-API walk must also see nothing created after
// its first page (its snapshot); a Tesseral walk may (Tesseral's tokens hold a position only).

const LISTS = 2000;
const CONCURRENT = 20;
const CREATES = 500;

let db: MockDatabase;
let server: RunningServer;
/** The events stored before the run. */
let stored: { id: string; organizationId?: string; eventTime: string }[] = [];

interface Created {
  id: string;
  organizationId: string;
  sentAt: number;
  doneAt: number;
}

interface Walk {
  organizationId: string;
  api: 'newest' | 'oldest' | 'tesseral';
  startedAt: number;
  firstPageAt: number;
  ids: string[];
}

beforeAll(async () => {
  ({ db, server } = await startProbeServer({ size: 2000 }));
  stored = [...db.dataset.events];
});

afterAll(() => server?.close());

let lists = 0;

async function walk(org: MockOrganization, api: Walk['api']): Promise<Walk> {
  const token = `demo_owner_${org.spec.slug}`;
  const result: Walk = { organizationId: org.id, api, startedAt: performance.now(), firstPageAt: 0, ids: [] };
  let next: string | undefined;
  do {
    lists++;
    if (api !== 'tesseral') {
      const page: { events: { id: string }[]; nextCursor: string | null } = await getJson(server.url, `/api/audit/v1/events?pageSize=50&sort=${api}${next ? `&cursor=${next}` : ''}`, token);
      result.ids.push(...page.events.map((e) => e.id));
      next = page.nextCursor ?? undefined;
    } else {
      const page: { auditLogEvents?: { id: string }[]; nextPageToken?: string } = await getJson(server.url, `/api/frontend/v1/audit-log-events${next ? `?pageToken=${encodeURIComponent(next)}` : ''}`, token);
      result.ids.push(...(page.auditLogEvents ?? []).map((e) => e.id));
      next = page.nextPageToken;
    }
    result.firstPageAt ||= performance.now();
  } while (next);
  return result;
}

describe('under load', () => {
  it('loses and duplicates nothing: 2,000 lists at 20 concurrent, 500 creates interleaved', async () => {
    const [acme, globex] = db.dataset.organizations as [MockOrganization, MockOrganization];
    const created: Created[] = [];
    const walks: Walk[] = [];
    const from = Date.parse(stored[0]!.eventTime);
    const creator = async (offset: number) => {
      for (let i = offset; i < CREATES; i += 2) {
        const org = i % 2 ? globex : acme;
        const sentAt = performance.now();
        const response = await fetch(`${server.url}/v1/audit-log-events`, {
          method: 'POST',
          headers: { authorization: 'Bearer demo_backend_api_key', 'content-type': 'application/json' },
          body: JSON.stringify({ organizationId: org.id, eventName: 'load.probe.write', eventTime: new Date(from + ((i * 7919) % CREATES) / CREATES * (Date.now() - from)).toISOString(), eventDetails: { i } }),
        });
        expect(response.status).toBe(200);
        const { auditLogEvent } = (await response.json()) as { auditLogEvent: { id: string } };
        created.push({ id: auditLogEvent.id, organizationId: org.id, sentAt, doneAt: performance.now() });
        // Spread the creates over the run, so that they land between pages.
        await new Promise((resolve) => setTimeout(resolve, 4));
      }
    };
    const reader = async (n: number) => {
      let turn = n;
      while (lists < LISTS) {
        const kind = turn++ % 3;
        walks.push(await (kind === 0 ? walk(globex, 'tesseral') : walk(acme, kind === 1 ? 'newest' : 'oldest')));
      }
    };
    await Promise.all([creator(0), creator(1), ...Array.from({ length: CONCURRENT }, (_, n) => reader(n))]);

    const initial = new Map<string, Set<string>>();
    for (const event of stored) {
      if (!initial.has(event.organizationId!)) initial.set(event.organizationId!, new Set());
      initial.get(event.organizationId!)!.add(event.id);
    }
    let checked = 0;
    for (const w of walks) {
      const before = [...(initial.get(w.organizationId) ?? [])].concat(created.filter((c) => c.organizationId === w.organizationId && c.doneAt < w.startedAt).map((c) => c.id));
      const later = new Set(created.filter((c) => c.sentAt > w.firstPageAt).map((c) => c.id));
      const ownIds = new Set([...(initial.get(w.organizationId) ?? []), ...created.filter((c) => c.organizationId === w.organizationId).map((c) => c.id)]);
      expect(new Set(w.ids).size, `${w.api} walk: a duplicate`).toBe(w.ids.length);
      const seen = new Set(w.ids);
      expect(before.filter((id) => !seen.has(id)), `${w.api} walk: events lost`).toEqual([]);
      if (w.api !== 'tesseral') expect(w.ids.filter((id) => later.has(id)), `${w.api} walk: events from after its first page`).toEqual([]);
      expect(w.ids.filter((id) => !ownIds.has(id)), `${w.api} walk: another organization's events`).toEqual([]);
      checked += w.ids.length;
    }
    // The creates really did land during the walks: some walk saw some of them, some walk missed some.
    const createdIds = new Set(created.map((c) => c.id));
    expect(walks.some((w) => w.ids.some((id) => createdIds.has(id)))).toBe(true);
    expect(created).toHaveLength(CREATES);
    expect(lists).toBeGreaterThanOrEqual(LISTS);
    console.log(`load run: ${lists} list requests (${walks.length} complete walks, ${checked} events checked) at ${CONCURRENT} concurrent, ${created.length} creates interleaved: none lost, none duplicated, none out of place`);
  }, 120_000);
});
