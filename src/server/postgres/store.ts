import { CursorCodec, invalidCursor } from '../../engine/cursor.js';
import { COUNT_CAP, MAX_PAGE_SIZE } from '../../engine/engine-types.js';
import { canonicalFilter, normalizeFilter, type NormalizedFilter } from '../../engine/filter.js';
import { fingerprint } from '../../engine/fingerprint.js';
import { AuditLogError } from '../../errors.js';
import { actorIdsOf, deriveActor, principalId } from '../../model/actor.js';
import type { AuditLogEvent, AuditLogSort } from '../../model/event.js';
import { parseInstant } from '../../model/instant.js';
import { parseSearch, SearchSyntaxError, type ParsedSearch } from '../../search/parse.js';
import { searchMatches } from '../../search/match.js';
import type { AuditLogScope, AuditLogStore } from '../store.js';
import type { SqlClient } from './client.js';
import { postgresAggregates } from './aggregate.js';
import { indexAnswers, searchQueryOf, searchWordsOf } from './search-words.js';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  client: SqlClient;
  /** The key that seals page cursors; random when omitted (cursors then die with the process). Give one shared by every server of a deployment. */
  cursorSecret?: string;
}

/** The PostgreSQL store, with the writes the API's ingest needs. */
export interface PostgresStore extends AuditLogStore {
  /** Stores events of one organization (validated by the caller); an id the organization has already is refused with `invalid_request`. */
  insert(scope: AuditLogScope, events: readonly AuditLogEvent[]): Promise<void>;
}

/** Rows read per query while a search is tested in the process (see `list`). */
const SEARCH_CHUNK = 500;

interface Row {
  event: AuditLogEvent;
  time_ms: number;
  id: string;
}

/** The WHERE clause of a normalized filter (a search only narrowed by its words: the matcher decides), with its parameters from `$1`. */
export function whereOf(filter: NormalizedFilter, organizationId: string, params: unknown[], search: ParsedSearch | null = null): string {
  const p = (value: unknown) => `$${params.push(value)}`;
  const clauses = [`organization_id = ${p(organizationId)}`];
  if (filter.eventNames) clauses.push(`event_name = any(${p(filter.eventNames)}::text[])`);
  if (filter.actorIds) clauses.push(`actor_ids && ${p(filter.actorIds)}::text[]`);
  if (filter.actorKinds) clauses.push(`actor_kind = any(${p(filter.actorKinds)}::text[])`);
  if (filter.start !== null) clauses.push(`time_ms >= ${p(filter.start)}`);
  if (filter.end !== null) clauses.push(`time_ms <= ${p(filter.end)}`);
  const words = search ? searchQueryOf(search) : null;
  if (words) clauses.push(`search_words @@ ${p(words)}::tsquery`);
  return clauses.join(' and ');
}

/**
 * The full API's store on PostgreSQL (PGlite or a server), answering as the in-memory engine
 * does: the same filters, order (time, then id), sealed cursors that see only the events that had
 * arrived at their first page, counts exact up to 10,000. A search is read by the engine's own
 * parser, narrowed by the full-text index of its words (search-words.ts) and tested by the
 * engine's own matcher, so that both stores give the same answers. Run `migrate` first.
 */
export function createPostgresStore(options: PostgresStoreOptions): PostgresStore {
  const { client } = options;
  const codec = new CursorCodec(options.cursorSecret);

  const read = (filter: Parameters<AuditLogStore['count']>[1], organizationId: string) => {
    const normalized = normalizeFilter(filter, organizationId);
    let search: ParsedSearch | null = null;
    try {
      search = normalized.search ? parseSearch(normalized.search) : null;
    } catch (error) {
      // Worded as the engine words it: the same 400 from either store.
      if (error instanceof SearchSyntaxError) throw new AuditLogError('invalid_request', `filter.search: ${error.message}`, { status: 400 });
      throw error;
    }
    const narrowed = search && search.terms.length ? search : null;
    // `test`: what the matcher must still check on each row (nothing when the index answers alone).
    return { normalized, search: narrowed, test: narrowed && !indexAnswers(narrowed) ? narrowed : null };
  };

  /**
   * Rows in order after a position, `limit` at most, seen by a snapshot (`null`: all there are
   * now; a first page needs no test of arrival, and a test there can lead the planner astray).
   */
  async function rows(where: string, params: unknown[], sort: AuditLogSort, after: { time: number; id: string } | null, snapshot: number | null, limit: number): Promise<Row[]> {
    const all = [...params];
    const p = (value: unknown) => `$${all.push(value)}`;
    const dir = sort === 'newest' ? 'desc' : 'asc';
    const keyset = after ? ` and (time_ms, id) ${sort === 'newest' ? '<' : '>'} (${p(after.time)}, ${p(after.id)})` : '';
    const seen = snapshot === null ? '' : ` and seq <= ${p(snapshot)}`;
    const text = `select event, time_ms, id from audit_log_events where ${where}${seen}${keyset} order by time_ms ${dir}, id ${dir} limit ${p(limit)}`;
    return (await client.query<Row>(text, all)).rows.map((r) => ({ ...r, time_ms: Number(r.time_ms) }));
  }

  async function lastSeq(organizationId: string): Promise<number> {
    const { rows: found } = await client.query<{ seq: string | number | null }>('select max(seq) as seq from audit_log_events where organization_id = $1', [organizationId]);
    return Number(found[0]?.seq ?? 0);
  }

  return {
    async list(scope, request) {
      const { sort, pageSize, cursor } = request;
      if (sort !== 'newest' && sort !== 'oldest') throw new AuditLogError('invalid_request', 'sort must be "newest" or "oldest".', { status: 400 });
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) throw new AuditLogError('invalid_request', `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}.`, { status: 400 });
      const { normalized, search, test } = read(request.filter, scope.organizationId);
      const filterHash = fingerprint(canonicalFilter(normalized));
      const scopeSeq = await lastSeq(scope.organizationId);
      let snapshot = scopeSeq;
      let after: { time: number; id: string } | null = null;
      if (cursor) {
        const position = codec.decode(cursor, { sort, filterHash });
        if (position.snapshot > scopeSeq) throw invalidCursor();
        snapshot = position.snapshot;
        after = { time: position.time, id: position.id };
      }
      const params: unknown[] = [];
      const where = whereOf(normalized, scope.organizationId, params, search);
      const found: Row[] = [];
      // One more than the page tells whether there is a next one.
      const seen = cursor ? snapshot : null;
      if (!test) found.push(...(await rows(where, params, sort, after, seen, pageSize + 1)));
      else {
        for (let from = after; found.length <= pageSize; ) {
          const chunk = await rows(where, params, sort, from, seen, SEARCH_CHUNK);
          for (const row of chunk) if (found.length <= pageSize && searchMatches(test, row.event)) found.push(row);
          if (chunk.length < SEARCH_CHUNK) break;
          const last = chunk[chunk.length - 1]!;
          from = { time: last.time_ms, id: last.id };
        }
      }
      const page = found.slice(0, pageSize);
      const last = page[page.length - 1];
      const nextCursor = found.length > pageSize && last ? codec.encode({ sort, time: last.time_ms, id: last.id, snapshot, filterHash }) : null;
      return { events: page.map((r) => r.event), nextCursor };
    },

    async get(scope, id) {
      const { rows: found } = await client.query<{ event: AuditLogEvent }>('select event from audit_log_events where organization_id = $1 and id = $2', [scope.organizationId, id]);
      return found[0]?.event ?? null;
    },

    async count(scope, filter) {
      const { normalized, search, test } = read(filter, scope.organizationId);
      const params: unknown[] = [];
      const where = whereOf(normalized, scope.organizationId, params, search);
      if (!test) {
        const { rows: found } = await client.query<{ n: string | number }>(`select count(*) as n from (select 1 from audit_log_events where ${where} limit ${COUNT_CAP + 1}) capped`, params);
        const n = Number(found[0]?.n ?? 0);
        return n > COUNT_CAP ? { count: COUNT_CAP, exact: false } : { count: n, exact: true };
      }
      let n = 0;
      for (let from: { time: number; id: string } | null = null; ; ) {
        const chunk = await rows(where, params, 'oldest', from, null, SEARCH_CHUNK);
        for (const row of chunk) if (searchMatches(test, row.event) && ++n > COUNT_CAP) return { count: COUNT_CAP, exact: false };
        if (chunk.length < SEARCH_CHUNK) return { count: n, exact: true };
        from = { time: chunk[chunk.length - 1]!.time_ms, id: chunk[chunk.length - 1]!.id };
      }
    },

    ...postgresAggregates(client, read, whereOf, rows),

    async eventNames(scope) {
      const { rows: found } = await client.query<{ event_name: string }>('select distinct event_name collate "C" as event_name from audit_log_events where organization_id = $1 order by 1', [scope.organizationId]);
      return found.map((r) => r.event_name);
    },

    async insert(scope, events) {
      if (!events.length) return;
      for (const event of events) {
        if (event.organizationId !== undefined && event.organizationId !== scope.organizationId) {
          throw new AuditLogError('invalid_request', `event ${event.id} belongs to another organization.`, { status: 400 });
        }
      }
      await client.transaction(async (tx) => {
        // In batches: one statement's parameters are bounded (65,535 in PostgreSQL's protocol).
        for (let i = 0; i < events.length; i += 1000) {
          const batch = events.slice(i, i + 1000);
          const params: unknown[] = [];
          const p = (value: unknown) => `$${params.push(value)}`;
          // The event goes as text, cast on the server: a driver that types a `json` parameter itself
          // (postgres.js) would otherwise store the string as a JSON string.
          const values = batch.map((e) => {
            const stored: AuditLogEvent = { ...e, organizationId: scope.organizationId };
            return `(${p(scope.organizationId)}, ${p(e.id)}, ${p(parseInstant(e.eventTime))}, ${p(e.eventName)}, ${p(deriveActor(e).kind)}, ${p(actorIdsOf(e))}::text[], ${p(principalId(e))}, array_to_tsvector(${p(searchWordsOf(e))}::text[]), ${p(JSON.stringify(stored))}::text::json)`;
          });
          const tally = new Map<string, number>();
          for (const e of batch) {
            tally.set(`eventName\u0000${e.eventName}`, (tally.get(`eventName\u0000${e.eventName}`) ?? 0) + 1);
            const principal = principalId(e);
            if (principal) tally.set(`actorId\u0000${principal}`, (tally.get(`actorId\u0000${principal}`) ?? 0) + 1);
          }
          // In one order for every writer: two batches never wait on each other's counter rows in a cycle.
          const keys = [...tally.keys()].sort();
          try {
            await tx.query(`insert into audit_log_events (organization_id, id, time_ms, event_name, actor_kind, actor_ids, principal_id, search_words, event) values ${values.join(', ')}`, params);
          } catch (error) {
            if ((error as { code?: string }).code === '23505') throw new AuditLogError('invalid_request', 'an event with this id is stored already.', { status: 400 });
            throw error;
          }
          await tx.query(
            `insert into audit_log_facet_counts (organization_id, field, value, n)
             select $1, f, v, n from unnest($2::text[], $3::text[], $4::int[]) as t(f, v, n) order by f, v
             on conflict (organization_id, field, value) do update set n = audit_log_facet_counts.n + excluded.n`,
            [scope.organizationId, keys.map((k) => k.split('\u0000')[0]!), keys.map((k) => k.slice(k.indexOf('\u0000') + 1)), keys.map((k) => tally.get(k)!)],
          );
        }
      });
    },
  };
}
