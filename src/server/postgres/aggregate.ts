import { bucketEdges, checkTimeZone, chooseInterval } from '../../engine/buckets.js';
import { FACET_LIMIT } from '../../engine/aggregate.js';
import type { NormalizedFilter } from '../../engine/filter.js';
import { AuditLogError } from '../../errors.js';
import { principalId } from '../../model/actor.js';
import type { AuditLogEvent, AuditLogSort } from '../../model/event.js';
import type { AuditLogListFilter } from '../../model/query.js';
import type { ParsedSearch } from '../../search/parse.js';
import { searchMatches } from '../../search/match.js';
import type { AuditLogStore } from '../store.js';
import type { SqlClient } from './client.js';

/** How many rows an aggregate of a search tests at most, newest first: past it the answer says it is not complete, as the engine's does. */
const SEARCH_WALK_CAP = 20_000;
const CHUNK = 500;

type Read = (filter: AuditLogListFilter, organizationId: string) => { normalized: NormalizedFilter; search: ParsedSearch | null; test: ParsedSearch | null };
type Where = (filter: NormalizedFilter, organizationId: string, params: unknown[], search?: ParsedSearch | null) => string;
type Rows = (where: string, params: unknown[], sort: AuditLogSort, after: { time: number; id: string } | null, snapshot: number | null, limit: number) => Promise<{ event: AuditLogEvent; time_ms: number; id: string }[]>;

const bar = (edges: number[], i: number, count: number) => ({ start: new Date(edges[i]!).toISOString(), end: new Date(edges[i + 1]!).toISOString(), count });

/**
 * The histogram and the facets on PostgreSQL, with the engine's answers: the span is the filter's
 * range closed by the first and last match, the buckets are the engine's own edges in the zone
 * (src/engine/buckets.ts) counted by `width_bucket`; a search is tested by the engine's matcher on
 * at most 20,000 rows, newest first, and then says it is not complete. A whole organization's
 * facets are read from the counts kept on insert (schema.ts).
 */
export function postgresAggregates(client: SqlClient, read: Read, whereOf: Where, rows: Rows): Pick<AuditLogStore, 'histogram' | 'facets'> {
  /** A search's matches newest first, to the cap; gives the time of the last row tested when the cap stopped it. */
  async function walk(where: string, params: unknown[], search: ParsedSearch, visit: (event: AuditLogEvent, time: number) => void): Promise<number | null> {
    let tested = 0;
    for (let from: { time: number; id: string } | null = null; ; ) {
      const chunk = await rows(where, params, 'newest', from, null, CHUNK);
      for (const row of chunk) {
        if (searchMatches(search, row.event)) visit(row.event, row.time_ms);
        if (++tested >= SEARCH_WALK_CAP) return row.time_ms;
      }
      if (chunk.length < CHUNK) return null;
      from = { time: chunk[chunk.length - 1]!.time_ms, id: chunk[chunk.length - 1]!.id };
    }
  }

  return {
    async histogram(scope, filter, timeZone) {
      const zone = checkTimeZone(timeZone);
      const { normalized, search, test } = read(filter, scope.organizationId);
      const params: unknown[] = [];
      const where = whereOf(normalized, scope.organizationId, params, search);
      if (test) {
        const times: number[] = [];
        const reach = await walk(where, params, test, (_, time) => times.push(time));
        if (!times.length && reach === null) return { interval: chooseInterval(0, 0), buckets: [], complete: true };
        const first = times.length ? times[times.length - 1]! : reach!;
        const last = times.length ? times[0]! : reach!;
        const start = normalized.start ?? (reach !== null ? Math.min(first, reach) : first);
        const end = normalized.end ?? last;
        const interval = chooseInterval(start, end);
        const edges = bucketEdges(start, end, interval, zone);
        const counts = new Array<number>(edges.length - 1).fill(0);
        let bucket = counts.length - 1;
        for (const time of times) {
          while (bucket > 0 && time < edges[bucket]!) bucket--;
          counts[bucket]!++;
        }
        if (reach === null) return { interval, buckets: counts.map((count, i) => bar(edges, i, count)), complete: true };
        const whole = edges.findIndex((edge) => edge > reach);
        const kept = whole === -1 ? [] : counts.map((count, i) => ({ count, i })).filter(({ i }) => i >= whole);
        return { interval, buckets: kept.map(({ count, i }) => bar(edges, i, count)), complete: false };
      }
      const { rows: span } = await client.query<{ lo: number | null; hi: number | null }>(`select min(time_ms) as lo, max(time_ms) as hi from audit_log_events where ${where}`, params);
      if (span[0]?.lo === null || span[0]?.lo === undefined) return { interval: chooseInterval(0, 0), buckets: [], complete: true };
      const start = normalized.start ?? Number(span[0].lo);
      const end = normalized.end ?? Number(span[0].hi);
      const interval = chooseInterval(start, end);
      const edges = bucketEdges(start, end, interval, zone);
      const counts = new Array<number>(edges.length - 1).fill(0);
      // width_bucket gives 1…n for the n buckets between the edges; the last bucket holds its end (as the engine's does).
      const at = params.length;
      const { rows: found } = await client.query<{ b: number; n: string | number }>(
        `select least(width_bucket(time_ms, $${at + 1}::float8[]), ${counts.length}) as b, count(*) as n from audit_log_events where ${where} group by 1`,
        [...params, edges],
      );
      for (const row of found) if (row.b >= 1) counts[Number(row.b) - 1]! += Number(row.n);
      return { interval, buckets: counts.map((count, i) => bar(edges, i, count)), complete: true };
    },

    async facets(scope, filter, field) {
      if (field !== 'eventName' && field !== 'actorId') throw new AuditLogError('invalid_request', 'field must be "eventName" or "actorId".', { status: 400 });
      const { normalized, search, test } = read(filter, scope.organizationId);
      const params: unknown[] = [];
      const where = whereOf(normalized, scope.organizationId, params, search);
      const counts = new Map<string, number>();
      let exact = true;
      const wholeOrganization = !search && !normalized.eventNames && !normalized.actorIds && !normalized.actorKinds && normalized.start === null && normalized.end === null;
      if (wholeOrganization) {
        const { rows: found } = await client.query<{ v: string; n: string | number }>('select value as v, n from audit_log_facet_counts where organization_id = $1 and field = $2 and n > 0', [scope.organizationId, field]);
        for (const row of found) counts.set(row.v, Number(row.n));
      } else if (test) {
        const reach = await walk(where, params, test, (event) => {
          const value = field === 'eventName' ? event.eventName : principalId(event);
          if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
        });
        exact = reach === null;
      } else {
        const column = field === 'eventName' ? 'event_name' : 'principal_id';
        const { rows: found } = await client.query<{ v: string; n: string | number }>(`select ${column} as v, count(*) as n from audit_log_events where ${where} and ${column} is not null group by 1`, params);
        for (const row of found) counts.set(row.v, Number(row.n));
      }
      const values = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
      return { values: values.slice(0, FACET_LIMIT), complete: values.length <= FACET_LIMIT, exact };
    },
  };
}
