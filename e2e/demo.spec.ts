import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// A fixed end of the generated history and a fixed zone: the same rows and pixels on every run.
const NOW = '2026-11-01T00:00:00.000Z';
test.use({ timezoneId: 'UTC', locale: 'en-US', viewport: { width: 1280, height: 900 } });

const table = (page: Page) => page.getByRole('table', { name: 'Audit log events' });
const rows = (page: Page) => table(page).locator('tbody tr');

/** Waits for a full page of rows whose actor names have resolved. */
async function settled(page: Page, count = 10) {
  await expect(rows(page)).toHaveCount(count);
  await expect(page.getByRole('img', { name: 'Loading actor name' })).toHaveCount(0);
}

/** Each row's identity: its exact instant (ms) and its text. */
async function identities(page: Page): Promise<string[]> {
  return rows(page).evaluateAll((trs) => trs.map((tr) => `${tr.querySelector('time')?.getAttribute('datetime')} ${tr.textContent}`));
}

test('first rows appear, newest first, from the in-browser mock Tesseral API', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const calls: string[] = [];
  page.on('request', (r) => r.url().includes('/api/frontend/v1/') && calls.push(r.url()));
  await page.goto(`/?now=${NOW}&backend=tesseral`);
  await expect(page.getByRole('region', { name: 'Audit logs' })).toBeVisible();
  await settled(page);
  const times = await rows(page).locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect([...times].sort().reverse()).toEqual(times);
  expect(calls.some((u) => u.includes('/audit-log-events'))).toBe(true);
  expect(calls.some((u) => u.includes('/users/'))).toBe(true);
  expect(errors).toEqual([]);
});

test('opens on the full query API: search, filters, page sizes', async ({ page }) => {
  const calls: string[] = [];
  page.on('request', (r) => r.url().includes('/api/') && calls.push(new URL(r.url()).pathname));
  await page.goto(`/?now=${NOW}`);
  await settled(page, 25);
  await expect(page.getByRole('searchbox', { name: 'Search audit logs' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('25');
  expect(calls.some((p) => p.startsWith('/api/audit/v1/events'))).toBe(true);
  expect(calls.some((p) => p.startsWith('/api/frontend/'))).toBe(false);
  // Tesseral's API is one choice away, its limits said beside it.
  const backend = page.getByRole('combobox', { name: /^Backend/ });
  await expect(backend.getByRole('option', { name: "Tesseral's API" })).toHaveCount(1);
  await backend.selectOption("Tesseral's API");
  await expect(page.getByText('As Tesseral serves it: 10 a page, one event name, one user, no search.')).toBeVisible();
  await settled(page, 10);
});

test('paging forward five pages and back shows each event once, and the same events again', async ({ page }) => {
  await page.goto(`/?now=${NOW}&backend=tesseral`);
  await settled(page);
  const pages: string[][] = [await identities(page)];
  for (let n = 2; n <= 6; n++) {
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByText(`Page ${n}`, { exact: true })).toBeVisible();
    await settled(page);
    pages.push(await identities(page));
  }
  const all = pages.flat();
  expect(all).toHaveLength(60);
  expect(new Set(all).size).toBe(60);
  const listCalls: string[] = [];
  page.on('request', (r) => r.url().includes('/audit-log-events') && listCalls.push(r.url()));
  for (let n = 5; n >= 1; n--) {
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect(page.getByText(`Page ${n}`, { exact: true })).toBeVisible();
    expect(await identities(page)).toEqual(pages[n - 1]);
  }
  expect(listCalls).toEqual([]); // going back costs no request
  await expect(page.getByRole('button', { name: 'Previous page' })).toBeDisabled();
});

test('the error scenario shows what failed and Retry recovers', async ({ page }) => {
  await page.goto(`/?now=${NOW}&backend=tesseral&errorRate=1`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be loaded');
  // Tesseral's words for the failure (its google.rpc.Status message), and what to do.
  await expect(alert).toContainText('injected failure');
  await expect(alert).toContainText('Retry in a moment');
  await expect(table(page)).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Error rate' }).selectOption({ label: 'None' });
  await alert.getByRole('button', { name: 'Retry' }).click();
  await settled(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the full API offers page sizes; keyboard alone reaches every control and page', async ({ page }) => {
  await page.goto(`/?now=${NOW}&backend=full`);
  await settled(page, 25);
  const reached: string[] = [];
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null);
      return `${el.tagName.toLowerCase()}:${label ?? el.textContent?.slice(0, 20)}`;
    }));
  }
  expect(reached).toContain('select:Time zone');
  for (const control of ['input:Search audit logs', 'button:Event type', 'button:Actor', 'button:Time range', 'select:Sort']) expect(reached).toContain(control);
  expect(reached.filter((r) => r.startsWith('tr:'))).toHaveLength(1); // the table is one tab stop
  expect(reached).toContain('select:Rows per page');
  expect(reached).toContain('button:Next page');
  // Pages by keyboard alone: focus stays on the button through the load, so Enter pages on.
  const next = page.getByRole('button', { name: 'Next page' });
  await page.getByRole('combobox', { name: 'Rows per page' }).focus();
  await page.keyboard.press('Tab'); // Previous page (inactive on page 1, still reachable)
  await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Page 2', { exact: true })).toBeVisible();
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Page 3', { exact: true })).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Previous page' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Page 1', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Previous page' })).toBeFocused();
  // Into the table by Shift+Tab from the pager, then the arrows.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(rows(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(1)).toBeFocused();
  // The exact instant on focus: shown in the table's tooltip under the row's time, and read as the row's description.
  const exact = /^Exact time: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
  await expect(page.getByRole('tooltip')).toHaveText(exact);
  await expect(rows(page).nth(1)).toHaveAccessibleDescription(exact);
  const [tipBox, timeBox] = [await page.getByRole('tooltip').boundingBox(), await rows(page).nth(1).locator('time').boundingBox()];
  expect(Math.abs(tipBox!.y - (timeBox!.y + timeBox!.height + 4))).toBeLessThan(2); // just under the focused row's time
  await page.getByRole('combobox', { name: 'Rows per page' }).focus();
  await page.keyboard.press('ArrowDown'); // 25 → 50 in Chromium's closed select
  await settled(page, 50);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations, and the page looks as recorded (${theme})`, async ({ page }) => {
    await page.goto(`/?now=${NOW}&theme=${theme}`);
    await settled(page, 25);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await expect(page.getByRole('region', { name: 'Audit logs' })).toHaveScreenshot(`viewer-${theme}.png`, { maxDiffPixelRatio: 0.0005, animations: 'disabled' });
  });
}

for (const [state, query] of [['error', 'errorRate=1'], ['empty', 'org=umbrella']] as const) {
  test(`axe finds no violations in the ${state} state`, async ({ page }) => {
    await page.goto(`/?now=${NOW}&${query}`);
    await expect(state === 'error' ? page.getByRole('alert') : page.getByText('No events yet')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
