import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { createTesseralAdapter } from '../src/adapter/tesseral/index';
import type { AuditLogAdapter } from '../src/adapter/types';
import { createCsvContext } from '../src/export/csv-context';
import { runExport } from '../src/export/exporter';
import { DEFAULT_MESSAGES } from '../src/format/messages';
import { createMockDatabase } from '../src/mock/database';
import { createMockHandlers } from '../src/mock/handlers/index';
import { createScenario } from '../src/mock/handlers/scenario';
import { startHttpServer } from '../src/mock/server/http-server';
import { BUDGETS } from './budgets';
import { row } from './stats';

/**
 * `npm run bench` (issue 10): exporting an organization's 10,000 events to CSV over Tesseral's API
 * as a host sees it: the mock's Tesseral API over real HTTP on 127.0.0.1, 300 ms per request (a
 * vault across an ocean), ten events a page, names looked up one actor at a time. The viewer's
 * export (time slices fetched in parallel) runs beside a page-by-page export of the same events in
 * the same run; both must write the same bytes. One paired round: the page-by-page one takes about
 * 1,000 round trips, five minutes; more rounds would not fit CI.
 */
const SIZE = Number(process.env.BENCH_TESSERAL_SIZE ?? 10_000);
const LATENCY = 300;
const db = createMockDatabase({
  seed: 1,
  size: SIZE,
  end: Date.parse('2026-11-01T00:00:00Z'),
  days: 30,
  organizations: [{ slug: 'acme', displayName: 'Acme Corp', domain: 'acme.example', weight: 1 }],
});
const server = await startHttpServer(createMockHandlers(db, createScenario({ latencyMs: LATENCY })), { port: 0 });
const token = db.accessTokens.get('acme')!.owner;

async function exportAll(adapter: AuditLogAdapter): Promise<{ seconds: number; rows: number; sha: string; requests: number }> {
  const signal = new AbortController().signal;
  const csv = createCsvContext('UTC', DEFAULT_MESSAGES, (refs) => adapter.getActors!(refs, { signal }), adapter.capabilities.hiddenActors, adapter.capabilities.actorLookup);
  const hash = sha256.create();
  const t0 = performance.now();
  const result = await runExport({
    adapter, filter: {}, sort: 'newest', format: 'csv', csv, beforePage: csv.beforePage, signal,
    sink: { write: async (chunk) => void hash.update(chunk), close: async () => undefined, abort: async () => undefined },
  });
  return { seconds: (performance.now() - t0) / 1000, rows: result.rows, sha: bytesToHex(hash.digest()), requests: 0 };
}

/** A Tesseral adapter over the server whose requests are counted. */
function adapter(id: string, counter: { n: number }, sliced: boolean): AuditLogAdapter {
  const base = createTesseralAdapter({
    baseUrl: server.url,
    accessToken: token,
    id,
    fetch: (input, init) => {
      if (input.includes('/audit-log-events')) counter.n++;
      return fetch(input, init);
    },
  });
  // Page by page: the same adapter without its stream, so the exporter walks the cursor chain.
  return sliced ? base : { ...base, streamEvents: undefined };
}

console.log(`\nExport to CSV over Tesseral's API (mock over HTTP, ${LATENCY} ms a request, 10 events a page, ${SIZE.toLocaleString('en')} events)`);
const slicedRequests = { n: 0 };
const pagedRequests = { n: 0 };
// Both at once: the server is idle between answers (the latency is a timer), so neither slows the other.
const [sliced, paged] = await Promise.all([
  exportAll(adapter('bench-sliced', slicedRequests, true)),
  exportAll(adapter('bench-paged', pagedRequests, false)),
]);
await server.close();
console.log(row('page by page: time', paged.seconds, 's') + `   ${pagedRequests.n} list requests, ${(paged.rows / paged.seconds).toFixed(0)} events/s`);
console.log(row('time slices in parallel (the viewer): time', sliced.seconds, 's') + `   ${slicedRequests.n} list requests, ${(sliced.rows / sliced.seconds).toFixed(0)} events/s`);
console.log(row('speed-up, page by page / slices', paged.seconds / sliced.seconds, '×', BUDGETS.tesseralExportSpeedup, 'at least'));
const same = paged.sha === sliced.sha && paged.rows === sliced.rows && paged.rows === SIZE;
console.log(`  identical files: ${same ? 'yes' : 'NO'} (${paged.rows} and ${sliced.rows} rows, SHA-256 ${paged.sha.slice(0, 16)}… and ${sliced.sha.slice(0, 16)}…)`);
if (!same) process.exitCode = 1;
