// npm run bench, the PostgreSQL store (issue 16): 1,000,000 generated events loaded with COPY into
// the server of DATABASE_URL (CI starts Debian's: scripts/postgres-ci.sh), then the queries of
// the engine's bench through the store, scoped to the largest organization as every API call is.
// BENCH_PG_SIZE sets another size (the documented 10,000,000 run). A schema of its own, dropped after.
import postgres from 'postgres';
import { generateDataset } from '../src/mock/generate.js';
import { actorIdsOf, deriveActor, principalId } from '../src/model/actor.js';
import { parseInstant } from '../src/model/instant.js';
import type { AuditLogListFilter } from '../src/model/query.js';
import { fromPostgresJs, type PostgresJsLike } from '../src/server/postgres/client.js';
import { migrate, rebuildFacetCounts } from '../src/server/postgres/schema.js';
import { searchWordsOf } from '../src/server/postgres/search-words.js';
import { createPostgresStore } from '../src/server/postgres/store.js';
import { BUDGETS } from './budgets.js';
import { median, percentile, row } from './stats.js';

const url = process.env.DATABASE_URL;
if (!url) {
  console.log('\nPostgreSQL store: skipped (set DATABASE_URL: `. scripts/postgres-ci.sh` starts Debian\'s PostgreSQL).');
  process.exit(0);
}
const SIZE = Number(process.env.BENCH_PG_SIZE ?? 1_000_000);
const schema = `bench_${Date.now()}`;
const admin = postgres(url, { max: 1, onnotice: () => undefined });
await admin.unsafe(`create schema ${schema}`);
const sql = postgres(url, { max: 4, onnotice: () => undefined, connection: { search_path: schema } });
const client = fromPostgresJs(sql as unknown as PostgresJsLike);

try {
  console.log(`\nPostgreSQL store on ${SIZE.toLocaleString('en')} events (${(await admin.unsafe('show server_version'))[0]!.server_version as string}, DATABASE_URL)`);
  let t0 = performance.now();
  const dataset = generateDataset({ seed: 1, size: SIZE, end: Date.parse('2026-11-01T00:00:00Z') });
  console.log(row('generate the events', (performance.now() - t0) / 1000, 's'));
  await migrate(client);

  // COPY in text format: each value escaped for COPY, arrays and the tsvector in their own syntax.
  const copyText = (v: string) => v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  const arrayText = (items: readonly string[]) => `{${items.map((i) => `"${i.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
  const vectorText = (words: readonly string[]) => words.map((w) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' ');
  t0 = performance.now();
  const writable = await sql`copy audit_log_events (organization_id, id, time_ms, event_name, actor_kind, actor_ids, principal_id, search_words, event) from stdin`.writable();
  let batch = '';
  for (const event of dataset.events) {
    const principal = principalId(event);
    batch += [
      copyText(event.organizationId!),
      copyText(event.id),
      String(parseInstant(event.eventTime)),
      copyText(event.eventName),
      deriveActor(event).kind,
      copyText(arrayText(actorIdsOf(event))),
      principal === null ? '\\N' : copyText(principal),
      copyText(vectorText(searchWordsOf(event))),
      copyText(JSON.stringify(event)),
    ].join('\t') + '\n';
    if (batch.length > 1 << 20) {
      if (!writable.write(batch)) await new Promise((resolve) => writable.once('drain', resolve));
      batch = '';
    }
  }
  await new Promise<void>((resolve, reject) => writable.end(batch, () => resolve()).once('error', reject));
  console.log(row('COPY the events in (indexes kept up as they come)', (performance.now() - t0) / 1000, 's'));
  t0 = performance.now();
  // COPY goes around the store's insert, which keeps the facet counts: they are made once here.
  await rebuildFacetCounts(client);
  console.log(row('the facet counts, rebuilt', (performance.now() - t0) / 1000, 's'));
  t0 = performance.now();
  // As a settled table is: its statistics taken, its pages marked all-visible (index-only scans).
  await sql.unsafe('vacuum (analyze) audit_log_events');
  console.log(row('VACUUM (ANALYZE)', (performance.now() - t0) / 1000, 's'));
  const [sizes] = await sql.unsafe(`select pg_table_size('audit_log_events') as t, pg_indexes_size('audit_log_events') as i`);
  console.log(row('table size', Number(sizes!.t) / 2 ** 20, 'MB'));
  console.log(row('index size (all indexes)', Number(sizes!.i) / 2 ** 20, 'MB'));

  const org = [...dataset.organizations].sort((a, b) => dataset.events.filter((e) => e.organizationId === b.id).length - dataset.events.filter((e) => e.organizationId === a.id).length)[0]!;
  const scope = { organizationId: org.id };
  const store = createPostgresStore({ client, cursorSecret: 'bench' });
  const orgEvents = dataset.events.filter((e) => e.organizationId === org.id);
  console.log(`  (queries scoped to ${org.spec.displayName}: ${orgEvents.length.toLocaleString('en')} events; median and p95 of 21 runs after 3 warm-ups)`);

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
    ['one event type', { eventNames: ['tesseral.users.update'] }],
    ['a search', { search: 'session' }],
  ] as const) {
    await report(`count, ${name}`, () => store.count(scope, filter), BUDGETS.pgCountMs);
    await report(`histogram, ${name}, Europe/Paris`, () => store.histogram(scope, filter, 'Europe/Paris'), BUDGETS.pgHistogramMs);
  }
  await report('facets by event name, no filter', () => store.facets(scope, {}, 'eventName'), BUDGETS.pgCountMs);
  await report('facets by actor, one week', () => store.facets(scope, { timeRange: { start: '2026-10-01T00:00:00Z', end: '2026-10-08T00:00:00Z' } }, 'actorId'), BUDGETS.pgCountMs);
} finally {
  await sql.end();
  await admin.unsafe(`drop schema ${schema} cascade`);
  await admin.end();
}
