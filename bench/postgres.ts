// npm run bench, the PostgreSQL store (issue 16): 1,000,000 generated events loaded with COPY into
// the server of DATABASE_URL (CI starts Debian's: scripts/postgres-ci.sh), then the queries of
// the engine's bench through the store, scoped to the largest organization as every API call is.
// BENCH_PG_SIZE sets another size (the documented 10,000,000 run: generated and copied a million
// at a time, each million 90 days older, into the same organizations). A schema of its own,
// dropped after; BENCH_PG_SCHEMA=name keeps it, and a later run on that name reads the events
// already there instead of loading them again.
import postgres from 'postgres';
import { generateDataset } from '../src/mock/generate.js';
import type { AuditLogListFilter } from '../src/model/query.js';
import { fromPostgresJs, type PostgresJsLike } from '../src/server/postgres/client.js';
import { migrate, rebuildCounts } from '../src/server/postgres/schema.js';
import { createPostgresStore } from '../src/server/postgres/store.js';
import { BUDGETS } from './budgets.js';
import { copyEvents } from './postgres-copy.js';
import { median, percentile, row } from './stats.js';

const url = process.env.DATABASE_URL;
if (!url) {
  console.log('\nPostgreSQL store: skipped (set DATABASE_URL: `. scripts/postgres-ci.sh` starts Debian\'s PostgreSQL).');
  process.exit(0);
}
const SIZE = Number(process.env.BENCH_PG_SIZE ?? 1_000_000);
const CHUNK = 1_000_000;
const END = Date.parse('2026-11-01T00:00:00Z');
const DAY = 86_400_000;
const kept = process.env.BENCH_PG_SCHEMA;
if (kept !== undefined && !/^[a-z_][a-z0-9_]{0,40}$/.test(kept)) throw new Error('BENCH_PG_SCHEMA must be a lower-case SQL name.');
const schema = kept ?? `bench_${Date.now()}`;
const admin = postgres(url, { max: 1, onnotice: () => undefined });
await admin.unsafe(`create schema if not exists ${schema}`);
// Memory for the index builds after the COPY (the server's default is 64 MB).
const sql = postgres(url, { max: 4, onnotice: () => undefined, connection: { search_path: schema, maintenance_work_mem: '256MB' } });
const client = fromPostgresJs(sql as unknown as PostgresJsLike);

try {
  console.log(`\nPostgreSQL store on ${SIZE.toLocaleString('en')} events (${(await admin.unsafe('show server_version'))[0]!.server_version as string}, DATABASE_URL)`);
  let t0 = performance.now();
  const dataset = generateDataset({ seed: 1, size: Math.min(SIZE, CHUNK), end: END });
  console.log(row('generate the events (the first million)', (performance.now() - t0) / 1000, 's'));
  await migrate(client);
  const [{ n: there }] = (await sql`select count(*)::int as n from audit_log_events`) as unknown as [{ n: number }];
  if (there === SIZE) console.log(`  (${SIZE.toLocaleString('en')} events already in schema ${schema}: not loaded again)`);
  else {
    if (there) throw new Error(`schema ${schema} holds ${there} events, not ${SIZE}: drop it or name another.`);
    // As a bulk load is best made: the secondary indexes dropped, the rows copied, the indexes made
    // once from all of them (the 10,000,000 run of docs/benchmarks.md kept them up instead: 30 min).
    const indexes = (await sql`select indexname, indexdef from pg_indexes where schemaname = ${schema} and tablename = 'audit_log_events' and indexname not like '%_pkey'`) as unknown as { indexname: string; indexdef: string }[];
    for (const index of indexes) await sql.unsafe(`drop index ${index.indexname}`);
    t0 = performance.now();
    await copyEvents(sql, dataset.events);
    for (let k = 1; k * CHUNK < SIZE; k++) {
      // Another million, 90 days older, in the same organizations (by their place in the list).
      const more = generateDataset({ seed: 1 + k, size: Math.min(CHUNK, SIZE - k * CHUNK), end: END - k * 90 * DAY });
      const orgOf = new Map(more.organizations.map((o, i) => [o.id, dataset.organizations[i]!.id]));
      await copyEvents(sql, more.events.map((e) => ({ ...e, organizationId: orgOf.get(e.organizationId!) })));
      console.log(`  ${((k + 1) * CHUNK).toLocaleString('en')} events in, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    console.log(row(SIZE > CHUNK ? 'COPY the events in (the next millions generated between)' : 'COPY the events in (the primary key kept up)', (performance.now() - t0) / 1000, 's'));
    t0 = performance.now();
    // Made side by side on the pool's connections (an index is built by one process).
    await Promise.all(indexes.map((index) => sql.unsafe(index.indexdef)));
    console.log(row(`make the ${indexes.length} other indexes (side by side)`, (performance.now() - t0) / 1000, 's'));
    t0 = performance.now();
    // COPY goes around the store's insert, which keeps the counts beside the events: they are made once here.
    await rebuildCounts(client);
    console.log(row('the counts kept beside the events (facets, 15-minute slots), rebuilt', (performance.now() - t0) / 1000, 's'));
    t0 = performance.now();
    // As a settled table is: its statistics taken, its pages marked all-visible (index-only scans).
    await sql.unsafe('vacuum (analyze) audit_log_events');
    console.log(row('VACUUM (ANALYZE)', (performance.now() - t0) / 1000, 's'));
  }
  const [sizes] = await sql.unsafe(`select pg_table_size('audit_log_events') as t, pg_indexes_size('audit_log_events') as i`);
  console.log(row('table size', Number(sizes!.t) / 2 ** 20, 'MB'));
  console.log(row('index size (all indexes)', Number(sizes!.i) / 2 ** 20, 'MB'));

  const org = [...dataset.organizations].sort((a, b) => dataset.events.filter((e) => e.organizationId === b.id).length - dataset.events.filter((e) => e.organizationId === a.id).length)[0]!;
  const scope = { organizationId: org.id };
  const store = createPostgresStore({ client, cursorSecret: 'bench' });
  const [{ n: orgEvents }] = (await sql`select count(*)::int as n from audit_log_events where organization_id = ${org.id}`) as unknown as [{ n: number }];
  console.log(`  (queries scoped to ${org.spec.displayName}: ${orgEvents.toLocaleString('en')} events; median and p95 of 21 runs after 3 warm-ups)`);

  const time = async (fn: () => Promise<unknown>, runs = 21, warmup = 3) => {
    for (let i = 0; i < warmup; i++) await fn();
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      await fn();
      out.push(performance.now() - s);
    }
    return out;
  };
  const report = async (name: string, fn: () => Promise<unknown>, budget?: number) => {
    const runs = await time(fn);
    console.log(row(`${name} (median)`, median(runs), 'ms', budget) + `   p95 ${percentile(runs, 95).toFixed(2)} ms`);
  };
  const list = (filter: AuditLogListFilter, cursor: string | null = null) => store.list(scope, { filter, sort: 'newest', pageSize: 25, cursor });

  await report('first page, no filter', () => list({}), BUDGETS.pgFirstPageMs);
  const first = await list({});
  await report('next page by cursor, no filter', () => list({}, first.nextCursor), BUDGETS.pgFirstPageMs);
  await report('first page, one event type', () => list({ eventNames: ['tesseral.users.update'] }), BUDGETS.pgFirstPageMs);
  await report('first page, one actor', () => list({ actorIds: [org.ownerId] }), BUDGETS.pgFirstPageMs);
  await report('first page, actor kind api_key', () => list({ actorKinds: ['api_key'] }), BUDGETS.pgFirstPageMs);
  await report('first page, a week', () => list({ timeRange: { start: '2026-10-01T00:00:00Z', end: '2026-10-08T00:00:00Z' } }), BUDGETS.pgFirstPageMs);

  const someEmail = String(org.users.values().next().value!.email);
  for (const [name, search] of [
    ['a common term', 'session'],
    ["a rare term (one user's email)", `"${someEmail}"`],
    ['a phrase', '"api key revoked"'],
    ['a field term', 'event:roles'],
    ['two terms', 'invite acme'],
  ] as const) {
    const rows = (await list({ search })).events.length;
    const runs = await time(() => list({ search }));
    console.log(row(`search, ${name}: ${search} (median)`, median(runs), 'ms', BUDGETS.pgSearchMs) + `   p95 ${percentile(runs, 95).toFixed(2)} ms   ${rows} rows`);
  }

  for (const [name, filter] of [
    ['no filter', {}],
    ['a week', { timeRange: { start: '2026-10-01T00:00:00Z', end: '2026-10-08T00:00:00Z' } }],
    ['one event type', { eventNames: ['tesseral.users.update'] }],
    ['a search', { search: 'session' }],
    ['a phrase', { search: '"api key revoked"' }],
  ] as const) {
    await report(`count, ${name}`, () => store.count(scope, filter), BUDGETS.pgCountMs);
    await report(`histogram, ${name}, Europe/Paris`, () => store.histogram(scope, filter, 'Europe/Paris'), BUDGETS.pgHistogramMs);
  }
  await report('facets by event name, no filter', () => store.facets(scope, {}, 'eventName'), BUDGETS.pgCountMs);
  await report('facets by event name, a search', () => store.facets(scope, { search: 'session' }, 'eventName'), BUDGETS.pgCountMs);
  await report('facets by actor, one week', () => store.facets(scope, { timeRange: { start: '2026-10-01T00:00:00Z', end: '2026-10-08T00:00:00Z' } }, 'actorId'), BUDGETS.pgCountMs);
} finally {
  await sql.end();
  if (kept === undefined) await admin.unsafe(`drop schema ${schema} cascade`);
  await admin.end();
}
