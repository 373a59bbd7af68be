/**
 * The browser the benchmark drives: which Chromium, its environment, fresh pages with the
 * in-page helpers installed, and walks down the page that wait for the panels to draw.
 */
import { loadavg } from 'node:os';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type CDPSession,
  type Page,
} from '@playwright/test';
import { chromiumEnv } from '../chromium';
import { installBench, type NearPanel } from './in-page';

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };
/** Panels within this distance of the viewport have a chart (src/features/panels/use-panel-place.ts). */
export const NEAR_MARGIN = 250;

export type Device = 'desktop' | 'phone';

/** The host's load average over the last minute. */
export function load1(): number {
  return loadavg()[0] ?? Number.NaN;
}

/** Seconds since `since` (a Date.now()), for the progress lines. */
export function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(0)} s`;
}

export async function launch(chromePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath,
    args: ['--js-flags=--expose-gc'],
    env: chromiumEnv(),
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

function contextOptions(device: Device, phoneScale: number): BrowserContextOptions {
  const common = { locale: 'en-US', reducedMotion: 'no-preference' } as const;
  if (device === 'desktop') return { ...common, viewport: DESKTOP };
  return {
    ...common,
    viewport: PHONE,
    deviceScaleFactor: phoneScale,
    isMobile: true,
    hasTouch: true,
  };
}

/** Load the app in English, wait for its first chart, and install the in-page helpers. */
export async function loadApp(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/?lang=en`);
  await page.locator('section[data-panel]').first().waitFor({ state: 'attached' });
  // The reader's first move (a 1 px scroll): until then only the charts on screen are made,
  // and a phone's first screen has none. The trials measure a reader who has begun to read.
  await page.evaluate(() => window.scrollBy(0, 1));
  try {
    await page.locator('section[data-panel] .chart svg').first().waitFor({ state: 'attached' });
  } catch (error) {
    const seen = await page.evaluate(() => document.body.innerText.slice(0, 300));
    throw new Error(`no chart drawn on ${page.url()}; the page shows: ${seen}`, { cause: error });
  }
  await installBench(page);
}

/**
 * A fresh context and page on the app, its errors collected into `pageErrors`, with the
 * in-page helpers installed once the first chart has drawn.
 */
export async function openPage(
  browser: Browser,
  url: string,
  device: Device,
  pageErrors: string[],
  phoneScale = 3,
): Promise<OpenedPage> {
  const context = await browser.newContext(contextOptions(device, phoneScale));
  const page = await context.newPage();
  // tsx (esbuild keepNames) wraps nested functions in __name(); the page needs it defined.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  page.on('pageerror', (e) => pageErrors.push(`${device} pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`${device} console: ${m.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  await loadApp(page, url);
  return { context, page, cdp };
}

/** Keyboard focus off the checkbox: the L key is ignored while a form field has focus. */
export async function blur(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
}

/** Pointer parked in the corner, focus off any field, back at the top of the page. */
export async function atRest(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await blur(page);
  await page.evaluate(() => window.scrollTo(0, 0));
}

export interface ScrollWalk {
  /** Panels near the view that had not drawn within the timeout, at some scroll position. */
  undrawn: { y: number; panels: NearPanel[] }[];
  /** Scroll positions visited. */
  stops: number;
  ms: number;
  chartsMade: number;
}

/** Scroll to `y` and wait for the panels near the view; the position reached and the end. */
async function stopAt(
  page: Page,
  y: number,
  timeoutMs: number,
  undrawn: ScrollWalk['undrawn'],
): Promise<{ scrollY: number; max: number }> {
  await page.evaluate((top) => window.scrollTo(0, top), y);
  const waiting = await waitDrawn(page, timeoutMs);
  if (waiting.length) undrawn.push({ y, panels: waiting });
  return page.evaluate(() => ({
    scrollY: window.scrollY,
    max: document.documentElement.scrollHeight - innerHeight,
  }));
}

/**
 * Scroll through the whole page, a step of 3/4 of the viewport at a time, waiting at each stop
 * until every panel near the view has drawn (or `timeoutMs` passed), then back to the top.
 */
export async function scrollThrough(page: Page, timeoutMs = 10_000): Promise<ScrollWalk> {
  const started = Date.now();
  const undrawn: ScrollWalk['undrawn'] = [];
  const step = Math.round((page.viewportSize()?.height ?? 800) * 0.75);
  let stops = 0;
  for (let y = 0; ; stops++) {
    const { scrollY, max } = await stopAt(page, y, timeoutMs, undrawn);
    if (scrollY >= max - 1) break;
    y = Math.min(max, scrollY + step);
  }
  await stopAt(page, 0, timeoutMs, undrawn);
  const chartsMade = await page.evaluate(
    () => document.querySelectorAll('[_echarts_instance_]').length,
  );
  return { undrawn, stops: stops + 1, ms: Date.now() - started, chartsMade };
}

/** The walk in one line, for the progress log. */
export function describeWalk(walk: ScrollWalk): string {
  const state = walk.undrawn.length
    ? `UNDRAWN: ${JSON.stringify(walk.undrawn)}`
    : 'every panel near the view drawn';
  return `${walk.stops} stops, ${walk.chartsMade} charts made, ${state}`;
}

/**
 * Waits until every panel within NEAR_MARGIN of the viewport shows what it has to (a drawn
 * chart, its tiles or list, its table or the empty state); returns those still waiting after
 * `timeoutMs`. Polled after rendered frames, inside the page.
 */
export async function waitDrawn(page: Page, timeoutMs: number): Promise<NearPanel[]> {
  return page.evaluate(
    ([margin, timeout]) =>
      new Promise<NearPanel[]>((resolve) => {
        const started = performance.now();
        let done = false;
        const bad = (): NearPanel[] =>
          window
            .__bench!.nearPanels(margin)
            .filter((p) => p.state === 'waiting' || p.state === 'error');
        const finish = (): void => {
          if (done) return;
          done = true;
          resolve(bad());
        };
        const check = (): void => {
          if (done) return;
          const left = bad();
          // A panel replaced by its error boundary will not recover: no need to wait for it.
          if (!left.some((p) => p.state === 'waiting') || performance.now() - started > timeout)
            finish();
          else requestAnimationFrame(() => setTimeout(check, 0));
        };
        // Two frames first: the observers of the panels' place get to run.
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(check, 0)));
        // A page in the background gets no frames: do not wait for ever.
        setTimeout(finish, timeout + 1000);
      }),
    [NEAR_MARGIN, timeoutMs] as const,
  );
}
