// End-to-end tests. Run them with `npm run test:e2e` (scripts/e2e.ts), which
// builds, starts the app on a fresh database and sets E2E_BASE_URL and
// E2E_DEMO_PASSWORD. Against an already running app:
//   E2E_BASE_URL=http://127.0.0.1:3000 E2E_DEMO_PASSWORD=… npx playwright test
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const baseURL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';

// Prefer the system Chromium (Playwright's browser downloads are not available on
// every machine); fall back to Playwright's own build when there is none.
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  // scripts/test-all.ts reads the JSON report to end `npm test` with what failed.
  reporter: process.env.E2E_JSON_REPORT ? [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT }]] : [['list']],
  // Sized for a 2-core machine running the app, its database and two browsers at once.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    locale: 'en-GB',
    timezoneId: 'UTC',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        ...(systemChromium
          ? {
              launchOptions: {
                executablePath: systemChromium,
                args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
              },
            }
          : {}),
      },
    },
  ],
});
