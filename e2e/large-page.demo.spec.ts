import { expect, test, type Page } from '@playwright/test';

// A page of 1,000 events on the demo's full API (issue 15, item 7): only the rows in view are in
// the DOM, and the keyboard and the row count still cover the whole page.
const NOW = '2026-11-01T00:00:00.000Z';
test.use({ timezoneId: 'UTC', locale: 'en-US', viewport: { width: 1280, height: 900 } });

const table = (page: Page) => page.getByRole('table', { name: 'Audit log events' });

test('a page of 1,000 rows keeps the DOM under 300 row elements, and Home/End reach both ends', async ({ page }) => {
  await page.goto(`/?now=${NOW}&backend=full&audit.size=1000`);
  await expect(page.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('1000');
  await expect(table(page)).toHaveAttribute('aria-rowcount', '1001', { timeout: 60_000 });
  await expect(table(page)).toHaveAttribute('aria-busy', 'false');
  const count = () => page.locator('tr').count();
  expect(await count()).toBeLessThan(300);
  const first = table(page).locator('tbody tr[data-row]').first();
  await expect(first).toHaveAttribute('aria-rowindex', '2');
  await first.focus();
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAttribute('aria-rowindex', '1001');
  expect(await count()).toBeLessThan(300);
  // The last event of the page is the 1,000th of the API's own first page.
  const last = await page.evaluate(async () => {
    const res = await fetch('/api/audit/v1/events?pageSize=1000', { headers: { Authorization: 'Bearer demo_owner_acme' } });
    const body = (await res.json()) as { events: { id: string }[] };
    return body.events[999]!.id;
  });
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', last);
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveAttribute('aria-rowindex', '2');
  // Scrolling the table draws the rows it reaches, never the whole page.
  await table(page).locator('tbody tr[data-row]').first().hover();
  await page.mouse.wheel(0, 8000);
  await expect.poll(async () => Number(await table(page).locator('tbody tr[data-row]').first().getAttribute('aria-rowindex'))).toBeGreaterThan(50);
  expect(await count()).toBeLessThan(300);
});
