import { devices, type PlaywrightTestConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './browser-launch.ts';

/** What both Playwright configs share (the demo and Storybook; the example host apps). */
export const baseConfig: PlaywrightTestConfig = {
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: { ...devices['Desktop Chrome'], trace: 'retain-on-failure', launchOptions: chromiumLaunchOptions() },
};
