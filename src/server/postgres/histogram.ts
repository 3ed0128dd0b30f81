import { barsOf, bucketEdges, checkTimeZone, chooseInterval } from '../../engine/buckets.js';
import { SEARCH_WALK_CAP } from '../../engine/aggregate.js';
import type { AuditLogHistogram } from '../../model/aggregate.js';
import type { AuditLogStore } from '../store.js';
import type { SqlClient } from './client.js';
import type { Read, Walk, Where } from './aggregate-types.js';
import { slotCountsQuery } from './time-counts.js';

/** Rows of the first query of a walk for one match (the oldest, past the cap): it is most often among them. */
const FIRST_MATCH_CHUNK = 200;

const none = (): AuditLogHistogram => ({ interval: chooseInterval(0, 0), buckets: [], complete: true });

/** Bars from match times newest first, as the engine draws a search (`reach`: where the cap stopped it). */
function drawNewestFirst(edges: number[], times: readonly number[], reach: number | null): Omit<AuditLogHistogram, 'interval'> {
  const counts = new Array<number>(edges.length - 1).fill(0);
  let bucket = counts.length - 1;
  for (const time of times) {
    while (bucket > 0 && time < edges[bucket]!) bucket--;
    counts[bucket]!++;
  }
  return barsOf(edges, counts, reach);
}

/**
 * The histogram on PostgreSQL, with the engine's answers (src/engine/aggregate.ts): the span is
 * the filter's range closed by the first and last match; the bars are the engine's own edges in
 * the zone (src/engine/buckets.ts). Counted, fastest first:
 * - a whole organization or a time range alone: from the counts per 15 minutes kept on insert,
 *   with the rows of the two partial ends (time-counts.ts);
 * - other filters: by `width_bucket` over the rows, in one query;
 * - a search: as the engine walks one, newest first and at most 20,000 matches (a search the
 *   index answers alone) or rows tested by the engine's matcher, then not complete.
 */
export function postgresHistogram(client: SqlClient, read: Read, whereOf: Where, walk: Walk): AuditLogStore['histogram'] {
  const timeAt = async (where: string, params: unknown[], dir: 'asc' | 'desc') => {
    const { rows } = await client.query<{ t: number }>(`select time_ms as t from audit_log_events where ${where} order by time_ms ${dir}, id ${dir} limit 1`, params);
    return rows[0] ? Number(rows[0].t) : null;
  };

  return async (scope, filter, timeZone) => {
    const zone = checkTimeZone(timeZone);
    const { normalized, search, test } = read(filter, scope.organizationId);
    const params: unknown[] = [];
    const where = whereOf(normalized, scope.organizationId, params, search);

    if (test) {
      // Newest first to the cap: the first time seen is the newest match; where the walk ends
      // without the cap, the last one seen is the oldest. Past the cap, the oldest match (or the
      // cap's reach the other way) is walked for, as the engine's span is.
      const times: number[] = [];
      const reach = await walk(where, params, test, 'newest', (_, time) => void times.push(time));
      let first: number | null = times.length ? times[times.length - 1]! : null;
      let last: number | null = times.length ? times[0]! : reach;
      if (reach !== null) {
        first = null;
        const oldestReach = await walk(where, params, test, 'oldest', (_, time) => ((first = time), false), undefined, FIRST_MATCH_CHUNK);
        first ??= oldestReach;
      }
      if (first === null || last === null) return none();
      const start = normalized.start ?? first;
      const end = normalized.end ?? last;
      const interval = chooseInterval(start, end);
      return { interval, ...drawNewestFirst(bucketEdges(start, end, interval, zone), times, reach) };
    }

    // Read even when the range is given: a range with no match draws nothing, as the engine's does.
    const oldest = await timeAt(where, params, 'asc');
    if (oldest === null) return none();
    const first = normalized.start ?? oldest;
    const last = normalized.end ?? (await timeAt(where, params, 'desc'))!;
    const interval = chooseInterval(first, last);
    const edges = bucketEdges(first, last, interval, zone);

    if (search) {
      // The index answers which rows match; their times newest first, one past the cap to know it was reached.
      const { rows } = await client.query<{ t: number }>(`select time_ms as t from audit_log_events where ${where} order by time_ms desc, id desc limit ${SEARCH_WALK_CAP + 1}`, params);
      const times = rows.map((r) => Number(r.t));
      const reach = times.length > SEARCH_WALK_CAP ? times.pop()! : null;
      return { interval, ...drawNewestFirst(edges, times, reach) };
    }

    const counts = new Array<number>(edges.length - 1).fill(0);
    const all = [...params];
    const plain = !normalized.eventNames && !normalized.actorIds && !normalized.actorKinds;
    // width_bucket gives 1…n for the n bars between the edges; the last bar holds its end (as the engine's does).
    const text =
      (plain && slotCountsQuery(where, all, scope.organizationId, first, last, edges)) ||
      `select least(width_bucket(time_ms, $${all.push(edges)}::float8[]), ${counts.length}) as b, count(*) as n from audit_log_events where ${where} group by 1`;
    const { rows } = await client.query<{ b: number; n: string | number }>(text, all);
    for (const row of rows) if (row.b >= 1) counts[Number(row.b) - 1]! += Number(row.n);
    return { interval, ...barsOf(edges, counts) };
  };
}
