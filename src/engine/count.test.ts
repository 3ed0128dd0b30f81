import { describe, expect, it } from 'vitest';
import { matchesFilter } from '../test-support/oracle.js';
import { generateDataset } from '../mock/generate.js';
import { Random } from '../mock/random.js';
import { deriveActor, type AuditLogActorKind } from '../model/actor.js';
import type { AuditLogListFilter } from '../model/query.js';
import { COUNT_CAP, createQueryEngine } from './engine.js';

describe('the engine counts', () => {
  const { events, organizations } = generateDataset({ seed: 12, size: 12_500, end: Date.parse('2025-07-01T00:00:00Z') });
  const engine = createQueryEngine({ events });
  const names = [...new Set(events.map((e) => e.eventName))];
  const kinds: AuditLogActorKind[] = ['user', 'api_key', 'scim_api_key', 'backend_api_key', 'login', 'system'];
  const random = new Random(7);

  it('exactly, up to the cap, for 120 random filters, and says "more than" past it', () => {
    let capped = 0;
    for (let i = 0; i < 120; i++) {
      const filter: AuditLogListFilter = {};
      if (random.chance(0.5)) filter.eventNames = [random.pick(names), random.pick(names)];
      if (random.chance(0.3)) filter.actorKinds = [random.pick(kinds)];
      if (random.chance(0.3)) filter.actorIds = [deriveActor(random.pick(events)).id ?? 'user_none'];
      if (random.chance(0.5)) {
        const [a, b] = [random.pick(events).eventTime, random.pick(events).eventTime].sort();
        filter.timeRange = { start: a!, end: b! };
      }
      const org = random.chance(0.5) ? random.pick(organizations).id : undefined;
      const truth = events.filter((e) => matchesFilter(e, filter, org)).length;
      const answer = engine.count({ filter, organizationId: org });
      const label = JSON.stringify({ filter, org, truth });
      if (truth > COUNT_CAP) {
        capped++;
        expect(answer, label).toEqual({ count: COUNT_CAP, exact: false });
      } else expect(answer, label).toEqual({ count: truth, exact: true });
    }
    // Past the cap: the whole store, and any random filter that reached it.
    expect(events.length).toBeGreaterThan(COUNT_CAP);
    expect(engine.count({})).toEqual({ count: COUNT_CAP, exact: false });
    expect(capped).toBeLessThan(120);
  });

  it('keeps to an organization and refuses a bad filter, as listing does', () => {
    const org = organizations[0]!.id;
    expect(engine.count({ organizationId: org, filter: { eventNames: ['tesseral.users.create'] } }).count).toBe(events.filter((e) => e.organizationId === org && e.eventName === 'tesseral.users.create').length);
    expect(() => engine.count({ filter: { timeRange: { start: 'yesterday' } } })).toThrow(/RFC 3339/);
  });
});
