import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// `npm start` as a newcomer runs it first: an empty dependency cache, the demo opened once. It
// must print only its URL lines, and the first visit must not reload while Vite optimizes.
test('npm start prints only its URL and the first visit loads once', async ({ page }) => {
  test.setTimeout(120_000);
  const root = path.resolve(import.meta.dirname, '..');
  const cache = mkdtempSync(path.join(tmpdir(), 'alv-vite-cache-'));
  const child = spawn('npx', ['vite', '--port', '45190'], { cwd: root, env: { ...process.env, VITE_CACHE_DIR: cache, FORCE_COLOR: '0', NO_COLOR: '1' } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect.poll(() => /Local:\s+(http:\S+)/.exec(output)?.[1], { timeout: 60_000 }).toBeTruthy();
    const url = /Local:\s+(http:\S+)/.exec(output)![1]!;
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(url);
    await expect(page.getByRole('table', { name: 'Audit log events' }).getByRole('row').nth(1)).toBeVisible({ timeout: 60_000 });
    await page.waitForTimeout(3000);
    expect(loads).toBe(1);
    const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
    // Vite prints "[optimizer] bundling dependencies..." on a timer when its first bundling takes
    // over a second (a loaded machine): progress, not a re-bundle. A reload or a late-found
    // dependency ("new dependencies optimized", "reloading") is still a failure.
    const progress = /^[\d:]+(?: [AP]M)? \[vite\] \(client\) \[optimizer\] bundling dependencies\.\.\.$/;
    expect(lines.filter((line) => !progress.test(line) && !/^(VITE v[\d.]+\s+ready in \d+ ms|➜\s+(Local|Network):.*|Port \d+ is in use, trying another one\.\.\.)$/.test(line))).toEqual([]);
  } finally {
    child.kill('SIGTERM');
    rmSync(cache, { recursive: true, force: true });
  }
});
