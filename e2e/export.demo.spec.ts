import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';

const NOW = '2026-11-01T00:00:00.000Z';
test.use({ timezoneId: 'UTC', locale: 'en-US', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
// The download fallback (Blobs and a link), as in browsers without the File System Access API:
// a save dialog cannot be answered in a headless test.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
});

const table = (page: Page) => page.getByRole('table', { name: 'Audit log events' });

async function ready(page: Page) {
  await expect(table(page).locator('tbody tr[data-row]').first()).toBeVisible({ timeout: 60_000 });
  await expect(table(page)).toHaveAttribute('aria-busy', 'false');
}

async function exportAs(page: Page, format: 'CSV' | 'JSON Lines'): Promise<{ text: string; file: string }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('menuitem', { name: format }).click();
  const download: Download = await downloading;
  return { text: await readFile((await download.path())!, 'utf8'), file: download.suggestedFilename() };
}

/** Every matching id from the full API itself, in the table's order. */
async function apiIds(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await fetch(`/api/audit/v1/events?${q}&pageSize=1000${cursor ? `&cursor=${cursor}` : ''}`, { headers: { Authorization: 'Bearer demo_owner_acme' } });
      const body = (await res.json()) as { events: { id: string }[]; nextCursor: string | null };
      ids.push(...body.events.map((e) => e.id));
      cursor = body.nextCursor;
    } while (cursor);
    return ids;
  }, query);
}

const csvIds = (text: string) => text.trim().split('\r\n').slice(1).map((line) => line.split(',')[0]!);

test('a CSV export of a filtered view has exactly the matching events, in the table\'s order, and a manifest', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`/?now=${NOW}&backend=full&size=100000&audit.event=tesseral.sessions.refresh&audit.event=tesseral.users.update`);
  await ready(page);
  const first = await table(page).locator('tbody tr[data-row]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event-id')));
  const { text, file } = await exportAs(page, 'CSV');
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toBeVisible();
  expect(file).toBe('audit-log_acme-corp_all-time.csv');
  const ids = csvIds(text);
  const expected = await apiIds(page, 'eventName=tesseral.sessions.refresh&eventName=tesseral.users.update');
  expect(ids.length).toBeGreaterThanOrEqual(5000);
  expect(ids).toEqual(expected);
  expect(ids.slice(0, first.length)).toEqual(first);
  // The manifest: rows and the SHA-256 of exactly these bytes.
  const manifestDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download manifest' }).click();
  const manifest = JSON.parse(await readFile((await (await manifestDownload).path())!, 'utf8')) as { rows: number; sha256: string; file: string; filter: { eventNames: string[] } };
  expect(manifest.rows).toBe(ids.length);
  expect(manifest.file).toBe(file);
  expect(manifest.filter.eventNames).toEqual(['tesseral.sessions.refresh', 'tesseral.users.update']);
  const digest = await page.evaluate(async (content) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(content)))].map((b) => b.toString(16).padStart(2, '0')).join(''), text);
  expect(manifest.sha256).toBe(digest);
});

test('with 10% of requests failing, the export still completes with exact content', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/?now=${NOW}&backend=full&audit.last=90d`);
  await ready(page);
  const clean = await exportAs(page, 'CSV');
  await page.getByRole('combobox', { name: 'Error rate' }).selectOption({ label: '10 %' });
  const flaky = await exportAs(page, 'CSV');
  expect(flaky.text).toBe(clean.text);
  expect(csvIds(flaky.text).length).toBeGreaterThan(1000);
});

test('cancel mid-way stops the requests and says so', async ({ page }) => {
  // Live updates off: their poll is not the export's traffic.
  await page.goto(`/?now=${NOW}&backend=full&latency=300&live=0`);
  await ready(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'CSV' }).click();
  const progress = page.getByRole('progressbar', { name: 'Export progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByText(/[1-9][\d,]* events written/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.getByText('Export cancelled: no file was saved.')).toBeVisible();
  const later: string[] = [];
  page.on('request', (r) => r.url().includes('/api/audit/v1/events') && later.push(r.url()));
  page.on('download', () => later.push('download'));
  await page.waitForTimeout(1_500);
  expect(later).toEqual([]);
});

test('the server-side export path makes the same file as the streamed one', async ({ page }) => {
  test.setTimeout(120_000);
  const view = `now=${NOW}&backend=full&audit.q=role`;
  await page.goto(`/?${view}`);
  await ready(page);
  const streamedJsonl = await exportAs(page, 'JSON Lines');
  const streamedCsv = await exportAs(page, 'CSV');
  const jobs: string[] = [];
  page.on('request', (r) => r.url().includes('/exports') && jobs.push(r.method()));
  await page.goto(`/?${view}&serverExport=1`);
  await ready(page);
  const serverJsonl = await exportAs(page, 'JSON Lines');
  const serverCsv = await exportAs(page, 'CSV');
  expect(jobs).toContain('POST');
  expect(serverJsonl.text).toBe(streamedJsonl.text);
  expect(serverCsv.text).toBe(streamedCsv.text);
  expect(serverJsonl.text.trim().split('\n').length).toBeGreaterThan(10);
});

test('an export of nothing says so and downloads nothing', async ({ page }) => {
  await page.goto(`/?now=${NOW}&backend=full&audit.q=zzzznothing`);
  await expect(page.getByText('No events match', { exact: true })).toBeVisible();
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'CSV' }).click();
  await expect(page.getByText('No events match these filters: there is nothing to export.')).toBeVisible();
  expect(downloads).toEqual([]);
});

test('with the File System Access API, the file is streamed to the picked file, the same bytes', async ({ page }) => {
  await page.goto(`/?now=${NOW}&backend=full&audit.q=role`);
  await ready(page);
  const fallback = await exportAs(page, 'JSON Lines');
  // A picker that hands out an in-page writable: what the browser's save dialog would give.
  await page.evaluate(() => {
    const written: number[] = [];
    (window as unknown as Record<string, unknown>).__written = written;
    (window as unknown as Record<string, unknown>).__name = '';
    (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async (options: { suggestedName: string }) => {
      (window as unknown as Record<string, unknown>).__name = options.suggestedName;
      return { createWritable: async () => ({ write: async (chunk: Uint8Array) => void written.push(...chunk), close: async () => undefined, abort: async () => void (written.length = 0) }) };
    };
  });
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'JSON Lines' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toBeVisible();
  const streamed = await page.evaluate(() => new TextDecoder().decode(new Uint8Array((window as unknown as { __written: number[] }).__written)));
  expect(streamed).toBe(fallback.text);
  expect(await page.evaluate(() => (window as unknown as { __name: string }).__name)).toBe(fallback.file);
  expect(downloads).toEqual([]); // nothing offered as a download: the file was written in place
});

test('the count of matching events equals the rows an export of the same filter writes', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/?now=${NOW}&backend=full&size=20000&audit.group=roles&audit.group=api_keys`);
  await ready(page);
  const count = page.getByRole('status', { name: 'Matching events' });
  await expect(count).toHaveText(/^[\d,]+ events$/);
  const counted = Number((await count.textContent())!.replace(/\D/g, ''));
  expect(counted).toBeGreaterThan(25);
  const { text } = await exportAs(page, 'CSV');
  expect(csvIds(text)).toHaveLength(counted);
});
