import { actorIdsOf, deriveActor } from '../model/actor.js';
import type { AuditLogEvent } from '../model/event.js';
import { parseInstant } from '../model/instant.js';
import { searchMatches } from '../search/match.js';
import { parseSearch } from '../search/parse.js';
import { check, checkSameIds, rejection } from './assert.js';
import type { AdapterContractOptions, ContractRun, TestApi } from './contract.js';
import type { AdapterContractFixture } from './fixture.js';
import type { AuditLogListFilter } from '../model/query.js';
import { checkRejects, checkSameEvent, listAll, namesByCount, ordered, request } from './helpers.js';

/**
 * The checks of what an adapter may or may not offer (search, the typeahead, events arriving,
 * get by id, actor and role lookups, streaming, event names) and the replay of recorded wire
 * answers. A check whose subject the adapter lacks is skipped, saying why.
 */
export function optionalChecks(run: ContractRun, fixture: AdapterContractFixture, options: AdapterContractOptions, test: TestApi): void {
  const { events } = fixture;
    run('searches in the viewer\'s syntax when it says it can', async ({ adapter }, skip) => {
      if (!adapter.capabilities.search) return skip('the adapter declares no search');
      const sort = adapter.capabilities.sorts[0]!;
      // Searches whose matches do not depend on how the backend names actors.
      for (const search of ['invite', 'event:roles', '"api key"', 'ROLE assigned']) {
        const parsed = parseSearch(search);
        const found = await listAll(adapter, { search });
        checkSameIds(found.map((e) => e.id), ordered(events.filter((e) => searchMatches(parsed, e)), sort).map((e) => e.id), `events matching ${search}`);
      }
      await checkRejects(() => adapter.listEvents(request(adapter, { search: '"unclosed' })), 'invalid_request', 'a search with an unclosed quote');
    });

    run('finds actors for the typeahead, when it offers it', async ({ adapter }, skip) => {
      if (!adapter.searchActors) return skip('the adapter has no searchActors');
      const user = fixture.actors.find((a) => a.kind === 'user' && a.email && !a.deleted)!;
      const local = user.email!.split('@')[0]!;
      const found = await adapter.searchActors(local, { signal: new AbortController().signal, limit: 5 });
      check(found.length <= 5, `searchActors gave ${found.length} actors for a limit of 5.`);
      check(found.some((a) => a.id === user.id), `searchActors("${local}") did not find ${user.id}.`);
      check(found.every((a) => a.kind === 'user' || a.kind === 'api_key'), 'searchActors must answer users and API keys only.');
    });

    run('keeps paging stable while events arrive: no repeat, no skip', async ({ adapter, insert }, skip) => {
      if (!insert) return skip('the setup gives no insert()');
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

    run('looks up events by id, when it can', async ({ adapter }, skip) => {
      if (!adapter.getEvent) return skip('the adapter has no getEvent');
      const signal = new AbortController().signal;
      const target = events[Math.floor(events.length / 3)]!;
      const found = await adapter.getEvent(target.id, { signal });
      check(found, `getEvent(${target.id}) found nothing.`);
      checkSameEvent(found, target, 'getEvent', adapter.capabilities.hiddenActors);
      check((await adapter.getEvent('audit_log_event_doesnotexist', { signal })) === null, 'getEvent of an unknown id must be null.');
    });

    run('resolves actors and marks deleted ones, when it can', async ({ adapter }, skip) => {
      if (!adapter.getActors) return skip('the adapter has no getActors');
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

    run('streams every event of a filter in order, when it can', async ({ adapter }, skip) => {
      if (!adapter.streamEvents) return skip('the adapter has no streamEvents');
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

    run('names roles and marks deleted ones, when it can', async ({ adapter }, skip) => {
      if (!adapter.getRoles) return skip('the adapter has no getRoles');
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

    run('counts what it lists, when it can', async ({ adapter }, skip) => {
      if (!adapter.countEvents) return skip('the adapter has no countEvents');
      const [rare] = namesByCount(events);
      const filters: AuditLogListFilter[] = [{}, ...(adapter.capabilities.eventNameFilter === 'none' ? [] : [{ eventNames: [rare!] }])];
      for (const filter of filters) {
        const listed = (await listAll(adapter, filter)).length;
        const counted = await adapter.countEvents({ filter, signal: new AbortController().signal });
        check(counted.exact ? counted.count === listed : counted.count <= listed, `countEvents(${JSON.stringify(filter)}) said ${JSON.stringify(counted)}, and ${listed} events are listed.`);
      }
    });

    run('draws a timeline of what it lists, when it can', async ({ adapter }, skip) => {
      if (!adapter.histogramEvents) return skip('the adapter has no histogramEvents');
      const [rare] = namesByCount(events);
      const filters: AuditLogListFilter[] = [{}, ...(adapter.capabilities.eventNameFilter === 'none' ? [] : [{ eventNames: [rare!] }])];
      for (const filter of filters) {
        const listed = await listAll(adapter, filter);
        const { buckets } = await adapter.histogramEvents({ filter, timeZone: 'Asia/Kolkata', signal: new AbortController().signal });
        for (const bucket of buckets) {
          const [start, end] = [parseInstant(bucket.start), parseInstant(bucket.end)];
          const inside = listed.filter((e) => parseInstant(e.eventTime) >= start && parseInstant(e.eventTime) < end).length;
          check(bucket.count === inside, `histogramEvents(${JSON.stringify(filter)}): the bar from ${bucket.start} counts ${bucket.count}, and ${inside} listed events fall in it.`);
        }
        const drawn = buckets.reduce((sum, b) => sum + b.count, 0);
        check(drawn === listed.length, `histogramEvents(${JSON.stringify(filter)}): the bars hold ${drawn} events, and ${listed.length} are listed.`);
      }
      await checkRejects(() => adapter.histogramEvents!({ filter: {}, timeZone: 'Nowhere/Atlantis', signal: new AbortController().signal }), 'invalid_request', 'an unknown time zone');
    });

    run('counts each option of the filters as it lists, when it can', async ({ adapter }, skip) => {
      if (!adapter.facetEvents) return skip('the adapter has no facetEvents');
      const signal = new AbortController().signal;
      const listed = await listAll(adapter, {});
      const names = await adapter.facetEvents({ filter: {}, field: 'eventName', signal });
      for (const { value, count } of names.values) {
        const truth = listed.filter((e) => e.eventName === value).length;
        check(count === truth, `facetEvents(eventName): ${value} counts ${count}, and ${truth} are listed.`);
      }
      if (names.complete) check(names.values.reduce((sum, v) => sum + v.count, 0) === listed.length, 'facetEvents(eventName): the counts must add up to the events listed.');
      const actors = await adapter.facetEvents({ filter: {}, field: 'actorId', signal });
      for (const { value, count } of actors.values) {
        const truth = listed.filter((e) => deriveActor(e).id === value).length;
        check(count === truth, `facetEvents(actorId): ${value} counts ${count}, and ${truth} listed events are by it.`);
      }
      check(actors.values.length > 0, 'facetEvents(actorId) counts no actor at all.');
    });

    run('lists the event names present, when it can', async ({ adapter }, skip) => {
      if (!adapter.listEventNames) return skip('the adapter has no listEventNames');
      const names = await adapter.listEventNames({ signal: new AbortController().signal });
      checkSameIds(names, [...new Set(events.map((e) => e.eventName))].sort(), 'event names');
    });
}
