import { describe, expect, it } from 'vitest';
import { generateDataset } from '../mock/generate.js';
import { TESSERAL_EVENT_NAMES, TESSERAL_EVENT_TYPES } from '../model/catalogue.js';
import type { AuditLogEvent } from '../model/event.js';
import { diffEvent, diffValues, snapshotPairs } from './diff.js';
import { isolate as i } from '../format/bidi.js';
import { EMBEDDINGS, HOSTILE, outsideIsolates, poisonStrings } from '../test-support/hostile.js';
import { englishSummary, genericSummary } from './summary.js';

// One realistic event of each of the 39 names, from the mock generator.
const dataset = generateDataset({ seed: 21, size: 40_000, end: Date.parse('2025-07-01T12:00:00Z'), days: 90 });
const byName = new Map<string, AuditLogEvent[]>();
for (const e of dataset.events) byName.set(e.eventName, [...(byName.get(e.eventName) ?? []), e]);
const ctx = { actor: 'jane@acme.example', name: (id: string) => `<${id}>` };

describe('field-level diff', () => {
  it('has realistic payloads for all 39 events', () => {
    expect(TESSERAL_EVENT_NAMES.filter((n) => !byName.has(n))).toEqual([]);
  });

  it.each(TESSERAL_EVENT_TYPES.filter((t) => t.snapshots.length > 0).map((t) => t.name))('diffs every snapshot pair of %s', (name) => {
    for (const event of byName.get(name)!.slice(0, 20)) {
      const diffs = diffEvent(event);
      expect(diffs.map((d) => d.pair)).toEqual(TESSERAL_EVENT_TYPES.find((t) => t.name === name)!.snapshots);
      for (const { pair, entries } of diffs) {
        // Every field of either side is accounted for exactly once, and unchanged means equal.
        const before = event.eventDetails[pair.previous];
        const after = event.eventDetails[pair.current];
        // Each (kind, path) comes once, and every top-level field of either side is accounted for.
        const keys = entries.map((e) => `${e.kind}:${e.path.join('.')}`);
        expect(new Set(keys).size).toBe(keys.length);
        if (!Array.isArray(after) && !Array.isArray(before)) {
          const fields = new Set([...Object.keys((before ?? {}) as object), ...Object.keys((after ?? {}) as object)]);
          for (const field of fields) expect(entries.some((e) => e.path[0] === field)).toBe(true);
        }
        for (const entry of entries) {
          if (entry.kind === 'unchanged') expect(JSON.stringify(entry.before)).toBe(JSON.stringify(entry.after));
        }
        if (JSON.stringify(before) !== JSON.stringify(after) && !Array.isArray(after)) {
          expect(entries.some((e) => e.kind !== 'unchanged')).toBe(true);
        }
      }
    }
  });

  it('reads a missing protojson field as its default, so absent → true is a change', () => {
    expect(diffValues({ id: 'k', displayName: 'CI' }, { id: 'k', displayName: 'CI', revoked: true })).toEqual([
      { path: ['id'], kind: 'unchanged', before: 'k', after: 'k' },
      { path: ['displayName'], kind: 'unchanged', before: 'CI', after: 'CI' },
      { path: ['revoked'], kind: 'changed', before: false, after: true },
    ]);
    expect(diffValues({ n: 3, s: 'x' }, {})).toEqual([
      { path: ['n'], kind: 'changed', before: 3, after: 0 },
      { path: ['s'], kind: 'changed', before: 'x', after: '' },
    ]);
  });

  it('compares nested objects by key, value arrays as sets, object arrays by position, and type changes', () => {
    const entries = diffValues(
      { a: { b: 1, gone: { x: 1 } }, tags: ['x', 'y'], rows: [{ v: 1 }, { v: 2 }], t: '1' },
      { a: { b: 2, fresh: { y: 1 } }, tags: ['y', 'z'], rows: [{ v: 1 }], t: 1 },
    );
    expect(entries.filter((e) => e.kind !== 'unchanged')).toEqual([
      { path: ['a', 'b'], kind: 'changed', before: 1, after: 2 },
      { path: ['a', 'gone'], kind: 'removed', before: { x: 1 } },
      { path: ['a', 'fresh'], kind: 'added', after: { y: 1 } },
      { path: ['tags', 0], kind: 'removed', before: 'x' },
      { path: ['tags', 1], kind: 'added', after: 'z' },
      { path: ['rows', 1], kind: 'removed', before: { v: 2 } },
      { path: ['t'], kind: 'changed', before: '1', after: 1 },
    ]);
  });

  it('gives a value list\'s removed and added element at one index two distinct entries', () => {
    const entries = diffValues(['a.com'], ['b.com']);
    expect(entries).toEqual([{ path: [0], kind: 'removed', before: 'a.com' }, { path: [0], kind: 'added', after: 'b.com' }]);
  });

  it('finds previous* pairs in custom events, and treats a missing previous list as empty', () => {
    const custom: AuditLogEvent = { id: 'audit_log_event_c', eventTime: '2025-07-01T00:00:00Z', eventName: 'ledgerly.invoices.update', eventDetails: { invoice: { total: 2 }, previousInvoice: { total: 1 }, previousNothing: 1, note: 'x' } };
    expect(snapshotPairs(custom)).toEqual([{ current: 'invoice', previous: 'previousInvoice' }]);
    const domains: AuditLogEvent = { id: 'audit_log_event_d', eventTime: '2025-07-01T00:00:00Z', eventName: 'tesseral.organizations.update_domains', eventDetails: { domains: ['a.com'] } };
    expect(diffEvent(domains)[0]!.entries).toEqual([{ path: [0], kind: 'added', after: 'a.com' }]);
  });

  it('keeps hostile values as values (no evaluation, no prototype keys)', () => {
    const before = JSON.parse('{"__proto__": {"polluted": true}, "name": "<img src=x onerror=alert(1)>"}');
    const after = JSON.parse('{"__proto__": {"polluted": false}, "name": "\\u202Egnp.exe"}');
    const entries = diffValues(before, after);
    expect(entries.map((e) => e.path.join('.'))).toEqual(['__proto__.polluted', 'name']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('summaries', () => {
  it.each(TESSERAL_EVENT_NAMES)('says what %s did, in a sentence of its own', (name) => {
    for (const event of byName.get(name)!.slice(0, 10)) {
      const sentence = englishSummary(event, ctx);
      expect(sentence).not.toBe(genericSummary(event, ctx));
      expect(sentence).not.toMatch(/undefined|\[object|  /);
      expect(sentence.length).toBeGreaterThan(10);
    }
  });

  it('names what changed on a user update, and uses the generic sentence for custom events', () => {
    const base = { id: 'audit_log_event_u', eventTime: '2025-07-01T00:00:00Z', eventName: 'tesseral.users.update' };
    expect(englishSummary({ ...base, eventDetails: { user: { email: 'bob@acme.com', owner: true }, previousUser: { email: 'bob@acme.com' } } }, ctx)).toBe(`${i('jane@acme.example')} made ${i('bob@acme.com')} an owner`);
    expect(englishSummary({ ...base, eventDetails: { user: { email: 'bob@acme.com' }, previousUser: { email: 'bob@acme.com', owner: true } } }, ctx)).toBe(`${i('jane@acme.example')} removed ${i('bob@acme.com')} as an owner`);
    expect(englishSummary({ ...base, eventName: 'tesseral.api_keys.revoke', eventDetails: { apiKey: { displayName: 'CI deploy', revoked: true } } }, ctx)).toBe(`${i('jane@acme.example')} revoked API key “${i('CI deploy')}”`);
    expect(englishSummary({ ...base, eventName: 'tesseral.sessions.create', eventDetails: { session: { userId: 'user_1', primaryAuthFactor: 'PRIMARY_AUTH_FACTOR_SAML' } } }, ctx)).toBe(`${i('<user_1>')} logged in with SAML`);
    const custom = { ...base, eventName: 'ledgerly.invoices.approve', eventDetails: {} };
    expect(englishSummary(custom, ctx)).toBe(`${i('jane@acme.example')}: ${i('Invoices: approve')}`);
  });

  it.each(TESSERAL_EVENT_NAMES)('isolates every value in the sentence of %s, so none can reorder it', (name) => {
    // Every string of the details, the actor and the names a right-to-left override: outside the
    // isolates, only the sentence's own words remain.
    const hostile = { actor: `${HOSTILE}jane`, name: (id: string) => `${HOSTILE}${id}`, role: (id: string) => `${HOSTILE}${id}` };
    for (const event of byName.get(name)!.slice(0, 10)) {
      const sentence = englishSummary({ ...event, eventDetails: poisonStrings(event.eventDetails) }, hostile);
      // Only the two "Login with … started" sentences say nothing taken from the event.
      if (!name.endsWith('.initiate')) expect(sentence).toMatch(EMBEDDINGS);
      const outside = outsideIsolates(sentence);
      expect(outside).not.toMatch(EMBEDDINGS);
      expect(outside).not.toContain('gro.live');
    }
  });
});
