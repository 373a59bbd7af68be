import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, defineConfig, devices } from '@playwright/test';

const CI = Boolean(process.env.CI);
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** The build the tests run against (E2E_DIST: another build, so that two runs can differ). */
const DIST = process.env.E2E_DIST ?? 'dist';

/**
 * CHROMIUM_PATH, else Debian's Chromium, else Playwright's own download (undefined). Browsers
 * cannot be downloaded on every machine, so fail early with the ways to get one.
 */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install Debian's Chromium " +
      '(`apt-get install chromium fonts-noto-cjk`), or run `npx playwright install chromium`, ' +
      'or set CHROMIUM_PATH to a Chromium executable.',
  );
}

/** Chromium writes its config and cache under $HOME; keep them out of it. */
function chromiumEnv(): Record<string, string> {
  const home = join(tmpdir(), 'ai-report-dashboard-chromium');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  for (const dir of ['config', 'cache']) mkdirSync(join(home, dir), { recursive: true });
  return { ...env, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache') };
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Two workers, one per core: most of a test is waiting on the browser (the suite ran in
  // 7.9 min with two against 10.1 min with one, on a busy 2-core host, every test passing).
  workers: 2,
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
        launchOptions: { executablePath: chromiumExecutable(), env: chromiumEnv() },
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
