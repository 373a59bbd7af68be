/**
 * Charts are made only as the reader comes near them: a panel's ECharts instance is created
 * when the panel comes within 250 px of the viewport (the margin of
 * src/features/panels/use-panel-place.ts), and kept. So the first screen pays for the
 * charts it shows, not for the whole page; and a chart made after a filter changed shows
 * the filters of now.
 */
import type { Page } from '@playwright/test';
import {
  chartBars,
  chartImage,
  chartPanel,
  ECHARTS_IDS,
  EDITION,
  expect,
  filterOption,
  headlineRegion,
  matchCount,
  matchCountText,
  test,
} from './fixtures';

const ENTER = 250;

/** The efficiency panel's claims, from the report file. */
const EFFICIENCY = (() => {
  const panels = (
    EDITION as unknown as {
      panels: { id: string; marks?: { figure: string; label: { en: string } }[] }[];
    }
  ).panels;
  const marks = panels.find((p) => p.id === 'efficiency')?.marks ?? [];
  if (marks.length < 2) throw new Error('the efficiency panel compares claims');
  return { marks };
})();

function markLabel(figure: string): string {
  const label = EFFICIENCY.marks.find((m) => m.figure === figure)?.label.en;
  if (!label) throw new Error(`the efficiency panel has no mark for ${figure}`);
  return label;
}

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

/**
 * Scroll to `y` (or the bottom) and wait until the position holds still for three frames.
 * It may settle elsewhere than asked: when content above the view changes size (a panel laid
 * out for the first time, its remembered `content-visibility` size giving way to its real
 * one), the browser's scroll anchoring moves the position so that what is on screen stays.
 */
async function scrollTo(page: Page, y: number): Promise<[at: number, bottom: boolean]> {
  return page.evaluate(async (want) => {
    const max = document.documentElement.scrollHeight - innerHeight;
    window.scrollTo({ top: Math.min(want, max), behavior: 'instant' });
    const frame = (): Promise<void> =>
      new Promise((resolve) => requestAnimationFrame(() => resolve()));
    let last = -1;
    for (let still = 0; still < 3;) {
      await frame();
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
    }
    const bottom = document.documentElement.scrollHeight - innerHeight;
    return [window.scrollY, window.scrollY >= bottom - 1] as [number, boolean];
  }, y);
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
  expect(atTop.length, 'only the charts near the first screen are created').toBeLessThan(
    ECHARTS_IDS.length,
  );
  for (const p of await panels(page)) {
    if (p.live) expect(p.distance, `${p.id} was made near the view`).toBeLessThanOrEqual(ENTER);
  }

  // A filter set before the efficiency chart was ever made: when its panel comes near, the
  // chart shows the filters of now: Tufts' claim in full, the other claims dimmed, as context.
  await expect(
    chartImage(page, 'efficiency'),
    'the efficiency chart is far away, not made yet',
  ).toHaveCount(0);
  await filterOption(page, 'en', 'organisations', 'Tufts University').check();
  await expect(matchCount(page, 'en')).toHaveText(matchCountText('en', { events: 1, figures: 2 }));
  const efficiency = chartPanel(page, 'efficiency');
  // (A panel whose chart throws is replaced by a "This panel failed to draw" notice.)
  await expect(efficiency, 'the efficiency panel, not a failure notice').toBeAttached();
  await efficiency.scrollIntoViewIfNeeded();
  const drawing = chartImage(page, 'efficiency').locator('svg');
  await expect(drawing).toBeVisible();
  const bars = await chartBars(page, 'efficiency');
  expect(bars, 'a bar for each claim').toHaveLength(EFFICIENCY.marks.length);
  expect(
    bars.filter((b) => b.opacity === 1),
    'one bar in full (Tufts’, named below), the others dimmed',
  ).toHaveLength(1);
  // The labels follow: Tufts' in full, the others faded.
  const labels = await drawing.evaluate((svg) =>
    [...svg.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').includes(' · '))
      .map((t) => ({ text: t.textContent ?? '', full: !t.hasAttribute('fill-opacity') })),
  );
  expect(labels.filter((l) => l.full).map((l) => l.text)).toEqual([
    `${markLabel('neuro-symbolic-energy-reduction')} · up to 100×`,
  ]);
  // ECharts' own description is the one of the option the new instance was given: the panel's.
  const echartsLabel = chartImage(page, 'efficiency').locator('[_echarts_instance_]');
  const describedBy = await chartImage(page, 'efficiency').getAttribute('aria-describedby');
  await expect(echartsLabel).toHaveAttribute(
    'aria-label',
    (await page.locator(`[id="${describedBy}"]`).textContent()) ?? '',
  );

  // Scrolling through the rest of the page, a screen at a time, makes every chart with data
  // as it comes near; none is made early.
  await filterOption(page, 'en', 'organisations', 'Tufts University').uncheck();
  // From where the page settled, a screen further each time, to the bottom.
  await scrollTo(page, 0);
  for (let at = 0, bottom = false; !bottom;) {
    [at, bottom] = await scrollTo(page, at + 700);
    await expect.poll(() => misplaced(page)).toEqual([]);
  }
  expect((await panels(page)).filter((p) => p.live).map((p) => p.id)).toEqual([...ECHARTS_IDS]);
});
