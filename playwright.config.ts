import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumEnv, chromiumExecutable } from './scripts/chromium';

const CI = Boolean(process.env.CI);
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** The build the tests run against (E2E_DIST: another build, so that two runs can differ). */
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Three workers on two cores: a test spends much of its time waiting (for a frame, a
  // chunk, a download), and a third worker fills those waits. Measured on the 2-core machine,
  // 87 tests passing each time: 188.7 s with two workers (1.4 cores busy on average), 159.8 s
  // with three (1.7), 158.8 s with four, when two tests failed on time-outs.
  workers: '150%',
  retries: CI ? 1 : 0,
  // Many tests walk one page through several loads and states (steps): each may take a
  // minute on the busy 2-core machine.
  timeout: 60_000,
  // A first load takes seconds when the shared 2-core machine is busy; a passing check does
  // not wait any longer for it.
  expect: { timeout: 10_000 },
  forbidOnly: CI,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: BASE_URL,
    screenshot: 'only-on-failure',
    trace: 'on-first-retry',
    // ECharts draws without its entry animations and CSS transitions are cut (the app
    // honours the preference): a test reads the final drawing at once instead of waiting
    // for bars to stop growing. keyboard.spec.ts' reduced-motion test checks both settings.
    reducedMotion: 'reduce',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        locale: 'en-US',
        // The built app registers a service worker, which would answer requests before
        // page.route() sees them: the specs route requests, so workers are blocked.
        // e2e/offline.spec.ts allows them for itself.
        serviceWorkers: 'block',
        launchOptions: {
          // The headless shell has no window: `--debug` (PWDEBUG) runs the full browser, and
          // so does a `--headed` or `--ui` run given CHROMIUM_PATH=/usr/bin/chromium.
          executablePath: chromiumExecutable({ headless: !process.env.PWDEBUG }),
          env: chromiumEnv(),
          args: chromiumArgs(),
        },
      },
    },
  ],
  // `npm test` builds first; this only serves dist/.
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${DIST}`,
    url: BASE_URL,
    reuseExistingServer: !CI,
  },
});
