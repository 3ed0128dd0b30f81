import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const indexPath = 'storybook-static/index.json';
const entries = existsSync(indexPath)
  ? Object.values(JSON.parse(readFileSync(indexPath, 'utf8')).entries as Record<string, { id: string; type: string }>).filter((e) => e.type === 'story')
  : [];

test('the built Storybook has stories', () => {
  expect(entries.length, 'run `storybook build -o storybook-static` first (npm run test:e2e does)').toBeGreaterThan(0);
});

for (const entry of entries) {
  test(`story ${entry.id} renders in the built Storybook without errors`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/iframe.html?id=${entry.id}&viewMode=story`);
    await expect(page.locator('#storybook-root')).not.toBeEmpty();
    await expect(page.locator('.sb-show-errordisplay')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
