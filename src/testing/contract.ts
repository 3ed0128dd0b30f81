import type { AuditLogAdapter } from '../adapter/types.js';
import { actorIdsOf, deriveActor, type AuditLogActorKind } from '../model/actor.js';
import type { AuditLogEvent } from '../model/event.js';
import { parseInstant } from '../model/instant.js';
import { check, checkSameIds, rejection } from './assert.js';
import { checkRejects, checkSameEvent, listAll, namesByCount, ordered, request } from './helpers.js';
import { createContractFixture, type AdapterContractFixture } from './fixture.js';
import type { WireFixture } from './tesseral-fixtures.js';
import { optionalChecks } from './contract-optional.js';

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
  /**
   * Told of each check skipped because the adapter lacks what it is about, when the runner's
   * context cannot mark a test skipped (Jest); default: a console warning naming it.
   */
  onSkip?(check: string, why: string): void;
  wire?: {
    adapter(fetch: (input: string, init?: RequestInit) => Promise<Response>): AuditLogAdapter;
    fixtures: readonly WireFixture[];
  };
}

/** The test-runner functions the kit needs (Vitest's, Jest's, node:test's all fit). */
export interface TestApi {
  describe(name: string, body: () => void): void;
  /**
   * Registers a check. The runner's test context, when it passes one with a `skip(note)` (Vitest,
   * node:test), marks a check with nothing to check as skipped.
   */
  it(name: string, body: (context?: { skip?(note?: string): void }) => Promise<void>, timeout?: number): void;
}

/** Thrown inside a check to skip it: the adapter lacks what the check is about. */
class Skipped extends Error {}

/** Registers one check; its body may skip it, saying why. */
export type ContractRun = (name: string, body: (subject: AdapterContractSubject, skip: (why: string) => never) => Promise<void>) => void;

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

  const run: ContractRun = (name, body) =>
    test.it(name, async (context) => {
      const subject = await options.setup(fixture);
      let skipped: string | null = null;
      try {
        await body(subject, (why) => {
          throw new Skipped(why);
        });
      } catch (error) {
        if (!(error instanceof Skipped)) throw error;
        skipped = error.message;
      } finally {
        await options.teardown?.();
      }
      // A check with nothing to check is reported as skipped, with its reason, never as passed.
      if (skipped !== null) {
        if (context?.skip) context.skip(skipped);
        else if (options.onSkip) options.onSkip(name, skipped);
        else console.warn(`[adapter contract] ${options.name}: skipped "${name}": ${skipped}`);
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

    optionalChecks(run, fixture, options, test);
  });
}
