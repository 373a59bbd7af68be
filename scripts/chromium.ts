/**
 * The Chromium every browser run of this repository uses (end-to-end tests, `npm run export`,
 * the icons, the bench), found the same way and given the same environment. The tests, the
 * export and the icons also launch it with `chromiumArgs()`; the bench keeps the browser as it
 * is, so that its figures stay comparable.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/**
 * Debian's `chromium-headless-shell`: the same Chromium build without the browser's user
 * interface, which is what Playwright itself runs for headless tests. Measured here on the
 * same specs, it used 15–23 % less CPU than the full browser run headless (158 against 185
 * CPU-seconds for five specs, 189 against 245 for three), the suite's whole cost on 2 cores.
 * Its binary, not the `/usr/bin` wrapper script, so that Playwright's signals reach it.
 */
const DEBIAN_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

/**
 * CHROMIUM_PATH, else Debian's Chromium, else Playwright's own download (undefined: let
 * Playwright find it). Browsers cannot be downloaded on every machine, so fail early with the
 * ways to get one. `headless`: a run that never shows a window (the tests, the export, the
 * icons) prefers Debian's headless shell when it is installed.
 */
export function chromiumExecutable(options: { headless?: boolean } = {}): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  if (options.headless && existsSync(DEBIAN_HEADLESS_SHELL)) return DEBIAN_HEADLESS_SHELL;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "No Chromium found. Install Debian's Chromium " +
      '(`apt-get install chromium chromium-headless-shell fonts-noto-cjk`), or run ' +
      '`npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium executable.',
  );
}

/** The full browser's path, for launchers that need one (Lighthouse's). */
export function chromiumPath(): string {
  return chromiumExecutable() ?? chromium.executablePath();
}

/** The environment with Chromium's config and cache in a temporary folder, not in $HOME. */
export function chromiumEnv(): Record<string, string> {
  const home = join(tmpdir(), 'ai-report-dashboard-chromium');
  for (const dir of ['config', 'cache']) mkdirSync(join(home, dir), { recursive: true });
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache') };
}

/**
 * The features Playwright 1.65.1 disables in every Chromium it launches (its
 * `chromiumSwitches.ts`). Chromium reads only the last `--disable-features` of a command line,
 * so a run that disables more must repeat these; `chromium.test.ts` checks the list against the
 * installed Playwright.
 */
export const PLAYWRIGHT_DISABLED_FEATURES: readonly string[] = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Browser chrome a headless test never shows. Chromium 156 builds the address bar's two
 * WebUI popups (chrome://omnibox-popup.top-chrome) for every new tab, each in a renderer of
 * its own: measured here, a new page cost 2.97 CPU-seconds with them and 0.81 without, and a
 * load of the dashboard 4.4 against 2.2. The suite opens well over a hundred pages.
 */
export const HEADLESS_DISABLED_FEATURES: readonly string[] = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'PreloadTopChromeWebUI',
];

/**
 * V8 without its optimising compilers (Maglev, TurboFan), for runs whose pages live seconds:
 * they compile hot functions again on background threads, work a test page rarely lives
 * long enough to repay on a 2-core machine. The interpreter and the baseline compiler run the
 * same code; the bench, which times the app as readers get it, does not use these arguments.
 * Measured on the end-to-end suite: 757 against 674 CPU-seconds, 412 against 367 s, all passing.
 */
export const SHORT_LIVED_JS_FLAGS = '--no-maglev,--no-opt';

/** Launch arguments for a test or tool run: Playwright's disabled features and ours. */
export function chromiumArgs(): string[] {
  return [
    `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...HEADLESS_DISABLED_FEATURES].join(',')}`,
    `--js-flags=${SHORT_LIVED_JS_FLAGS}`,
  ];
}
