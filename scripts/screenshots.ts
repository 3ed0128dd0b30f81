/**
 * Refreshes the README's screenshots from the demo: `npm run build:demo && npx vite preview
 * --mode demo --port 43173` in one terminal, `node --import tsx scripts/screenshots.ts` in another.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser-launch.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:43173';
const NOW = '2026-11-01T00:00:00.000Z';
const browser = await chromium.launch(chromiumLaunchOptions());
const shots: [string, string, { width: number; height: number }][] = [
  ['docs/demo-light.png', `/?now=${NOW}&backend=full&audit.q=invite&audit.kind=user`, { width: 1280, height: 860 }],
  ['docs/demo-dark.png', `/?now=${NOW}&theme=dark`, { width: 1280, height: 860 }],
  ['docs/demo-phone.png', `/?now=${NOW}&backend=full`, { width: 380, height: 860 }],
];
for (const [file, path, viewport] of shots) {
  const page = await browser.newPage({ viewport, timezoneId: 'UTC', locale: 'en-US' });
  await page.goto(base + path);
  const table = page.getByRole('table', { name: 'Audit log events' });
  await table.locator('tbody tr[data-row]').first().waitFor();
  await page.waitForFunction(() => document.querySelector('table[aria-busy="false"]') && !document.querySelector('[aria-label="Loading actor name"]'));
  await page.screenshot({ path: file });
  await page.close();
}
await browser.close();
