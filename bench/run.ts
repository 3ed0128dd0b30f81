import os from 'node:os';
import { COUNT_CAP, createQueryEngine } from '../src/engine/engine';
import { createFullTextSearch } from '../src/engine/search-index';
import { generateDataset } from '../src/mock/generate';
import type { EngineListRequest } from '../src/engine/engine';
import { BUDGETS } from './budgets';
import { heapMB, median, percentile, row, time } from './stats';

/**
 * `npm run bench`: figures for the data layer on 1,000,000 events. Prints what it measured, the
 * budget and the ratio; never fails on a figure (timings on shared machines are noisy).
 */
const SIZE = Number(process.env.BENCH_SIZE ?? 1_000_000);
const END = Date.parse('2026-11-01T00:00:00Z');

console.log(`Benchmark · ${new Date().toISOString()} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version}`);
if (typeof (globalThis as { gc?: unknown }).gc !== 'function') console.log('  (run with --expose-gc for exact heap figures: npm run bench does)');

const heap0 = heapMB();
let t0 = performance.now();
const dataset = generateDataset({ seed: 1, size: SIZE, end: END });
const generateSeconds = (performance.now() - t0) / 1000;
const generatedHeap = heapMB() - heap0;

t0 = performance.now();
// Actor names come from the dataset's directory, as the mock server gives them.
const directory = new Map<string, string[]>();
for (const org of dataset.organizations) {
  for (const [id, u] of [...org.users, ...org.apiKeys]) directory.set(id, [u.displayName, u.email].filter((v): v is string => typeof v === 'string'));
}
const engine = createQueryEngine({ events: dataset.events, search: createFullTextSearch({ actorNames: (id) => directory.get(id) }) });
const indexSeconds = (performance.now() - t0) / 1000;
const indexHeap = heapMB() - heap0 - generatedHeap;

console.log(`\nData: ${SIZE.toLocaleString('en')} events, ${dataset.organizations.length} organizations`);
console.log(row('generate events (time)', generateSeconds, 's', BUDGETS.generate1MSeconds));
console.log(row('generate events (heap retained)', generatedHeap, 'MB', BUDGETS.generate1MHeapMB));
console.log(row('index them in the engine, words for search included (time)', indexSeconds, 's'));
console.log(row('index them in the engine, words for search included (heap)', indexHeap, 'MB'));
console.log(row('peak resident set size of the process', process.resourceUsage().maxRSS / 1024, 'MB'));

const acme = dataset.organizations[0]!.id;
const middle = END - 45 * 86_400_000;
const shapes: [string, EngineListRequest][] = [
  ['first page, no filter', {}],
  ['first page, one common event name (sessions.refresh)', { filter: { eventNames: ['tesseral.sessions.refresh'] } }],
  ['first page, one rare event name (roles.delete)', { filter: { eventNames: ['tesseral.roles.delete'] } }],
  ['first page, a one-day time range', { filter: { timeRange: { start: new Date(middle).toISOString(), end: new Date(middle + 86_400_000).toISOString() } } }],
  ['first page, Tesseral-style (one org, 10 rows)', { organizationId: acme, pageSize: 10 }],
  ['first page, one org + name + 7-day range', { organizationId: acme, filter: { eventNames: ['tesseral.users.update'], timeRange: { start: new Date(middle).toISOString(), end: new Date(middle + 7 * 86_400_000).toISOString() } } }],
  ['first page, actor kinds login + system', { filter: { actorKinds: ['login', 'system'] } }],
  ['first page, oldest first', { sort: 'oldest' }],
];
console.log(`\nEngine first page (page size 25 unless said; median and p95 of 31 runs after 5 warm-ups)`);
for (const [name, request] of shapes) {
  const runs = time(() => engine.list({ pageSize: 25, ...request }));
  // The row count shows the query found something: a fast empty answer would prove nothing.
  const rows = engine.list({ pageSize: 25, ...request }).events.length;
  console.log(row(`${name} (median)`, median(runs), 'ms', BUDGETS.firstPageMs) + `   p95 ${percentile(runs, 95).toFixed(2)} ms   ${rows} rows`);
}
// Counts (issue 15): each shape of the bench, exact up to the cap, "more than" past it.
console.log(`\nEngine counts of the same filters (exact up to ${COUNT_CAP.toLocaleString('en')}; median of 11 runs after 2 warm-ups)`);
for (const [name, request] of [...shapes, ['a search: session', { filter: { search: 'session' } }] as [string, EngineListRequest]]) {
  const countRequest = { filter: request.filter, organizationId: request.organizationId };
  const runs = time(() => engine.count(countRequest), 11, 2);
  const { count, exact } = engine.count(countRequest);
  console.log(row(`${name.replace('first page, ', '')} (median)`, median(runs), 'ms', BUDGETS.countMs) + `   ${exact ? '' : 'more than '}${count} events`);
}

// Histograms and facets (issue 15): the same filters, bars in Paris's clock; facets of each field
// as the Event type and Actor popovers ask for them (one organization, all time and one week).
console.log('\nEngine histograms of the same filters (exact; median of 11 runs after 2 warm-ups)');
for (const [name, request] of [...shapes, ['a search: session', { filter: { search: 'session' } }] as [string, EngineListRequest]]) {
  const histogramRequest = { filter: request.filter, organizationId: request.organizationId, timeZone: 'Europe/Paris' };
  const runs = time(() => engine.histogram(histogramRequest), 11, 2);
  const { buckets, interval } = engine.histogram(histogramRequest);
  const budget = name.includes('search') ? undefined : BUDGETS.histogramMs;
  console.log(row(`${name.replace('first page, ', '')} (median)`, median(runs), 'ms', budget) + `   ${buckets.length} bars of ${interval.size} ${interval.unit}, ${buckets.reduce((sum, b) => sum + b.count, 0)} events`);
}
const week = { start: new Date(middle).toISOString(), end: new Date(middle + 7 * 86_400_000).toISOString() };
const facetShapes: [string, Parameters<typeof engine.facets>[0]][] = [
  ['event names, one org', { organizationId: acme, field: 'eventName' }],
  ['event names, one org, 7 days', { organizationId: acme, field: 'eventName', filter: { timeRange: week } }],
  ['event names, one org, actor kind api_key', { organizationId: acme, field: 'eventName', filter: { actorKinds: ['api_key'] } }],
  ['actors, one org, 7 days', { organizationId: acme, field: 'actorId', filter: { timeRange: week } }],
  ['actors, one org, one event name', { organizationId: acme, field: 'actorId', filter: { eventNames: ['tesseral.users.update'] } }],
  ['actors, one org', { organizationId: acme, field: 'actorId' }],
];
console.log('\nEngine facets (exact; median of 11 runs after 2 warm-ups)');
for (const [name, request] of facetShapes) {
  const runs = time(() => engine.facets(request), 11, 2);
  const { values } = engine.facets(request);
  console.log(row(`${name} (median)`, median(runs), 'ms', BUDGETS.facetMs) + `   ${values.length} values, ${values.reduce((sum, v) => sum + v.count, 0)} counted`);
}

// Worst cases, reported without a budget: two large filters that barely overlap make the walk
// scan the smaller one in full (the engine has no bitmap intersection).
const sparse: [string, EngineListRequest][] = [
  ['sessions.refresh AND actor kind login (0 rows)', { filter: { eventNames: ['tesseral.sessions.refresh'], actorKinds: ['login'] } }],
  ['custom invoices.approve AND actor kind api_key', { filter: { eventNames: ['ledgerly.invoices.approve'], actorKinds: ['api_key'] } }],
];
console.log('\nEngine worst cases (no budget; median of 11 runs)');
for (const [name, request] of sparse) {
  const runs = time(() => engine.list({ pageSize: 25, ...request }), 11, 2);
  console.log(row(`${name} (median)`, median(runs), 'ms') + `   ${engine.list({ pageSize: 25, ...request }).events.length} rows`);
}

// Full-text search: the word index is built with the engine; the first search sorts its words for prefix lookups.
const heapBeforeSearch = heapMB();
t0 = performance.now();
engine.list({ pageSize: 25, filter: { search: 'warm' } });
console.log(`\nFull-text search on ${SIZE.toLocaleString('en')} events (first page of 25; median and p95 of 31 runs after 5 warm-ups)`);
console.log(row('first search: sort the words for prefix lookups (time)', (performance.now() - t0) / 1000, 's'));
console.log(row('first search: sort the words (heap retained)', heapMB() - heapBeforeSearch, 'MB'));
const someEmail = String(dataset.organizations[0]!.users.values().next().value!.email);
const searches: [string, string][] = [
  ['a common term', 'session'],
  ['a rare term (one user\'s email)', `"${someEmail}"`],
  ['a phrase', '"api key revoked"'],
  ['a field term', 'event:roles'],
  ['two terms', 'invite acme'],
];
for (const [name, search] of searches) {
  const runs = time(() => engine.list({ pageSize: 25, filter: { search } }));
  const rows = engine.list({ pageSize: 25, filter: { search } }).events.length;
  console.log(row(`${name}: ${search} (median)`, median(runs), 'ms', BUDGETS.searchFirstPageMs) + `   p95 ${percentile(runs, 95).toFixed(2)} ms   ${rows} rows`);
}

const first = engine.list({ pageSize: 25 });
const next = time(() => engine.list({ pageSize: 25, cursor: first.nextCursor }));
console.log(row('next page by cursor, no filter (median)', median(next), 'ms', BUDGETS.firstPageMs));

