import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../browser-launch.ts';
import { generateDataset } from '../src/mock/generate.ts';
import { BUDGETS } from './budgets.ts';
import { serveBench } from './static-server.ts';
import { buildApp as buildAppTo } from './build-app.ts';
import { median, row } from './stats.ts';

/**
 * `npm run bench` (UI part): what a host pays for the viewer, and how fast its first rows come,
 * each beside a baseline built and measured in the same run. Needs the built package (dist/).
 */
const root = join(import.meta.dirname, '..');
const RUNS = 21;
const apps = join(root, 'bench/apps');
const out = join(root, 'node_modules/.cache/bench-ui');

const { events } = generateDataset({ seed: 8, size: 400, end: Date.parse('2025-07-01T12:00:00Z') });
writeFileSync(join(apps, 'rows.json'), JSON.stringify(events.slice(-100).reverse()));

const buildApp = (name: string) => buildAppTo(name, out);

/**
 * JS + CSS gzip of a built app: `upFront` counts what its page loads before anything renders (the
 * files its index.html names: entry script, preloaded chunks, stylesheets); `all` adds the chunks
 * loaded later, on first use (the viewer's details panel and filter popovers).
 */
function gzipKB(dir: string): { upFront: number; all: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  let upFront = 0;
  let all = 0;
  for (const file of readdirSync(join(dir, 'assets'))) {
    if (!/\.(js|css)$/.test(file)) continue;
    const size = gzipSync(readFileSync(join(dir, 'assets', file)), { level: 9 }).length / 1024;
    all += size;
    if (html.includes(`assets/${file}`)) upFront += size;
  }
  return { upFront, all };
}

mkdirSync(out, { recursive: true });
const built = Object.fromEntries(await Promise.all(['bare-size', 'viewer-size', 'bare-rows', 'viewer-rows', 'memory-rows'].map(async (n) => [n, await buildApp(n)] as const)));
const bare = gzipKB(built['bare-size']!);
const viewer = gzipKB(built['viewer-size']!);
console.log('\nBundle a host pays (minified, gzip -9, JS + CSS; the viewer on the Tesseral adapter with its stylesheet)');
console.log(row('bare React app', bare.upFront, 'kB'));
console.log(row('the same app rendering <AuditLogViewer>, up front', viewer.upFront, 'kB'));
console.log(row('cost of the viewer up front (difference)', viewer.upFront - bare.upFront, 'kB', BUDGETS.viewerGzipKB));
console.log(row('with the chunks loaded on first use (details panel, filter popovers)', viewer.all - bare.all, 'kB'));

// The demo site too, for the filter bench on 100k events in the browser (its mock runs in a service worker).
await build({ root, mode: 'demo', logLevel: 'error', base: '/demo/', build: { outDir: join(out, 'demo'), emptyOutDir: true } });

const { server, base } = await serveBench(out);
const browser = await chromium.launch(chromiumLaunchOptions());

async function firstRows(app: string, query = ''): Promise<{ firstRows: number; blocking: number }> {
  const page = await browser.newPage();
  await page.goto(`${base}/${app}/${query}`);
  await page.waitForFunction(() => (window as unknown as { __bench?: { firstRows?: number } }).__bench?.firstRows !== undefined, null, { timeout: 30_000 });
  const result = await page.evaluate(() => (window as unknown as { __bench: { firstRows: number; blocking: number } }).__bench);
  await page.close();
  return result;
}

/**
 * Filter change to rows, in the demo on 100k events (full API, the mock in the page's service
 * worker): a search committed with Enter, timed from the key press until the table shows the
 * new answer. Five different searches; the median is reported.
 */
async function filterChanges(): Promise<void> {
  const page = await browser.newPage();
  await page.goto(`${base}/demo/?backend=full&size=100000&now=2026-11-01T00:00:00.000Z`);
  const table = page.getByRole('table', { name: 'Audit log events' });
  await table.locator('tbody tr[data-row]').first().waitFor({ timeout: 120_000 });
  const box = page.getByRole('searchbox', { name: 'Search audit logs' });
  const times: number[] = [];
  for (const term of ['invite', 'saml', '"api key"', 'event:roles', 'session refresh', 'revoked']) {
    await box.fill(term);
    const before = await table.locator('tbody').innerHTML();
    await page.evaluate(() => ((window as unknown as { __t0: number }).__t0 = performance.now()));
    await box.press('Enter');
    const ms = await page.waitForFunction(
      (old) => {
        const t = document.querySelector('table[aria-label="Audit log events"]');
        const body = t?.querySelector('tbody');
        if (!t || !body || t.getAttribute('aria-busy') !== 'false' || body.innerHTML === old) return false;
        return performance.now() - (window as unknown as { __t0: number }).__t0;
      },
      before,
      { timeout: 30_000 },
    );
    times.push((await ms.jsonValue()) as number);
  }
  await page.close();
  // The first search warms the page's code paths; the five after it are the figure.
  const measured = times.slice(1);
  console.log(`\nFilter change to rows in the demo on 100,000 events (headless Chromium, a search committed with Enter)`);
  console.log(row('median of 5 searches', median(measured), 'ms', BUDGETS.filterToRowsMs) + `   each: ${measured.map((t) => t.toFixed(0)).join(', ')} ms`);
}

try {
  const runs: Record<string, { firstRows: number; blocking: number }[]> = { 'bare-rows': [], 'viewer-rows': [], 'memory-rows': [] };
  await firstRows('bare-rows'); // warm the browser and the disk cache once
  // More pairs than the 5 runs the issue asks for: on a shared machine a median of 5 swung by
  // ±0.15× from one run of the bench to the next. Each pair runs back to back (the order
  // alternating), and the ratio is the median of the pairs' ratios, so that load that comes and
  // goes during the bench weighs on both sides of a pair alike.
  const pairs = async (app: string, count: number): Promise<number[]> => {
    const ratios: number[] = [];
    for (let i = 0; i < count; i++) {
      const order = i % 2 ? [app, 'bare-rows'] : ['bare-rows', app];
      const got: Record<string, number> = {};
      for (const name of order) {
        const run = await firstRows(name);
        runs[name]!.push(run);
        got[name] = run.firstRows;
      }
      ratios.push(got[app]! / got['bare-rows']!);
    }
    return ratios;
  };
  const ratios = await pairs('viewer-rows', RUNS);
  const bareMs = median(runs['bare-rows']!.map((r) => r.firstRows));
  const viewerMs = median(runs['viewer-rows']!.map((r) => r.firstRows));
  console.log(`\nNavigation to 20 rows in the DOM, headless Chromium, ${RUNS} back-to-back pairs`);
  console.log(row('bare TanStack Table + Query app (median)', bareMs, 'ms'));
  console.log(row('<AuditLogViewer>, rows from an adapter over the array (median)', viewerMs, 'ms'));
  console.log(row('ratio viewer / bare (median of the pairs)', median(ratios), '×', BUDGETS.firstRowsRatio));
  console.log(row('ratio of the medians, for comparison', viewerMs / bareMs, '×'));
  console.log(row('viewer main-thread blocking until then', median(runs['viewer-rows']!.map((r) => r.blocking)), 'ms', BUDGETS.blockingMs));
  // For the record: the same rows through the memory adapter, with its query engine in the page.
  const memoryRatios = await pairs('memory-rows', 11);
  console.log(row('on the memory adapter (engine in the page), ratio (11 pairs, no budget)', median(memoryRatios), '×'));
  const hundred = await firstRows('viewer-rows', '?rows=100');
  console.log(row('a page of 100 rows renders (time to 100 rows)', hundred.firstRows, 'ms'));
  await filterChanges();
} finally {
  await browser.close();
  server.close();
}
