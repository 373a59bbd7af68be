/**
 * Stress: rapid steps alternating language switches (the L key), filter clicks, scrolls to a
 * chart with a hover over it, and viewport resizes between desktop and phone widths, with no
 * pause for the page to settle. No console error may appear (the fixture fails the test);
 * every CHECK_EVERY steps, every chart panel near the view must come to show a drawing (its
 * SVG has marks) and no panel may have been replaced by its error boundary; afterwards the
 * page must be in the same state as a clean load of the URL it ends on.
 *
 * `npm test` takes 40 steps (ten rounds of the four kinds); `npm run test:soak` takes 500
 * (STRESS_STEPS sets any multiple of four).
 */
import type { Page } from '@playwright/test';
import { seededRandom } from '../src/test/random';
import {
  activeFilters,
  CHART_ENTER_MARGIN,
  expect,
  gotoApp,
  settledMatchCount,
  test,
  waitForCharts,
  type Lang,
} from './fixtures';

// The stress runs with animations on, as a reader without reduced motion has them: redraws
// then overlap the next step (playwright.config.ts turns them off for every other test).
test.use({ reducedMotion: 'no-preference' });

const STEPS = Number(process.env.STRESS_STEPS ?? 40);
if (!Number.isInteger(STEPS) || STEPS < 4 || STEPS % 4 !== 0) {
  throw new Error(`STRESS_STEPS must be a multiple of 4, not ${process.env.STRESS_STEPS}`);
}
/** Steps between two checks that the panels near the view have drawn. */
const CHECK_EVERY = 20;
const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 390, height: 844 };

/**
 * The filter checkboxes (threads, categories, and the organisations shown): the side bar's,
 * or on a phone the open filter sheet's.
 */
const checkboxes = (page: Page) => page.locator('main fieldset').getByRole('checkbox');
const chartPanels = (page: Page) => page.locator('section[data-panel]');
/**
 * The chart panels on screen that show a drawn chart (a panel left without data keeps its
 * chart hidden, for its return). Charts are made as the reader comes near them, so what is
 * made elsewhere depends on where each page has been; what is on screen can be compared.
 */
const chartsOnScreen = (page: Page) =>
  page.locator('section[data-panel]').evaluateAll((panels) =>
    panels
      .filter((panel) => {
        const r = panel.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      })
      .map((panel) => {
        const drawn = panel.querySelector('.chart-slot:not([hidden]) svg') !== null;
        return `${panel.getAttribute('data-panel')}: ${drawn ? 'drawn' : 'not drawn'}`;
      }),
  );

/**
 * The panels near the view (as near as a chart is made at) that show nothing: a chart panel
 * with data whose SVG has no marks, or a panel its error boundary replaced.
 */
const undrawnNearView = (page: Page) =>
  page.evaluate((margin) => {
    const near = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      return r.bottom > -margin && r.top < innerHeight + margin;
    };
    const blank = [...document.querySelectorAll('section[data-panel]')]
      .filter((s) => near(s) && s.querySelector('.chart-slot:not([hidden])'))
      .filter((s) => !s.querySelector('.chart-slot svg path, .chart-slot svg text'))
      .map((s) => `${s.getAttribute('data-panel')}: no drawing`);
    const broken = [...document.querySelectorAll('.panel-error')]
      .filter(near)
      .map((s) => `error: ${(s.textContent ?? '').slice(0, 120)}`);
    return [...blank, ...broken];
  }, CHART_ENTER_MARGIN);

/** What a reader can see of the page's state, in a form two pages can be compared by. */
async function snapshot(page: Page) {
  const lang: Lang = (await page.locator('html').getAttribute('lang')) === 'zh-CN' ? 'zh' : 'en';
  return {
    htmlLang: await page.locator('html').getAttribute('lang'),
    lang,
    query: new URL(page.url()).search,
    matchCount: await settledMatchCount(page, lang),
    chips: (await activeFilters(page, lang).locator('.chip').allTextContents()).map((t) =>
      t.trim(),
    ),
    checked: await checkboxes(page).evaluateAll((boxes) =>
      boxes.map((b) => (b as HTMLInputElement).checked),
    ),
    chartsOnScreen: await chartsOnScreen(page),
  };
}

test(`${STEPS} rapid language switches, filter clicks, hovers and resizes`, async ({
  page,
  browser,
  guard,
}, testInfo) => {
  test.setTimeout(60_000 + STEPS * 1000);
  const next = seededRandom(20260401);
  await page.setViewportSize(WIDE);
  await gotoApp(page, '', 'en', { reveal: true });

  const boxes = await checkboxes(page).count();
  const panelIds = await chartPanels(page).evaluateAll((panels) =>
    panels.map((p) => p.getAttribute('data-panel') ?? ''),
  );
  expect(panelIds.length, 'there are charts to hover').toBeGreaterThanOrEqual(5);
  expect(boxes, 'there are filters to click').toBeGreaterThanOrEqual(8);
  const counts = { language: 0, filter: 0, hover: 0, resize: 0, checks: 0 };
  let narrow = false;
  const started = Date.now();
  // Which step was running when the page threw, attached to the report to replay it.
  let action = 'load';
  const thrown: string[] = [];
  page.on('pageerror', (err) => thrown.push(`${action}: ${err.message}`));

  for (let step = 0; step < STEPS; step++) {
    switch (step % 4) {
      case 0: {
        // The L key only works outside form fields: leave the checkbox last clicked.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        action = `step ${step}: L`;
        await page.keyboard.press('L');
        counts.language++;
        break;
      }
      case 1: {
        // Threads and categories mostly, so that the filters keep changing what matches.
        const index = Math.floor(next() * Math.min(boxes, 12));
        action = `step ${step}: click checkbox ${index}${narrow ? ' in the filter sheet' : ''}`;
        // A phone keeps the filters in a sheet behind one button: open it, tick, close it.
        if (narrow) await page.locator('.filter-strip__button').click();
        await checkboxes(page).nth(index).click();
        if (narrow) await page.keyboard.press('Escape');
        counts.filter++;
        break;
      }
      case 2: {
        // Somewhere on a chart panel: its chart if drawn (a filter may have emptied it).
        const id = panelIds[Math.floor(next() * panelIds.length)] ?? '';
        const [fx, fy] = [0.1 + 0.8 * next(), 0.1 + 0.8 * next()];
        action = `step ${step}: hover ${id} at (${fx.toFixed(2)}, ${fy.toFixed(2)})`;
        const r = await page.locator(`section[data-panel="${id}"]`).evaluate((panel) => {
          panel.scrollIntoView({ block: 'center' });
          const rect = (panel.querySelector('svg') ?? panel).getBoundingClientRect();
          return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
        });
        await page.mouse.move(r.x + r.width * fx, r.y + r.height * fy);
        counts.hover++;
        break;
      }
      case 3: {
        narrow = !narrow;
        action = `step ${step}: resize to ${narrow ? NARROW.width : WIDE.width}`;
        await page.setViewportSize(narrow ? NARROW : WIDE);
        counts.resize++;
        break;
      }
    }
    if ((step + 1) % CHECK_EVERY === 0) {
      await expect
        .poll(() => undrawnNearView(page), { message: `panels near the view after ${action}` })
        .toEqual([]);
      counts.checks++;
    }
  }
  const stressMs = Date.now() - started;
  action = 'after the steps';
  if (thrown.length) {
    await testInfo.attach('thrown-during-steps', {
      body: thrown.join('\n'),
      contentType: 'text/plain',
    });
  }

  // Let the page come to rest: wide again, pointer and focus parked.
  await page.setViewportSize(WIDE);
  await page.mouse.move(1, 1);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await waitForCharts(page);
  // Where a clean load starts: the top of the page.
  await page.evaluate(() => window.scrollTo(0, 0));

  // A clean load of the same URL, in a fresh browser context, at the same size.
  const context = await browser.newContext({ viewport: WIDE, locale: 'en-US' });
  try {
    const clean = await context.newPage();
    guard.watch(clean);
    await clean.goto(page.url());
    await waitForCharts(clean);
    const expected = await snapshot(clean);
    // ECharts redraws after the last resize: give the stressed page time to match.
    await expect.poll(() => snapshot(page), { timeout: 10_000 }).toEqual(expected);
    expect(expected.chartsOnScreen.filter((c) => c.endsWith(': drawn'))).not.toHaveLength(0);
  } finally {
    await context.close();
  }

  const each = STEPS / 4;
  const checks = Math.floor(STEPS / CHECK_EVERY);
  expect(counts).toEqual({ language: each, filter: each, hover: each, resize: each, checks });
  await testInfo.attach('stress-steps', {
    body: JSON.stringify({ steps: STEPS, ...counts, stressMs }, null, 2),
    contentType: 'application/json',
  });
});
