import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

// The timeline and the facet counts on the demo's full API (the in-browser mock), issue 15.
const NOW = '2026-11-01T00:00:00.000Z';
const FULL = `/?now=${NOW}&backend=full`;
test.use({ timezoneId: 'UTC', locale: 'en-US', viewport: { width: 1280, height: 900 } });

const table = (page: Page) => page.getByRole('table', { name: 'Audit log events' });
const timeline = (page: Page) => page.getByRole('figure', { name: 'Events over time' });
const bars = (page: Page) => timeline(page).getByRole('button', { name: /: [\d,]+ events?$/ });
const count = (page: Page) => page.getByRole('status', { name: 'Matching events' });
const number = (text: string) => Number(/([\d,]+) events?$/.exec(text)![1]!.replace(/,/g, ''));

async function settled(page: Page) {
  await expect(table(page).locator('tbody tr[data-row]').first()).toBeVisible({ timeout: 60_000 });
  await expect(table(page)).toHaveAttribute('aria-busy', 'false');
  await expect(timeline(page)).not.toHaveAttribute('aria-busy', 'true');
  await expect(count(page)).toHaveText(/\d/);
}

async function barCounts(list: Locator): Promise<number[]> {
  return (await list.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')!))).map(number);
}

test('dragging across the timeline sets the time range, and the count falls to the bars\' sum', async ({ page }) => {
  await page.goto(FULL);
  await settled(page);
  const before = await barCounts(bars(page));
  expect(before.length).toBeGreaterThan(10);
  const total = number((await count(page).textContent())!);
  expect(before.reduce((a, b) => a + b, 0)).toBe(total);

  // From the fourth bar from the end to the second: three bars.
  const n = before.length;
  const from = (await bars(page).nth(n - 4).boundingBox())!;
  const to = (await bars(page).nth(n - 2).boundingBox())!;
  const chosen = before.slice(n - 4, n - 1).reduce((a, b) => a + b, 0);
  expect(chosen).toBeGreaterThan(0);
  expect(chosen).toBeLessThan(total);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
  await page.mouse.up();

  await expect(page.getByRole('button', { name: /^Remove filter Time range: / })).toBeVisible();
  await expect(count(page)).toHaveText(new RegExp(`^${chosen.toLocaleString('en')} events?$`));
  await settled(page);
  // The span is drawn again in finer bars, and they hold exactly the count.
  const after = await barCounts(bars(page));
  expect(after.reduce((a, b) => a + b, 0)).toBe(chosen);
  await expect(bars(page).first()).toHaveAccessibleName(/^[A-Z][a-z]{2} \d{1,2}, \d\d:\d\d–/);

  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(count(page)).toHaveText(new RegExp(`^${total.toLocaleString('en')} events$`));
  await expect(page.getByRole('button', { name: /^Remove filter Time range: / })).toHaveCount(0);
});

test('a bar is chosen with the keyboard too', async ({ page }) => {
  await page.goto(FULL);
  await settled(page);
  const last = bars(page).last();
  const shown = number((await last.getAttribute('aria-label'))!);
  await last.focus();
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText(new RegExp(`^${shown.toLocaleString('en')} events?$`));
});

for (const theme of ['light', 'dark']) {
  test(`axe finds no violations in the ${theme} theme with the timeline, its table, the facet counts and the Columns menu open`, async ({ page }) => {
    await page.goto(`${FULL}&theme=${theme}`);
    await settled(page);
    await timeline(page).getByRole('button', { name: 'Show as table' }).click();
    await expect(timeline(page).getByRole('table', { name: 'Events over time' })).toBeVisible();
    await page.getByRole('button', { name: 'Event type', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Event type' });
    await expect(panel.getByRole('checkbox', { name: /^User updated tesseral\.users\.update, [\d,]+$/ })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // The chooser, with the Summary column shown and compact rows.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Columns' }).click();
    const menu = page.getByRole('menu', { name: 'Columns' });
    await menu.getByRole('menuitemcheckbox', { name: 'Summary' }).click();
    await menu.getByRole('menuitemcheckbox', { name: 'Compact rows' }).click();
    await expect(table(page).getByRole('columnheader', { name: 'Summary' })).toBeVisible();
    await expect(menu).toBeVisible();
    const chooser = await new AxeBuilder({ page }).analyze();
    expect(chooser.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
