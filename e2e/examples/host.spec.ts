import { expect, test, type Page } from '@playwright/test';

// Each example host app, built from the packed tarball, as its first visitor sees it.

/** Every console error and warning and every uncaught error of the page. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

const rows = (page: Page) => page.getByRole('table', { name: 'Audit log events' }).getByRole('row');

test('shows the events, keeps a search in the URL through a reload and Back, and logs nothing', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/');
  await expect(rows(page)).toHaveCount(26);
  // The viewer takes the width it is given in a centring flex column (not its narrow layout).
  const width = await page.getByRole('region', { name: 'Audit logs' }).evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(900);
  const search = page.getByRole('searchbox', { name: 'Search audit logs' });
  await search.fill('login');
  await search.press('Enter');
  await expect(page).toHaveURL(/[?&]audit\.q=login/);
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('login');
  await page.reload();
  await expect(search).toHaveValue('login');
  await expect(rows(page).nth(1)).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/audit\.q=/);
  await expect(search).toHaveValue('');
  expect(problems).toEqual([]);
});

test('serves the viewer\'s shell in the server HTML, where the host renders on the server', async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'next-app', 'the Vite examples render in the browser only');
  const html = await (await request.get('/')).text();
  expect(html).toContain('aria-label="Audit logs"');
  expect(html).toContain('Organization settings');
  const problems = watch(page);
  await page.goto('/');
  await expect(rows(page)).toHaveCount(26);
  expect(problems.filter((p) => /hydrat/i.test(p))).toEqual([]);
  expect(problems).toEqual([]);
});

test('a table of the host\'s own on the headless hook names the actors', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'vite-react18', 'the custom table is in the React 18 example');
  const problems = watch(page);
  await page.goto('/?custom');
  const table = page.getByRole('region', { name: 'Custom audit table' }).getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(26);
  await expect(table).toContainText('@acme.example');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(table.locator('caption')).toHaveText('Page 2');
  expect(problems).toEqual([]);
});

test('mounts the server handler in the host\'s own route handlers: reads, Tesseral\'s ingest, the streamed export', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'next-app', 'the route handlers are in the Next.js example');
  const reader = { authorization: 'Bearer example_reader' };
  const writer = { authorization: 'Bearer example_writer' };
  const first = await request.get('/api/audit/v1/events?pageSize=5', { headers: reader });
  expect(first.status()).toBe(200);
  expect(((await first.json()) as { events: unknown[] }).events).toHaveLength(5);
  expect((await request.get('/api/audit/v1/events', { headers: writer })).status()).toBe(403);
  expect((await request.get('/api/audit/v1/events')).status()).toBe(401);

  const created = await request.post('/v1/audit-log-events', { headers: { ...writer, 'content-type': 'application/json' }, data: { actorUserId: 'user_example_9', eventName: 'example.contract.signed', eventDetails: { contract: 'c_77' } } });
  expect(created.status()).toBe(200);
  const { auditLogEvent } = (await created.json()) as { auditLogEvent: { id: string; organizationId: string } };
  expect(auditLogEvent.organizationId).toBe('org_example');
  const found = await request.get('/api/audit/v1/events?q=c_77', { headers: reader });
  expect(((await found.json()) as { events: { id: string }[] }).events.map((e) => e.id)).toEqual([auditLogEvent.id]);

  const exported = await request.get('/api/audit/v1/events/export?format=csv&q=c_77', { headers: reader });
  expect(exported.status()).toBe(200);
  expect(exported.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(await exported.text()).toContain('user_example_9');
});
