import { createMemoryAdapter } from '../src/adapter/memory';
import { createCsvContext } from '../src/export/csv-context';
import { runExport } from '../src/export/exporter';
import { DEFAULT_MESSAGES } from '../src/format/messages';
import { generateDataset } from '../src/mock/generate';
import { BUDGETS } from './budgets';
import { getHeapStatistics } from 'node:v8';
import { row } from './stats';

/**
 * `npm run bench` (export part, issue 6), in a process of its own so that no other bench's heap
 * (the 1M-event engine) weighs on its GC: every event of one organization's newest 10k and 100k,
 * exported to CSV through the memory adapter (names looked up per page) into a sink that keeps
 * only a byte count, so the heap figure is the exporter's own. Peak heap is sampled after each page.
 */
const dataset = generateDataset({ seed: 1, size: 400_000, end: Date.parse('2026-11-01T00:00:00Z') });
{
  const org = dataset.organizations[0]!;
  const actors = [
    ...[...org.users].map(([id, u]) => ({ kind: 'user' as const, id, email: u.email as string })),
    ...[...org.apiKeys].map(([id, k]) => ({ kind: 'api_key' as const, id, displayName: k.displayName as string })),
  ];
  const all = dataset.events.filter((e) => e.organizationId === org.id);
  console.log(`\nExport to CSV through the memory adapter (pages of 1000, names looked up per page)`);
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  /** The adapter over the newest `size` events: the backend's storage, made before any heap is read. */
  const backend = (size: number) => createMemoryAdapter({ events: all.slice(-size), actors, search: false });
  /** One export from an adapter; `sample` runs after each page. */
  const exportOnce = async (adapter: ReturnType<typeof backend>, sample: () => void) => {
    const csv = createCsvContext('UTC', DEFAULT_MESSAGES, (refs) => adapter.getActors!(refs, { signal: new AbortController().signal }));
    let bytes = 0;
    const t0 = performance.now();
    const result = await runExport({
      adapter, filter: {}, sort: 'newest', format: 'csv', csv, beforePage: csv.beforePage, signal: new AbortController().signal,
      sink: { write: async (chunk) => void (bytes += chunk.length), close: async () => undefined, abort: async () => undefined },
      onProgress: sample,
    });
    return { rows: result.rows, bytes, seconds: (performance.now() - t0) / 1000 };
  };
  // Two warm-up runs of 10k first (not reported), as the engine figures have their warm-ups.
  for (let i = 0; i < 2; i++) await exportOnce(backend(10_000), () => undefined);
  const raw: Record<number, number> = {};
  const retained: Record<number, number> = {};
  for (const size of [10_000, 100_000]) {
    const adapter = backend(size);
    gc();
    let base = getHeapStatistics().used_heap_size;
    let peak = 0;
    const timed = await exportOnce(adapter, () => (peak = Math.max(peak, getHeapStatistics().used_heap_size - base)));
    raw[size] = peak / 2 ** 20;
    // Again, with a full GC after each page: what the export keeps alive, not garbage waiting for
    // the collector (how much of that there is at a given moment is V8's choice, not the exporter's).
    gc();
    base = getHeapStatistics().used_heap_size;
    let live = 0;
    await exportOnce(adapter, () => {
      gc();
      live = Math.max(live, getHeapStatistics().used_heap_size - base);
    });
    retained[size] = live / 2 ** 20;
    console.log(row(`${size.toLocaleString('en')} events: throughput`, timed.rows / timed.seconds, 'events/s', BUDGETS.exportEventsPerSecond, 'at least') + `   ${(timed.bytes / 2 ** 20).toFixed(1)} MB written, ${timed.rows} rows`);
    console.log(row(`${size.toLocaleString('en')} events: peak JS heap above the start (garbage included)`, raw[size]!, 'MB'));
    console.log(row(`${size.toLocaleString('en')} events: peak JS heap kept alive (GC after each page)`, retained[size]!, 'MB'));
  }
  console.log(row('peak JS heap, 100k / 10k', raw[100_000]! / raw[10_000]!, '×', BUDGETS.exportHeapRatio));
  // For the record: what stays alive between pages grows a little from 10k to 100k. Candidates (not
  // yet measured apart): the export's caches of actor names and labels, which grow with the
  // actors met.
  console.log(row('kept alive, 100k minus 10k (no budget)', retained[100_000]! - retained[10_000]!, 'MB'));
}
