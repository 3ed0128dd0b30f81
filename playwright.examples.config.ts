import { defineConfig } from '@playwright/test';
import { baseConfig } from './playwright.base.ts';

// The example host apps (built by scripts/examples.sh from the packed tarball), each served as
// its host would serve it, all over the standalone mock server. Pages are served on "localhost":
// the mock server's CORS trusts pages on localhost (its default trusted domain).
const API_PORT = Number(process.env.EXAMPLES_API_PORT ?? 4311);

export default defineConfig({
  ...baseConfig,
  testDir: './e2e/examples',
  projects: [
    { name: 'vite-react19', use: { baseURL: 'http://localhost:4321' } },
    { name: 'vite-react18', use: { baseURL: 'http://localhost:4322' } },
    { name: 'next-app', use: { baseURL: 'http://localhost:4323' } },
  ],
  webServer: [
    {
      command: `npx tsx src/mock/server/cli.ts --port ${API_PORT} --size 3000`,
      url: `http://127.0.0.1:${API_PORT}/api/audit/v1/event-names`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    { command: 'npm run -s preview', cwd: 'examples/vite-react19', url: 'http://localhost:4321', reuseExistingServer: false, timeout: 60_000 },
    { command: 'npm run -s preview', cwd: 'examples/vite-react18', url: 'http://localhost:4322', reuseExistingServer: false, timeout: 60_000 },
    { command: 'npm run -s start', cwd: 'examples/next-app', url: 'http://localhost:4323', reuseExistingServer: false, timeout: 60_000 },
  ],
});
