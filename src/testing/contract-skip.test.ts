import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../adapter/memory.js';
import type { AuditLogAdapter } from '../adapter/types.js';
import { describeAdapterContract } from './contract.js';

// The kit against a bare adapter (listEvents alone): every check about what it lacks
// must come out skipped, by name, with its reason; none may pass in its place.
describe('the contract kit', () => {
  it('reports the checks an adapter gives it nothing for as skipped, by name, and runs the rest', async () => {
    const checks: { name: string; body: (context?: { skip?(note?: string): void }) => Promise<void> }[] = [];
    describeAdapterContract({ describe: (_name, body) => body(), it: (name, body) => void checks.push({ name, body }) }, {
      name: 'bare',
      setup: (fixture) => {
        const memory = createMemoryAdapter({ events: fixture.events });
        const bare: AuditLogAdapter = { id: 'bare', capabilities: memory.capabilities, listEvents: (r) => memory.listEvents(r) };
        return { adapter: bare };
      },
    });
    const skipped: string[] = [];
    for (const check of checks) {
      await check.body({ skip: (note) => void skipped.push(`${check.name}: ${note}`) });
    }
    expect(skipped).toEqual([
      'finds actors for the typeahead, when it offers it: the adapter has no searchActors',
      'keeps paging stable while events arrive: no repeat, no skip: the setup gives no insert()',
      'looks up events by id, when it can: the adapter has no getEvent',
      'resolves actors and marks deleted ones, when it can: the adapter has no getActors',
      'streams every event of a filter in order, when it can: the adapter has no streamEvents',
      'names roles and marks deleted ones, when it can: the adapter has no getRoles',
      'counts what it lists, when it can: the adapter has no countEvents',
      'draws a timeline of what it lists, when it can: the adapter has no histogramEvents',
      'counts each option of the filters as it lists, when it can: the adapter has no facetEvents',
      'lists the event names present, when it can: the adapter has no listEventNames',
    ]);
    expect(checks.length - skipped.length).toBeGreaterThanOrEqual(12);
  });

  it('tells onSkip when the runner cannot mark a test skipped', async () => {
    const told: string[] = [];
    const checks: ((context?: { skip?(note?: string): void }) => Promise<void>)[] = [];
    describeAdapterContract({ describe: (_name, body) => body(), it: (_name, body) => void checks.push(body) }, {
      name: 'bare',
      onSkip: (check, why) => told.push(`${check}: ${why}`),
      setup: (fixture) => ({ adapter: createMemoryAdapter({ events: fixture.events }) }),
    });
    for (const body of checks) await body();
    expect(told).toContain('keeps paging stable while events arrive: no repeat, no skip: the setup gives no insert()');
    // A memory adapter without actors or roles has no lookups for them: skipped too, not passed.
    expect(told).toContain('names roles and marks deleted ones, when it can: the adapter has no getRoles');
  });
});
