import { describe, expect, it } from 'vitest';
import { matchesFilter } from '../test-support/oracle.js';
import { generateDataset } from '../mock/generate.js';
import { Random } from '../mock/random.js';
import { deriveActor, type AuditLogActorKind } from '../model/actor.js';
import type { AuditLogListFilter } from '../model/query.js';
import { bucketEdges, chooseInterval, MAX_BUCKETS } from './buckets.js';
import { parseSearch } from '../search/parse.js';
import { searchMatches } from '../search/match.js';
import { SEARCH_WALK_CAP } from './aggregate.js';
import { COUNT_CAP } from './engine-types.js';
import { createQueryEngine } from './engine.js';
import { createFullTextSearch } from './search-index.js';

describe('the engine aggregates', () => {
  const { events, organizations } = generateDataset({ seed: 15, size: 6_000, end: Date.parse('2025-07-01T00:00:00Z') });
  const engine = createQueryEngine({ events, search: createFullTextSearch() });
  const names = [...new Set(events.map((e) => e.eventName))];
  const kinds: AuditLogActorKind[] = ['user', 'api_key', 'login', 'system'];
  const random = new Random(3);
  const randomFilter = (): [AuditLogListFilter, string | undefined] => {
    const filter: AuditLogListFilter = {};
    if (random.chance(0.5)) filter.eventNames = [random.pick(names), random.pick(names)];
    if (random.chance(0.3)) filter.actorKinds = [random.pick(kinds)];
    if (random.chance(0.3)) filter.actorIds = [deriveActor(random.pick(events)).id ?? 'user_none'];
    if (random.chance(0.6)) {
      const [a, b] = [random.pick(events).eventTime, random.pick(events).eventTime].sort();
      filter.timeRange = random.chance(0.8) ? { start: a!, end: b! } : { start: a! };
    }
    return [filter, random.chance(0.6) ? random.pick(organizations).id : undefined];
  };

  it('histograms: bars that hold exactly the matches, each in its bar, for 80 random filters and zones', () => {
    const zones = ['UTC', 'Asia/Kolkata', 'America/New_York', 'Australia/Lord_Howe'];
    for (let i = 0; i < 80; i++) {
      const [filter, org] = randomFilter();
      const timeZone = random.pick(zones);
      const truth = events.filter((e) => matchesFilter(e, filter, org));
      const { buckets } = engine.histogram({ filter, organizationId: org, timeZone });
      const label = JSON.stringify({ filter, org, timeZone });
      expect(buckets.reduce((sum, b) => sum + b.count, 0), label).toBe(truth.length);
      expect(buckets.length, label).toBeLessThanOrEqual(MAX_BUCKETS);
      for (const bucket of buckets) {
        const inside = truth.filter((e) => Date.parse(e.eventTime) >= Date.parse(bucket.start) && Date.parse(e.eventTime) < Date.parse(bucket.end)).length;
        expect(bucket.count, `${label} ${bucket.start}`).toBe(inside);
      }
      if (truth.length === 0) expect(buckets).toEqual([]);
    }
  });

  it('follows the zone: days start at its midnight, through a daylight-saving change', () => {
    const start = Date.parse('2025-03-01T12:00:00Z');
    const end = Date.parse('2025-04-10T12:00:00Z');
    const interval = chooseInterval(start, end);
    expect(interval).toEqual({ unit: 'day', size: 1 });
    const edges = bucketEdges(start, end, interval, 'America/New_York');
    const clock = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
    for (const edge of edges) expect(clock.format(edge)).toBe('00:00');
    // March 9 is 23 hours long there.
    const lengths = edges.slice(1).map((edge, i) => (edge - edges[i]!) / 3_600_000);
    expect(lengths).toContain(23);
    // Half-hour zones floor on their own clock.
    const hourly = bucketEdges(Date.parse('2025-03-01T10:10:00Z'), Date.parse('2025-03-01T14:00:00Z'), { unit: 'hour', size: 1 }, 'Asia/Kolkata');
    expect(new Date(hourly[0]!).toISOString()).toBe('2025-03-01T09:30:00.000Z');
  });

  it('counts facets exactly, by name and by the actor each event names, and keeps to the organization', () => {
    for (let i = 0; i < 40; i++) {
      const [filter, org] = randomFilter();
      const truth = events.filter((e) => matchesFilter(e, filter, org));
      const label = JSON.stringify({ filter, org });
      const byName = new Map<string, number>();
      const byActor = new Map<string, number>();
      for (const e of truth) {
        byName.set(e.eventName, (byName.get(e.eventName) ?? 0) + 1);
        const actor = deriveActor(e);
        if (actor.id && actor.kind !== 'login') byActor.set(actor.id, (byActor.get(actor.id) ?? 0) + 1);
      }
      const names = engine.facets({ filter, organizationId: org, field: 'eventName' });
      expect(new Map(names.values.map((v) => [v.value, v.count])), label).toEqual(byName);
      const actors = engine.facets({ filter, organizationId: org, field: 'actorId' });
      if (actors.complete) expect(new Map(actors.values.map((v) => [v.value, v.count])), label).toEqual(byActor);
      for (const { value, count } of actors.values) expect(count, label).toBe(byActor.get(value));
      // Most first.
      expect(actors.values.map((v) => v.count), label).toEqual([...actors.values.map((v) => v.count)].sort((a, b) => b - a));
    }
  });

  it("stops a search's walk at its cap, and says so: the bars it gives are whole, the newest", () => {
    const big = generateDataset({ seed: 16, size: SEARCH_WALK_CAP + 10_000, end: Date.parse('2025-07-01T00:00:00Z') }).events;
    const searching = createQueryEngine({ events: big, search: createFullTextSearch() });
    // Words alone (no text test: their index lists are the matches) and a field term (with the
    // text test) alike: an aggregate's walk stops at the cap.
    const words = big.filter((e) => searchMatches(parseSearch('user'), e));
    expect(words.length).toBeGreaterThan(SEARCH_WALK_CAP);
    const plain = searching.histogram({ filter: { search: 'user' } });
    expect(plain.complete).toBe(false);
    for (const bucket of plain.buckets) {
      expect(bucket.count).toBe(words.filter((e) => Date.parse(e.eventTime) >= Date.parse(bucket.start) && Date.parse(e.eventTime) < Date.parse(bucket.end)).length);
    }
    expect(searching.count({ filter: { search: 'user' } })).toEqual({ count: COUNT_CAP, exact: false });
    const parsed = parseSearch('actor:user');
    const truth = big.filter((e) => searchMatches(parsed, e));
    expect(truth.length).toBeGreaterThan(SEARCH_WALK_CAP);
    const hist = searching.histogram({ filter: { search: 'actor:user' } });
    expect(hist.complete).toBe(false);
    expect(hist.buckets.length).toBeGreaterThan(0);
    for (const bucket of hist.buckets) {
      expect(bucket.count).toBe(truth.filter((e) => Date.parse(e.eventTime) >= Date.parse(bucket.start) && Date.parse(e.eventTime) < Date.parse(bucket.end)).length);
    }
    // The newest bar holds the newest match.
    expect(Date.parse(hist.buckets.at(-1)!.end)).toBeGreaterThan(Math.max(...truth.map((e) => Date.parse(e.eventTime))));
    const facets = searching.facets({ filter: { search: 'actor:user' }, field: 'eventName' });
    expect(facets.exact).toBe(false);
    expect(facets.values.reduce((sum, v) => sum + v.count, 0)).toBeLessThan(truth.length);
    // A plain filter walks to the end, however many it finds.
    expect(searching.facets({ filter: { actorKinds: ['user', 'api_key', 'login', 'system', 'scim_api_key', 'backend_api_key'] }, field: 'eventName' }).exact).toBe(true);
  });

  it('answers a search, and refuses a bad zone, field or filter as a 400', () => {
    const truth = engine.count({ filter: { search: 'session' } });
    const hist = engine.histogram({ filter: { search: 'session' } });
    expect(hist.buckets.reduce((s, b) => s + b.count, 0)).toBe(truth.count);
    expect(() => engine.histogram({ timeZone: 'Mars/Olympus' })).toThrow(/time zone/);
    expect(() => engine.histogram({ timeZone: 42 as unknown as string })).toThrow(/timeZone/);
    expect(() => engine.facets({ field: 'password' as 'eventName' })).toThrow(/field/);
    expect(() => engine.facets({ field: 'eventName', filter: { timeRange: { start: 'soon' } } })).toThrow(/RFC 3339/);
  });
});
