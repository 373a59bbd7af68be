/**
 * Accessibility, checked by machine: axe-core's WCAG 2.0/2.1 A and AA rules find nothing, in
 * both languages, in every state a reader reaches (the default view, a selection with filters,
 * a chart's table, presentation mode, the dark theme, a phone-sized window, the export menu,
 * an event card, the messages for a report or an app that failed to load). And every chart is named by its title, described by text generated from its
 * data in the current language, and never relies on colour alone: derived bars carry a text
 * marker and ranges are written out with their separator.
 *
 * Nothing is excluded from the scans. ECharts' SVG sits inside the chart's `div[role=img]`,
 * whose children are presentational to assistive technology; axe knows that and does not
 * flag them, so it needs no exclusion (if it ever did, the failure message would say so).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import {
  CHART_IDS,
  CHART_TITLES,
  chartImage,
  chartPanel,
  expect,
  gotoApp,
  LANGS,
  tableToggle,
  test,
  UI,
  showChart,
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

/** Scan the whole page with the WCAG A/AA rules; attach the report; fail with each violation. */
async function expectNoViolations(page: Page, testInfo: TestInfo, state: string): Promise<void> {
  // Let the charts' entry animations and any layout settle before axe reads colours.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
  // axe.run() in the page itself ("legacy mode"): the default runs axe.runPartial() per frame
  // and then axe.finishRun() in a fresh blank page, which costs about a second per scan and
  // only matters for cross-origin frames. The page has no frames; the results are the same.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
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

/**
 * Load the dashboard in a language (plus query) and wait until every chart has drawn once
 * and those near the top of the page are drawn.
 */
async function open(page: Page, lang: Lang, query: Record<string, string> = {}): Promise<void> {
  await gotoApp(page, { lang, ...query });
  await waitForCharts(page);
}

for (const lang of LANGS) {
  test.describe(`axe, WCAG 2.1 A/AA (${lang})`, () => {
    // The export menu is opened on the page as loaded, so one load serves both scans.
    test('default view, then with the export menu open', async ({ page }, testInfo) => {
      await open(page, lang);
      await test.step('default view', async () => {
        await expectNoViolations(page, testInfo, `default-${lang}`);
      });

      await test.step('with the export menu open', async () => {
        const toggle = chartPanel(page, 'capital').locator('.export-menu > button');
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await expect(chartPanel(page, 'capital').locator('.export-menu__panel')).toBeVisible();
        await expectNoViolations(page, testInfo, `export-menu-${lang}`);
      });
    });

    test('with a selection and filters active', async ({ page }, testInfo) => {
      await open(page, lang, {
        org: 'openai',
        thread: 'capital-physical',
        sel: 'organisation:openai',
      });
      // The chips of the active filters and the selection are on screen.
      await expect(page.getByRole('group', { name: UI[lang].activeFilters })).toBeVisible();
      await expect(
        page.getByRole('button', { name: UI[lang].clearSelection, exact: true }),
      ).toBeVisible();
      await expectNoViolations(page, testInfo, `selection-filters-${lang}`);
    });

    test("with a chart's table open", async ({ page }, testInfo) => {
      await open(page, lang);
      await tableToggle(page, 'capital').click();
      await expect(tableToggle(page, 'capital')).toHaveAttribute('aria-pressed', 'true');
      await expect(chartPanel(page, 'capital').getByRole('table')).toBeVisible();
      await expectNoViolations(page, testInfo, `table-open-${lang}`);
    });

    test('in presentation mode', async ({ page }, testInfo) => {
      await open(page, lang);
      await page
        .getByRole('button', { name: lang === 'en' ? 'Present' : '演示', exact: true })
        .click();
      const dialog = page.locator('.presentation[role="dialog"]');
      await expect(dialog).toBeVisible();
      await expect(dialog.locator('[role="img"][aria-describedby] svg').first()).toBeVisible();
      await expectNoViolations(page, testInfo, `presentation-${lang}`);
    });

    test('in the dark theme', async ({ page }, testInfo) => {
      await open(page, lang);
      await page.locator('#theme-select').selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await waitForCharts(page);
      await expectNoViolations(page, testInfo, `dark-${lang}`);
    });

    test('in the dark theme, with the export menu, a table, an event card and presentation', async ({
      page,
    }, testInfo) => {
      await open(page, lang, { org: 'openai', sel: 'organisation:openai' });
      await page.locator('#theme-select').selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await chartPanel(page, 'capital').locator('.export-menu > button').click();
      await expect(chartPanel(page, 'capital').locator('.export-menu__panel')).toBeVisible();
      await tableToggle(page, 'timeline').click();
      await expectNoViolations(page, testInfo, `dark-export-table-${lang}`);

      await chartPanel(page, 'timeline').getByRole('table').getByRole('button').first().click();
      await expect(page.locator('dialog.event-card')).toBeVisible();
      await expectNoViolations(page, testInfo, `dark-event-card-${lang}`);
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog.event-card')).toBeHidden();

      await page
        .getByRole('button', { name: lang === 'en' ? 'Present' : '演示', exact: true })
        .click();
      await expect(page.locator('.presentation[role="dialog"] svg').first()).toBeVisible();
      await expectNoViolations(page, testInfo, `dark-presentation-${lang}`);
    });

    test('at 390 × 844', async ({ page }, testInfo) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await open(page, lang);
      await expectNoViolations(page, testInfo, `phone-${lang}`);
    });

    test('with an event card open', async ({ page }, testInfo) => {
      await open(page, lang);
      await tableToggle(page, 'timeline').click();
      await chartPanel(page, 'timeline').getByRole('table').getByRole('button').first().click();
      const dialog = page.locator('dialog.event-card');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading', { level: 2 })).not.toBeEmpty();
      await expectNoViolations(page, testInfo, `event-card-${lang}`);
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
      'section[data-chart] [role="img"][aria-describedby]',
    )) {
      const chart = image.closest('section')?.getAttribute('data-chart') ?? '?';
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

for (const theme of ['light', 'dark'] as const) {
  test(`text inside the charts has enough contrast (${theme} theme)`, async ({ page }) => {
    await open(page, 'en');
    await page.locator('#theme-select').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await waitForCharts(page);
    await page.waitForTimeout(1200); // the redraw's animation
    const faint = await faintChartText(page);
    expect(
      faint.map(
        (f) => `${f.chart}: “${f.text}” ${f.fg} on ${f.bg} = ${f.ratio}:1 (needs ${f.needed}:1)`,
      ),
      'chart text meets WCAG 1.4.3',
    ).toEqual([]);
  });
}

/** Chinese characters. */
const HAN = /\p{Script=Han}/u;

for (const lang of LANGS) {
  test.describe(`charts speak for themselves (${lang})`, () => {
    // Both checks read the page as loaded (the tables opened on the way are closed again).
    test('every chart is named and described from its data, and not by colour alone', async ({
      page,
    }) => {
      await open(page, lang);
      await test.step('every chart has a name and a data-generated description in the current language', async () => {
        for (const id of CHART_IDS) {
          const image = chartImage(page, id);
          await expect(image, `${id}: one described chart image`).toHaveCount(1);
          await expect(image).toHaveAttribute('aria-label', CHART_TITLES[lang][id]);
          await expect(image).toHaveAccessibleName(CHART_TITLES[lang][id]);

          const describedBy = await image.getAttribute('aria-describedby');
          expect(describedBy, `${id}: aria-describedby`).toBeTruthy();
          const description = page.locator(`[id="${describedBy}"]`);
          await expect(description, `${id}: the description exists once`).toHaveCount(1);
          const text = ((await description.textContent()) ?? '').trim();
          expect(text.length, `${id}: a real description, not a stub`).toBeGreaterThan(40);
          await expect(image).toHaveAccessibleDescription(text);
          // Generated from the data: it holds numbers, formatted (units, %, ×, currency, words).
          expect(text, `${id}: formatted values in “${text}”`).toMatch(
            lang === 'en'
              ? /\d[\d.,]*\s?(%|×|B\b|M\b|K\b|pp\b|tokens?|events?|jobs|installs|users|20\d\d)|\$\d/
              : /\d[\d.,]*\s?(%|倍|亿|万|个|token|年|月|日)/,
          );
          if (lang === 'en') expect(text, `${id}: English only`).not.toMatch(HAN);
          else expect(text, `${id}: written in Chinese`).toMatch(HAN);

          // Every value the chart's table lists is in the description (the numbers a sighted
          // reader sees are the numbers a screen-reader user hears).
          await tableToggle(page, id).click();
          const values = await chartPanel(page, id).locator('table tbody td.num').allTextContents();
          expect(values.length, `${id}: the table has values`).toBeGreaterThan(0);
          const missing = values.map((v) => v.trim()).filter((v) => v && !text.includes(v));
          expect(missing, `${id}: table values missing from the description “${text}”`).toEqual([]);
          await tableToggle(page, id).click();
          await expect(chartImage(page, id).locator('svg').first()).toBeVisible();
        }
      });

      await test.step('colour is not the only carrier of meaning: derived bars and ranges are written out', async () => {
        let derivedCharts = 0;
        for (const id of CHART_IDS) {
          const panel = chartPanel(page, id);
          const hasDerived = (await panel.locator('.chart-panel__note').count()) > 0;
          const image = await showChart(page, id);
          const svgText = (await image.locator('svg text').allTextContents()).join('\n');
          if (hasDerived) {
            derivedCharts += 1;
            // The note says what the pattern means, and each derived bar says so in words.
            expect(svgText, `${id}: a derived bar carries “${UI[lang].derived}”`).toContain(
              UI[lang].derived,
            );
          }
          // No marker of the other language leaks into the drawing.
          const other = lang === 'en' ? UI.zh.derived : UI.en.derived;
          expect(svgText, `${id}: no “${other}” in the ${lang} drawing`).not.toContain(other);
        }
        expect(derivedCharts, 'some charts show derived values').toBeGreaterThan(0);

        // A range is written with its separator, not drawn as a coloured span alone.
        const capexImage = await showChart(page, 'capex');
        const capex = (await capexImage.locator('svg text').allTextContents()).join('\n');
        expect(capex).toContain(lang === 'en' ? '$115B–$135B' : '1150 亿至 1350 亿美元');
      });
    });
  });
}

test.describe('axe, WCAG 2.1 A/AA, when loading fails', () => {
  // The refused requests, and main.tsx logging why the app did not start.
  test.use({ allowConsoleErrors: [/Failed to load resource|The app failed to load/] });

  for (const lang of LANGS) {
    test(`the report’s and the app’s failure messages (${lang})`, async ({ page }, testInfo) => {
      await test.step('the report could not be loaded', async () => {
        await page.route('**/data/ai-2026-04.json', (route) =>
          route.fulfill({ status: 500, contentType: 'text/plain', body: 'down' }),
        );
        await page.goto(`/?lang=${lang}`);
        await expect(page.getByRole('alert').getByRole('button')).toBeVisible();
        await expectNoViolations(page, testInfo, `report-error-${lang}`);
        await page.unrouteAll();
      });
      await test.step('the app’s code could not be loaded', async () => {
        await page.route('**/assets/start-*.js', (route) => route.abort('failed'));
        await page.goto(`/?lang=${lang}`);
        await expect(page.getByRole('alert').getByRole('button')).toBeVisible();
        await expectNoViolations(page, testInfo, `app-error-${lang}`);
      });
    });
  }
});
