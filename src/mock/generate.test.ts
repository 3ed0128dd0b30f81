import { describe, expect, it } from 'vitest';
import { deriveActor } from '../model/actor.js';
import { describeEventName, TESSERAL_EVENT_NAMES } from '../model/catalogue.js';
import { generateDataset } from './generate.js';
import { SNAPSHOTS, TESSERAL_WRITERS, WRITER_ACTOR_FIELDS, type TesseralWriter } from './tesseral/writers.js';

const END = Date.parse('2025-07-01T12:00:00.000Z');
const dataset = generateDataset({ seed: 11, size: 4000, end: END, days: 60 });
const { events } = dataset;

/** Every object inside a value, depth first. */
function* objects(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const item of value) yield* objects(item);
  else if (value && typeof value === 'object') {
    yield value as Record<string, unknown>;
    for (const child of Object.values(value)) yield* objects(child);
  }
}

describe('the mock data generator', () => {
  it('is deterministic: the same seed, size and end give the same events', () => {
    const a = generateDataset({ seed: 5, size: 600, end: END });
    const b = generateDataset({ seed: 5, size: 600, end: END });
    expect(JSON.stringify(a.events)).toBe(JSON.stringify(b.events));
    expect(JSON.stringify(generateDataset({ seed: 6, size: 600, end: END }).events)).not.toBe(JSON.stringify(a.events));
  });

  it('makes exactly the requested number of events, oldest first, inside the time span', () => {
    expect(events).toHaveLength(4000);
    const times = events.map((e) => Date.parse(e.eventTime));
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
    expect(times[0]).toBeGreaterThanOrEqual(END - 60 * 86_400_000);
    expect(times.at(-1)).toBeLessThanOrEqual(END);
  });

  it('uses all 39 Tesseral events and custom events of the vendor', () => {
    const names = new Set(events.map((e) => e.eventName));
    expect(TESSERAL_EVENT_NAMES.filter((n) => !names.has(n))).toEqual([]);
    const custom = events.filter((e) => !e.eventName.startsWith('tesseral.'));
    expect(custom.length).toBeGreaterThan(400);
    // Valid for Tesseral's create API, and with nested details.
    for (const e of custom) expect(e.eventName).toMatch(/^[a-z0-9_]+\.[a-z0-9_]+\.[a-z0-9_]+$/);
    expect(custom.some((e) => [...objects(e.eventDetails)].length >= 3)).toBe(true);
    // sessions.refresh is the most frequent event, as in production.
    const counts = new Map<string, number>();
    for (const e of events) counts.set(e.eventName, (counts.get(e.eventName) ?? 0) + 1);
    expect([...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]).toBe('tesseral.sessions.refresh');
  });

  it('gives ids in Tesseral\'s format whose order is time order (UUIDv7)', () => {
    for (const e of events) expect(e.id).toMatch(/^audit_log_event_[0-9a-z]{25}$/);
    const byId = [...events].sort((a, b) => (a.id < b.id ? -1 : 1));
    const byTime = [...events].sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime) || (a.id < b.id ? -1 : 1));
    expect(byId.map((e) => e.id)).toEqual(byTime.map((e) => e.id));
  });

  it('writes details with the keys of the catalogue, protojson-shaped (no false/empty non-optional fields)', () => {
    for (const e of events.filter((x) => x.eventName.startsWith('tesseral.'))) {
      const type = describeEventName(e.eventName);
      for (const key of Object.keys(e.eventDetails)) expect(type.detailsKeys, `${e.eventName} has ${key}`).toContain(key);
      for (const obj of objects(e.eventDetails)) {
        for (const [key, value] of Object.entries(obj)) {
          expect(value, `${e.eventName}.${key}`).not.toBe('');
          if (['revoked', 'hasAuthenticatorApp'].includes(key)) expect(value, `${e.eventName}.${key}`).toBe(true);
          if (Array.isArray(value) && key !== 'actions') expect(value.length, `${e.eventName}.${key}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it("writes each event as Tesseral's code does: its details keys, snapshot fields and actor (tesseral/writers.ts)", () => {
    const ACTOR_FIELDS = ['actorUserId', 'actorSessionId', 'actorApiKeyId', 'actorBackendApiKeyId', 'actorIntermediateSessionId', 'actorScimApiKeyId'] as const;
    const seen = new Map<string, Set<TesseralWriter>>();
    const checkSnapshot = (where: string, value: unknown, kind: string) => {
      const fields = SNAPSHOTS[kind]!;
      expect(value, where).toBeTypeOf('object');
      const keys = Object.keys(value as object);
      for (const key of fields.always) expect(keys, `${where} lacks ${key}`).toContain(key);
      for (const key of keys) expect([...fields.always, ...fields.maybe], `${where} has ${key}, which Tesseral never writes`).toContain(key);
    };
    for (const e of events.filter((x) => x.eventName.startsWith('tesseral.'))) {
      const row = TESSERAL_WRITERS[e.eventName];
      expect(row, e.eventName).toBeDefined();
      const set = ACTOR_FIELDS.filter((f) => e[f] !== undefined).sort();
      const writer = row!.writers.find((w) => JSON.stringify([...WRITER_ACTOR_FIELDS[w]].sort()) === JSON.stringify(set));
      expect(writer, `${e.eventName} has actor fields [${set.join(', ')}], which none of its writers (${row!.writers.join(', ')}) sets`).toBeDefined();
      if (!seen.has(e.eventName)) seen.set(e.eventName, new Set());
      seen.get(e.eventName)!.add(writer!);
      if (row!.bare) {
        checkSnapshot(e.eventName, e.eventDetails, row!.bare);
        continue;
      }
      for (const key of Object.keys(e.eventDetails)) expect(Object.keys(row!.details), `${e.eventName} has ${key}`).toContain(key);
      for (const [key, spec] of Object.entries(row!.details)) {
        const value = e.eventDetails[key];
        if (value === undefined) {
          expect(spec.optional, `${e.eventName} lacks ${key}`).toBe(true);
          continue;
        }
        if (spec.value === 'strings') expect(Array.isArray(value) && value.length > 0, `${e.eventName}.${key}`).toBe(true);
        else if (spec.value === 'id') expect(value, `${e.eventName}.${key}`).toMatch(/^[a-z_]+_[0-9a-z]{25}$/);
        else checkSnapshot(`${e.eventName}.${key}`, value, spec.value);
      }
    }
    expect([...seen.keys()].sort()).toEqual([...TESSERAL_EVENT_NAMES].sort());
    // The writers that matter to a viewer all occur: a login, SCIM, the backend and none at all.
    expect(seen.get('tesseral.users.create')).toEqual(new Set(['login', 'scim', 'backend']));
    expect(seen.get('tesseral.sessions.create')).toEqual(new Set(['login', 'none']));
  });

  it('writes sessions, API keys and custom events with what Tesseral puts in them, and nothing it never writes', () => {
    const sessions = events.filter((e) => e.eventName === 'tesseral.sessions.create');
    for (const e of sessions) {
      const session = e.eventDetails.session as Record<string, unknown>;
      expect(session.primaryAuthFactor).not.toBe('PRIMARY_AUTH_FACTOR_IMPERSONATION');
      // An impersonated session: the impersonator's email, no factor, and no actor (impersonate.go:72-119).
      const impersonated = session.impersonatorEmail !== undefined;
      expect(impersonated ? [session.primaryAuthFactor, e.actorIntermediateSessionId] : [e.actorIntermediateSessionId !== undefined], e.id).toEqual(impersonated ? [undefined, undefined] : [true]);
    }
    expect(sessions.some((e) => (e.eventDetails.session as Record<string, unknown>).primaryAuthFactor === undefined && e.actorIntermediateSessionId)).toBe(true); // a password login
    for (const e of events.filter((x) => x.eventName === 'tesseral.api_keys.revoke' || x.eventName === 'tesseral.api_keys.delete')) {
      expect((e.eventDetails.apiKey as Record<string, unknown>).secretTokenSuffix, e.id).toBeUndefined();
    }
    // A custom event written with only organizationId has no actor at all; with a user id, no session.
    const custom = events.filter((e) => !e.eventName.startsWith('tesseral.'));
    expect(custom.some((e) => deriveActor(e).kind === 'system')).toBe(true);
    expect(custom.some((e) => e.actorUserId && !e.actorSessionId)).toBe(true);
    expect(custom.some((e) => e.actorBackendApiKeyId || e.actorScimApiKeyId || e.actorIntermediateSessionId)).toBe(false);
  });

  it('carries true before/after snapshots on updates and revokes', () => {
    let checked = 0;
    for (const e of events) {
      const [pair] = describeEventName(e.eventName).snapshots;
      if (!pair || pair.current === 'googleHostedDomains' || pair.current === 'microsoftTenantIds') continue;
      const after = e.eventDetails[pair.current];
      const before = e.eventDetails[pair.previous];
      expect(after, e.eventName).toBeDefined();
      expect(before, e.eventName).toBeDefined();
      expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
      if (!Array.isArray(after)) {
        const a = after as Record<string, unknown>;
        expect(a.id).toBe((before as Record<string, unknown>).id);
        expect(a.updateTime, `${e.eventName} updateTime`).toBe(e.eventTime);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('names real actors: users of the organization, typed kinds of every sort', () => {
    const kinds = new Set(events.map((e) => deriveActor(e).kind));
    expect([...kinds].sort()).toEqual(['api_key', 'backend_api_key', 'login', 'scim_api_key', 'system', 'user']);
    for (const e of events) {
      const org = dataset.organizations.find((o) => o.id === e.organizationId)!;
      expect(org, e.id).toBeDefined();
      if (e.actorUserId) expect(org.users.has(e.actorUserId), `${e.eventName} by ${e.actorUserId}`).toBe(true);
    }
  });

  it('has several organizations, one without events, and deleted users whose events remain', () => {
    expect(dataset.organizations.length).toBeGreaterThanOrEqual(3);
    const empty = dataset.organizations.find((o) => o.spec.weight === 0)!;
    expect(events.some((e) => e.organizationId === empty.id)).toBe(false);
    const deleted = dataset.organizations.flatMap((o) => [...o.deletedUserIds]);
    expect(deleted.length).toBeGreaterThan(0);
    expect(events.some((e) => e.actorUserId && deleted.includes(e.actorUserId))).toBe(true);
  });
});
