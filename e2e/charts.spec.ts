/**
 * The chart panels as a reader meets them, in both languages: every panel draws an SVG under
 * its title, describes its data for screen readers in the current language, names its source,
 * offers an accessible table of formatted values (which a language switch re-formats in
 * place), marks derived values in the drawing, and explains itself when the filters empty it.
 */
import type { Page } from '@playwright/test';
import {
  CHART_IDS,
  chartTitle,
  chartImage,
  chartPanel,
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

/** Values each chart's generated description must contain, formatted as the language writes them. */
const DESCRIBED: Record<Lang, Record<ChartId, string[]>> = {
  en: {
    timeline: ['April 2026', 'Q1 2026', '5 Apr 2026'],
    capital: ['$267.2B', '$122B', '$250B'],
    osworld: ['75%', '72.4%', '27.7 pp'],
    revenue: ['more than $25B', 'nearly $19B', '$2B'],
    capex: ['$115B–$135B', 'about $6B', 'about 50K jobs'],
    efficiency: ['up to 100×', '6×'],
    context: ['2M tokens', '1M tokens'],
    retail: ['15.8%', '19.3%', '$849.9B'],
    adoption: ['more than 97M installs', 'fewer than 500K users', 'as much as $1M'],
    themes: ['2 events', '1 event'],
  },
  zh: {
    timeline: ['2026 年 4 月', '2026 年第一季度', '2026 年 4 月 5 日'],
    capital: ['2672 亿美元', '1220 亿美元', '2500 亿美元'],
    osworld: ['75%', '72.4%', '27.7 个百分点'],
    revenue: ['超过 250 亿美元', '近 190 亿美元', '20 亿美元'],
    capex: ['1150 亿至 1350 亿美元', '约 60 亿美元', '约 5 万个'],
    efficiency: ['多达 100 倍', '6 倍'],
    context: ['200 万 token', '100 万 token'],
    retail: ['15.8%', '19.3%', '8499 亿美元'],
    adoption: ['超过 9700 万次', '不足 50 万', '高达 100 万美元'],
    themes: ['2 个事件', '1 个事件'],
  },
};

interface TableCheck {
  chart: ChartId;
  /** The row's header cell (the measure) and its value cell, per language. */
  row: Record<Lang, { label: string; value: string }>;
}

const TABLES: TableCheck[] = [
  {
    chart: 'capital',
    row: {
      en: { label: 'AI venture funding, Q1 2026', value: '$267.2B' },
      zh: { label: '2026 年 Q1 AI 风险投资总额', value: '2672 亿美元' },
    },
  },
  {
    chart: 'efficiency',
    row: {
      en: { label: 'Energy reduction from neuro-symbolic AI', value: 'up to 100×' },
      zh: { label: '神经符号 AI 的能耗降幅', value: '多达 100 倍' },
    },
  },
  {
    chart: 'capex',
    row: {
      en: { label: "Meta's 2026 AI-related capital expenditure", value: '$115B–$135B' },
      zh: { label: 'Meta 2026 年 AI 相关资本支出', value: '1150 亿至 1350 亿美元' },
    },
  },
];

const HAN = /\p{Script=Han}/u;

function other(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}

function tableName(lang: Lang, chart: ChartId): string {
  const title = chartTitle(lang, chart);
  return lang === 'en' ? `${title}: data` : `${title}：数据`;
}

/** The table a panel shows in place of its chart, found by its caption. */
function chartTable(page: Page, lang: Lang, chart: ChartId) {
  return chartPanel(page, chart).getByRole('table', { name: tableName(lang, chart), exact: true });
}

async function expectTableRow(page: Page, lang: Lang, check: TableCheck): Promise<void> {
  const { label, value } = check.row[lang];
  const row = chartTable(page, lang, check.chart)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell', { name: value, exact: true })).toBeVisible();
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

      await test.step('every panel draws an SVG under its title, with a description, a source and derived marks', async () => {
        for (const id of CHART_IDS) {
          const title = chartTitle(lang, id);
          const panel = chartPanel(page, id);
          await showChart(page, id);
          // The panel is a region named by its h3; the chart an image named by the same title.
          await expect(page.getByRole('region', { name: title, exact: true })).toHaveAttribute(
            'data-chart',
            id,
          );
          await expect(panel.getByRole('heading', { level: 3 })).toHaveText(title);
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
          for (const value of DESCRIBED[lang][id]) await expect(description).toContainText(value);
          const text = (await description.textContent()) ?? '';
          if (lang === 'en')
            expect(text, `${id}: no Chinese in the English description`).not.toMatch(HAN);
          else expect(text, `${id}: the Chinese description is in Chinese`).toMatch(HAN);

          // The source line, in the current language.
          await expect(panel.locator('.chart-panel__source')).toHaveText(
            new RegExp(`^${UI[lang].source}`),
          );
        }

        // Derived values are marked in the drawing itself, not only in the table.
        const svgText = (await showChart(page, 'osworld')).locator('svg text');
        // Two derived bars: GPT-5.2's score and GPT-5.4's margin over the human baseline.
        await expect(svgText.filter({ hasText: UI[lang].derived })).toHaveCount(2);
        await expect(svgText.filter({ hasText: UI[other(lang)].derived })).toHaveCount(0);
        const derivedScore = lang === 'en' ? '47.3% · derived' : '47.3% · 推算';
        await expect(svgText.filter({ hasText: derivedScore })).toHaveCount(1);
        // Capital's "rest of Q1" is derived as well.
        await expect(
          (await showChart(page, 'capital'))
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
        const instanceOf = () =>
          chartPanel(page, 'capital')
            .locator('[_echarts_instance_]')
            .getAttribute('_echarts_instance_');
        const instance = await instanceOf();
        expect(instance).toBeTruthy();
        await tufts.check();
        // Tufts appears in one event, with its two figures.
        await expect(matchCount(page, lang)).toHaveText(
          matchCountText(lang, { events: 1, figures: 2 }),
        );

        const capital = chartPanel(page, 'capital');
        const empty = capital.getByRole('status');
        await expect(empty).toHaveText(UI[lang].empty);
        // No chart on view or in the accessibility tree (its instance is kept, hidden, so the
        // data's return is a plain update).
        await expect(capital.locator('.chart-slot')).toBeHidden();
        await expect(capital.getByRole('img')).toHaveCount(0);
        await expect(tableToggle(page, 'capital')).toHaveCount(0);
        // The title and the source stay; the other language's sentence does not appear.
        await expect(capital.getByRole('heading', { level: 3 })).toHaveText(
          chartTitle(lang, 'q1-venture'),
        );
        await expect(capital.locator('.chart-panel__source')).toHaveText(
          new RegExp(`^${UI[lang].source}`),
        );
        await expect(capital.getByText(UI[other(lang)].empty)).toHaveCount(0);

        // Tufts' own claim is still charted.
        await showChart(page, 'efficiency');
        await expect(chartPanel(page, 'efficiency').getByRole('status')).toHaveCount(0);

        // Unticking brings the chart back.
        await tufts.uncheck();
        await expect(chartImage(page, 'capital').locator('svg')).toBeVisible();
        await expect(capital.getByText(UI[lang].empty)).toHaveCount(0);
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
            chartTable(page, to, check.chart).getByText(check.row[lang].value, { exact: true }),
          ).toHaveCount(0);
        }

        // And back to the chart, drawn in the new language.
        const capital = tableToggle(page, 'capital');
        await capital.click();
        await expect(capital).toHaveAttribute('aria-pressed', 'false');
        await expect(capital).toHaveText(UI[to].showTable);
        await expect(chartTable(page, to, 'capital')).toHaveCount(0);
        await expect(
          chartPanel(page, 'capital').getByRole('img', {
            name: chartTitle(to, 'q1-venture'),
            exact: true,
          }),
        ).toBeVisible();
        await expect(
          chartImage(page, 'capital')
            .locator('svg text')
            .filter({ hasText: TABLES[0]?.row[to].value }),
        ).toHaveCount(1);
      });
    });
  });
}
