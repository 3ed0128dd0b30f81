import { AuditLogError } from '../../errors.js';
import { actorIdsOf, deriveActor, principalId } from '../../model/actor.js';
import type { AuditLogEvent } from '../../model/event.js';
import { parseInstant } from '../../model/instant.js';
import type { AuditLogScope } from '../store.js';
import type { SqlClient } from './client.js';
import { searchWordsOf } from './search-words.js';
import { addToTimeCounts } from './time-counts.js';

/** Rows per INSERT: one statement's parameters are bounded (65,535 in PostgreSQL's protocol), 9 a row. */
const BATCH = 1000;

/** Adds a batch's events to the organization's facet counts (by name, by acting principal), in one order for every writer. */
async function addToFacetCounts(tx: SqlClient, organizationId: string, batch: readonly AuditLogEvent[]): Promise<void> {
  const tally = new Map<string, number>();
  const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  for (const e of batch) {
    add(`eventName\u0000${e.eventName}`);
    const principal = principalId(e);
    if (principal) add(`actorId\u0000${principal}`);
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

/**
 * Stores events of one organization (validated by the caller) in one transaction, with the
 * counts kept beside them (facets, time slots): all or nothing. An id the organization has
 * already, or an event of another organization, is refused with `invalid_request`.
 */
export async function insertEvents(client: SqlClient, scope: AuditLogScope, events: readonly AuditLogEvent[]): Promise<void> {
  if (!events.length) return;
  for (const event of events) {
    if (event.organizationId !== undefined && event.organizationId !== scope.organizationId) {
      throw new AuditLogError('invalid_request', `event ${event.id} belongs to another organization.`, { status: 400 });
    }
  }
  await client.transaction(async (tx) => {
    for (let i = 0; i < events.length; i += BATCH) {
      const batch = events.slice(i, i + BATCH);
      const params: unknown[] = [];
      const p = (value: unknown) => `$${params.push(value)}`;
      const times = batch.map((e) => parseInstant(e.eventTime));
      // The event goes as text, cast on the server: a driver that types a `json` parameter itself
      // (postgres.js) would otherwise store the string as a JSON string.
      const values = batch.map((e, j) => {
        const stored: AuditLogEvent = { ...e, organizationId: scope.organizationId };
        return `(${p(scope.organizationId)}, ${p(e.id)}, ${p(times[j])}, ${p(e.eventName)}, ${p(deriveActor(e).kind)}, ${p(actorIdsOf(e))}::text[], ${p(principalId(e))}, array_to_tsvector(${p(searchWordsOf(e))}::text[]), ${p(JSON.stringify(stored))}::text::json)`;
      });
      try {
        await tx.query(`insert into audit_log_events (organization_id, id, time_ms, event_name, actor_kind, actor_ids, principal_id, search_words, event) values ${values.join(', ')}`, params);
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw new AuditLogError('invalid_request', 'an event with this id is stored already.', { status: 400 });
        throw error;
      }
      // Facets before slots, each sorted: every writer takes the counter rows in one order.
      await addToFacetCounts(tx, scope.organizationId, batch);
      await addToTimeCounts(tx, scope.organizationId, times);
    }
  });
}
