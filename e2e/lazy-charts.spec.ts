/**
 * Charts are made only as the reader comes near them: a panel's ECharts instance is created
 * when the panel comes within 250 px of the viewport (the margin of
 * src/features/charts/use-panel-place.ts), and kept. So the first screen pays for the
 * charts it shows, not for the whole page; and a chart made after a filter changed shows
 * the filters of now.
 */
import type { Page } from '@playwright/test';
import {
  chartImage,
  chartPanel,
  expect,
  filterOption,
  headlineRegion,
  matchCount,
  matchCountText,
  test,
} from './fixtures';

const ENTER = 250;

interface PanelState {
  id: string;
  /** The panel's distance from the viewport, px (0 when it overlaps it). */
  distance: number;
  live: boolean;
  /** Has a chart to draw (not its empty state or its table). */
  drawable: boolean;
}

async function panels(page: Page): Promise<PanelState[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('section[data-panel]')].map((s) => {
      const r = s.getBoundingClientRect();
      const distance = r.bottom < 0 ? -r.bottom : r.top > innerHeight ? r.top - innerHeight : 0;
      return {
        id: s.getAttribute('data-panel') ?? '',
        distance: Math.round(distance),
        live: s.querySelector('[_echarts_instance_]') !== null,
        drawable: s.querySelector('.chart-slot:not([hidden])') !== null,
      };
    }),
  );
}

/** Panels that break the rule: near ones without a chart. */
async function misplaced(page: Page): Promise<string[]> {
  return (await panels(page))
    .filter((p) => p.drawable && p.distance <= ENTER && !p.live)
    .map((p) => `${p.id} (${p.distance} px away, ${p.live ? 'live' : 'not created'})`);
}

async function scrollTo(page: Page, y: number): Promise<void> {
  const top = await page.evaluate((want) => {
    const max = document.documentElement.scrollHeight - innerHeight;
    const to = Math.min(want, max);
    window.scrollTo({ top: to, behavior: 'instant' });
    return Math.round(to);
  }, y);
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(top);
}

test('charts are created as the reader comes near them, and current when they are', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await expect(headlineRegion(page, 'en')).toBeVisible();
  await expect(chartImage(page, 'timeline').locator('svg')).toBeVisible();
  await expect.poll(() => misplaced(page)).toEqual([]);
  const atTop = (await panels(page)).filter((p) => p.live).map((p) => p.id);
  expect(atTop, 'the first chart is drawn').toContain('timeline');
  expect(atTop.length, 'only the charts near the first screen are created').toBeLessThan(10);
  for (const p of await panels(page)) {
    if (p.live) expect(p.distance, `${p.id} was made near the view`).toBeLessThanOrEqual(ENTER);
  }

  // A filter set before the efficiency chart was ever made: when its panel comes near, the
  // chart shows the filtered data (Tufts' claim only).
  await expect(
    chartImage(page, 'efficiency'),
    'the efficiency chart is far away, not made yet',
  ).toHaveCount(0);
  await filterOption(page, 'en', 'organisations', 'Tufts University').check();
  await expect(matchCount(page, 'en')).toHaveText(matchCountText('en', { events: 1, figures: 2 }));
  const efficiency = chartPanel(page, 'efficiency');
  await efficiency.scrollIntoViewIfNeeded();
  const drawing = chartImage(page, 'efficiency').locator('svg');
  await expect(drawing).toBeVisible();
  await expect(drawing.locator('text').filter({ hasText: /100×/ }).first()).toBeVisible();
  await expect(drawing.locator('text').filter({ hasText: /^6×$/ })).toHaveCount(0);
  // ECharts' own description (from the option the new instance was given) follows the filter.
  const echartsLabel = await chartImage(page, 'efficiency')
    .locator('[_echarts_instance_]')
    .getAttribute('aria-label');
  expect(echartsLabel).toContain('100×');
  expect(echartsLabel).not.toContain('6×');

  // Scrolling through the rest of the page, a screen at a time, makes every chart with data
  // as it comes near; none is made early.
  await filterOption(page, 'en', 'organisations', 'Tufts University').uncheck();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 700) {
    await scrollTo(page, y);
    await expect.poll(() => misplaced(page)).toEqual([]);
  }
  expect((await panels(page)).filter((p) => p.live)).toHaveLength(10);
});
