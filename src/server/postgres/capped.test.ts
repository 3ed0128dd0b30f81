import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_WALK_CAP } from '../../engine/aggregate.js';
import { createQueryEngine } from '../../engine/engine.js';
import { createFullTextSearch } from '../../engine/search-index.js';
import type { AuditLogEvent } from '../../model/event.js';
import { createEngineStore } from '../engine-store.js';
import { migrate } from './schema.js';
import { createPostgresStore, type PostgresStore } from './store.js';
import { testDatabases } from './test-databases.js';

// Past the cap: a search's histogram and facets count the newest 20,000 matches (store.test.ts
// stays under it), say they are not complete, and draw the same bars as the engine.

const ORG = 'org_capped';
const events: AuditLogEvent[] = Array.from({ length: SEARCH_WALK_CAP + 40 }, (_, i) => ({
  id: `evt_capped_${String(i).padStart(6, '0')}`,
  organizationId: ORG,
  // One a minute from 2026-10-01: about two weeks, so the cap falls inside the span.
  eventTime: new Date(Date.parse('2026-10-01T00:00:00Z') + i * 60_000).toISOString(),
  eventName: i % 3 ? 'acme.ping.sent' : 'acme.ping.echoed',
  actorUserId: `user_${i % 7}`,
  eventDetails: { note: i % 2 ? 'ping pong' : 'ping' },
}));

describe.each(testDatabases())('a search past the cap on $name', (database) => {
  const engine = createEngineStore(createQueryEngine({ events, search: createFullTextSearch() }));
  const scope = { organizationId: ORG };
  let pg: PostgresStore;
  let close: () => Promise<void>;
  afterAll(() => close?.());

  beforeAll(async () => {
    const opened = await database.open();
    close = opened.close;
    await migrate(opened.client);
    pg = createPostgresStore({ client: opened.client });
    await pg.insert(scope, events);
  }, 120_000);

  // "ping": one word, answered by the index; "note:ping": a field term, tested by the matcher.
  it.each(['ping', 'note:ping'])('draws and counts %s from its newest 20,000 matches (counts to 10,000), as the engine does', async (search) => {
    const histogram = await pg.histogram(scope, { search }, 'Europe/Paris');
    expect(histogram.complete).toBe(false);
    expect(histogram.buckets.length).toBeGreaterThan(1);
    expect(histogram.buckets.reduce((sum, b) => sum + b.count, 0)).toBeLessThanOrEqual(SEARCH_WALK_CAP);
    expect(histogram).toEqual(await engine.histogram(scope, { search }, 'Europe/Paris'));
    expect(await pg.count(scope, { search })).toEqual({ count: 10_000, exact: false });
    expect(await pg.count(scope, { search })).toEqual(await engine.count(scope, { search }));
    for (const field of ['eventName', 'actorId'] as const) {
      const facets = await pg.facets(scope, { search }, field);
      expect(facets.exact).toBe(false);
      expect(facets).toEqual(await engine.facets(scope, { search }, field));
    }
  });

  it('draws the whole organization exactly, from its slots', async () => {
    const histogram = await pg.histogram(scope, {}, 'Europe/Paris');
    expect(histogram.complete).toBe(true);
    expect(histogram.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(events.length);
    expect(histogram).toEqual(await engine.histogram(scope, {}, 'Europe/Paris'));
  });
});
