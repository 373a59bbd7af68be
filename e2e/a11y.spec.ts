/**
 * Accessibility, checked by machine: axe-core's WCAG 2.0/2.1 A and AA rules find nothing, in
 * both languages, in every state a reader reaches (the default view with the export menu and
 * tables open, an event card, presentation mode's title and chart slides, all of it again in
 * the dark theme, a selection with filters, a phone-sized window, the messages for a report or
 * an app that failed to load), and chart text has enough contrast. Every chart is named by its
 * title and described by text in the current language; a panel of big numbers is a list of
 * text named by its title. (That the description holds every value of the chart's table, and
 * that derived bars and ranges are written out in the drawing rather than shown by colour
 * alone, is checked for every chart in src/features/panels/slides-text.test.tsx.)
 *
 * One page per language walks through the states: a scan of the whole page after each change
 * that restyles or re-renders the page (light, dark, filtered, phone); a scan of just the
 * dialog for a modal opened over a page scanned a moment before (the page behind it is the
 * same, and inert). Nothing inside those scans is excluded: ECharts' SVG sits inside the
 * chart's `div[role=img]`, whose children are presentational to assistive technology; axe
 * knows that and does not flag them (if it ever did, the failure message would say so).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import {
  CHART_IDS,
  chartTitlePattern,
  chartImage,
  chartPanel,
  ECHARTS_IDS,
  expect,
  gotoApp,
  LANGS,
  slideAt,
  tableToggle,
  test,
  UI,
  waitForCharts,
  type Lang,
} from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

/** One line per failing element: rule, impact, where, and why (axe's own summary). */
function describeViolations(violations: Violation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map((n) => {
        const summary = (n.failureSummary ?? '').replace(/\s*\n\s*/g, ' | ');
        return `- ${v.id} [${v.impact ?? 'n/a'}] ${n.target.join(' ')}\n    ${summary}\n    html: ${n.html.slice(0, 200)}`;
      }),
    )
    .join('\n');
}

/**
 * Scan the page (or only `within`, a selector) with the WCAG A/AA rules; attach the report;
 * fail with each violation.
 */
async function expectNoViolations(
  page: Page,
  testInfo: TestInfo,
  state: string,
  within?: string,
): Promise<void> {
  // Charts draw without animation (reduced motion): only the fonts need to have settled.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // axe.run() in the page itself ("legacy mode"): the default runs axe.runPartial() per frame
  // and then axe.finishRun() in a fresh blank page, which costs about a second per scan and
  // only matters for cross-origin frames. The page has no frames; the results are the same.
  // Only violations are reported in detail: the passes' details are what costs (the test
  // reads only violations).
  let axe = new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode();
  if (within) axe = axe.include(within);
  const results = await axe.analyze();
  await testInfo.attach(`axe-${state}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  const rules = results.violations.map((v) => v.id);
  expect(
    rules,
    `axe (${WCAG_TAGS.join(', ')}) found violations in “${state}”:\n${describeViolations(results.violations)}`,
  ).toEqual([]);
}

const PRESENT: Record<Lang, string> = { en: 'Present', zh: '演示' };
const EVENT_CARD = 'dialog.event-card';
const PRESENTATION = '.presentation[role="dialog"]';

/** Open the first event's card from the (open) timeline table, scan it, close it. */
async function scanEventCard(page: Page, testInfo: TestInfo, state: string): Promise<void> {
  await chartPanel(page, 'timeline').getByRole('table').getByRole('button').first().click();
  const dialog = page.locator(EVENT_CARD);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).not.toBeEmpty();
  await expectNoViolations(page, testInfo, state, EVENT_CARD);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** Start presentation mode, scan its title slide and its first chart's slide, leave. */
async function scanPresentation(
  page: Page,
  testInfo: TestInfo,
  lang: Lang,
  state: string,
): Promise<void> {
  await page.getByRole('button', { name: PRESENT[lang], exact: true }).click();
  const dialog = page.locator(PRESENTATION);
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('data-slide', slideAt(0));
  await expect(dialog.getByRole('heading', { level: 2 })).not.toBeEmpty();
  await expectNoViolations(page, testInfo, `${state}-title`, PRESENTATION);
  // The title and the headline figures come first; then the panels, each drawn.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(dialog).toHaveAttribute('data-slide', slideAt(2));
  await expect(dialog.locator('[role="img"][aria-describedby] svg').first()).toBeVisible();
  await expectNoViolations(page, testInfo, `${state}-chart`, PRESENTATION);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

/** Chinese characters. */
const HAN = /\p{Script=Han}/u;

for (const lang of LANGS) {
  test(`every chart is named and described; axe finds nothing in any state (${lang})`, async ({
    page,
  }, testInfo) => {
    // Eleven states and ten scans of a page: three loads instead of ten.
    test.setTimeout(120_000);
    await gotoApp(page, { lang }, lang, { reveal: true });

    await test.step('every chart has its title as its name and a description in this language', async () => {
      for (const id of CHART_IDS) {
        const heading = chartPanel(page, id).getByRole('heading', { level: 3 });
        await expect(heading).toHaveText(chartTitlePattern(lang, id));
        const title = (await heading.textContent()) ?? '';
        if (!ECHARTS_IDS.includes(id)) {
          // Big numbers: a list of HTML text, named by the title, in this language.
          const tiles = chartPanel(page, id).getByRole('list', { name: title, exact: true });
          await expect(tiles, `${id}: one list of big numbers`).toHaveCount(1);
          await expect(tiles.getByRole('listitem')).not.toHaveCount(0);
          const text = ((await tiles.textContent()) ?? '').trim();
          if (lang === 'en') expect(text, `${id}: English only`).not.toMatch(HAN);
          else expect(text, `${id}: written in Chinese`).toMatch(HAN);
          continue;
        }
        const image = chartImage(page, id);
        await expect(image, `${id}: one described chart image`).toHaveCount(1);
        await expect(image).toHaveAttribute('aria-label', title);
        await expect(image).toHaveAccessibleName(title);

        const describedBy = await image.getAttribute('aria-describedby');
        expect(describedBy, `${id}: aria-describedby`).toBeTruthy();
        const description = page.locator(`[id="${describedBy}"]`);
        await expect(description, `${id}: the description exists once`).toHaveCount(1);
        const text = ((await description.textContent()) ?? '').trim();
        expect(text.length, `${id}: a real description, not a stub`).toBeGreaterThan(40);
        await expect(image).toHaveAccessibleDescription(text);
        if (lang === 'en') expect(text, `${id}: English only`).not.toMatch(HAN);
        else expect(text, `${id}: written in Chinese`).toMatch(HAN);
      }
    });

    for (const theme of ['light', 'dark'] as const) {
      await test.step(`${theme}: the export menu and two tables open, every other chart drawn`, async () => {
        if (theme === 'light') {
          const toggle = chartPanel(page, 'q1-venture').locator('.export-menu > button');
          await expect(toggle).toHaveAttribute('aria-expanded', 'false');
          await toggle.click();
          await expect(toggle).toHaveAttribute('aria-expanded', 'true');
          await expect(chartPanel(page, 'q1-venture').locator('.export-menu__panel')).toBeVisible();
          for (const id of ['q1-venture', 'timeline'] as const) {
            await tableToggle(page, id).click();
            await expect(tableToggle(page, id)).toHaveAttribute('aria-pressed', 'true');
            await expect(chartPanel(page, id).getByRole('table')).toBeVisible();
          }
        } else {
          // The same view, re-themed (the menu and the tables stay open).
          await page.locator('#theme-select').selectOption('dark');
          await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
          await waitForCharts(page);
        }
        await expectNoViolations(page, testInfo, `${theme}-${lang}`);
      });

      await test.step(`${theme}: an event card`, async () => {
        await scanEventCard(page, testInfo, `${theme}-event-card-${lang}`);
      });

      await test.step(`${theme}: presentation mode`, async () => {
        await scanPresentation(page, testInfo, lang, `${theme}-presentation-${lang}`);
      });
    }

    await test.step('light, with a selection and filters active', async () => {
      await page.evaluate(() => localStorage.clear());
      await gotoApp(
        page,
        { lang, org: 'openai', thread: 'capital-physical', sel: 'organisation:openai' },
        lang,
        { reveal: true },
      );
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      // The chips of the active filters and the selection are on screen.
      await expect(page.getByRole('group', { name: UI[lang].activeFilters })).toBeVisible();
      await expect(
        page.getByRole('button', { name: UI[lang].clearSelection, exact: true }),
      ).toBeVisible();
      await expectNoViolations(page, testInfo, `selection-filters-${lang}`);
    });

    await test.step('at 390 × 844', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await gotoApp(page, { lang }, lang, { reveal: true });
      await expectNoViolations(page, testInfo, `phone-${lang}`);
    });
  });
}

/** One chart text drawn with too little contrast against what it sits on. */
interface FaintText {
  chart: string;
  text: string;
  fg: string;
  bg: string;
  ratio: number;
  needed: number;
}

/**
 * Text that ECharts draws inside a chart, checked for contrast against what it is painted on
 * (the shapes under its centre, blended with their opacity over the panel). axe treats the
 * children of `role=img` as presentational and does not check them, so this does.
 */
async function faintChartText(page: Page): Promise<FaintText[]> {
  return page.evaluate(() => {
    type RGB = [number, number, number];
    const canvas = document.createElement('canvas').getContext('2d');
    const parse = (colour: string): RGB | null => {
      if (!canvas || !colour || colour === 'none' || colour.startsWith('url(')) return null;
      canvas.fillStyle = '#000';
      canvas.fillStyle = colour;
      const v = canvas.fillStyle; // '#rrggbb' or 'rgba(r, g, b, a)'
      if (v.startsWith('#')) return [1, 3, 5].map((i) => parseInt(v.slice(i, i + 2), 16)) as RGB;
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(v);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
    };
    const alphaOf = (el: Element): number => {
      let a = Number(el.getAttribute('fill-opacity') ?? 1);
      for (let n: Element | null = el; n && n.tagName !== 'svg'; n = n.parentElement)
        a *= Number(n.getAttribute('opacity') ?? 1);
      return a;
    };
    const blend = (fg: RGB, a: number, bg: RGB): RGB =>
      fg.map((c, i) => c * a + (bg[i] ?? 0) * (1 - a)) as RGB;
    const lum = ([r, g, b]: RGB): number => {
      const f = (c: number): number => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a: RGB, b: RGB): number => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const hex = (c: RGB): string =>
      `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

    const out: FaintText[] = [];
    for (const image of document.querySelectorAll(
      'section[data-panel] [role="img"][aria-describedby]',
    )) {
      const chart = image.closest('section')?.getAttribute('data-panel') ?? '?';
      const panel = parse(
        getComputedStyle(image.closest('.panel') ?? document.body).backgroundColor,
      );
      if (!panel) continue;
      const shapes = [...image.querySelectorAll('svg path, svg rect')].filter(
        (s) =>
          !s.closest('clipPath, pattern, defs') && parse(s.getAttribute('fill') ?? '') !== null,
      );
      for (const text of image.querySelectorAll('svg text')) {
        const content = (text.textContent ?? '').trim();
        const fill = parse(text.getAttribute('fill') ?? '');
        const r = text.getBoundingClientRect();
        if (!content || !fill || r.width === 0 || alphaOf(text) === 0) continue;
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        let bg = panel;
        for (const s of shapes) {
          // Painted before the text, and under its centre.
          if (!(s.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
          const b = s.getBoundingClientRect();
          if (x < b.left || x > b.right || y < b.top || y > b.bottom) continue;
          const colour = parse(s.getAttribute('fill') ?? '');
          if (colour) bg = blend(colour, alphaOf(s), bg);
        }
        const fg = blend(fill, alphaOf(text), bg);
        const style = getComputedStyle(text);
        const size = parseFloat(style.fontSize);
        const bold = Number(style.fontWeight) >= 700;
        const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
        const got = ratio(fg, bg);
        if (got < needed)
          out.push({
            chart,
            text: content,
            fg: hex(fg),
            bg: hex(bg),
            ratio: Number(got.toFixed(2)),
            needed,
          });
      }
    }
    return out;
  });
}

test('text inside the charts has enough contrast, in the light and the dark theme', async ({
  page,
}) => {
  await gotoApp(page, { lang: 'en' }, 'en', { reveal: true });
  for (const theme of ['light', 'dark'] as const) {
    await test.step(theme, async () => {
      await page.locator('#theme-select').selectOption(theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Redrawn in the new colours, without animation (reduced motion).
      await waitForCharts(page);
      const faint = await faintChartText(page);
      expect(
        faint.map(
          (f) => `${f.chart}: “${f.text}” ${f.fg} on ${f.bg} = ${f.ratio}:1 (needs ${f.needed}:1)`,
        ),
        'chart text meets WCAG 1.4.3',
      ).toEqual([]);
    });
  }
});

test.describe('axe, WCAG 2.1 A/AA, when loading fails', () => {
  // The refused requests, and main.tsx logging why the app did not start.
  test.use({ allowConsoleErrors: [/Failed to load resource|The app failed to load/] });

  test('the report’s and the app’s failure messages, in both languages', async ({
    page,
  }, testInfo) => {
    for (const lang of LANGS) {
      await test.step(`the report could not be loaded (${lang})`, async () => {
        await page.route('**/data/ai-2026-04.json', (route) =>
          route.fulfill({ status: 500, contentType: 'text/plain', body: 'down' }),
        );
        await page.goto(`/?lang=${lang}`);
        await expect(page.getByRole('alert').getByRole('button')).toBeVisible();
        await expectNoViolations(page, testInfo, `report-error-${lang}`);
        await page.unrouteAll();
      });
      await test.step(`the app’s code could not be loaded (${lang})`, async () => {
        await page.route('**/assets/start-*.js', (route) => route.abort('failed'));
        await page.goto(`/?lang=${lang}`);
        await expect(page.getByRole('alert').getByRole('button')).toBeVisible();
        await expectNoViolations(page, testInfo, `app-error-${lang}`);
        await page.unrouteAll();
      });
    }
  });
});
