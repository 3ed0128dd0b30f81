import { FACET_LIMIT, SEARCH_WALK_CAP } from '../../engine/aggregate.js';
import { AuditLogError } from '../../errors.js';
import { principalId } from '../../model/actor.js';
import type { AuditLogEvent } from '../../model/event.js';
import type { ParsedSearch } from '../../search/parse.js';
import type { AuditLogStore } from '../store.js';
import type { SqlClient } from './client.js';
import type { Read, Rows, Walk, Where } from './aggregate-types.js';
import { postgresHistogram } from './histogram.js';

/**
 * Rows read per query while a search is tested in the process: many, since each query of a
 * search's candidates reads them all from the table to order them (a phrase of common words:
 * thousands) whatever its limit; a walk that stops at its first match asks for a few first.
 */
const CHUNK = 5000;

/** A search's walk (see {@link Walk}): rows in order by chunks, each tested by the engine's matcher, at most `cap` (20,000). */
export function walkOf(rows: Rows, matches: (search: ParsedSearch, event: AuditLogEvent) => boolean): Walk {
  return async (where, params, search, sort, visit, cap = SEARCH_WALK_CAP, first = CHUNK) => {
    let looked = 0;
    for (let from: { time: number; id: string } | null = null, size = first; ; size = CHUNK) {
      const chunk = await rows(where, params, sort, from, null, size);
      for (const row of chunk) {
        if (++looked > cap) return row.time_ms;
        if (matches(search, row.event) && visit(row.event, row.time_ms) === false) return null;
      }
      if (chunk.length < size) return null;
      from = { time: chunk[chunk.length - 1]!.time_ms, id: chunk[chunk.length - 1]!.id };
    }
  };
}

/**
 * The histogram (histogram.ts) and the facets on PostgreSQL, with the engine's answers. A whole
 * organization's facets are read from the counts kept on insert (schema.ts); a search's are
 * counted on at most 20,000 rows tested (or matches the index finds), newest first, and then say
 * they are not exact.
 */
export function postgresAggregates(client: SqlClient, read: Read, whereOf: Where, walk: Walk): Pick<AuditLogStore, 'histogram' | 'facets'> {
  return {
    histogram: postgresHistogram(client, read, whereOf, walk),

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
        const reach = await walk(where, params, test, 'newest', (event) => {
          const value = field === 'eventName' ? event.eventName : principalId(event);
          if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
        });
        exact = reach === null;
      } else if (search) {
        // The index answers which rows match: the newest 20,000 of them are counted, as the engine counts a search's.
        const column = field === 'eventName' ? 'event_name' : 'principal_id';
        const { rows: found } = await client.query<{ v: string | null }>(`select ${column} as v from audit_log_events where ${where} order by time_ms desc, id desc limit ${SEARCH_WALK_CAP + 1}`, params);
        exact = found.length <= SEARCH_WALK_CAP;
        for (const row of found.slice(0, SEARCH_WALK_CAP)) if (row.v) counts.set(row.v, (counts.get(row.v) ?? 0) + 1);
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
