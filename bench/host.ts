import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser-launch.ts';
import { deriveActor } from '../src/model/actor.ts';
import { sampleData } from '../src/test-support/adapters.ts';
import { BUDGETS } from './budgets.ts';
import { serveBench } from './static-server.ts';
import { buildApp } from './build-app.ts';
import { median, row } from './stats.ts';

/**
 * `npm run bench` (host part): the viewer measured as a host sees it. A bare React + TanStack
 * Table + Query app and the viewer fetch the same endpoint from this local HTTP server (a page of
 * events with its actors' names in one response) and show names; they alternate, a fresh page
 * each, and each figure is the median of the pairs' ratios. Needs the built package (dist/).
 */
const root = join(import.meta.dirname, '..');
const out = join(root, 'node_modules/.cache/bench-host');
const ROUNDS = Number(process.env.BENCH_HOST_ROUNDS) || 9;

// 1,000 events of one organization, newest first, and the names of their actors.
// Deleted users too: a host's backend names every actor its page has (marked deleted), so neither
// app has anything left to look up.
const { events: all, actors, org } = sampleData(4000, 8);
const events = all.slice(-1000).reverse();
const byId = new Map<string, object>(actors.map((a) => [a.id, a]));
for (const id of org.deletedUserIds) byId.set(id, { kind: 'user', id, email: org.users.get(id)?.email, deleted: true });
function page(limit: number): string {
  const shown = events.slice(0, limit);
  const ids = new Set(shown.map((e) => deriveActor(e).id).filter((id): id is string => id !== null));
  return JSON.stringify({ events: shown, actors: [...ids].map((id) => byId.get(id)).filter(Boolean) });
}

mkdirSync(out, { recursive: true });
await Promise.all(['host-bare', 'host-viewer'].map((name) => buildApp(name, out)));
const { server, base } = await serveBench(out, (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname !== '/api/events') return false;
  res.writeHead(200, { 'content-type': 'application/json' }).end(page(Math.min(1000, Number(url.searchParams.get('limit')) || 20)));
  return true;
});

interface Run {
  rows: number;
  names: number;
  frame: number;
  blocking: number;
  dom: number;
  heapMB: number;
}

async function load(browser: Browser, app: string, rows: number): Promise<Run> {
  const page = await browser.newPage();
  await page.goto(`${base}/${app}/?rows=${rows}`);
  await page.waitForFunction(() => (window as unknown as { __bench?: { dom?: number } }).__bench?.dom !== undefined, null, { timeout: 60_000 });
  const bench = await page.evaluate(() => (window as unknown as { __bench: Omit<Run, 'heapMB'> }).__bench);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await page.close();
  return { ...bench, heapMB: usedSize / 1048576 };
}

/** Alternating rounds (the order flips each round); per figure, the median of the rounds' ratios. */
async function compare(browser: Browser, rows: number): Promise<void> {
  const runs: Record<string, Run[]> = { 'host-bare': [], 'host-viewer': [] };
  const ratios: Record<keyof Run, number[]> = { rows: [], names: [], frame: [], blocking: [], dom: [], heapMB: [] };
  await load(browser, 'host-bare', rows); // warm the browser and the disk cache
  await load(browser, 'host-viewer', rows);
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 ? ['host-viewer', 'host-bare'] : ['host-bare', 'host-viewer'];
    for (const app of order) runs[app]!.push(await load(browser, app, rows));
    const bare = runs['host-bare']!.at(-1)!;
    const viewer = runs['host-viewer']!.at(-1)!;
    for (const key of Object.keys(ratios) as (keyof Run)[]) ratios[key].push(viewer[key] / Math.max(bare[key], key === 'blocking' ? 1 : 1e-9));
  }
  const m = (app: string, key: keyof Run) => median(runs[app]!.map((r) => r[key]));
  console.log(`\n${rows} rows over HTTP, names shown, headless Chromium, ${ROUNDS} alternating rounds (bare | viewer | paired ratio)`);
  const line = (label: string, key: keyof Run, unit: string, budget?: number) =>
    console.log(`${row(label, median(ratios[key]), '×', budget)}   bare ${m('host-bare', key).toFixed(1)} ${unit}, viewer ${m('host-viewer', key).toFixed(1)} ${unit}`);
  line('rows in the DOM', 'rows', 'ms', rows === 20 ? BUDGETS.hostFirstRowsRatio : undefined);
  line('every name shown', 'names', 'ms');
  line('the next frame', 'frame', 'ms', rows === 20 ? undefined : BUDGETS.hostPageFrameRatio);
  line('main-thread blocking until then', 'blocking', 'ms');
  line('heap after GC', 'heapMB', 'MB', rows === 20 ? undefined : BUDGETS.hostPageHeapRatio);
  line('DOM elements', 'dom', '');
}

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  await compare(browser, 20);
  await compare(browser, 1000);
} finally {
  await browser.close();
  server.close();
}
