import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { spawnCli, type SpawnedCli } from '../src/test-support/spawn-cli.js';

// The demo pointed at a real server (`npm run server`, PGlite in a fresh data directory): no mock
// in the page, the rows, the count and the timeline come over HTTP from PostgreSQL.
const data = mkdtempSync(path.join(tmpdir(), 'audit-e2e-pglite-'));
let server: SpawnedCli;
let api = '';

test.beforeAll(async () => {
  server = await spawnCli('src/server/cli.ts', ['--size', '2000', '--data', data], 'demo_owner_acme', { DATABASE_URL: '' }, 90_000);
  api = `${server.url}/api/audit/v1`;
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(data, { recursive: true, force: true });
});

test('the demo reads npm run server when given its URL: rows, count and timeline from PostgreSQL', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // On localhost, a domain the server trusts for CORS (as Tesseral's rule reads it).
  await page.goto(`${baseURL!.replace('127.0.0.1', 'localhost')}/?api=${encodeURIComponent(api)}&live=0`);
  const table = page.getByRole('table', { name: 'Audit log events' });
  await expect(table.locator('tbody tr[data-row]').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/Reading the server at/)).toBeVisible();
  const count = page.getByRole('status', { name: 'Matching events' });
  await expect(count).toHaveText(/^[\d,]+ events$/);
  await expect(page.getByRole('figure', { name: 'Events over time' }).getByRole('button', { name: /: [\d,]+ events?$/ }).first()).toBeVisible();
  expect(requests.some((url) => url.startsWith(api))).toBe(true);
  // No mock in the page: no service worker took the requests.
  expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
});
