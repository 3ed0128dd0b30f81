import { describe, expect, it } from 'vitest';
import { AuditLogError } from '../errors.js';
import { generateDataset } from '../mock/generate.js';
import { Random } from '../mock/random.js';
import { actorIdsOf, deriveActor, type AuditLogActorKind } from '../model/actor.js';
import type { AuditLogEvent, AuditLogSort } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';
import { CursorCodec, fingerprint } from './cursor.js';
import { createQueryEngine, type QueryEngine } from './engine.js';
import { canonicalFilter, normalizeFilter } from './filter.js';

const END = Date.parse('2025-07-01T12:00:00.000Z');
const dataset = generateDataset({ seed: 7, size: 3000, end: END, days: 30 });
const events = dataset.events;

/** The oracle: the same query done the obvious way, over a plain array. */
function expected(filter: AuditLogListFilter, sort: AuditLogSort, organizationId?: string): string[] {
  const start = filter.timeRange?.start ? Date.parse(filter.timeRange.start) : -Infinity;
  const end = filter.timeRange?.end ? Date.parse(filter.timeRange.end) : Infinity;
  const matches = events.filter((e) => {
    const t = Date.parse(e.eventTime);
    if (t < start || t > end) return false;
    if (organizationId && e.organizationId !== organizationId) return false;
    if (filter.eventNames?.length && !filter.eventNames.includes(e.eventName)) return false;
    if (filter.actorIds?.length && !actorIdsOf(e).some((id) => filter.actorIds!.includes(id))) return false;
    if (filter.actorKinds?.length && !filter.actorKinds.includes(deriveActor(e).kind)) return false;
    return true;
  });
  matches.sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (sort === 'newest') matches.reverse();
  return matches.map((e) => e.id);
}

function pageAll(engine: QueryEngine, filter: AuditLogListFilter, sort: AuditLogSort, pageSize: number, organizationId?: string): string[] {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = engine.list({ filter, sort, pageSize, cursor, organizationId });
    expect(page.events.length).toBeLessThanOrEqual(pageSize);
    if (page.nextCursor) expect(page.events.length).toBe(pageSize);
    ids.push(...page.events.map((e) => e.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof AuditLogError) return error.code;
    throw error;
  }
  return undefined;
}

describe('query engine: filters and order', () => {
  const engine = createQueryEngine({ events });
  const names = [...new Set(events.map((e) => e.eventName))];
  const users = [...new Set(events.map((e) => e.actorUserId).filter(Boolean))] as string[];
  const keys = [...new Set(events.map((e) => e.actorApiKeyId).filter(Boolean))] as string[];
  const kinds: AuditLogActorKind[] = ['user', 'api_key', 'scim_api_key', 'backend_api_key', 'login', 'system'];
  const random = new Random(99);

  it('matches a plain filter over the array for 150 random combinations of filters, orders and page sizes', () => {
    for (let i = 0; i < 150; i++) {
      const filter: AuditLogListFilter = {};
      if (random.chance(0.5)) filter.eventNames = [random.pick(names), ...(random.chance(0.5) ? [random.pick(names)] : [])];
      if (random.chance(0.3)) filter.actorIds = [random.pick(users), ...(random.chance(0.5) ? [random.pick(keys)] : [])];
      if (random.chance(0.3)) filter.actorKinds = [random.pick(kinds), random.pick(kinds)];
      if (random.chance(0.5)) {
        const a = random.pick(events).eventTime;
        const b = random.pick(events).eventTime;
        filter.timeRange = a < b ? { start: a, end: b } : { start: b, end: a };
        if (random.chance(0.2)) delete filter.timeRange.start;
      }
      const sort: AuditLogSort = random.chance(0.5) ? 'newest' : 'oldest';
      const org = random.chance(0.3) ? random.pick(dataset.organizations).id : undefined;
      const pageSize = random.pick([1, 7, 25, 100]);
      expect(pageAll(engine, filter, sort, pageSize, org), JSON.stringify({ filter, sort, org, pageSize })).toEqual(expected(filter, sort, org));
    }
  });

  it('lists newest first by default and includes events exactly at both ends of a range', () => {
    const sorted = expected({}, 'oldest');
    const start = events.find((e) => e.id === sorted[100])!.eventTime;
    const end = events.find((e) => e.id === sorted[200])!.eventTime;
    const page = engine.list({ filter: { timeRange: { start, end } }, pageSize: 1000 });
    expect(page.events.map((e) => e.id)).toEqual(sorted.slice(100, 201).reverse());
    // One millisecond in from each side drops exactly the two end events (times are distinct here).
    const inner = engine.list({
      filter: { timeRange: { start: new Date(Date.parse(start) + 1).toISOString(), end: new Date(Date.parse(end) - 1).toISOString() } },
      pageSize: 1000,
    });
    expect(inner.events.map((e) => e.id)).toEqual(sorted.slice(101, 200).reverse());
  });

  it('keeps microseconds: an inclusive bound between two events of one millisecond splits them', () => {
    const base = events[0]!;
    const micro = createQueryEngine({
      events: [
        { ...base, id: 'audit_log_event_early', eventTime: '2025-07-01T10:00:00.000100Z' },
        { ...base, id: 'audit_log_event_late', eventTime: '2025-07-01T10:00:00.000900Z' },
      ],
    });
    const ids = (start?: string, end?: string) => micro.list({ filter: { timeRange: { start, end } } }).events.map((e) => e.id);
    expect(ids(undefined, '2025-07-01T10:00:00.000500Z')).toEqual(['audit_log_event_early']);
    expect(ids('2025-07-01T10:00:00.000500Z')).toEqual(['audit_log_event_late']);
    expect(ids('2025-07-01T10:00:00.000900Z', '2025-07-01T12:00:00.0009+02:00')).toEqual(['audit_log_event_late']);
    expect(() => micro.insert([{ ...base, id: 'audit_log_event_loose', eventTime: 'July 1, 2025 10:00' }])).toThrow(/RFC 3339 time with a zone/);
  });

  it('orders equal times by id, so a page boundary inside one millisecond loses nothing', () => {
    const base = events[0]!;
    const same: AuditLogEvent[] = ['c', 'a', 'e', 'b', 'd'].map((s) => ({ ...base, id: `audit_log_event_tie_${s}`, eventTime: '2025-01-01T00:00:00.000Z' }));
    const tie = createQueryEngine({ events: same });
    expect(pageAll(tie, {}, 'newest', 2)).toEqual(['e', 'd', 'c', 'b', 'a'].map((s) => `audit_log_event_tie_${s}`));
    expect(pageAll(tie, {}, 'oldest', 2)).toEqual(['a', 'b', 'c', 'd', 'e'].map((s) => `audit_log_event_tie_${s}`));
  });

  it('scopes to one organization', () => {
    const org = dataset.organizations[1]!;
    const ids = pageAll(engine, {}, 'newest', 100, org.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => engine.get(id)!.organizationId === org.id)).toBe(true);
    expect(engine.get(ids[0]!, dataset.organizations[0]!.id)).toBeUndefined();
  });

  it('lists event names, per organization', () => {
    expect(engine.eventNames()).toEqual([...new Set(events.map((e) => e.eventName))].sort());
    const empty = dataset.organizations.find((o) => o.spec.weight === 0)!;
    expect(engine.eventNames(empty.id)).toEqual([]);
  });
});

describe('query engine: cursors', () => {
  const engine = createQueryEngine({ events });
  const first = engine.list({ pageSize: 10 });
  const cursor = first.nextCursor!;

  it('continues from a cursor with the next events', () => {
    const second = engine.list({ pageSize: 10, cursor });
    expect(second.events.map((e) => e.id)).toEqual(expected({}, 'newest').slice(10, 20));
  });

  it('refuses a forged cursor: any one character changed, cut, lengthened, garbage', () => {
    for (let i = 0; i < cursor.length; i++) {
      const other = cursor[i] === 'A' ? 'B' : 'A';
      expect(codeOf(() => engine.list({ pageSize: 10, cursor: `${cursor.slice(0, i)}${other}${cursor.slice(i + 1)}` })), `position ${i}`).toBe('invalid_cursor');
    }
    for (const forged of [cursor.slice(0, -1), `${cursor}A`, 'garbage', '.', `${cursor}.${cursor}`]) {
      expect(codeOf(() => engine.list({ pageSize: 10, cursor: forged })), forged.slice(0, 20)).toBe('invalid_cursor');
    }
    expect(() => engine.list({ pageSize: 10, cursor: cursor.slice(0, -2) })).toThrow(
      expect.objectContaining({ message: 'invalid pagination token', status: 400 }),
    );
  });

  it('seals what a cursor holds: no event id, no count a client could read', () => {
    const page = engine.list({ pageSize: 10 });
    const bytes = atob(page.nextCursor!.replace(/-/g, '+').replace(/_/g, '/'));
    expect(bytes).not.toContain(page.events[9]!.id);
    expect(bytes).not.toMatch(/"[a-z]":/);
  });

  it('gives an organization cursors that do not change when another organization writes', () => {
    const secret = 'tenant-neutral';
    const shared = createQueryEngine({ events, cursorSecret: secret });
    const [a, b] = dataset.organizations as [typeof dataset.organizations[0], typeof dataset.organizations[0]];
    const codec = new CursorCodec(secret);
    const read = (token: string) => codec.decode(token, { sort: 'newest', filterHash: fingerprint(canonicalFilter(normalizeFilter({}, a.id))) });
    const before = shared.list({ organizationId: a.id, pageSize: 10 }).nextCursor!;
    shared.insert(Array.from({ length: 50 }, (_, i) => ({ id: `audit_log_event_other${i}`, organizationId: b.id, eventTime: '2025-06-15T00:00:00Z', eventName: 'acme.things.do', eventDetails: {} })));
    const after = shared.list({ organizationId: a.id, pageSize: 10 }).nextCursor!;
    expect(read(after)).toEqual(read(before));
    expect(after.length).toBe(before.length);
    // Its own writes do move its snapshot (they wait for the next first page).
    shared.insert([{ id: 'audit_log_event_own1', organizationId: a.id, eventTime: '2025-06-15T00:00:00Z', eventName: 'acme.things.do', eventDetails: {} }]);
    expect(read(shared.list({ organizationId: a.id, pageSize: 10 }).nextCursor!).snapshot).toBeGreaterThan(read(before).snapshot);
  });

  it('refuses a cursor of another engine, another filter, another sort or another organization', () => {
    const other = createQueryEngine({ events });
    expect(codeOf(() => other.list({ pageSize: 10, cursor }))).toBe('invalid_cursor');
    expect(codeOf(() => engine.list({ pageSize: 10, cursor, filter: { eventNames: ['tesseral.users.update'] } }))).toBe('invalid_cursor');
    expect(codeOf(() => engine.list({ pageSize: 10, cursor, sort: 'oldest' }))).toBe('invalid_cursor');
    expect(codeOf(() => engine.list({ pageSize: 10, cursor, organizationId: dataset.organizations[0]!.id }))).toBe('invalid_cursor');
    // A shared secret makes cursors portable across engines (a server restart).
    const a = createQueryEngine({ events, cursorSecret: 's3cret' });
    const b = createQueryEngine({ events, cursorSecret: 's3cret' });
    const page = a.list({ pageSize: 5 });
    expect(b.list({ pageSize: 5, cursor: page.nextCursor }).events).toEqual(a.list({ pageSize: 5, cursor: page.nextCursor }).events);
  });

  it('neither repeats nor skips while events arrive, even dated in the past', () => {
    for (const sort of ['newest', 'oldest'] as const) {
      const live = createQueryEngine({ events });
      const seen: string[] = [];
      let next: string | null = null;
      let n = 0;
      const random = new Random(sort === 'newest' ? 1 : 2);
      do {
        const page = live.list({ pageSize: 50, sort, cursor: next });
        seen.push(...page.events.map((e) => e.id));
        next = page.nextCursor;
        // Between pages: events newer than all, older than all, and at random past times.
        const at = [END + 1000 * ++n, Date.parse(events[0]!.eventTime) - 1000 * n, Date.parse(random.pick(events).eventTime), Date.parse(random.pick(events).eventTime) + 1];
        live.insert(at.map((t, i) => ({ ...events[0]!, id: `audit_log_event_new_${n}_${i}`, eventTime: new Date(t).toISOString() })));
      } while (next);
      expect(seen).toEqual(expected({}, sort));
      expect(live.list({ pageSize: 1000, sort }).events.some((e) => e.id.startsWith('audit_log_event_new_'))).toBe(true);
    }
  });
});

describe('query engine: bad input', () => {
  const engine = createQueryEngine({ events });

  it('names the bad field in a clear invalid_request error', () => {
    const cases: [() => unknown, RegExp][] = [
      [() => engine.list({ pageSize: 0 }), /pageSize must be a whole number from 1 to 1000, got 0/],
      [() => engine.list({ pageSize: 2.5 }), /pageSize/],
      [() => engine.list({ filter: { timeRange: { start: 'yesterday' } } }), /filter\.timeRange\.start must be an RFC 3339 time.*"yesterday"/],
      [() => engine.list({ filter: { timeRange: { start: '2025-07-02T00:00:00Z', end: '2025-07-01T00:00:00Z' } } }), /start is after/],
      [() => engine.list({ filter: { actorKinds: ['robot' as AuditLogActorKind] } }), /"robot", which is not one of user, api_key/],
      [() => engine.list({ filter: { eventNames: [42 as unknown as string] } }), /filter\.eventNames\[0\] must be a non-empty string/],
      [() => engine.list({ sort: 'sideways' as AuditLogSort }), /sort must be "newest" or "oldest"/],
    ];
    for (const [action, message] of cases) {
      expect(action).toThrow(message);
      expect(codeOf(action)).toBe('invalid_request');
    }
  });

  it('says search is unsupported when no index is plugged in, and an empty search is no filter', () => {
    expect(codeOf(() => engine.list({ filter: { search: 'invite' } }))).toBe('unsupported');
    expect(engine.list({ filter: { search: '   ' }, pageSize: 3 }).events).toHaveLength(3);
  });

  it('refuses a malformed or duplicate event on insert, adding none of the batch', () => {
    const fresh = createQueryEngine();
    const good = { ...events[0]! };
    expect(() => fresh.insert([good, { ...good, id: 'audit_log_event_other', eventTime: 'not a time' }])).toThrow(/events\[1\]\.eventTime/);
    expect(fresh.store.size).toBe(0);
    fresh.insert([good]);
    expect(() => fresh.insert([good])).toThrow(/already stored/);
    expect(fresh.store.size).toBe(1);
  });
});

describe('query engine: sliced walks', () => {
  const big = generateDataset({ seed: 21, size: 30_000, end: Date.parse('2025-07-01T12:00:00.000Z'), days: 60 });

  it('gives way to other work during a long walk, and answers what the walk at once answers', async () => {
    const engine = createQueryEngine({ events: big.events });
    // A filter that matches almost nothing: the walk looks at every entry of a big list.
    const rare = { eventNames: ['tesseral.sessions.refresh', 'tesseral.roles.delete'], actorKinds: ['login' as const] };
    const atOnce = engine.list({ filter: rare, pageSize: 25 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const sliced = await engine.listSliced({ filter: rare, pageSize: 25 }, { sliceMs: 0 });
    clearInterval(timer);
    expect(sliced.events.map((e) => e.id)).toEqual(atOnce.events.map((e) => e.id));
    expect(ticks).toBeGreaterThan(0); // others ran while it walked
  });

  it('neither repeats nor skips an event when others write between its slices', async () => {
    const engine = createQueryEngine({ events: big.events });
    const events = big.events;
    const org = big.organizations[0]!.id;
    const expected: string[] = [];
    for (let cursor: string | null = null; ; ) {
      const page = engine.list({ organizationId: org, pageSize: 1000, cursor });
      expected.push(...page.events.map((e) => e.id));
      if (!(cursor = page.nextCursor)) break;
    }
    let n = 0;
    const writer = setInterval(() => {
      // Events of every kind and time, into the lists the walk is reading.
      engine.insert([{ id: `audit_log_event_concurrent${n++}`, organizationId: org, eventTime: new Date(Date.parse(events[n % events.length]!.eventTime) + 1).toISOString(), eventName: 'tesseral.sessions.refresh', eventDetails: {} }]);
    }, 0);
    const seen: string[] = [];
    try {
      for (let cursor: string | null = null; ; ) {
        const page = await engine.listSliced({ organizationId: org, pageSize: 1000, cursor }, { sliceMs: 0 });
        seen.push(...page.events.map((e) => e.id));
        if (!(cursor = page.nextCursor)) break;
      }
    } finally {
      clearInterval(writer);
    }
    expect(n).toBeGreaterThan(0);
    expect(seen).toEqual(expected);
  });
});
