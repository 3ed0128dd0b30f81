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
  const peaks: Record<number, number> = {};
  // Two warm-up runs of 10k first (not reported), as the engine figures have their warm-ups: the
  // code paths are then compiled when the measured runs start.
  for (const [i, size] of [10_000, 10_000, 10_000, 100_000].entries()) {
    const events = all.slice(-size);
    const adapter = createMemoryAdapter({ events, actors, search: false });
    const csv = createCsvContext('UTC', DEFAULT_MESSAGES, (refs) => adapter.getActors!(refs, { signal: new AbortController().signal }));
    (globalThis as { gc?: () => void }).gc?.();
    const base = getHeapStatistics().used_heap_size;
    let peak = 0;
    let bytes = 0;
    const t0 = performance.now();
    const result: { rows: number } = await runExport({
      adapter, filter: {}, sort: 'newest', format: 'csv', csv, beforePage: csv.beforePage, signal: new AbortController().signal,
      sink: { write: async (chunk) => void (bytes += chunk.length), close: async () => undefined, abort: async () => undefined },
      onProgress: () => (peak = Math.max(peak, getHeapStatistics().used_heap_size - base)),
    });
    const seconds = (performance.now() - t0) / 1000;
    if (i < 2) continue;
    peaks[size] = peak / 2 ** 20;
    console.log(row(`${size.toLocaleString('en')} events: throughput`, result.rows / seconds, 'events/s', BUDGETS.exportEventsPerSecond, 'at least') + `   ${(bytes / 2 ** 20).toFixed(1)} MB written, ${result.rows} rows`);
    console.log(row(`${size.toLocaleString('en')} events: peak JS heap above the start`, peaks[size]!, 'MB'));
  }
  console.log(row('peak heap, 100k / 10k', peaks[100_000]! / peaks[10_000]!, '×', BUDGETS.exportHeapRatio));
}
