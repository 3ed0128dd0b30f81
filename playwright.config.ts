import { defineConfig } from '@playwright/test';
import { baseConfig } from './playwright.base.ts';

// Uncommon default ports: other tools on a shared machine may hold 4173/6006.
const DEMO_PORT = Number(process.env.DEMO_PORT ?? 43173);
const SB_PORT = Number(process.env.SB_PORT ?? 46006);

export default defineConfig({
  ...baseConfig,
  testDir: './e2e',
  projects: [
    { name: 'demo', testMatch: /demo\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${DEMO_PORT}` } },
    { name: 'storybook', testMatch: /stories\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SB_PORT}` } },
    // `npm start` from an empty cache: starts its own dev server.
    { name: 'start', testMatch: /start\.spec\.ts/ },
  ],
  webServer: [
    {
      command: `npx vite preview --mode demo --host 127.0.0.1 --port ${DEMO_PORT} --strictPort`,
      url: `http://127.0.0.1:${DEMO_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `npx vite preview --mode demo --outDir storybook-static --host 127.0.0.1 --port ${SB_PORT} --strictPort`,
      url: `http://127.0.0.1:${SB_PORT}/iframe.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
