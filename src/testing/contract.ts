import type { AuditLogAdapter } from '../adapter/types.js';
import { actorIdsOf, deriveActor, type AuditLogActorKind } from '../model/actor.js';
import { searchMatches } from '../search/match.js';
import { parseSearch } from '../search/parse.js';
import type { AuditLogEvent } from '../model/event.js';
import { parseInstant } from '../model/instant.js';
import { check, checkSameIds, rejection } from './assert.js';
import { checkRejects, checkSameEvent, listAll, namesByCount, ordered, request } from './helpers.js';
import { createContractFixture, type AdapterContractFixture } from './fixture.js';
import type { WireFixture } from './tesseral-fixtures.js';

/** What a setup hands to the contract: the adapter, and how to add events to its backend. */
export interface AdapterContractSubject {
  /** The adapter under test, serving exactly the fixture's events. */
  adapter: AuditLogAdapter;
  /** Adds events to the backend while a person pages; enables the "events arrive" check. */
  insert?(events: AuditLogEvent[]): void | Promise<void>;
}

/** How to run the contract against one adapter. */
export interface AdapterContractOptions {
  /** Shown in test names. */
  name: string;
  /** Makes a fresh subject serving the fixture's events. Called once per check. */
  setup(fixture: AdapterContractFixture): AdapterContractSubject | Promise<AdapterContractSubject>;
  /** Cleans up after each check. */
  teardown?(): void | Promise<void>;
  /** The fixture; default {@link createContractFixture}(). */
  fixture?: AdapterContractFixture;
  /**
   * Recorded answers of the backend's wire format and what the adapter must make of each (see
   * `TESSERAL_LIST_FIXTURES` for Tesseral's). The kit replays each through an adapter made with
   * a `fetch` that answers it, and checks the page or the error code and words.
   */
  wire?: {
    adapter(fetch: (input: string, init?: RequestInit) => Promise<Response>): AuditLogAdapter;
    fixtures: readonly WireFixture[];
  };
}

/** The test-runner functions the kit needs (Vitest's, Jest's, node:test's all fit). */
export interface TestApi {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void>, timeout?: number): void;
}

/**
 * Runs the adapter contract: the behaviour every adapter must have for the viewer to show true
 * rows. Checks what the capabilities promise (and that what they deny is refused, not ignored).
 *
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { describeAdapterContract } from '@audit-log-viewer/react/testing';
 * describeAdapterContract({ describe, it }, {
 *   name: 'my backend',
 *   setup: async (fixture) => ({ adapter: await startMyBackendWith(fixture.events) }),
 * });
 * ```
 */
export function describeAdapterContract(test: TestApi, options: AdapterContractOptions): void {
  const fixture = options.fixture ?? createContractFixture();
  const { events } = fixture;

  const run = (name: string, body: (subject: AdapterContractSubject) => Promise<void>) =>
    test.it(name, async () => {
      const subject = await options.setup(fixture);
      try {
        await body(subject);
      } finally {
        await options.teardown?.();
      }
    }, 60_000);

  test.describe(`adapter contract: ${options.name}`, () => {
    run('declares an id and coherent capabilities', async ({ adapter }) => {
      const c = adapter.capabilities;
      check(typeof adapter.id === 'string' && adapter.id.length > 0, 'id must be a non-empty string.');
      check(c.sorts.length > 0 && c.sorts.every((s) => s === 'newest' || s === 'oldest'), 'sorts must list "newest" and/or "oldest".');
      check(c.pageSizes.length > 0 && c.pageSizes.every((n) => Number.isInteger(n) && n >= 1 && n <= c.maxPageSize), 'pageSizes must be whole numbers from 1 to maxPageSize.');
      check(['none', 'single', 'multiple'].includes(c.eventNameFilter), 'eventNameFilter must be none, single or multiple.');
      check(['none', 'single_user', 'multiple'].includes(c.actorIdFilter), 'actorIdFilter must be none, single_user or multiple.');
    });

    run('lists the first page in order, within the page size, with valid events', async ({ adapter }) => {
      const sort = adapter.capabilities.sorts[0]!;
      const pageSize = adapter.capabilities.pageSizes[0]!;
      const page = await adapter.listEvents(request(adapter, {}));
      const expected = ordered(events, sort).slice(0, pageSize);
      checkSameIds(page.events.map((e) => e.id), expected.map((e) => e.id), 'first page');
      page.events.forEach((e, i) => checkSameEvent(e, expected[i]!, `events[${i}]`, adapter.capabilities.hiddenActors));
      check(page.nextCursor !== null, 'the first page of a larger result must have a next cursor.');
    });

    run('pages through every event exactly once, in order', async ({ adapter }) => {
      for (const sort of adapter.capabilities.sorts) {
        const all = await listAll(adapter, {}, sort);
        checkSameIds(all.map((e) => e.id), ordered(events, sort).map((e) => e.id), `all events, ${sort} first`);
      }
    });

    run('honours every offered page size', async ({ adapter }) => {
      for (const pageSize of adapter.capabilities.pageSizes) {
        const page = await adapter.listEvents(request(adapter, {}, { pageSize }));
        check(page.events.length === Math.min(pageSize, events.length), `pageSize ${pageSize} gave ${page.events.length} events.`);
      }
    });

    run('filters by event name as its capabilities say', async ({ adapter }) => {
      const mode = adapter.capabilities.eventNameFilter;
      const [common, , rare] = namesByCount(events);
      if (mode === 'none') {
        await checkRejects(() => adapter.listEvents(request(adapter, { eventNames: [common!] })), 'unsupported', 'an event-name filter');
        return;
      }
      const one = await listAll(adapter, { eventNames: [rare!] });
      checkSameIds(one.map((e) => e.id), ordered(events.filter((e) => e.eventName === rare), adapter.capabilities.sorts[0]!).map((e) => e.id), `events named ${rare}`);
      const two = { eventNames: [rare!, common!] };
      if (mode === 'single') {
        await checkRejects(() => adapter.listEvents(request(adapter, two)), 'unsupported', 'two event names on a single-name backend');
      } else {
        const both = await listAll(adapter, two);
        checkSameIds(both.map((e) => e.id), ordered(events.filter((e) => e.eventName === rare || e.eventName === common), adapter.capabilities.sorts[0]!).map((e) => e.id), `events named ${rare} or ${common}`);
      }
    });

    run('filters by actor as its capabilities say', async ({ adapter }) => {
      const mode = adapter.capabilities.actorIdFilter;
      const sort = adapter.capabilities.sorts[0]!;
      const user = fixture.actors.find((a) => a.kind === 'user' && events.some((e) => e.actorUserId === a.id))!;
      const apiKey = events.find((e) => e.actorApiKeyId)?.actorApiKeyId;
      check(apiKey, 'the fixture has an event by an API key.');
      if (mode === 'none') {
        await checkRejects(() => adapter.listEvents(request(adapter, { actorIds: [user.id] })), 'unsupported', 'an actor filter');
        return;
      }
      const byUser = await listAll(adapter, { actorIds: [user.id] });
      checkSameIds(byUser.map((e) => e.id), ordered(events.filter((e) => e.actorUserId === user.id), sort).map((e) => e.id), `events by ${user.id}`);
      if (mode === 'single_user') {
        await checkRejects(() => adapter.listEvents(request(adapter, { actorIds: [apiKey] })), 'unsupported', 'an API-key actor on a user-only backend');
      } else {
        const both = await listAll(adapter, { actorIds: [user.id, apiKey] });
        checkSameIds(both.map((e) => e.id), ordered(events.filter((e) => actorIdsOf(e).some((id) => id === user.id || id === apiKey)), sort).map((e) => e.id), 'events by a user or an API key');
      }
    });

    run('filters by actor kind as its capabilities say', async ({ adapter }) => {
      const kinds: AuditLogActorKind[] = ['login', 'system'];
      if (!adapter.capabilities.actorKindFilter) {
        await checkRejects(() => adapter.listEvents(request(adapter, { actorKinds: kinds })), 'unsupported', 'an actor-kind filter');
        return;
      }
      const found = await listAll(adapter, { actorKinds: kinds });
      checkSameIds(found.map((e) => e.id), ordered(events.filter((e) => kinds.includes(deriveActor(e).kind)), adapter.capabilities.sorts[0]!).map((e) => e.id), 'login-flow and system events');
    });

    run('includes both ends of a time range', async ({ adapter }) => {
      const sorted = ordered(events, 'oldest');
      const start = sorted[Math.floor(sorted.length * 0.3)]!.eventTime;
      const end = sorted[Math.floor(sorted.length * 0.6)]!.eventTime;
      if (!adapter.capabilities.timeRange) {
        await checkRejects(() => adapter.listEvents(request(adapter, { timeRange: { start, end } })), 'unsupported', 'a time range');
        return;
      }
      const inside = (e: AuditLogEvent) => parseInstant(e.eventTime) >= parseInstant(start) && parseInstant(e.eventTime) <= parseInstant(end);
      const found = await listAll(adapter, { timeRange: { start, end } });
      checkSameIds(found.map((e) => e.id), ordered(events.filter(inside), adapter.capabilities.sorts[0]!).map((e) => e.id), `events from ${start} to ${end} inclusive`);
      const at = (time: string) => (e: AuditLogEvent) => parseInstant(e.eventTime) === parseInstant(time);
      check(found.some(at(start)) && found.some(at(end)), 'the events exactly at start and end are included.');
    });

    run('searches in the viewer\'s syntax when it says it can', async ({ adapter }) => {
      if (!adapter.capabilities.search) return;
      const sort = adapter.capabilities.sorts[0]!;
      // Searches whose matches do not depend on how the backend names actors.
      for (const search of ['invite', 'event:roles', '"api key"', 'ROLE assigned']) {
        const parsed = parseSearch(search);
        const found = await listAll(adapter, { search });
        checkSameIds(found.map((e) => e.id), ordered(events.filter((e) => searchMatches(parsed, e)), sort).map((e) => e.id), `events matching ${search}`);
      }
      await checkRejects(() => adapter.listEvents(request(adapter, { search: '"unclosed' })), 'invalid_request', 'a search with an unclosed quote');
    });

    run('finds actors for the typeahead, when it offers it', async ({ adapter }) => {
      if (!adapter.searchActors) return;
      const user = fixture.actors.find((a) => a.kind === 'user' && a.email && !a.deleted)!;
      const local = user.email!.split('@')[0]!;
      const found = await adapter.searchActors(local, { signal: new AbortController().signal, limit: 5 });
      check(found.length <= 5, `searchActors gave ${found.length} actors for a limit of 5.`);
      check(found.some((a) => a.id === user.id), `searchActors("${local}") did not find ${user.id}.`);
      check(found.every((a) => a.kind === 'user' || a.kind === 'api_key'), 'searchActors must answer users and API keys only.');
    });

    run('refuses what its capabilities deny instead of ignoring it', async ({ adapter }) => {
      const c = adapter.capabilities;
      if (!c.search) await checkRejects(() => adapter.listEvents(request(adapter, { search: 'invite' })), 'unsupported', 'a search on a backend without search');
      if (!c.sorts.includes('oldest')) await checkRejects(() => adapter.listEvents(request(adapter, {}, { sort: 'oldest' })), 'unsupported', 'an oldest-first sort');
      if (c.pageSizes.length === 1) {
        await checkRejects(() => adapter.listEvents(request(adapter, {}, { pageSize: c.pageSizes[0]! + 1 })), 'unsupported', 'another page size on a fixed-size backend');
      }
    });

    run('rejects a forged cursor with invalid_cursor, never a wrong page', async ({ adapter }) => {
      const first = await adapter.listEvents(request(adapter, {}));
      const real = first.nextCursor!;
      const flipped = real.slice(0, -2) + (real.at(-2) === 'A' ? 'B' : 'A') + real.at(-1);
      for (const cursor of [flipped, 'not-a-cursor', `${real}x`]) {
        await checkRejects(() => adapter.listEvents(request(adapter, {}, { cursor })), 'invalid_cursor', `the cursor ${JSON.stringify(cursor.slice(0, 24))}…`);
      }
    });

    run('rejects with aborted when the signal has fired', async ({ adapter }) => {
      const controller = new AbortController();
      controller.abort();
      await checkRejects(() => adapter.listEvents(request(adapter, {}, { signal: controller.signal })), 'aborted', 'a list call with an aborted signal');
    });

    run('keeps paging stable while events arrive: no repeat, no skip', async ({ adapter, insert }) => {
      if (!insert) return;
      const sort = adapter.capabilities.sorts[0]!;
      const expected = ordered(events, sort).map((e) => e.id);
      const template = events.find((e) => e.eventName.startsWith('tesseral.users.update'))!;
      let n = 0;
      const arrivals: AuditLogEvent[] = [];
      const arrival = (time: number): AuditLogEvent => {
        const event = { ...template, id: `audit_log_event_inserted${String(++n).padStart(4, '0')}`, eventTime: new Date(time).toISOString() };
        arrivals.push(event);
        return event;
      };
      const times = events.map((e) => Date.parse(e.eventTime));
      const all = await listAll(adapter, {}, sort, adapter.capabilities.pageSizes[0]!, async (page) => {
        if (page > 2) return;
        // Newer than everything, older than everything, and in the part not yet paged through.
        const middle = times[Math.floor(times.length / 2)]! - 1;
        await insert([arrival(Math.max(...times) + 60_000), arrival(Math.min(...times) - 60_000), arrival(middle)]);
      });
      // A backend may page a snapshot (arrivals wait for a new first page) or the live log
      // (Tesseral: its token is a position, so an arrival in the part not yet read shows up there).
      // Either way no event comes twice, none is skipped, and the order holds.
      const arrived = new Set(arrivals.map((e) => e.id));
      checkSameIds(all.map((e) => e.id).filter((id) => !arrived.has(id)), expected, 'paging while events arrive');
      check(new Set(all.map((e) => e.id)).size === all.length, 'paging while events arrive showed an event twice.');
      const inOrder = ordered(all, sort).map((e) => e.id);
      checkSameIds(all.map((e) => e.id), inOrder, 'paging while events arrive (order)');
      const fresh = await adapter.listEvents(request(adapter, {}));
      check(fresh.events.some((e) => arrived.has(e.id)), 'a new first page shows the events that arrived.');
    });

    run('looks up events by id, when it can', async ({ adapter }) => {
      if (!adapter.getEvent) return;
      const signal = new AbortController().signal;
      const target = events[Math.floor(events.length / 3)]!;
      const found = await adapter.getEvent(target.id, { signal });
      check(found, `getEvent(${target.id}) found nothing.`);
      checkSameEvent(found, target, 'getEvent', adapter.capabilities.hiddenActors);
      check((await adapter.getEvent('audit_log_event_doesnotexist', { signal })) === null, 'getEvent of an unknown id must be null.');
    });

    run('resolves actors and marks deleted ones, when it can', async ({ adapter }) => {
      if (!adapter.getActors) return;
      const signal = new AbortController().signal;
      const lookupKinds = adapter.capabilities.actorLookup;
      const known = fixture.actors.filter((a) => lookupKinds.includes(a.kind));
      const deleted = fixture.deletedActors.filter((a) => lookupKinds.includes(a.kind));
      const refs = [...known, ...deleted].map(({ kind, id }) => ({ kind, id }));
      const infos = await adapter.getActors(refs, { signal });
      for (const actor of known) {
        const info = infos.find((i) => i.id === actor.id);
        check(info && !info.deleted, `actor ${actor.id} was not resolved.`);
        check(info.displayName === actor.displayName && (actor.email === undefined || info.email === actor.email),
          `actor ${actor.id}: expected ${actor.displayName ?? ''} ${actor.email ?? ''}, got ${info.displayName ?? ''} ${info.email ?? ''}.`);
      }
      for (const actor of deleted) {
        check(infos.find((i) => i.id === actor.id)?.deleted === true, `deleted actor ${actor.id} must come back with deleted: true.`);
      }
    });

    run('streams every event of a filter in order, when it can', async ({ adapter }) => {
      if (!adapter.streamEvents) return;
      const sort = adapter.capabilities.sorts[0]!;
      const sorted = ordered(events, 'oldest');
      const start = sorted[Math.floor(sorted.length * 0.2)]!.eventTime;
      const end = sorted[Math.floor(sorted.length * 0.9)]!.eventTime;
      const inside = (e: AuditLogEvent) => parseInstant(e.eventTime) >= parseInstant(start) && parseInstant(e.eventTime) <= parseInstant(end);
      const [, common] = namesByCount(events);
      for (const [filter, keep] of [
        [{}, () => true],
        [{ timeRange: { start, end } }, inside],
        [{ eventNames: [common!], timeRange: { end } }, (e: AuditLogEvent) => e.eventName === common && parseInstant(e.eventTime) <= parseInstant(end)],
      ] as const) {
        const streamed: AuditLogEvent[] = [];
        for await (const page of adapter.streamEvents({ filter, sort, signal: new AbortController().signal })) streamed.push(...page.events);
        checkSameIds(streamed.map((e) => e.id), ordered(events.filter(keep), sort).map((e) => e.id), `streamEvents(${JSON.stringify(filter)})`);
      }
    });

    run('names roles and marks deleted ones, when it can', async ({ adapter }) => {
      if (!adapter.getRoles) return;
      const ids = [...fixture.roles.map((r) => r.id), ...fixture.deletedRoles];
      const infos = await adapter.getRoles(ids, { signal: new AbortController().signal });
      for (const role of fixture.roles) {
        const info = infos.find((i) => i.id === role.id);
        check(info && !info.deleted && info.displayName === role.displayName, `role ${role.id}: expected ${role.displayName ?? ''}, got ${JSON.stringify(info)}.`);
      }
      for (const id of fixture.deletedRoles) check(infos.find((i) => i.id === id)?.deleted === true, `deleted role ${id} must come back with deleted: true.`);
    });

    for (const answer of options.wire?.fixtures ?? []) {
      test.it(`reads the backend's own answer: ${answer.name}`, async () => {
        const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
        const adapter = options.wire!.adapter(async () => new Response(body, { status: answer.status, headers: { 'content-type': 'application/json', ...answer.headers } }));
        const listing = adapter.listEvents(request(adapter, {}));
        if (answer.page) {
          const page = await listing;
          checkSameIds(page.events.map((e) => e.id), answer.page.ids, answer.name);
          check((page.nextCursor !== null) === answer.page.next, `${answer.name}: nextCursor should be ${answer.page.next ? 'set' : 'null'}, got ${JSON.stringify(page.nextCursor)}.`);
          page.events.forEach((e) => check(actorIdsOf(e).every((id) => id !== ''), `${answer.name}: ${e.id} keeps an empty actor id.`));
        } else {
          await checkRejects(() => listing, answer.error!.code, answer.name);
          const error = (await rejection(() => listing, answer.name)) as Error;
          check(error.message.includes(answer.error!.says), `${answer.name}: the message "${error.message}" should say "${answer.error!.says}".`);
        }
      });
    }

    run('lists the event names present, when it can', async ({ adapter }) => {
      if (!adapter.listEventNames) return;
      const names = await adapter.listEventNames({ signal: new AbortController().signal });
      checkSameIds(names, [...new Set(events.map((e) => e.eventName))].sort(), 'event names');
    });
  });
}
