/**
 * The page at a desktop and a phone width, in both languages: full-page screenshots for a person
 * to look at (test-results/screenshots/dashboard-<width>-<lang>.png), no sideways scrolling on
 * a phone, the headline cards and the first chart above the fold on a desktop, charts that
 * follow the window's width, and bars that are still drawn on a phone.
 */
import type { Page } from '@playwright/test';
import {
  CHART_IDS,
  chartBars,
  ECHARTS_IDS,
  chartImage,
  chartPanel,
  expect,
  gotoApp,
  headlineRegion,
  LANGS,
  saveScreenshot,
  showChart,
  test,
  TEXT,
  waitForCharts,
  type ChartId,
  type Lang,
} from './fixtures';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/**
 * The figure charts: horizontal bars, ranges and dots on a value axis (every chart ECharts
 * draws but the timeline and the themes).
 */
const BAR_CHARTS: ChartId[] = ECHARTS_IDS.filter((id) => id !== 'timeline' && id !== 'themes');
/** The panels of big numbers: HTML, no chart. */
const STAT_PANELS: ChartId[] = CHART_IDS.filter((id) => !ECHARTS_IDS.includes(id));

/** Switch language with the L key (no scrolling to the header), and wait for the charts. */
async function switchTo(page: Page, lang: Lang): Promise<void> {
  await page.keyboard.press('l');
  await expect(page.locator('html')).toHaveAttribute('lang', TEXT[lang].htmlLang);
  await expect(headlineRegion(page, lang)).toBeVisible();
  await waitForCharts(page);
}

test.describe('layout', () => {
  // One page per width: screenshots in both languages, then what the width does to the charts.
  test('1440 × 900: cards and the timeline above the fold; screenshots; charts follow the window', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(DESKTOP);
    await gotoApp(page, { lang: 'en' }, 'en', { reveal: true });
    await test.step('cards and the timeline above the fold; screenshots in both languages', async () => {
      for (const lang of LANGS) {
        if (lang !== 'en') await switchTo(page, lang);
        await page.evaluate(() => window.scrollTo(0, 0));

        // Above the fold: every headline card, and the top of the first chart (the timeline).
        const cards = headlineRegion(page, lang).getByRole('article');
        expect(await cards.count()).toBeGreaterThanOrEqual(5);
        for (const card of await cards.all()) {
          const box = await card.boundingBox();
          expect(box, 'a headline card is laid out').not.toBeNull();
          expect(
            box!.y + box!.height,
            `${lang}: a headline card ends above 900 px`,
          ).toBeLessThanOrEqual(DESKTOP.height);
        }
        const timeline = await chartPanel(page, 'timeline').boundingBox();
        expect(timeline, 'the timeline panel is laid out').not.toBeNull();
        expect(timeline!.y, `${lang}: the timeline starts above 900 px`).toBeLessThan(
          DESKTOP.height - 100,
        );
        const timelineChart = await chartImage(page, 'timeline').boundingBox();
        expect(
          timelineChart!.y,
          `${lang}: the timeline's chart starts above the fold`,
        ).toBeLessThan(DESKTOP.height);

        await saveScreenshot(page, testInfo, `dashboard-${DESKTOP.width}-${lang}`);
      }
    });

    await test.step('charts follow the window: 1440 → 1024 px narrows the Q1 venture chart', async () => {
      // On screen, so that the chart measured is the one the narrower layout resizes.
      await showChart(page, 'q1-venture');
      const measure = async () => {
        const panel = await chartPanel(page, 'q1-venture').boundingBox();
        const svg = await chartImage(page, 'q1-venture').locator('svg').first().boundingBox();
        if (!panel || !svg) throw new Error('the Q1 venture panel is not laid out');
        return { panel, svg };
      };
      const wide = await measure();
      expect(wide.svg.x + wide.svg.width).toBeLessThanOrEqual(
        wide.panel.x + wide.panel.width + 0.5,
      );

      await page.setViewportSize({ width: 1024, height: DESKTOP.height });
      // ECharts resizes on the next frame after its container does.
      await expect.poll(async () => (await measure()).svg.width).toBeLessThan(wide.svg.width - 10);
      const narrow = await measure();
      expect(narrow.panel.width, 'the panel narrowed with the window').toBeLessThan(
        wide.panel.width,
      );
      // The chart shrank by about as much as its panel did, and still fits inside it.
      expect(
        Math.abs(wide.panel.width - narrow.panel.width - (wide.svg.width - narrow.svg.width)),
      ).toBeLessThanOrEqual(2);
      expect(narrow.svg.x).toBeGreaterThanOrEqual(narrow.panel.x);
      expect(narrow.svg.x + narrow.svg.width).toBeLessThanOrEqual(
        narrow.panel.x + narrow.panel.width + 0.5,
      );
      // Its bars are redrawn to the new width: none reaches past the SVG.
      for (const bar of await chartBars(page, 'q1-venture')) {
        expect(bar.x + bar.width).toBeLessThanOrEqual(narrow.svg.x + narrow.svg.width);
      }
    });
  });

  test('390 × 844: no sideways scrolling; screenshots; the figure charts still draw their bars', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(PHONE);
    await gotoApp(page, { lang: 'en' }, 'en', { reveal: true });
    await test.step('no sideways scrolling; screenshots in both languages', async () => {
      for (const lang of LANGS) {
        if (lang !== 'en') await switchTo(page, lang);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(scrollWidth, `${lang}: the page is no wider than the screen`).toBeLessThanOrEqual(
          clientWidth + 1,
        );
        // Every chart fits its panel.
        for (const id of BAR_CHARTS) {
          const image = await showChart(page, id);
          const panel = await chartPanel(page, id).boundingBox();
          const svg = await image.locator('svg').first().boundingBox();
          expect(svg!.x + svg!.width, `${lang}: ${id} fits its panel`).toBeLessThanOrEqual(
            panel!.x + panel!.width + 0.5,
          );
        }
        // And so do the big numbers.
        for (const id of STAT_PANELS) {
          const tiles = chartPanel(page, id).locator('.stat-tiles');
          await tiles.scrollIntoViewIfNeeded();
          const panel = await chartPanel(page, id).boundingBox();
          const box = await tiles.boundingBox();
          expect(
            box!.x + box!.width,
            `${lang}: ${id}'s numbers fit their panel`,
          ).toBeLessThanOrEqual(panel!.x + panel!.width + 0.5);
        }

        await saveScreenshot(page, testInfo, `dashboard-${PHONE.width}-${lang}`);
      }
    });

    await test.step('the figure charts still draw their bars', async () => {
      // A chart whose plot area collapses draws every bar zero pixels wide (and a dumbbell's
      // two dots on one spot): the values are printed, but nothing shows their size. So: the
      // width its marks span. ECharts grows the bars in from zero, so read them once they
      // have stopped growing (the same spans three times over 200 ms).
      const read = async (): Promise<Record<string, number[]>> => {
        const out: Record<string, number[]> = {};
        for (const id of BAR_CHARTS) {
          const bars = await chartBars(page, id, true);
          const span =
            Math.max(...bars.map((b) => b.x + b.width)) - Math.min(...bars.map((b) => b.x));
          out[id] = bars.length ? [Math.round(span)] : [];
        }
        return out;
      };
      const samples = [await read()];
      for (let i = 0; i < 50; i++) {
        const [a, b, c] = samples.slice(-3).map((w) => JSON.stringify(w));
        if (samples.length >= 3 && a === b && b === c) break;
        await page.waitForTimeout(100);
        samples.push(await read());
      }
      const widths = samples[samples.length - 1]!;
      const collapsed = Object.entries(widths)
        .filter(([, w]) => w.length === 0 || Math.max(...w) < 20)
        .map(([id, w]) => `${id} [${w.join(', ')}]`);
      expect(collapsed, 'charts whose marks span under 20 px at 390 px').toEqual([]);
    });
  });
});
