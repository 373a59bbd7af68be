/**
 * The pre-rendered first screen (scripts/prerender.ts, src/boot/): the header and headline cards
 * are in the HTML, in the reader's language and colour scheme, before any of the app's
 * JavaScript has run; the app then takes over without moving or changing anything.
 */
import type { Page } from '@playwright/test';
import {
  EDITION,
  expect,
  expectEachPanelBuiltOnce,
  headlineRegion,
  LANGS,
  nearChartsDrawn,
  OPENING_VIEW_MARGIN,
  recordPanelWidths,
  revealCharts,
  test,
  TEXT,
  type Lang,
} from './fixtures';

const APP_CHUNK = '**/assets/start-*.js';

/**
 * The app proper (start.tsx's chunk): held back, as on a slow connection, until released.
 * A page that loads again is held again (the hold before is let go).
 */
async function holdApp(page: Page): Promise<() => Promise<void>> {
  await page.unroute(APP_CHUNK);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_CHUNK, async (route) => {
    await released;
    await route.continue();
  });
  return async () => {
    release();
    // React's first render empties #root, templates and boot script included.
    await expect(page.locator('#root > template')).toHaveCount(0);
  };
}

/** The headline cards the report file declares. */
const CARD_COUNT = (EDITION as unknown as { cards: unknown[] }).cards.length;

const VENTURE: Record<Lang, string> = { en: '$267.2B', zh: '2672 亿美元' };
const TITLE: Record<Lang, string> = {
  en: `${TEXT.en.reportTitle} · Dashboard`,
  zh: `${TEXT.zh.reportTitle} · 数据看板`,
};

/** What the first screen shows, read from the page. */
async function firstScreen(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    theme: document.documentElement.dataset.theme ?? null,
    title: document.title,
    shown: document.getElementById('root')?.getAttribute('data-first-screen-shown') ?? null,
    themeSelect: document.querySelector<HTMLSelectElement>('#theme-select')?.value ?? null,
    cards: document.querySelectorAll('#root [data-card]').length,
  }));
}

test("without the app's code, the page shows the header and cards of the report asked for, in the language asked for", async ({
  page,
}) => {
  await holdApp(page);
  for (const lang of LANGS) {
    await test.step(`?lang=${lang}`, async () => {
      await page.goto(`/?lang=${lang}`);
      const region = headlineRegion(page, lang);
      await expect(region).toBeVisible();
      await expect(region.getByText(VENTURE[lang], { exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT[lang].reportTitle);
      expect(await firstScreen(page)).toEqual({
        lang: TEXT[lang].htmlLang,
        theme: 'light',
        title: TITLE[lang],
        shown: `${lang}-light`,
        themeSelect: 'system',
        cards: CARD_COUNT,
      });
      // The app's chunk has not run: no chart panels, no filters.
      await expect(page.locator('section[data-panel]')).toHaveCount(0);
    });
  }

  await test.step('an address naming another report gets no first screen, and the app still starts', async () => {
    const release = await holdApp(page);
    await page.goto('/?report=ai-2026-05&lang=zh');
    expect(await firstScreen(page)).toMatchObject({ lang: 'zh-CN', shown: null, cards: 0 });
    await release();
    // The app names the unknown report and shows the newest one.
    await expect(page.getByRole('status').filter({ hasText: 'ai-2026-05' })).toBeVisible();
    await expect(headlineRegion(page, 'zh')).toBeVisible();
  });
});

test.describe('the first screen follows the browser and the saved choices', () => {
  test.use({ locale: 'zh-CN', colorScheme: 'dark' });

  test('a Chinese browser in dark mode; then saved English and light win over it', async ({
    page,
  }) => {
    await holdApp(page);
    await test.step('a Chinese browser in dark mode, nothing saved', async () => {
      await page.goto('/');
      await expect(headlineRegion(page, 'zh')).toBeVisible();
      expect(await firstScreen(page)).toMatchObject({
        lang: 'zh-CN',
        theme: 'dark',
        shown: 'zh-dark',
      });
      // The page background is dark from the first paint, not once the app has loaded.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
      expect(r + g + b).toBeLessThan(200);
    });

    await test.step('saved English and light theme win over the browser', async () => {
      await page.evaluate(() => {
        localStorage.setItem('ai-report:lang', 'en');
        localStorage.setItem('ai-report:theme', 'light');
      });
      await page.goto('/');
      await expect(headlineRegion(page, 'en')).toBeVisible();
      expect(await firstScreen(page)).toMatchObject({
        lang: 'en',
        theme: 'light',
        shown: 'en-light',
        themeSelect: 'light',
      });
    });
  });
});

test('the app takes over the first screen without moving or changing it', async ({ page }) => {
  // Layout shifts of the whole load, as the browser scores them.
  await recordPanelWidths(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: number[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEntry[] & { value: number }[]) {
        w.__shifts.push((e as unknown as { value: number }).value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const snapshot = () =>
    page.evaluate(() => {
      const boxes = [...document.querySelectorAll('h1, [data-card], .masthead__controls')].map(
        (el) => {
          const r = el.getBoundingClientRect();
          return [el.tagName, r.x, r.y, r.width, r.height].join(' ');
        },
      );
      return {
        boxes,
        masthead: document.querySelector('.masthead__text')?.outerHTML,
        cards: document.querySelector('.cards-section')?.outerHTML,
      };
    });

  // The worker that loads ICU's data off the page's thread (src/boot/warm-intl.ts): started
  // with the app, and ended once it has answered.
  let intlWorker: { started: boolean; closed: boolean } = { started: false, closed: false };
  page.on('worker', (worker) => {
    if (!/intl-worker/.test(worker.url())) return;
    const seen = { started: true, closed: false };
    intlWorker = seen;
    worker.on('close', () => (seen.closed = true));
  });

  for (const lang of LANGS) {
    await test.step(lang, async () => {
      intlWorker = { started: false, closed: false };
      const release = await holdApp(page);
      await page.goto(`/?lang=${lang}`);
      await expect(headlineRegion(page, lang)).toBeVisible();
      const before = await snapshot();
      await release();
      // The page as loaded, not scrolled: the charts on screen have drawn, the fonts are in,
      // and two frames have passed for the last layout-shift entries to arrive.
      await expect(page.locator('section[data-panel] .chart-slot svg').first()).toBeVisible();
      await nearChartsDrawn(page, OPENING_VIEW_MARGIN);
      await page.evaluate(async () => {
        await document.fonts.ready;
        for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => setTimeout(r));
      });
      const shifts = await page.evaluate(
        () => (window as unknown as { __shifts: number[] }).__shifts,
      );
      expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.001);
      await expectEachPanelBuiltOnce(page);
      expect(intlWorker, 'the ICU warm-up worker ran and was ended').toEqual({
        started: true,
        closed: true,
      });
      await revealCharts(page);
      expect(await snapshot()).toEqual(before);
      // Nothing of the static copy is left behind: no templates, no second set of ids.
      await expect(page.locator('#root template, #root > script')).toHaveCount(0);
      const duplicateIds = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
      expect(duplicateIds).toEqual([]);
    });
  }
});
