import { expect, test } from '@playwright/test';

test('the demo serves Tesseral-shaped events from the in-browser mock backend', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/frontend/v1/audit-log-events')) apiCalls.push(request.url());
  });
  await page.goto('/');
  const table = page.getByRole('table', { name: 'Audit log events' });
  // Tesseral's fixed page: 10 events, newest first.
  await expect(table.locator('tbody tr')).toHaveCount(10);
  const times = await table.locator('tbody time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')!));
  expect([...times].sort().reverse()).toEqual(times);
  await expect(table.locator('tbody tr').first()).toContainText(/tesseral\.|ledgerly\./);
  expect(apiCalls.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
