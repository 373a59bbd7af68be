/**
 * The chart panels as a reader meets them, in both languages: every panel draws an SVG under
 * its title (a panel of big numbers shows them as text instead), describes its data for screen
 * readers in the current language, names its source, offers an accessible table of formatted
 * values (which a language switch re-formats in place), marks derived values in the drawing,
 * and explains itself when the filters empty it.
 */
import type { Page } from '@playwright/test';
import {
  CHART_IDS,
  chartTitlePattern,
  chartImage,
  chartPanel,
  ECHARTS_IDS,
  EDITION,
  expect,
  filterOption,
  gotoApp,
  LANGS,
  langButton,
  matchCount,
  matchCountText,
  showChart,
  tableToggle,
  test,
  TEXT,
  UI,
  type ChartId,
  type Lang,
} from './fixtures';

/** What these checks read of the report file beyond the fixtures' view of it. */
interface Labelled {
  figure: string;
  label: Record<Lang, string>;
}
const { threads: THREADS, panels: PANELS } = EDITION as unknown as {
  threads: { id: string; name: Record<Lang, string> }[];
  panels: { id: string; marks?: Labelled[]; total?: Labelled; parts?: Labelled[] }[];
};

/**
 * Values each panel's generated description (a stat panel: its tiles) must contain, formatted
 * as the language writes them. The themes panel lists every event under its thread: its
 * values are the threads' names, read from the report file.
 */
const DESCRIBED: Record<Lang, Record<ChartId, readonly string[]>> = {
  en: {
    timeline: ['Q1 2026', 'March 2026', 'April 2026', '8 Apr 2026'],
    'context-windows': ['2M tokens', '1M tokens'],
    osworld: ['75%', '72.4%', '47.3%', '27.7 pp'],
    efficiency: ['up to 100×', '10×', '6×', '2×'],
    mcp: ['more than 97M installs', 'within 1 year'],
    'meta-capex': ['$115B–$135B', '$57.5B–$67.5B'],
    'q1-venture': ['$267.2B', '$122B', '$30B', '$115.2B'],
    revenue: ['more than $25B', 'nearly $19B'],
    sora: ['1M users', 'fewer than 500K users'],
    mythos: ['thousands of vulnerabilities', '40-plus companies'],
    'microsoft-japan': ['$10B', 'about $6B', 'about $4B'],
    retail: ['15.8%', '19.3%'],
    themes: THREADS.map((t) => t.name.en),
  },
  zh: {
    timeline: ['2026 年第一季度', '2026 年 3 月', '2026 年 4 月', '2026 年 4 月 8 日'],
    'context-windows': ['200 万 token', '100 万 token'],
    osworld: ['75%', '72.4%', '47.3%', '27.7 个百分点'],
    efficiency: ['多达 100 倍', '10 倍', '6 倍', '2 倍'],
    mcp: ['超过 9700 万次', '1 年内'],
    'meta-capex': ['1150 亿至 1350 亿美元', '575 亿至 675 亿美元'],
    'q1-venture': ['2672 亿美元', '1220 亿美元', '300 亿美元', '1152 亿美元'],
    revenue: ['超过 250 亿美元', '近 190 亿美元'],
    sora: ['100 万', '不足 50 万'],
    mythos: ['数千个', '40 多家'],
    'microsoft-japan': ['100 亿美元', '约 60 亿美元', '约 40 亿美元'],
    retail: ['15.8%', '19.3%'],
    themes: THREADS.map((t) => t.name.zh),
  },
};

function described(lang: Lang, id: ChartId): readonly string[] {
  const values = DESCRIBED[lang][id];
  if (!values) throw new Error(`DESCRIBED has no values for the panel "${id}"`);
  return values;
}

interface TableCheck {
  chart: ChartId;
  /** The figure of the row (its label, the row's header cell, is the panel's label for it). */
  figure: string;
  /** The value cell, per language. */
  value: Record<Lang, string>;
}

const TABLES: [TableCheck, ...TableCheck[]] = [
  {
    chart: 'q1-venture',
    figure: 'q1-venture-total',
    value: { en: '$267.2B', zh: '2672 亿美元' },
  },
  {
    chart: 'efficiency',
    figure: 'neuro-symbolic-energy-reduction',
    value: { en: 'up to 100×', zh: '多达 100 倍' },
  },
  {
    chart: 'meta-capex',
    figure: 'meta-capex-2026',
    value: { en: '$115B–$135B', zh: '1150 亿至 1350 亿美元' },
  },
];

const HAN = /\p{Script=Han}/u;

function other(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}

/** The label a panel gives one of its figures (a mark, the total or a part), per the report file. */
function rowLabel(lang: Lang, check: TableCheck): string {
  const panel = PANELS.find((p) => p.id === check.chart);
  const label = [
    ...(panel?.marks ?? []),
    ...(panel?.total ? [panel.total] : []),
    ...(panel?.parts ?? []),
  ].find((m) => m.figure === check.figure)?.label[lang];
  if (!label) throw new Error(`the panel "${check.chart}" has no label for ${check.figure}`);
  return label;
}

/** The table's name: the panel's title, then ": data". */
function tableName(lang: Lang, chart: ChartId): RegExp {
  const title = chartTitlePattern(lang, chart).source.slice(1, -1);
  return new RegExp(`^${title}${lang === 'en' ? ': data' : '：数据'}$`);
}

/** The table a panel shows in place of its chart, found by its caption. */
function chartTable(page: Page, lang: Lang, chart: ChartId) {
  return chartPanel(page, chart).getByRole('table', { name: tableName(lang, chart) });
}

async function expectTableRow(page: Page, lang: Lang, check: TableCheck): Promise<void> {
  const row = chartTable(page, lang, check.chart)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: rowLabel(lang, check), exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell', { name: check.value[lang], exact: true })).toBeVisible();
}

/** The panel's title as the page shows it (its h3), checked against the report file's. */
async function shownTitle(page: Page, lang: Lang, id: ChartId): Promise<string> {
  const heading = chartPanel(page, id).getByRole('heading', { level: 3 });
  await expect(heading).toHaveText(chartTitlePattern(lang, id));
  return (await heading.textContent()) ?? '';
}

for (const lang of LANGS) {
  test.describe(`charts (${lang})`, () => {
    // One load: the first step only reads; the second unticks its filter again at the end;
    // the third switches the language last.
    test('every panel draws its chart; the empty state; Show table, re-formatted by a language switch', async ({
      page,
    }) => {
      test.slow();
      await gotoApp(page, { lang }, lang, { reveal: true });

      await test.step('every panel draws its chart (or its numbers) under its title, with a description, a source and derived marks', async () => {
        expect(Object.keys(DESCRIBED[lang]), 'a value to look for in every panel').toEqual([
          ...CHART_IDS,
        ]);
        for (const id of CHART_IDS) {
          const panel = chartPanel(page, id);
          await panel.scrollIntoViewIfNeeded();
          const title = await shownTitle(page, lang, id);
          // The panel is a region named by its h3.
          await expect(page.getByRole('region', { name: title, exact: true })).toHaveAttribute(
            'data-panel',
            id,
          );

          if (!ECHARTS_IDS.includes(id)) {
            // Big numbers: a list named by the title, its values HTML text, no drawing.
            const tiles = panel.getByRole('list', { name: title, exact: true });
            await expect(tiles).toBeVisible();
            await expect(tiles.getByRole('listitem')).not.toHaveCount(0);
            for (const value of described(lang, id)) {
              await expect(tiles.getByText(value, { exact: true })).toBeVisible();
            }
            await expect(panel.locator('svg text')).toHaveCount(0);
            const text = (await tiles.textContent()) ?? '';
            if (lang === 'en') expect(text, `${id}: no Chinese in English tiles`).not.toMatch(HAN);
            else expect(text, `${id}: the Chinese tiles are in Chinese`).toMatch(HAN);
          } else {
            await showChart(page, id);
            // The chart is an image named by the same title.
            const image = panel.getByRole('img', { name: title, exact: true });
            await expect(image).toBeVisible();

            const svg = chartImage(page, id).locator('svg').first();
            await expect(svg).toBeVisible();
            const box = await svg.boundingBox();
            expect(box?.width, `${id}: the SVG has a width`).toBeGreaterThan(100);
            expect(box?.height, `${id}: the SVG has a height`).toBeGreaterThan(100);
            expect(
              await svg.locator('path').count(),
              `${id}: the SVG draws something`,
            ).toBeGreaterThan(5);

            // aria-describedby points at a generated description in the current language.
            const describedBy = await image.getAttribute('aria-describedby');
            expect(describedBy, `${id}: the chart names its description`).toBeTruthy();
            const description = page.locator(`[id="${describedBy}"]`);
            await expect(description).toHaveCount(1);
            await expect(description).toContainText(title);
            for (const value of described(lang, id)) {
              await expect(description).toContainText(value);
            }
            const text = (await description.textContent()) ?? '';
            if (lang === 'en')
              expect(text, `${id}: no Chinese in the English description`).not.toMatch(HAN);
            else expect(text, `${id}: the Chinese description is in Chinese`).toMatch(HAN);
          }

          // The source line, in the current language.
          await expect(panel.locator('.chart-panel__source')).toHaveText(
            new RegExp(`^${UI[lang].source}`),
          );
        }

        // Derived values are marked in the drawing itself, not only in the table.
        const svgText = (await showChart(page, 'osworld')).locator('svg text');
        // One derived bar: GPT-5.2's score, from GPT-5.4's and the gain the report gives.
        await expect(svgText.filter({ hasText: UI[lang].derived })).toHaveCount(1);
        await expect(svgText.filter({ hasText: UI[other(lang)].derived })).toHaveCount(0);
        const derivedScore = lang === 'en' ? '47.3% · derived' : '47.3% · 推算';
        await expect(svgText.filter({ hasText: derivedScore })).toHaveCount(1);
        // Q1 venture funding's "all other deals" is derived as well.
        await expect(
          (await showChart(page, 'q1-venture'))
            .locator('svg text')
            .filter({ hasText: UI[lang].derived }),
        ).toHaveCount(1);
      });

      await test.step('a filter that empties a chart shows the translated empty state', async () => {
        const tufts = filterOption(
          page,
          lang,
          'organisations',
          lang === 'en' ? 'Tufts University' : 'Tufts 大学',
        );
        const venture = chartPanel(page, 'q1-venture');
        const instanceOf = () =>
          venture.locator('[_echarts_instance_]').getAttribute('_echarts_instance_');
        const instance = await instanceOf();
        expect(instance).toBeTruthy();
        const title = await shownTitle(page, lang, 'q1-venture');
        await tufts.check();
        // Tufts appears in one event, with its two figures.
        await expect(matchCount(page, lang)).toHaveText(
          matchCountText(lang, { events: 1, figures: 2 }),
        );

        const empty = venture.getByRole('status');
        await expect(empty).toHaveText(UI[lang].empty);
        // No chart on view or in the accessibility tree (its instance is kept, hidden, so the
        // data's return is a plain update).
        await expect(venture.locator('.chart-slot')).toBeHidden();
        await expect(venture.getByRole('img')).toHaveCount(0);
        await expect(tableToggle(page, 'q1-venture')).toHaveCount(0);
        // The title and the source stay; the other language's sentence does not appear.
        await expect(venture.getByRole('heading', { level: 3 })).toHaveText(title);
        await expect(venture.locator('.chart-panel__source')).toHaveText(
          new RegExp(`^${UI[lang].source}`),
        );
        await expect(venture.getByText(UI[other(lang)].empty)).toHaveCount(0);

        // Tufts' own claim is still charted.
        await showChart(page, 'efficiency');
        await expect(chartPanel(page, 'efficiency').getByRole('status')).toHaveCount(0);

        // Unticking brings the chart back.
        await tufts.uncheck();
        await expect(chartImage(page, 'q1-venture').locator('svg')).toBeVisible();
        await expect(venture.getByText(UI[lang].empty)).toHaveCount(0);
        // …by updating the chart it had, not by creating another.
        expect(await instanceOf()).toBe(instance);
      });

      await test.step('Show table gives an accessible table of formatted values, re-formatted by a language switch', async () => {
        for (const check of TABLES) {
          const toggle = tableToggle(page, check.chart);
          await expect(toggle).toHaveText(UI[lang].showTable);
          await expect(toggle).toHaveAttribute('aria-pressed', 'false');
          await toggle.click();
          await expect(toggle).toHaveAttribute('aria-pressed', 'true');
          await expect(toggle).toHaveText(UI[lang].showChart);
          // The table replaces the drawing.
          await expect(chartImage(page, check.chart)).toHaveCount(0);
          await expect(chartTable(page, lang, check.chart)).toBeVisible();
          await expectTableRow(page, lang, check);
        }

        // A language switch keeps the tables open and re-formats them in place.
        const to = other(lang);
        await langButton(page, to).click();
        await expect(page.locator('html')).toHaveAttribute('lang', TEXT[to].htmlLang);
        for (const check of TABLES) {
          const toggle = tableToggle(page, check.chart);
          await expect(toggle).toHaveAttribute('aria-pressed', 'true');
          await expect(toggle).toHaveText(UI[to].showChart);
          await expect(chartTable(page, lang, check.chart)).toHaveCount(0);
          await expectTableRow(page, to, check);
          await expect(
            chartTable(page, to, check.chart).getByText(check.value[lang], { exact: true }),
          ).toHaveCount(0);
        }

        // And back to the chart, drawn in the new language.
        const venture = tableToggle(page, 'q1-venture');
        await venture.click();
        await expect(venture).toHaveAttribute('aria-pressed', 'false');
        await expect(venture).toHaveText(UI[to].showTable);
        await expect(chartTable(page, to, 'q1-venture')).toHaveCount(0);
        await expect(
          chartPanel(page, 'q1-venture').getByRole('img', {
            name: await shownTitle(page, to, 'q1-venture'),
            exact: true,
          }),
        ).toBeVisible();
        await expect(
          chartImage(page, 'q1-venture')
            .locator('svg text')
            .filter({ hasText: TABLES[0].value[to] }),
        ).toHaveCount(1);
      });
    });
  });
}
