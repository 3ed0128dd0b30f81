import { expect, test, type Page } from '@playwright/test';

// Live updates on the demo (on there, every 3 s): an event created through the demo's create
// endpoint (Tesseral's POST /v1/audit-log-events, served by the in-browser mock) is announced
// and shown only on request.
const NOW = '2026-11-01T00:00:00.000Z';
test.use({ timezoneId: 'UTC', locale: 'en-US', viewport: { width: 1280, height: 900 } });

const table = (page: Page) => page.getByRole('table', { name: 'Audit log events' });
const firstId = (page: Page) => table(page).locator('tbody tr[data-row]').first().getAttribute('data-event-id');

test('a created event is announced as "1 new event" and shown on request, the rows unmoved before', async ({ page }) => {
  await page.goto(`/?now=${NOW}&backend=full`);
  await expect(table(page).locator('tbody tr[data-row]').first()).toBeVisible({ timeout: 60_000 });
  const top = await firstId(page);
  const created = await page.evaluate(async () => {
    const auth = { Authorization: 'Bearer demo_owner_acme' };
    const page1 = (await (await fetch('/api/audit/v1/events?pageSize=1', { headers: auth })).json()) as { events: { organizationId: string }[] };
    const res = await fetch('/v1/audit-log-events', {
      method: 'POST',
      headers: { Authorization: 'Bearer demo_backend_api_key', 'content-type': 'application/json' },
      body: JSON.stringify({ organizationId: page1.events[0]!.organizationId, eventName: 'acme.deploys.approve', eventDetails: { service: 'billing' } }),
    });
    return ((await res.json()) as { auditLogEvent: { id: string } }).auditLogEvent.id;
  });
  const offer = page.getByRole('button', { name: 'Show 1 new event' });
  await expect(offer).toBeVisible({ timeout: 15_000 });
  // Said in a polite live region, and nothing moved.
  await expect(page.locator('[aria-live="polite"]').filter({ has: offer })).toHaveText('Show 1 new event');
  expect(await firstId(page)).toBe(top);
  await offer.click();
  await expect(table(page).locator('tbody tr[data-row]').first()).toHaveAttribute('data-event-id', created);
  await expect(offer).toHaveCount(0);
});
