import { AuditLogError } from '../../errors.js';
import { actorIdsOf, deriveActor, principalId } from '../../model/actor.js';
import type { AuditLogEvent } from '../../model/event.js';
import { parseInstant } from '../../model/instant.js';
import type { AuditLogInsertOptions, AuditLogScope } from '../store.js';
import type { SqlClient } from './client.js';
import { searchWordsOf } from './search-words.js';
import { addToTimeCounts } from './time-counts.js';

/** Rows per INSERT: one statement's parameters are bounded (65,535 in PostgreSQL's protocol), 9 a row. */
const BATCH = 1000;

/** What a stored row tells the counts kept beside the events. */
interface StoredRow {
  time_ms: number | string;
  event_name: string;
  principal_id: string | null;
}

/** Adds the stored rows to the organization's facet counts (by name, by acting principal), in one order for every writer. */
async function addToFacetCounts(tx: SqlClient, organizationId: string, stored: readonly StoredRow[]): Promise<void> {
  const tally = new Map<string, number>();
  const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  for (const row of stored) {
    add(`eventName\u0000${row.event_name}`);
    if (row.principal_id) add(`actorId\u0000${row.principal_id}`);
  }
  // Sorted: two batches never wait on each other's counter rows in a cycle.
  const keys = [...tally.keys()].sort();
  await tx.query(
    `insert into audit_log_facet_counts (organization_id, field, value, n)
     select $1, f, v, n from unnest($2::text[], $3::text[], $4::int[]) as t(f, v, n) order by f, v
     on conflict (organization_id, field, value) do update set n = audit_log_facet_counts.n + excluded.n`,
    [organizationId, keys.map((k) => k.split('\u0000')[0]!), keys.map((k) => k.slice(k.indexOf('\u0000') + 1)), keys.map((k) => tally.get(k)!)],
  );
}

/** SQLSTATEs of a value no text column holds (a NUL; bytes not in the encoding): the caller's input, not the server's failure. */
const UNSTORABLE = new Set(['22021', '22P05']);

/**
 * Stores events of one organization (validated by the caller) in one transaction, with the
 * counts kept beside them (facets, time slots): all or nothing. An event of another organization
 * is refused with `invalid_request`, and so is an id the organization has already, unless
 * `skipDuplicates` leaves it out. The counts are made from the rows the database says it stored.
 *
 * Every writer takes its locks in one order, so that two never wait on each other in a cycle: the
 * events by id (two imports of the same ids in two orders), then, once all are in, the facet
 * counters and then the time slots, each sorted.
 */
export async function insertEvents(client: SqlClient, scope: AuditLogScope, events: readonly AuditLogEvent[], options: AuditLogInsertOptions = {}): Promise<{ stored: number }> {
  if (!events.length) return { stored: 0 };
  for (const event of events) {
    if (event.organizationId !== undefined && event.organizationId !== scope.organizationId) {
      throw new AuditLogError('invalid_request', `event ${event.id} belongs to another organization.`, { status: 400 });
    }
  }
  const onConflict = options.skipDuplicates ? ' on conflict (organization_id, id) do nothing' : '';
  const sorted = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return client.transaction(async (tx) => {
    const stored: StoredRow[] = [];
    for (let i = 0; i < sorted.length; i += BATCH) {
      const batch = sorted.slice(i, i + BATCH);
      const params: unknown[] = [];
      const p = (value: unknown) => `$${params.push(value)}`;
      // The event goes as text, cast on the server: a driver that types a `json` parameter itself
      // (postgres.js) would otherwise store the string as a JSON string.
      const values = batch.map((e) => {
        const kept: AuditLogEvent = { ...e, organizationId: scope.organizationId };
        return `(${p(scope.organizationId)}, ${p(e.id)}, ${p(parseInstant(e.eventTime))}, ${p(e.eventName)}, ${p(deriveActor(e).kind)}, ${p(actorIdsOf(e))}::text[], ${p(principalId(e))}, array_to_tsvector(${p(searchWordsOf(e))}::text[]), ${p(JSON.stringify(kept))}::text::json)`;
      });
      try {
        const { rows } = await tx.query<StoredRow>(
          `insert into audit_log_events (organization_id, id, time_ms, event_name, actor_kind, actor_ids, principal_id, search_words, event) values ${values.join(', ')}${onConflict} returning time_ms, event_name, principal_id`,
          params,
        );
        stored.push(...rows);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === '23505') throw new AuditLogError('invalid_request', 'an event with this id is stored already.', { status: 400 });
        if (code && UNSTORABLE.has(code)) throw new AuditLogError('invalid_request', 'an event holds a character no text can be stored with (U+0000).', { status: 400 });
        throw error;
      }
    }
    if (stored.length) {
      await addToFacetCounts(tx, scope.organizationId, stored);
      await addToTimeCounts(tx, scope.organizationId, stored.map((r) => Number(r.time_ms)));
    }
    return { stored: stored.length };
  });
}
