/**
 * The shared `test` for every end-to-end spec. An automatic fixture watches each page and fails
 * the test at the end when the page logged a console error, threw an uncaught exception, logged
 * a Content-Security-Policy violation, or sent a request to any origin other than its own.
 * (Silent CSP violation reports are recorded in `guard.cspReports` for a test of their own.)
 *
 * Console errors that a test provokes on purpose (a 500 or an aborted fetch makes Chromium log
 * "Failed to load resource") are allowed per test or per describe block:
 *   test.use({ allowConsoleErrors: [/Failed to load resource/] });
 * Give several patterns as one RegExp (/a|b/): `test.use` reads a two-element array whose second
 * element is an object as a fixture's [value, options] pair.
 * CSP violations and foreign requests are never allowed.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test as base, type Locator, type Page, type TestInfo } from '@playwright/test';

export { expect };

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** The strings a reader sees, per language: what the tests look for. */
export const TEXT = {
  en: {
    htmlLang: 'en',
    reportTitle: 'AI Technology: April 2026 Deep Dive',
    headlineHeading: 'Headline figures',
    figuresHeading: 'All figures',
    /** The search box's label: "Search figures", or "Search events and figures". */
    search: /^Search\b.*\bfigures$/,
    count43: '43 figures',
    colValue: 'Value',
    english: 'English',
    chinese: '中文',
    ventureLabel: 'AI venture funding, Q1 2026',
    soraLabel: 'Sora daily operating cost',
    errorTitle: 'The report could not be loaded',
    retry: 'Retry',
  },
  zh: {
    htmlLang: 'zh-CN',
    reportTitle: 'AI 技术 4 月深度观察',
    headlineHeading: '核心数字',
    figuresHeading: '全部数字',
    search: /^搜索.*数字$/,
    count43: '43 个数字',
    colValue: '数值',
    english: 'English',
    chinese: '中文',
    ventureLabel: '2026 年 Q1 AI 风险投资总额',
    soraLabel: 'Sora 每日运营成本',
    errorTitle: '报告无法加载',
    retry: '重试',
  },
} as const satisfies Record<Lang, Record<string, string | RegExp>>;

export const TOTAL_FIGURES = 43;

interface Options {
  /** Console errors matching this (or one of these) do not fail the test. */
  allowConsoleErrors: RegExp | RegExp[];
}

/** What the guard sees. */
export interface Guard {
  /** Watch one more page (one opened from a context the test made itself). */
  watch: (page: Page) => void;
  /** Every request URL seen so far, in order. */
  requests: string[];
  /**
   * `securitypolicyviolation` events of the test's browser context. Chromium fires them even for
   * a violation the page swallows (a library probing `new Function` in a try/catch), which logs
   * nothing: foundation.spec.ts asserts on them in a test of their own.
   */
  cspReports: string[];
}

interface Fixtures {
  guard: Guard;
}

const DEFAULT_ORIGIN = 'http://127.0.0.1:4173';

function ownOrigin(testInfo: TestInfo): string {
  const base = testInfo.project.use.baseURL;
  return base ? new URL(base).origin : DEFAULT_ORIGIN;
}

function isCspMessage(text: string): boolean {
  return text.includes('Content Security Policy') || text.includes('Refused to');
}

export const test = base.extend<Fixtures & Options>({
  allowConsoleErrors: [[], { option: true }],

  guard: [
    async ({ page, allowConsoleErrors }, use, testInfo) => {
      const origin = ownOrigin(testInfo);
      const allowed = [allowConsoleErrors].flat();
      const consoleErrors: string[] = [];
      const pageErrors: string[] = [];
      const cspViolations: string[] = [];
      const foreignRequests: string[] = [];
      const requests: string[] = [];
      const cspReports: string[] = [];
      const watched = new Set<Page>();

      const checkUrl = (url: string): void => {
        requests.push(url);
        if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
        let requestOrigin: string;
        try {
          requestOrigin = new URL(url).origin;
        } catch {
          foreignRequests.push(url);
          return;
        }
        if (requestOrigin !== origin) foreignRequests.push(url);
      };

      const watch = (p: Page): void => {
        if (watched.has(p)) return;
        watched.add(p);
        p.on('console', (msg) => {
          const text = msg.text();
          if (isCspMessage(text)) cspViolations.push(`[console.${msg.type()}] ${text}`);
          if (msg.type() !== 'error') return;
          if (allowed.some((re) => re.test(text))) return;
          const where = msg.location();
          consoleErrors.push(`${text}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
        });
        p.on('pageerror', (err) => pageErrors.push(err.stack || `${err.name}: ${err.message}`));
        p.on('request', (req) => checkUrl(req.url()));
        p.on('websocket', (ws) => checkUrl(ws.url()));
      };

      // The browser also reports CSP violations as DOM events: record them for the CSP test.
      await page.context().exposeBinding('__e2eCspViolation', (_source, text: string) => {
        cspReports.push(text);
      });
      await page.context().addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __e2eCspViolation?: (t: string) => void })
            .__e2eCspViolation;
          report?.(
            `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
          );
        });
      });

      watch(page);
      await use({ watch, requests, cspReports });

      const problems = [
        ...consoleErrors.map((e) => `console error: ${e}`),
        ...pageErrors.map((e) => `uncaught exception: ${e}`),
        ...cspViolations.map((e) => `CSP violation: ${e}`),
        ...foreignRequests.map((u) => `request to another origin than ${origin}: ${u}`),
      ];
      if (problems.length > 0) {
        await testInfo.attach('page-problems', {
          body: problems.join('\n'),
          contentType: 'text/plain',
        });
      }
      expect(
        problems,
        'the page stayed clean (no console errors, CSP violations, foreign requests)',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

/** `?lang=zh`, `lang=zh` or `{ lang: 'zh' }` → `/?lang=zh`. */
function pathFor(query: string | Record<string, string> = ''): string {
  if (typeof query !== 'string') {
    const q = new URLSearchParams(query).toString();
    return q ? `/?${q}` : '/';
  }
  if (query === '' || query === '?') return '/';
  return query.startsWith('?') ? `/${query}` : `/?${query}`;
}

/** The headline-cards region, by its accessible name (the visually hidden h2). */
export function headlineRegion(page: Page, lang: Lang): Locator {
  return page.getByRole('region', { name: TEXT[lang].headlineHeading, exact: true });
}

/** The "All figures" region, by its accessible name. */
export function figuresRegion(page: Page, lang: Lang): Locator {
  return page.getByRole('region', { name: TEXT[lang].figuresHeading, exact: true });
}

/** The box that searches the figures (it may live in the table's panel or in a filter bar). */
export function searchBox(page: Page, lang: Lang): Locator {
  return page.getByRole('searchbox', { name: TEXT[lang].search });
}

/** The figure rows of the table (detail rows excluded). */
export function figureRows(page: Page, lang: Lang): Locator {
  return figuresRegion(page, lang).getByRole('table').locator('tbody > tr[data-figure]');
}

/** The language of the page as the reader sees it, judged from <html lang>. */
export async function pageLang(page: Page): Promise<Lang> {
  const lang = await page.locator('html').getAttribute('lang');
  return lang === 'zh-CN' ? 'zh' : 'en';
}

/**
 * Open the dashboard with a query string and wait until the headline cards are on screen.
 * `lang` says which language the cards should appear in (default: the query's `lang`, else en).
 */
export async function gotoApp(
  page: Page,
  query: string | Record<string, string> = '',
  lang?: Lang,
): Promise<void> {
  const path = pathFor(query);
  await page.goto(path);
  const expected =
    lang ?? (new URL(path, DEFAULT_ORIGIN).searchParams.get('lang') === 'zh' ? 'zh' : 'en');
  await expect(headlineRegion(page, expected)).toBeVisible();
}

/** A full-page screenshot under test-results/screenshots/, attached to the report too. */
export async function saveScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
): Promise<string> {
  const path = `${testInfo.project.outputDir}/screenshots/${name}.png`;
  mkdirSync(dirname(path), { recursive: true });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  return path;
}
