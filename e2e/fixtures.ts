/**
 * The shared `test` for every end-to-end spec. An automatic fixture watches each page and fails
 * the test at the end when the page logged a console error, threw an uncaught exception, logged
 * or silently reported a Content-Security-Policy violation, or sent a request to any origin
 * other than its own.
 *
 * Console errors that a test provokes on purpose (a 500 or an aborted fetch makes Chromium log
 * "Failed to load resource") are allowed per test or per describe block:
 *   test.use({ allowConsoleErrors: [/Failed to load resource/] });
 * Give several patterns as one RegExp (/a|b/): `test.use` reads a two-element array whose second
 * element is an object as a fixture's [value, options] pair.
 * CSP violations and foreign requests are never allowed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, test as base, type Locator, type Page, type TestInfo } from '@playwright/test';
import { badReport } from '../src/test/bad-reports';

export { expect };

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** The committed edition, read as the tests' source of truth for its titles and counts. */
interface EditionFile {
  report: { title: Record<Lang, string> };
  figures: unknown[];
  events: unknown[];
  panels: { id: string; form: string; title: Record<Lang, string>; name: Record<Lang, string> }[];
}
export const EDITION = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../data/ai-2026-04.json'), 'utf8'),
) as EditionFile;

/** The strings a reader sees, per language: what the tests look for. */
export const TEXT = {
  en: {
    htmlLang: 'en',
    reportTitle: EDITION.report.title.en,
    headlineHeading: 'Headline figures',
    figuresHeading: 'All figures',
    /** The search box's label: "Search figures", or "Search events and figures". */
    search: /^Search\b.*\bfigures$/,
    countFigures: `${EDITION.figures.length} figures`,
    colValue: 'Value',
    english: 'English',
    chinese: '中文',
    ventureLabel: 'AI venture funding, Q1 2026',
    soraLabel: 'Sora daily operating cost',
    errorTitle: 'The report could not be loaded',
    retry: 'Retry',
    appErrorTitle: 'The dashboard could not start',
    reload: 'Reload',
  },
  zh: {
    htmlLang: 'zh-CN',
    reportTitle: EDITION.report.title.zh,
    headlineHeading: '核心数字',
    figuresHeading: '全部数字',
    search: /^搜索.*数字$/,
    countFigures: `${EDITION.figures.length} 个数字`,
    colValue: '数值',
    english: 'English',
    chinese: '中文',
    ventureLabel: '2026 年 Q1 AI 风险投资总额',
    soraLabel: 'Sora 每日运营成本',
    errorTitle: '报告无法加载',
    retry: '重试',
    appErrorTitle: '看板未能启动',
    reload: '重新加载',
  },
} as const satisfies Record<Lang, Record<string, string | RegExp>>;

export const TOTAL_FIGURES = EDITION.figures.length;

interface Options {
  /** Console errors matching this (or one of these) do not fail the test. */
  allowConsoleErrors: RegExp | RegExp[];
  /** Other origins a test may talk to, named (the embed test's host page). */
  allowOrigins: string[];
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
   * nothing: every test fails on any of them, like on a logged violation.
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
  allowOrigins: [[], { option: true }],

  guard: [
    async ({ page, allowConsoleErrors, allowOrigins }, use, testInfo) => {
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
        if (requestOrigin !== origin && !allowOrigins.includes(requestOrigin)) {
          foreignRequests.push(url);
        }
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

      // The browser also reports CSP violations as DOM events, even those that log nothing.
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
        ...cspReports.map((e) => `CSP violation report: ${e}`),
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
        'the page stayed clean (no console errors, CSP violations or reports, foreign requests)',
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
 * Open the dashboard with a query string and wait until the headline cards are on screen and
 * the charts near the top of the page have drawn. `lang` says which language the cards should
 * appear in (default: the query's `lang`, else en).
 *
 * Charts further down are made as a reader scrolls to them (`showChart`, `chartBars` and the
 * other helpers scroll to the panel they read). With `reveal: true` every panel is scrolled to
 * first (see `revealCharts`): for a test about every chart, or the whole page as a reader who
 * has looked it through. Not by default: ten live charts make every later filter click or
 * language switch redraw ten charts instead of two or three.
 */
export async function gotoApp(
  page: Page,
  query: string | Record<string, string> = '',
  lang?: Lang,
  { reveal = false }: { reveal?: boolean } = {},
): Promise<void> {
  const path = pathFor(query);
  await page.goto(path);
  const expected =
    lang ?? (new URL(path, DEFAULT_ORIGIN).searchParams.get('lang') === 'zh' ? 'zh' : 'en');
  await expect(headlineRegion(page, expected)).toBeVisible();
  if (reveal) await revealCharts(page);
  else {
    await expect(page.locator('section[data-panel]').first()).toBeVisible();
    await nearChartsDrawn(page, OPENING_VIEW_MARGIN);
  }
}

/** How long one panel may take to draw after it has been scrolled into view. */
const REVEAL_TIMEOUT = 10_000;

/**
 * Charts are created as they come near the viewport. Scroll every chart panel into view
 * once, wait until each that has data has drawn, then go back to the top and wait for the
 * charts near it: tests then start from the page as a reader who has looked it through.
 */
export async function revealCharts(page: Page): Promise<void> {
  const panels = page.locator('section[data-panel]');
  await expect(panels.first()).toBeVisible();
  const undrawn = await walkPanels(page, {
    ids: null,
    only: '.chart-slot',
    done: '.chart-slot svg',
    visible: false,
    backToTop: true,
  });
  expect(undrawn, 'every chart panel with data draws an SVG once scrolled to').toEqual([]);
  await nearChartsDrawn(page);
}

/** One walk down the chart panels (see `walkPanels`). */
interface PanelWalk {
  /** The panels' `data-panel` ids, in order; null: every panel on the page, in page order. */
  ids: string[] | null;
  /** Panels without this are passed over once scrolled to (null: none are). */
  only: string | null;
  /** What the walk waits for in each panel… */
  done: string;
  /** …to exist, or to be visible as Playwright's `toBeVisible` judges it (rendered, not
   * `visibility: hidden`, a non-empty box), on the first element that matches. */
  visible: boolean;
  /** Where the walk leaves the page: at the top, or where it was. */
  backToTop: boolean;
}

/**
 * Scroll each chart panel into view in turn, give it two frames, and wait (up to
 * REVEAL_TIMEOUT) until it shows `done`; returns the panels that did not (id, and where). The
 * walk runs inside the page, without a round trip to the test runner per panel: that round
 * trip (a Playwright scroll waits for the panel to be stable) cost about a second per page
 * load, and a suite loads the page over a hundred times.
 */
async function walkPanels(page: Page, walk: PanelWalk): Promise<string[]> {
  return page.evaluate(
    async ({ walk: w, timeout }) => {
      const later = (): Promise<void> =>
        new Promise((resolve) => {
          requestAnimationFrame(() => resolve());
          setTimeout(resolve, 50);
        });
      // Two frames on screen, as a reader scrolling past gives it (and as Playwright's own
      // scrolling waits for): observers of the panel's size and visibility get to run.
      const frame = (): Promise<void> =>
        new Promise((resolve) => {
          requestAnimationFrame(() => resolve());
          setTimeout(resolve, 500);
        });
      const painted = async (): Promise<void> => {
        await frame();
        await frame();
      };
      const shows = (el: Element | null): boolean => {
        if (!el) return false;
        if (!w.visible) return true;
        if (!el.checkVisibility() || getComputedStyle(el).visibility !== 'visible') return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      // Why a panel has no drawing yet, for the failure message.
      const chartState = (panel: Element | null): string => {
        const slot = panel?.querySelector('.chart-slot');
        if (!slot) return 'no chart slot';
        if (slot.querySelector('.chart')) return 'chart made, not drawn';
        if (slot.hasAttribute('hidden')) return 'slot hidden: no data';
        return slot.hasAttribute('data-near')
          ? 'asked for, no chart made: waiting for the chart module?'
          : 'no chart made: never seen near';
      };
      const ids =
        w.ids ??
        [...document.querySelectorAll('section[data-panel]')].map(
          (s) => s.getAttribute('data-panel') ?? '',
        );
      const scrollY = window.scrollY;
      const missing: string[] = [];
      // Whether any of the panel is on screen. A panel scrolled to can leave the view again
      // without the reader's doing: content above it that is drawn for the first time or
      // re-laid out (a panel's remembered `content-visibility` size giving way to its real
      // one) changes size, and the browser's scroll anchoring keeps what was on screen, which
      // may not be this panel. A reader scrolls back to it; so does the walk.
      const onScreen = (el: Element): boolean => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      };
      for (const id of ids) {
        const start = performance.now();
        let scrolled = false;
        for (;;) {
          // Looked up afresh on every check: a re-render may replace the panel's elements.
          const panel = document.querySelector(`section[data-panel="${id}"]`);
          if (panel && (!scrolled || !onScreen(panel))) {
            panel.scrollIntoView({ block: 'nearest' });
            await painted();
            scrolled = true;
          }
          const current = document.querySelector(`section[data-panel="${id}"]`);
          if (scrolled && w.only && !current?.querySelector(w.only)) break;
          if (shows(current?.querySelector(w.done) ?? null)) break;
          if (performance.now() - start > timeout) {
            const r = current?.getBoundingClientRect();
            missing.push(
              `${id} (${chartState(current)}, ` +
                `panel ${Math.round(r?.top ?? NaN)}–${Math.round(r?.bottom ?? NaN)} px in a ` +
                `${innerHeight} px view at scrollY ${Math.round(window.scrollY)})`,
            );
            break;
          }
          await later();
        }
      }
      window.scrollTo(0, w.backToTop ? 0 : scrollY);
      return missing;
    },
    { walk, timeout: REVEAL_TIMEOUT },
  );
}

/**
 * How far (px) from the viewport a chart is created once the reader has scrolled, tapped or
 * typed (src/features/panels/use-panel-place.ts: ENTER_MARGIN); until then, only the charts
 * of panels reaching 150 px into the view are (START_DEPTH), a margin of −150 px.
 */
export const CHART_ENTER_MARGIN = 250;
export const OPENING_VIEW_MARGIN = -150;

/**
 * From the next load on, records every width each chart panel is built for (its
 * `data-width`, src/features/panels/grid-widths.ts), for `expectEachPanelBuiltOnce`.
 */
export async function recordPanelWidths(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __widths: Record<string, string[]> };
    w.__widths = {};
    const note = (el: Element): void => {
      const panel = el.getAttribute('data-panel');
      const width = el.getAttribute('data-width');
      if (panel && width) (w.__widths[panel] ??= []).push(width);
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') note(r.target as Element);
        for (const node of r.addedNodes) {
          if (node instanceof Element)
            for (const el of [node, ...node.querySelectorAll('[data-panel][data-width]')]) note(el);
        }
      }
    }).observe(document, { subtree: true, childList: true, attributeFilter: ['data-width'] });
  });
}

/**
 * Each panel was built once, for the width its grid gives it: none first at a default width
 * and again once measured (needs `recordPanelWidths` before the load).
 */
export async function expectEachPanelBuiltOnce(page: Page): Promise<void> {
  const widths = await page.evaluate(
    () => (window as unknown as { __widths: Record<string, string[]> }).__widths,
  );
  expect(Object.keys(widths).length, 'panels seen').toBeGreaterThan(5);
  for (const [panel, seen] of Object.entries(widths)) {
    expect(new Set(seen).size, `${panel} was built for ${seen.join(', ')} px`).toBe(1);
  }
}

/**
 * Wait until every chart panel within `margin` of the view that has a chart to draw (its slot
 * not hidden by an empty panel) has drawn: by default, as near as charts are made once the
 * reader has moved; `OPENING_VIEW_MARGIN` for a page as it opened. A panel still waiting says
 * whether its chart was mounted (ECharts is starting) or not (the panel was never seen near),
 * for the failure message.
 */
export async function nearChartsDrawn(page: Page, margin = CHART_ENTER_MARGIN): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        (margin) =>
          [...document.querySelectorAll('section[data-panel]')]
            .map((s) => ({ s, r: s.getBoundingClientRect() }))
            .filter(
              ({ s, r }) =>
                s.querySelector('.chart-slot:not([hidden])') !== null &&
                !s.querySelector('.chart-slot svg') &&
                r.bottom > -margin &&
                r.top < innerHeight + margin,
            )
            .map(
              ({ s, r }) =>
                `${s.getAttribute('data-panel')} (${
                  s.querySelector('.chart')
                    ? 'chart mounted, no drawing yet'
                    : s.querySelector('.chart-slot[data-near]')
                      ? 'asked for, no chart made yet'
                      : 'no chart made: not seen near'
                }, panel top ${Math.round(r.top)} px)`,
            ),
        margin,
      ),
    )
    .toEqual([]);
}

/**
 * A chart's drawing, scrolled to: a chart is created only once it comes near the view, so a
 * test that reads one brings its panel into view first, as a reader would.
 */
export async function showChart(page: Page, id: ChartId): Promise<Locator> {
  await chartPanel(page, id).scrollIntoViewIfNeeded();
  const image = chartImage(page, id);
  await expect(image.locator('svg').first()).toBeVisible();
  await expect(image.locator('svg path').first()).toBeAttached();
  return image;
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

// ---------------------------------------------------------------------------------------------
// Charts, filters and linking (charts.spec.ts, linking.spec.ts, layout.spec.ts).

/** Every panel's id (`data-panel`), in page order: the edition's own list. */
export const CHART_IDS: readonly string[] = EDITION.panels.map((p) => p.id);
export type ChartId = string;

/** A panel's title (its h3, the panel's and the chart's accessible name) in a language. */
export function chartTitle(lang: Lang, id: ChartId): string {
  const panel = EDITION.panels.find((p) => p.id === id);
  if (!panel) throw new Error(`the edition has no panel "${id}"`);
  return panel.title[lang];
}

/**
 * A panel's title as the page writes it, as a pattern: the report file's words exactly, each
 * `{{figure}}` placeholder any formatted value (the file gives the title before formatting).
 */
export function chartTitlePattern(lang: Lang, id: ChartId): RegExp {
  const parts = chartTitle(lang, id).split(/\{\{[^}]+\}\}/);
  return new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
}

/** Presentation mode's slides, in order: the title, the headline figures, then each panel. */
export const SLIDE_IDS: readonly string[] = ['title', 'headline', ...CHART_IDS];

/** The nth slide's id (throws past the end: keeps the tests free of `!`). */
export function slideAt(n: number): string {
  const id = SLIDE_IDS[n];
  if (id === undefined) throw new Error(`no slide ${n}`);
  return id;
}

/** The panels drawn by ECharts (the others are big numbers or, on a phone, lists). */
export const ECHARTS_IDS: readonly string[] = EDITION.panels
  .filter((p) => p.form !== 'stat')
  .map((p) => p.id);

/** Strings of the chart panels and the filter bar, per language. */
export const UI = {
  en: {
    showTable: 'Show table',
    showChart: 'Show chart',
    empty: 'No data in this chart matches the current filters.',
    source: 'Source:',
    derived: ' · derived',
    filtersHeading: 'Filters',
    threads: 'Thread',
    categories: 'Category',
    organisations: 'Organisation',
    activeFilters: 'Active filters',
    clearAll: 'Clear all',
    clearSelection: 'Clear selection (Esc)',
    selected: (name: string) => `Selected: ${name}`,
    remove: (chip: string) => `Remove filter: ${chip}`,
    close: 'Close',
  },
  zh: {
    showTable: '显示表格',
    showChart: '显示图表',
    empty: '当前筛选条件下，此图表没有数据。',
    source: '来源：',
    derived: ' · 推算',
    filtersHeading: '筛选',
    threads: '主线',
    categories: '类别',
    organisations: '机构',
    activeFilters: '当前筛选',
    clearAll: '全部清除',
    clearSelection: '取消选中（Esc）',
    selected: (name: string) => `已选中：${name}`,
    remove: (chip: string) => `移除筛选：${chip}`,
    close: '关闭',
  },
} as const;

export const TOTAL_EVENTS = EDITION.events.length;

/** The filter bar's "N of 15 events and M of 43 figures match" line, as numbers. */
export interface MatchCount {
  events: number;
  figures: number;
}

/** The match-count sentence a reader sees, per language. */
export function matchCountText(lang: Lang, c: MatchCount): string {
  return lang === 'en'
    ? `${c.events} of ${TOTAL_EVENTS} events and ${c.figures} of ${TOTAL_FIGURES} figures match`
    : `${TOTAL_EVENTS} 个事件中的 ${c.events} 个、${TOTAL_FIGURES} 个数字中的 ${c.figures} 个符合条件`;
}

/** Read the match-count line back into numbers (either language). */
export function parseMatchCount(text: string): MatchCount {
  const en = /^(\d+) of \d+ events and (\d+) of \d+ figures match$/.exec(text.trim());
  const zh = /^\d+ 个事件中的 (\d+) 个、\d+ 个数字中的 (\d+) 个符合条件$/.exec(text.trim());
  const m = en ?? zh;
  if (!m) throw new Error(`not a match-count line: “${text}”`);
  return { events: Number(m[1]), figures: Number(m[2]) };
}

/** The filter bar (a region named by its heading). */
export function filterBar(page: Page, lang: Lang): Locator {
  return page.getByRole('region', { name: UI[lang].filtersHeading, exact: true });
}

/** The filter bar's live match count. */
export function matchCount(page: Page, lang: Lang): Locator {
  return filterBar(page, lang).getByRole('status');
}

/**
 * The match count's text once it has caught up with the latest filter change: the chips follow
 * the store at once, the count a deferred render later, and it says `aria-busy` meanwhile.
 */
export async function settledMatchCount(page: Page, lang: Lang): Promise<string> {
  const count = matchCount(page, lang);
  await expect(count).toHaveAttribute('aria-busy', 'false');
  return ((await count.textContent()) ?? '').trim();
}

/** The group of active-filter chips (absent when nothing is filtered or selected). */
export function activeFilters(page: Page, lang: Lang): Locator {
  return page.getByRole('group', { name: UI[lang].activeFilters, exact: true });
}

/** One checkbox of a filter fieldset ("Thread", "Category", "Organisation"). */
export function filterOption(
  page: Page,
  lang: Lang,
  group: 'threads' | 'categories' | 'organisations',
  name: string,
): Locator {
  return filterBar(page, lang)
    .getByRole('group', { name: UI[lang][group], exact: true })
    .getByRole('checkbox', { name, exact: true });
}

/** A chart panel by its id. */
export function chartPanel(page: Page, id: ChartId): Locator {
  return page.locator(`section[data-panel="${id}"]`);
}

/**
 * The drawn chart of a panel: the `role=img` element, named by the title and described by the
 * generated text, that holds ECharts' SVG. (ECharts' own aria option marks its inner container
 * `role=img` too, labelled with the whole description: that one has no aria-describedby.)
 */
export function chartImage(page: Page, id: ChartId): Locator {
  return chartPanel(page, id).locator('[role="img"][aria-describedby]');
}

/** The panel's "Show table" / "Show chart" toggle (its name changes, aria-pressed tells). */
export function tableToggle(page: Page, id: ChartId): Locator {
  return chartPanel(page, id).locator('button[aria-pressed]');
}

/** The language buttons in the header. */
export function langButton(page: Page, lang: Lang): Locator {
  return page.getByRole('button', {
    name: lang === 'en' ? TEXT.en.english : TEXT.zh.chinese,
    exact: true,
  });
}

/**
 * Wait until every chart panel has drawn (an SVG, big numbers or a list), shows its table, or
 * says it is empty.
 * Charts are created as they near the viewport, so each panel is scrolled to first (inside
 * the page, see `walkPanels`); the scroll position is put back afterwards, and the charts
 * near it are waited for.
 */
export async function waitForCharts(page: Page): Promise<void> {
  const notShown = await walkPanels(page, {
    ids: [...CHART_IDS],
    only: null,
    // A stat panel shows big numbers, the themes on a phone a list: HTML, not an SVG.
    done: '[role="img"][aria-describedby] svg, .stat-tiles li, .theme-list li, .empty-state, table',
    visible: true,
    backToTop: false,
  });
  expect(notShown, 'every chart panel shows its chart, its table or its empty state').toEqual([]);
  await nearChartsDrawn(page);
}

/**
 * Scroll a chart's panel into view and wait until its chart exists (drawn, or kept hidden
 * while a filter empties the panel): a chart is created only once it comes near the view.
 */
async function bringNear(page: Page, id: ChartId): Promise<void> {
  await chartPanel(page, id).scrollIntoViewIfNeeded();
  await expect(chartImage(page, id).locator('svg path').first()).toBeAttached();
}

/** Where one bar of a bar chart is, and how opaque ECharts drew it. */
export interface BarInfo {
  x: number;
  y: number;
  width: number;
  height: number;
  /** `fill-opacity` (1 when ECharts wrote none). */
  opacity: number;
}

/**
 * The bars of a bar chart: SVG paths ECharts filled with a solid colour, a hex one, or rgb() for
 * the bar under the pointer (axis lines have no fill, label boxes a fill-opacity of 0, the
 * hatching of derived bars a pattern). Zero-size paths are left out, except with
 * `includeEmpty` (a bar whose plot area has collapsed has zero width).
 */
export async function chartBars(page: Page, id: ChartId, includeEmpty = false): Promise<BarInfo[]> {
  await bringNear(page, id);
  return chartImage(page, id).evaluate((el, keepEmpty) => {
    return [...el.querySelectorAll('svg path')]
      .filter((p) => {
        const fill = p.getAttribute('fill') ?? '';
        const solid = fill.startsWith('#') || fill.startsWith('rgb');
        return solid && p.getAttribute('fill-opacity') !== '0' && !p.closest('clipPath, pattern');
      })
      .map((p) => {
        const r = p.getBoundingClientRect();
        const opacity = p.getAttribute('fill-opacity');
        return {
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
          opacity: opacity === null ? 1 : Number(opacity),
        };
      })
      .filter((b) => keepEmpty || (b.width > 0 && b.height > 0));
  }, includeEmpty);
}

/**
 * The bar in the row a label names (a wrapped label matches by its first line), in page
 * coordinates: the bar beside the label, else the one just under it (the charts label each
 * bar directly above it). Throws when the chart has no such row.
 */
export async function barInRow(page: Page, id: ChartId, rowLabel: string): Promise<BarInfo> {
  await bringNear(page, id);
  return chartImage(page, id).evaluate((el, label) => {
    let best: Element | null = null;
    let bestLength = 0;
    for (const t of el.querySelectorAll('svg text')) {
      const text = (t.textContent ?? '').trim();
      if (text.length > bestLength && label.startsWith(text) && text.length >= 4) {
        best = t;
        bestLength = text.length;
      }
    }
    if (!best) throw new Error(`no row labelled “${label}”`);
    const row = best.getBoundingClientRect();
    const middle = row.top + row.height / 2;
    const bars = [...el.querySelectorAll('svg path')]
      .filter((p) => {
        const fill = p.getAttribute('fill') ?? '';
        const solid = fill.startsWith('#') || fill.startsWith('rgb');
        return solid && p.getAttribute('fill-opacity') !== '0' && !p.closest('clipPath, pattern');
      })
      .map((p) => ({ p, r: p.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0);
    const beside = bars.filter(({ r }) => r.top - 4 <= middle && r.bottom + 4 >= middle);
    // Under the label: a callout line may stand between the two.
    const under = bars.filter(({ r }) => r.top >= row.bottom - 4 && r.top <= row.bottom + 24);
    const bar = beside.length
      ? beside.sort((a, b) => a.r.left - b.r.left)[0]
      : under.sort((a, b) => a.r.top - b.r.top || a.r.left - b.r.left)[0];
    if (!bar) throw new Error(`no bar in the row “${label}”`);
    const opacity = bar.p.getAttribute('fill-opacity');
    return {
      x: bar.r.x,
      y: bar.r.y,
      width: bar.r.width,
      height: bar.r.height,
      opacity: opacity === null ? 1 : Number(opacity),
    };
  }, rowLabel);
}

/**
 * Wait until a row's bar is drawn and has stopped moving (ECharts animates bars in, from zero
 * width, on every redraw). Throws when it never settles.
 */
async function settledBar(page: Page, id: ChartId, rowLabel: string): Promise<BarInfo> {
  let last: BarInfo | null = null;
  let lastError: unknown = null;
  for (let i = 0; i < 60; i++) {
    let next: BarInfo | null = null;
    try {
      next = await barInRow(page, id, rowLabel);
    } catch (error) {
      lastError = error;
    }
    if (
      next &&
      last &&
      Math.abs(next.x - last.x) < 0.5 &&
      Math.abs(next.y - last.y) < 0.5 &&
      Math.abs(next.width - last.width) < 0.5
    ) {
      return next;
    }
    last = next;
    await page.waitForTimeout(50);
  }
  throw new Error(`the bar in the row “${rowLabel}” of ${id} never settled: ${String(lastError)}`);
}

/**
 * Click the bar in a row the way a mouse does: arrive on it (the hover redraws every chart),
 * then press. Leaves the pointer parked in the page's corner.
 */
export async function clickBar(page: Page, id: ChartId, rowLabel: string): Promise<void> {
  await chartPanel(page, id).scrollIntoViewIfNeeded();
  const before = await settledBar(page, id, rowLabel);
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2, { steps: 4 });
  const bar = await settledBar(page, id, rowLabel);
  await page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height / 2);
  await page.mouse.move(1, 1);
}

/**
 * Drag the timeline's dataZoom window so that it starts `fraction` of the way along the axis
 * (0 = the first day, 1 = the last). Only the left handle moves.
 */
export async function dragTimelineStart(page: Page, fraction: number): Promise<void> {
  await chartPanel(page, 'timeline').scrollIntoViewIfNeeded();
  const handles = await chartImage(page, 'timeline').evaluate((el) => {
    const svg = el.querySelector('svg');
    if (!svg) throw new Error('the timeline has no SVG');
    const bottom = svg.getBoundingClientRect().bottom;
    // The slider's two handles: narrow, as tall as the slider, at the bottom of the chart.
    return [...svg.querySelectorAll('path')]
      .map((p) => p.getBoundingClientRect())
      .filter((r) => r.height >= 18 && r.height <= 32 && r.width > 0 && r.width < 12)
      .filter((r) => bottom - r.bottom < 48)
      .map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 }))
      .sort((a, b) => a.x - b.x);
  });
  const left = handles[0];
  const right = handles[handles.length - 1];
  if (!left || !right || handles.length !== 2) {
    throw new Error(`expected the slider's two handles, found ${handles.length}`);
  }
  const target = left.x + (right.x - left.x) * fraction;
  await page.mouse.move(left.x, left.y);
  await page.mouse.down();
  await page.mouse.move(target, left.y, { steps: 4 });
  await page.mouse.up();
  await page.mouse.move(1, 1);
}

/** The URL's query parameters as a plain object, leaving out `omit`. */
export function urlParams(page: Page, omit: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URL(page.url()).searchParams) {
    if (!omit.includes(key)) out[key] = value;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Bad data and hostile input (bad-data.spec.ts, junk-urls.spec.ts, stress.spec.ts).

/** The report file the app fetches, and a route pattern that catches it. */
export const REPORT_FILE = 'ai-2026-04.json';
export const REPORT_ROUTE = '**/data/ai-2026-04.json';

export { badReport, type BadReport } from '../src/test/bad-reports';

/**
 * Serve a bad report (src/test/bad-reports.ts: the real report with one change, made in
 * memory), as application/json, wherever the app asks for the report.
 */
export async function serveBadReport(page: Page, name: string): Promise<void> {
  const body = Buffer.from(badReport(name).bytes());
  await page.route(REPORT_ROUTE, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

/** The load-error panel (role alert), found by its heading in `lang`. */
export function loadErrorAlert(page: Page, lang: Lang): Locator {
  return page.getByRole('alert').filter({
    has: page.getByRole('heading', { name: TEXT[lang].errorTitle, exact: true }),
  });
}

/** The load-error panel's Retry / 重试 button. */
export function loadErrorRetry(page: Page, lang: Lang): Locator {
  return loadErrorAlert(page, lang).getByRole('button', { name: TEXT[lang].retry, exact: true });
}
