import { CursorCodec, invalidCursor } from '../../engine/cursor.js';
import { COUNT_CAP, MAX_PAGE_SIZE } from '../../engine/engine-types.js';
import { canonicalFilter, normalizeFilter, type NormalizedFilter } from '../../engine/filter.js';
import { fingerprint } from '../../engine/fingerprint.js';
import { AuditLogError } from '../../errors.js';
import type { AuditLogEvent, AuditLogSort } from '../../model/event.js';
import { parseSearch, SearchSyntaxError, type ParsedSearch } from '../../search/parse.js';
import { searchMatches } from '../../search/match.js';
import type { AuditLogScope, AuditLogStore, AuditLogWritableStore } from '../store.js';
import type { SqlClient } from './client.js';
import { postgresAggregates, walkOf } from './aggregate.js';
import { insertEvents } from './insert.js';
import { asOrganization } from './row-security.js';
import { indexAnswers, searchQueryOf } from './search-words.js';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  client: SqlClient;
  /** The key that seals page cursors; random when omitted (cursors then die with the process). Give one shared by every server of a deployment. */
  cursorSecret?: string;
  /**
   * Each call in a transaction that names its organization, for the policies of
   * `enableRowLevelSecurity` (row-security.ts): the database then refuses another organization's
   * rows whatever a query says. Connect as a role that is not a superuser (they pass any policy).
   */
  rowLevelSecurity?: boolean;
}

/** The PostgreSQL store, with the writes the API's ingest and import need. */
export type PostgresStore = AuditLogWritableStore;

/** Rows read per query while a page of a search is tested in the process (see `list`). */
const SEARCH_CHUNK = 500;

/**
 * Rows a count of a search tests at most (the matcher reads each event's text): past it, the
 * count so far is answered with `exact: false`. The engine, in memory, counts to 10,000 matches
 * however many it tests; a phrase of common words would have this store read every event.
 */
const COUNT_WALK_CAP = 100_000;

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
  const codec = new CursorCodec(options.cursorSecret);
  if (!options.rowLevelSecurity) return storeOver(options.client, codec);
  // Each call in a transaction that names its organization: the policies hold it to that one's rows.
  const each = <K extends keyof PostgresStore>(name: K): PostgresStore[K] =>
    ((scope: AuditLogScope, ...rest: unknown[]) =>
      asOrganization(options.client, scope.organizationId, (tx) => (storeOver(tx, codec)[name] as (...a: unknown[]) => Promise<unknown>)(scope, ...rest))) as PostgresStore[K];
  return { list: each('list'), get: each('get'), count: each('count'), histogram: each('histogram'), facets: each('facets'), eventNames: each('eventNames'), insert: each('insert') };
}

/** The store's calls over one client (a pool, or a transaction of {@link asOrganization}). */
function storeOver(client: SqlClient, codec: CursorCodec): PostgresStore {
  const walk = walkOf(rows, searchMatches);

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
      // Walked newest first, as the engine counts; past COUNT_WALK_CAP rows tested the count so far is said to be a floor.
      let n = 0;
      const reach = await walk(where, params, test, 'newest', () => ++n <= COUNT_CAP, COUNT_WALK_CAP);
      if (n > COUNT_CAP) return { count: COUNT_CAP, exact: false };
      return { count: n, exact: reach === null };
    },

    ...postgresAggregates(client, read, whereOf, walk),

    async eventNames(scope) {
      const { rows: found } = await client.query<{ event_name: string }>('select distinct event_name collate "C" as event_name from audit_log_events where organization_id = $1 order by 1', [scope.organizationId]);
      return found.map((r) => r.event_name);
    },

    insert: (scope, events, insertOptions) => insertEvents(client, scope, events, insertOptions),
  };
}
