import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags every Chromium start needs here: root needs --no-sandbox, and the closed network wants no background traffic. */
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Launch options for the browser tests (Playwright and Vitest browser mode): Debian's Chromium at
 * /usr/bin/chromium when it is there, else Playwright's own browser; with neither, a one-line hint.
 */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  if (existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, args: ARGS };
  let own: string | undefined;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return { args: ARGS };
  throw new Error('No Chromium for the browser tests: run `apt-get install -y chromium` (Debian) or `npx playwright install chromium`.');
}
