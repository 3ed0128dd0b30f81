import { expect, test, type Page } from '@playwright/test';

// The demo on its default backend, Tesseral's end-customer API (the mock, in a service worker),
// held against what that API itself answers: the page must show what a real Tesseral deployment
// would show for the same events, no more (no actor the API does not name) and no less.
const NOW = '2026-11-01T00:00:00.000Z';
test.use({ timezoneId: 'UTC', locale: 'en-US', viewport: { width: 1280, height: 900 } });

const table = (page: Page) => page.getByRole('table', { name: 'Audit log events' });
const rows = (page: Page) => table(page).locator('tbody tr[data-row]');

interface WireEvent { id: string; actorUserId?: string; actorApiKeyId?: string; actorIntermediateSessionId?: string; eventName: string }

/** Tesseral's own answer for a query, read in the page (the service worker answers it). */
async function api(page: Page, params: string): Promise<{ auditLogEvents?: WireEvent[]; nextPageToken?: string }> {
  return page.evaluate(async (query) => {
    const res = await fetch(`/api/frontend/v1/audit-log-events?${query}`, { headers: { Authorization: 'Bearer demo_owner_acme' } });
    return res.json();
  }, params);
}

async function userEmail(page: Page, id: string): Promise<string | null> {
  return page.evaluate(async (userId) => {
    const res = await fetch(`/api/frontend/v1/users/${userId}`, { headers: { Authorization: 'Bearer demo_owner_acme' } });
    return res.ok ? ((await res.json()) as { user: { email: string } }).user.email : null;
  }, id);
}

/** Checks each row against the API's event: same id, same order, the actor as the API names it. */
async function matchesApi(page: Page, events: WireEvent[]) {
  await expect(rows(page)).toHaveCount(events.length);
  await expect(table(page)).toHaveAttribute('aria-busy', 'false');
  await expect(table(page).getByRole('img', { name: 'Loading actor name' })).toHaveCount(0);
  expect(await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event-id')))).toEqual(events.map((e) => e.id));
  for (const [i, event] of events.entries()) {
    const cell = rows(page).nth(i).getByRole('cell').nth(1); // the Actor column
    if (event.actorUserId) {
      const email = await userEmail(page, event.actorUserId);
      await expect(cell).toContainText(email ?? event.actorUserId);
    } else if (event.actorApiKeyId) await expect(cell).toContainText(/API key|api_key_/);
    else if (event.actorIntermediateSessionId) await expect(cell).toContainText('Login flow');
    else await expect(cell).toContainText('No actor given');
    // Tesseral's end-customer API cannot tell these apart from nobody: the page never claims them.
    await expect(cell).not.toContainText(/SCIM|Vendor backend|System/);
  }
}

/** The page, once its service worker answers (the table's first rows are in). */
async function open(page: Page, query = '') {
  await page.goto(`/?now=${NOW}&backend=tesseral${query}`);
  await expect(rows(page).first()).toBeVisible();
}

test('shows exactly the events and actors Tesseral\'s API answers, page after page', async ({ page }) => {
  await open(page);
  let body = await api(page, '');
  for (let n = 0; n < 3; n++) {
    await matchesApi(page, body.auditLogEvents ?? []);
    body = await api(page, `pageToken=${encodeURIComponent(body.nextPageToken!)}`);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByText(`Page ${n + 2}`, { exact: true })).toBeVisible();
  }
});

test('shows SCIM provisioning and the vendor\'s backend as Tesseral does: with no actor, and says why', async ({ page }) => {
  await open(page, '&audit.event=tesseral.users.create');
  const body = await api(page, 'filterEventName=tesseral.users.create');
  const events = body.auditLogEvents ?? [];
  await matchesApi(page, events);
  const unnamed = events.findIndex((e) => !e.actorUserId && !e.actorApiKeyId && !e.actorIntermediateSessionId);
  expect(unnamed).toBeGreaterThanOrEqual(0); // created by SCIM or the backend: no actor on the wire
  await rows(page).nth(unnamed).click();
  await expect(page.getByRole('dialog')).toContainText('does not say who did this');
});

test('opens a link to an event deep in the log, though Tesseral\'s API has no get-by-id', async ({ page }) => {
  await open(page);
  // Page 50 of the log, through the API's own page tokens.
  let body = await api(page, '');
  for (let n = 1; n < 50; n++) body = await api(page, `pageToken=${encodeURIComponent(body.nextPageToken!)}`);
  const target = body.auditLogEvents![4]!;
  const lists: string[] = [];
  page.on('request', (r) => r.url().includes('/api/frontend/v1/audit-log-events') && lists.push(r.url()));
  await page.goto(`/?now=${NOW}&backend=tesseral&audit.open=${target.id}`);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(target.id);
  await expect(dialog).not.toContainText('Event not found');
  // The table's first page, and one or two requests for the event's millisecond.
  const lookups = lists.filter((url) => new URL(url).searchParams.has('filterStartTime')).length;
  expect(lookups).toBeGreaterThanOrEqual(1); // the event is not on the first page: it was looked up
  expect(lookups).toBeLessThanOrEqual(2);
});
