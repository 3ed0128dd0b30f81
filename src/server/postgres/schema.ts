import type { SqlClient } from './client.js';
import { SLOT_MS } from './time-counts.js';

// The schema, as numbered migrations run once each, in order, in one transaction (migrate). Events are
// keyed by organization and id; every query is scoped by organization first, so each index leads
// with it, then the order the API pages in (time, then id, as the engine orders).
// For tables past tens of millions of events, partition by time (docs/postgres.md).

/** The time slots' counts made from the events (a migration, and {@link rebuildCounts}). */
const FILL_TIME_COUNTS = `insert into audit_log_time_counts (organization_id, slot, n)
  select organization_id, floor(time_ms / ${SLOT_MS})::bigint, count(*) from audit_log_events group by 1, 2`;

const MIGRATIONS: readonly string[] = [
  `create table audit_log_events (
     organization_id text not null,
     id text collate "C" not null,
     -- eventTime in epoch milliseconds with microseconds as a fraction: the engine's own key (src/engine/entry.ts).
     time_ms double precision not null,
     -- The order of arrival: a cursor sees only the events that had arrived at its first page.
     seq bigint generated always as identity,
     event_name text not null,
     actor_kind text not null,
     -- Every actor id of the event (user, session, API key…): the actorId filter matches any.
     actor_ids text[] not null,
     -- The acting user or key (the Actor facet counts by it).
     principal_id text,
     -- The engine's folded words of the event's searchable texts (search-words.ts), for the index that narrows a search.
     search_words tsvector not null,
     -- The event as it was stored, answered as it is (json, not jsonb: its text, keys in their order).
     event json not null,
     primary key (organization_id, id)
   )`,
  `create index audit_log_events_by_time on audit_log_events (organization_id, time_ms, id)`,
  // The organization's last arrival: a first page's snapshot, read on every page.
  `create index audit_log_events_by_arrival on audit_log_events (organization_id, seq)`,
  `create index audit_log_events_by_name on audit_log_events (organization_id, event_name, time_ms, id)`,
  `create index audit_log_events_by_actor on audit_log_events using gin (actor_ids)`,
  `create index audit_log_events_by_kind on audit_log_events (organization_id, actor_kind, time_ms, id)`,
  `create index audit_log_events_by_principal on audit_log_events (organization_id, principal_id)`,
  `create index audit_log_events_by_words on audit_log_events using gin (search_words)`,
  // Each organization's events by name and by acting principal, kept on insert: the facets of a
  // whole organization (the filter popovers with nothing else chosen) without counting its rows.
  `create table audit_log_facet_counts (
     organization_id text not null,
     field text not null,
     value text not null,
     n bigint not null,
     primary key (organization_id, field, value)
   )`,
  // Each organization's events per 15 minutes, kept on insert: a whole organization's histogram
  // without counting its rows (time-counts.ts). The second statement fills it for a database
  // migrated with events in it already.
  `create table audit_log_time_counts (
     organization_id text not null,
     slot bigint not null,
     n bigint not null,
     primary key (organization_id, slot)
   )`,
  FILL_TIME_COUNTS,
];

/** The advisory lock key the migrations hold (any bigint; this one spells "audit" in ASCII). */
const MIGRATION_LOCK = 0x6175646974;

/**
 * Brings the schema up to date (idempotent; safe to call on every start). Returns the version
 * reached. In one transaction that first takes an advisory lock: servers started at once migrate
 * one after the other (the later ones find the work done), and a failed migration leaves the
 * schema as it was.
 */
export async function migrate(client: SqlClient): Promise<number> {
  return client.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK]);
    await tx.query('create table if not exists audit_log_schema (version integer not null)');
    const { rows } = await tx.query<{ version: number }>('select coalesce(max(version), 0) as version from audit_log_schema');
    for (let v = Number(rows[0]?.version ?? 0); v < MIGRATIONS.length; v++) {
      await tx.query(MIGRATIONS[v]!);
      await tx.query('insert into audit_log_schema (version) values ($1)', [v + 1]);
    }
    return MIGRATIONS.length;
  });
}

/**
 * Rebuilds the counts kept beside the events (facets, time slots) from the events, after a bulk
 * load that went around the store's `insert` (such as a COPY): in one transaction, so that
 * readers see the old counts or the new.
 */
export async function rebuildCounts(client: SqlClient): Promise<void> {
  await client.transaction(async (tx) => {
    await tx.query('delete from audit_log_facet_counts');
    await tx.query(`insert into audit_log_facet_counts (organization_id, field, value, n)
      select organization_id, 'eventName', event_name, count(*) from audit_log_events group by organization_id, event_name
      union all
      select organization_id, 'actorId', principal_id, count(*) from audit_log_events where principal_id is not null group by organization_id, principal_id`);
    await tx.query('delete from audit_log_time_counts');
    await tx.query(FILL_TIME_COUNTS);
  });
}
