/**
 * The page as a reader meets it, in both languages: title, headline figures, the table of all
 * figures (count, search, source sentences, sorting), and Chinese text drawn with real glyphs.
 */
import {
  EDITION,
  expect,
  figureRows,
  figuresRegion,
  gotoApp,
  headlineRegion,
  LANGS,
  saveScreenshot,
  searchBox,
  test,
  TEXT,
  TOTAL_FIGURES,
  type Lang,
} from './fixtures';

interface HeadlineCard {
  /** The card's id in the report file, whose title is the card's heading and accessible name. */
  id: string;
  /** Texts shown as a value on their own. */
  values: string[];
  /** Texts shown inside a sentence of the card. */
  inText?: string[];
}

const HEADLINES: Record<Lang, HeadlineCard[]> = {
  en: [
    { id: 'venture', values: ['$267.2B'] },
    { id: 'osworld', values: ['75%'], inText: ['72.4%', '27.7 pp'] },
    { id: 'capex', values: ['$115B–$135B'] },
    { id: 'efficiency', values: ['6×', 'up to 100×'] },
    { id: 'returns', values: ['15.8%', '19.3%'] },
  ],
  zh: [
    { id: 'venture', values: ['2672 亿美元'] },
    { id: 'osworld', values: ['75%'], inText: ['72.4%', '27.7 个百分点'] },
    { id: 'capex', values: ['1150 亿至 1350 亿美元'] },
    { id: 'efficiency', values: ['6 倍', '多达 100 倍'] },
    { id: 'returns', values: ['15.8%', '19.3%'] },
  ],
};

/** The headline cards the report file declares: their ids and titles. */
const CARDS = (EDITION as unknown as { cards: { id: string; title: Record<Lang, string> }[] })
  .cards;

/** Each figure's unit, by id, from the report file. */
const UNIT_OF = new Map(
  (EDITION as unknown as { figures: { id: string; unit: string }[] }).figures.map((f) => [
    f.id,
    f.unit,
  ]),
);

function cardTitle(lang: Lang, id: string): string {
  const title = CARDS.find((c) => c.id === id)?.title[lang];
  if (!title) throw new Error(`the report file has no card "${id}"`);
  return title;
}

/** Every figure the brief lists, as plain text somewhere in the headline region. */
const HEADLINE_FIGURES: Record<Lang, string[]> = {
  en: ['$267.2B', '75%', '72.4%', '$115B–$135B', '6×', 'up to 100×', '15.8%', '19.3%'],
  zh: [
    '2672 亿美元',
    '75%',
    '72.4%',
    '1150 亿至 1350 亿美元',
    '6 倍',
    '多达 100 倍',
    '15.8%',
    '19.3%',
  ],
};

const SEARCH: Record<Lang, { venture: string; shownOf: RegExp; noMatch: (q: string) => string }> = {
  en: {
    venture: '267.2',
    shownOf: new RegExp(`^\\d+ of ${TOTAL_FIGURES} figures$`),
    noMatch: (q) => `No figure matches “${q}”.`,
  },
  zh: {
    venture: '2672',
    shownOf: new RegExp(`^${TOTAL_FIGURES} 个数字中的 \\d+ 个$`),
    noMatch: (q) => `没有与“${q}”匹配的数字。`,
  },
};

const VENTURE_QUOTE = '2026 年第一季度 AI 风险投资总额达到 2672 亿美元';

function sourceButtonName(lang: Lang): string {
  return lang === 'en' ? `Source for ${TEXT.en.ventureLabel}` : `${TEXT.zh.ventureLabel}的来源`;
}

for (const lang of LANGS) {
  const text = TEXT[lang];

  test.describe(`foundation (${lang})`, () => {
    // One page load for the reader's checks below: each step starts from the state the page
    // was loaded in (a step that changes something puts it back), except sorting, which
    // comes last.
    test('the page as loaded: headline figures, the figures table, sources, sorting, glyphs', async ({
      page,
    }, testInfo) => {
      await gotoApp(page, { lang });

      await test.step('loads in the language asked for, with the headline figures as text', async () => {
        await expect(page.locator('html')).toHaveAttribute('lang', text.htmlLang);
        await expect(page).toHaveTitle(new RegExp(escapeRegExp(text.reportTitle)));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.reportTitle);

        const region = headlineRegion(page, lang);
        for (const figure of HEADLINE_FIGURES[lang]) await expect(region).toContainText(figure);
        expect(
          HEADLINES[lang].map((c) => c.id),
          'a value to look for in every card',
        ).toEqual(CARDS.map((c) => c.id));
        for (const card of HEADLINES[lang]) {
          const article = region.getByRole('article', {
            name: cardTitle(lang, card.id),
            exact: true,
          });
          await expect(article).toBeVisible();
          for (const value of card.values) {
            await expect(article.getByText(value, { exact: true })).toBeVisible();
          }
          for (const value of card.inText ?? []) await expect(article).toContainText(value);
        }

        await saveScreenshot(page, testInfo, `foundation-${lang}`);
      });

      await test.step(`lists ${TOTAL_FIGURES} figures and searching narrows them`, async () => {
        const region = figuresRegion(page, lang);
        const count = region.getByRole('status');
        const rows = figureRows(page, lang);
        const search = searchBox(page, lang);

        await expect(count).toHaveText(text.countFigures);
        await expect(rows).toHaveCount(TOTAL_FIGURES);

        await search.fill('Sora');
        await expect(count).toHaveText(SEARCH[lang].shownOf);
        await expect(rows.filter({ hasText: text.soraLabel })).toHaveCount(1);
        const soraCount = await rows.count();
        expect(soraCount).toBeGreaterThan(0);
        expect(soraCount).toBeLessThan(TOTAL_FIGURES);
        await expect(count).toContainText(String(soraCount));

        // The value as it is written in this language finds the venture total.
        await search.fill(SEARCH[lang].venture);
        await expect(rows.filter({ hasText: text.ventureLabel })).toBeVisible();
        await expect(rows.and(page.locator('[data-figure="q1-venture-total"]'))).toHaveCount(1);
        expect(await rows.count()).toBeLessThan(TOTAL_FIGURES);

        const nonsense = 'zzqx-no-such-figure';
        await search.fill(nonsense);
        await expect(
          region.getByText(SEARCH[lang].noMatch(nonsense), { exact: true }),
        ).toBeVisible();
        await expect(region.getByRole('table')).toHaveCount(0);

        await search.fill('');
        await expect(count).toHaveText(text.countFigures);
        await expect(rows).toHaveCount(TOTAL_FIGURES);
      });

      await test.step('a figure’s Source button shows the original Chinese sentence', async () => {
        const button = figuresRegion(page, lang).getByRole('button', {
          name: sourceButtonName(lang),
          exact: true,
        });
        await expect(button).toHaveAttribute('aria-expanded', 'false');

        await button.click();
        await expect(button).toHaveAttribute('aria-expanded', 'true');
        const detailId = await button.getAttribute('aria-controls');
        expect(detailId, 'the button names the detail it controls').toBeTruthy();
        const detail = page.locator(`[id="${detailId}"]`);
        await expect(detail).toBeVisible();
        await expect(detail.getByRole('blockquote')).toContainText(VENTURE_QUOTE);
        await expect(detail.getByRole('blockquote')).toHaveAttribute('lang', 'zh-CN');

        await button.click();
        await expect(button).toHaveAttribute('aria-expanded', 'false');
        await expect(detail).toBeHidden();
      });

      await test.step('Chinese text is drawn with real glyphs, not boxes', async () => {
        const result = await page.evaluate(() => {
          const family = getComputedStyle(document.body).fontFamily;
          const size = 48;
          const canvas = document.createElement('canvas');
          canvas.width = size * 2;
          canvas.height = size * 2;
          const ctx = canvas.getContext('2d', { willReadFrequently: true });
          if (!ctx) throw new Error('no 2d canvas context');
          ctx.font = `${size}px ${family}`;
          ctx.textBaseline = 'top';

          /** A fingerprint of the pixels one character leaves, and how many it inks. */
          const draw = (ch: string): { ink: number; print: string } => {
            ctx.clearRect(0, 0, canvas.width, canvas.height);
            ctx.fillText(ch, 8, 8);
            const alpha = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
            let ink = 0;
            let hash = 2166136261;
            for (let i = 3; i < alpha.length; i += 4) {
              const a = alpha[i] ?? 0;
              if (a > 0) ink++;
              hash = Math.imul(hash ^ a, 16777619) >>> 0;
            }
            return { ink, print: hash.toString(16) };
          };

          const chars = [...'数据看板'];
          const tofu = '\u{10FFFD}';
          return {
            family,
            width: ctx.measureText('数据看板').width,
            tofuWidth: ctx.measureText(tofu.repeat(4)).width,
            glyphs: chars.map(draw),
            tofu: draw(tofu),
            otherTofu: draw('\u{10FFFC}'),
          };
        });

        // The method itself: two different missing code points draw the very same box.
        expect(result.otherTofu.print, 'missing glyphs all draw one box').toBe(result.tofu.print);

        expect(result.width, `'数据看板' has a width in ${result.family}`).toBeGreaterThan(0);
        expect(result.width, 'four Chinese glyphs are not four boxes wide').not.toBeCloseTo(
          result.tofuWidth,
          0,
        );
        for (const glyph of result.glyphs) expect(glyph.ink).toBeGreaterThan(0);
        // A missing glyph draws the same box for every character: four real glyphs differ
        // from each other and from the box a private-use code point gets.
        const prints = result.glyphs.map((g) => g.print);
        expect(new Set(prints).size, 'each character has its own shape').toBe(prints.length);
        expect(prints, 'no character is drawn as the missing-glyph box').not.toContain(
          result.tofu.print,
        );
      });

      await test.step('sorting by Value flips aria-sort between ascending and descending, within a unit', async () => {
        const region = figuresRegion(page, lang);
        const header = region.getByRole('columnheader', { name: text.colValue, exact: true });
        const sortButton = header.getByRole('button', { name: text.colValue, exact: true });
        const rows = figureRows(page, lang);

        await expect(header).toHaveAttribute('aria-sort', 'none');

        // Figures of different units do not compare: the rows go by unit, always in the same
        // order, then by value in the chosen direction.
        const shown = async () => {
          const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.figure ?? ''));
          return {
            units: ids.map((id) => UNIT_OF.get(id)).filter((u, i, all) => u !== all[i - 1]),
            usd: ids.filter((id) => UNIT_OF.get(id) === 'usd'),
          };
        };
        const unitOrder = [...new Set(UNIT_OF.values())].length;

        await sortButton.click();
        await expect(header).toHaveAttribute('aria-sort', 'ascending');
        // The largest sum of money in the report: US retail returns, $849.9B.
        await expect.poll(async () => (await shown()).usd.at(-1)).toBe('us-retail-returns-total');
        const ascending = await shown();
        expect(ascending.units, 'each unit’s figures together').toHaveLength(unitOrder);

        await sortButton.click();
        await expect(header).toHaveAttribute('aria-sort', 'descending');
        await expect.poll(async () => (await shown()).usd[0]).toBe('us-retail-returns-total');
        expect((await shown()).units, 'the units in the same order').toEqual(ascending.units);

        await sortButton.click();
        await expect(header).toHaveAttribute('aria-sort', 'ascending');
        await expect(rows).toHaveCount(TOTAL_FIGURES);
      });
    });
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
