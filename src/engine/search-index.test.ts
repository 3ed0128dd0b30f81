import { describe, expect, it } from 'vitest';
import { AuditLogError } from '../errors.js';
import { generateDataset } from '../mock/generate.js';
import type { AuditLogEvent } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';
import { searchMatches } from '../search/match.js';
import { parseSearch } from '../search/parse.js';
import { createQueryEngine, type QueryEngine } from './engine.js';
import { createFullTextSearch } from './search-index.js';

const END = Date.parse('2025-07-01T12:00:00.000Z');
const dataset = generateDataset({ seed: 11, size: 3000, end: END, days: 30 });
const directory = new Map<string, string[]>();
for (const org of dataset.organizations) {
  for (const [id, user] of org.users) directory.set(id, [user.displayName, user.email].filter((v): v is string => typeof v === 'string'));
  for (const [id, key] of org.apiKeys) directory.set(id, [key.displayName].filter((v): v is string => typeof v === 'string'));
}
const actorNames = (id: string) => directory.get(id);

function pageAll(engine: QueryEngine, filter: AuditLogListFilter, pageSize = 37): string[] {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = engine.list({ filter, pageSize, cursor });
    ids.push(...page.events.map((e) => e.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

/** The oracle: every event tested by the plain matcher, in the engine's newest-first order. */
function expected(engine: QueryEngine, search: string, filter: AuditLogListFilter = {}): string[] {
  const parsed = parseSearch(search);
  const byId = new Map(dataset.events.map((e) => [e.id, e] as [string, AuditLogEvent]));
  return pageAll(engine, filter, 1000).filter((id) => searchMatches(parsed, byId.get(id)!, actorNames));
}

describe('full-text search in the engine', () => {
  const engine = createQueryEngine({ events: dataset.events, search: createFullTextSearch({ actorNames }) });
  const someUser = dataset.organizations[0]!.users.values().next().value!;
  const email = String(someUser.email);
  const searches = [
    'invite', 'invi', 'session', 'tesseral', 'role', '"user updated"', 'event:api_keys', 'event:"API key"',
    `user:${email}`, `actor:${email.split('@')[0]}`, `"${email}"`, email.split('@')[1]!, 'user.email:acme',
    'saml', 'created revoked', 'zzzznothing', 'ÉVÉNEMENT', 'SESSION refresh',
  ];

  it.each(searches)('pages through exactly the events that match %s', (search) => {
    const got = pageAll(engine, { search });
    expect(got).toEqual(expected(engine, search));
  });

  it('finds something for the common terms and nothing for absent ones', () => {
    expect(pageAll(engine, { search: 'session' }).length).toBeGreaterThan(100);
    expect(pageAll(engine, { search: 'invite' }).length).toBeGreaterThan(0);
    expect(pageAll(engine, { search: `user:${email}` }).length).toBeGreaterThan(0);
    expect(pageAll(engine, { search: 'zzzznothing' })).toEqual([]);
  });

  it('combines search with the other filters', () => {
    const filter: AuditLogListFilter = {
      eventNames: ['tesseral.users.update', 'tesseral.sessions.create'],
      actorKinds: ['user'],
      timeRange: { start: new Date(END - 10 * 86_400_000).toISOString() },
    };
    for (const search of ['session', email.split('@')[0]!, 'owner']) {
      expect(pageAll(engine, { ...filter, search })).toEqual(expected(engine, search, filter));
    }
  });

  it('indexes events inserted after the first search', () => {
    const own = createQueryEngine({ events: dataset.events.slice(0, 100), search: createFullTextSearch() });
    expect(pageAll(own, { search: 'xylophone' })).toEqual([]);
    own.insert([{ id: 'audit_log_event_new', eventTime: '2020-01-01T00:00:00Z', eventName: 'acme.music.play', eventDetails: { instrument: 'Xylophone' } }]);
    expect(pageAll(own, { search: 'xylo' })).toEqual(['audit_log_event_new']);
  });

  it('refuses a search it cannot read with a message that names the field', () => {
    try {
      engine.list({ filter: { search: '"open' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AuditLogError);
      expect((error as AuditLogError).code).toBe('invalid_request');
      expect((error as AuditLogError).message).toBe('filter.search: A quote is not closed: add " after "open.');
    }
  });

  it('keeps indexes apart: two engines never see each other\'s events', () => {
    const search = createFullTextSearch();
    const a = createQueryEngine({ events: [{ id: 'audit_log_event_a', eventTime: '2025-01-01T00:00:00Z', eventName: 'x.alpha.y', eventDetails: {} }], search });
    const b = createQueryEngine({ events: [{ id: 'audit_log_event_b', eventTime: '2025-01-01T00:00:00Z', eventName: 'x.beta.y', eventDetails: {} }], search });
    expect(pageAll(a, { search: 'beta' })).toEqual([]);
    expect(pageAll(b, { search: 'beta' })).toEqual(['audit_log_event_b']);
  });
});
