import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const NOW = '2026-11-01T00:00:00.000Z';
test.use({ timezoneId: 'UTC', locale: 'en-US', viewport: { width: 1280, height: 900 } });

const table = (page: Page) => page.getByRole('table', { name: 'Audit log events' });
const rows = (page: Page) => table(page).locator('tbody tr[data-row]');
const dialog = (page: Page) => page.getByRole('dialog');
const ids = (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event-id')!));

async function settled(page: Page, count: number) {
  await expect(rows(page)).toHaveCount(count);
  await expect(table(page)).toHaveAttribute('aria-busy', 'false');
}

test('opens by click and by keyboard; Escape returns focus to the same row', async ({ page }) => {
  await page.goto(`/?now=${NOW}&backend=full`);
  await settled(page, 25);
  const page1 = await ids(page);
  const label = await rows(page).nth(2).locator('.alv-eventLabel').textContent();
  await rows(page).nth(2).click();
  await expect(page.getByRole('dialog', { name: label! })).toBeVisible();
  await expect(dialog(page)).toContainText(page1[2]!);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(rows(page).nth(2)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toContainText(page1[3]!);
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(rows(page).nth(3)).toBeFocused();
});

test('Previous and Next walk across a page boundary', async ({ page }) => {
  await page.goto(`/?now=${NOW}&backend=full`);
  await settled(page, 25);
  const page1 = await ids(page);
  await rows(page).nth(24).click();
  await expect(dialog(page)).toContainText(page1[24]!);
  await dialog(page).getByRole('button', { name: 'Next event' }).click();
  await expect(page.getByText('Page 2', { exact: true })).toBeVisible();
  await settled(page, 25);
  const page2 = await ids(page);
  expect(page2.filter((id) => page1.includes(id))).toEqual([]);
  await expect(dialog(page)).toContainText(page2[0]!);
  await page.keyboard.press('ArrowUp'); // the keys work as well as the buttons
  await expect(page.getByText('Page 1', { exact: true })).toBeVisible();
  await expect(dialog(page)).toContainText(page1[24]!);
  await page.keyboard.press('Escape');
  await expect(rows(page).nth(24)).toBeFocused();
});

test('a copied permalink opened in a new page shows the same event; an unknown id says "Event not found"', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/?now=${NOW}&backend=full`);
  await settled(page, 25);
  // An event from the second page, so that the link must load it by id.
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Page 2', { exact: true })).toBeVisible();
  await settled(page, 25);
  const id = (await ids(page))[7]!;
  await rows(page).nth(7).click();
  await dialog(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog(page).getByText('Copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain(`audit.open=${id}`);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('dialog')).toContainText(id);
  await expect(other.getByText('Page 1', { exact: true })).toBeVisible(); // not on the page shown: loaded by id
  const unknown = await context.newPage();
  await unknown.goto(`/?now=${NOW}&backend=full&audit.open=audit_log_event_doesnotexist`);
  await expect(unknown.getByRole('dialog', { name: 'Event not found' })).toBeVisible();
});

test('axe finds no violations with the details open', async ({ page }) => {
  await page.goto(`/?now=${NOW}&backend=full&audit.event=tesseral.users.update`);
  await expect(rows(page).first()).toBeVisible();
  await rows(page).first().click();
  await expect(dialog(page).getByRole('heading', { name: 'What changed' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('at 380 px', () => {
  test.use({ viewport: { width: 380, height: 800 } });

  test('the diff reads as words: its caption on a line, Before and After labeled, not told apart by colour alone', async ({ page }) => {
    await page.goto(`/?now=${NOW}&backend=full&audit.event=tesseral.users.update`);
    await expect(rows(page).first()).toBeVisible();
    await rows(page).first().click();
    const diff = dialog(page).locator('table.alv-diff-table').first();
    const caption = diff.locator('caption');
    await expect(caption).toBeVisible();
    const box = (await caption.boundingBox())!;
    // One letter a line was a box a few pixels wide and hundreds tall.
    expect(box.width).toBeGreaterThan(150);
    expect(box.height).toBeLessThan(60);
    const labels = await diff.locator('tbody tr').first().locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(['"Before: "', '"After: "']);
  });
});
