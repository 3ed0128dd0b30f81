import { createMockDatabase } from '../src/mock/database';
import { createMockHandlers } from '../src/mock/handlers/index';
import { FULL_API_BASE } from '../src/mock/handlers/full-api';
import { createScenario } from '../src/mock/handlers/scenario';
import { startHttpServer } from '../src/mock/server/http-server';
import { BUDGETS } from './budgets';
import { median, percentile, row } from './stats';

/**
 * `npm run bench` (issue 11): what one organization's worst request costs everyone else. The
 * mock server over HTTP on 1,000,000 events; the slowest of a set of valid but expensive
 * searches (the search limits keep them bounded) runs back to back for one organization while
 * another organization lists its first page every few milliseconds. Its latency then, beside its
 * latency with the server idle, says whether one request can hold the server.
 */
const SIZE = Number(process.env.BENCH_SIZE ?? 1_000_000);
const db = createMockDatabase({ seed: 1, size: SIZE, end: Date.parse('2026-11-01T00:00:00Z') });
const server = await startHttpServer(createMockHandlers(db, createScenario()), { port: 0 });
const acme = { Authorization: 'Bearer demo_owner_acme' };
const globex = { Authorization: 'Bearer demo_owner_globex' };

async function timed(url: string, headers: Record<string, string>): Promise<number> {
  const t0 = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - t0;
}

const searches = [
  // Sixteen two-letter prefixes: the most words a search may stand for.
  Array.from({ length: 16 }, (_, i) => `${'abcdefghijklmnop'[i]}${'aeiou'[i % 5]}`).join(' '),
  // Common words that never meet in one event: the walk tests a big list against another.
  'event:refresh invoice',
  'session acme approve',
  // One-letter words, exact (not prefixes).
  'a e i o u',
  // Sixteen common words.
  'acme example user session tesseral refresh create update ledgerly invoice report api key role login id',
];
const list = `${server.url}${FULL_API_BASE}/events?pageSize=25`;
console.log(`\nOne tenant's worst search beside another tenant's lists (the mock server over HTTP, ${SIZE.toLocaleString('en')} events)`);
const costs: [string, number][] = [];
for (const q of searches) {
  await timed(`${list}&q=${encodeURIComponent(q)}`, acme); // warm-up
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await timed(`${list}&q=${encodeURIComponent(q)}`, acme));
  costs.push([q, median(runs)]);
}
costs.sort((a, b) => b[1] - a[1]);
const [worst, worstMs] = costs[0]!;
console.log(row(`worst search (median of 3): "${worst.slice(0, 40)}${worst.length > 40 ? '…' : ''}"`, worstMs, 'ms', BUDGETS.worstSearchMs));

const idle: number[] = [];
for (let i = 0; i < 30; i++) idle.push(await timed(list, globex));
const during: number[] = [];
let running = true;
const load = (async () => {
  for (let i = 0; i < 5; i++) await timed(`${list}&q=${encodeURIComponent(worst)}`, acme);
  running = false;
})();
while (running) {
  during.push(await timed(list, globex));
  await new Promise((resolve) => setTimeout(resolve, 5));
}
await load;
await server.close();
console.log(row('another tenant\'s first page, server idle (median)', median(idle), 'ms'));
console.log(row('the same while the worst search runs (median)', median(during), 'ms') + `   ${during.length} requests`);
console.log(row('the same while the worst search runs (p95)', percentile(during, 95), 'ms', BUDGETS.crossTenantP95Ms));
