/**
 * Linked views: a click on a bar selects its organisation everywhere, hovering a filter option
 * dims what is unrelated, brushing the timeline sets a date range, search and thread filters
 * narrow every panel, and all of it (and the scroll position) survives a language switch.
 * The timeline's table opens an event's card, and closing it hands focus back.
 */
import type { Page } from '@playwright/test';
import {
  activeFilters,
  barInRow,
  chartBars,
  chartImage,
  chartPanel,
  clickBar,
  dragTimelineStart,
  expect,
  filterBar,
  filterOption,
  gotoApp,
  LANGS,
  langButton,
  matchCount,
  matchCountText,
  parseMatchCount,
  showChart,
  tableToggle,
  test,
  TEXT,
  TOTAL_EVENTS,
  TOTAL_FIGURES,
  UI,
  urlParams,
  type ChartId,
  type Lang,
} from './fixtures';

const ALL = { events: TOTAL_EVENTS, figures: TOTAL_FIGURES };
/** Poll briskly: charts redraw within a few hundred milliseconds. */
const POLL = { intervals: [50, 100, 200] };

/** The rows of a panel's data table (header row left out). */
function tableRows(page: Page, chart: ChartId) {
  return chartPanel(page, chart).locator('table tbody tr');
}

/**
 * The timeline's y-axis names one row per event it draws: "§2 OpenAI", … read with the
 * timeline in view, as a reader sees it.
 */
async function timelineRowLabels(page: Page) {
  const image = await showChart(page, 'timeline');
  return image.locator('svg text').filter({ hasText: /^§\d+ / });
}

/** The chip of the active-filter group whose own text is exactly `text`. */
function chip(page: Page, lang: Lang, text: string | RegExp) {
  return activeFilters(page, lang)
    .locator('.chip')
    .filter({
      has: page.getByText(text, { exact: true }),
    });
}

/** A day of April 2026 as the range chip writes it. */
const APRIL_DAY: Record<Lang, RegExp> = {
  en: /^Date range: [1-5] Apr 2026 – 30 Apr 2026$/,
  zh: /^日期范围[:：] ?2026 年 4 月 [1-5] 日 – 2026 年 4 月 30 日$/,
};

/** Brush the timeline so that its window starts on 1–5 April (the axis runs Jan 1 – May 1). */
async function brushToApril(page: Page): Promise<void> {
  // 91.5 of the axis' 120 days: 1 April, midday.
  await dragTimelineStart(page, 91.5 / 120);
}

// Two pages: the English interactions, then the Chinese and language-switch ones. Each step
// starts from a fresh load of its own address (the page's files are cached by then).
test.describe('linked charts', () => {
  test('a click, a hover and a brush link every panel', async ({ page }) => {
    await test.step('clicking OpenAI’s bar selects OpenAI in every panel; Escape clears it', async () => {
      await gotoApp(page, { lang: 'en' });
      await expect(matchCount(page, 'en')).toHaveText(matchCountText('en', ALL));
      await expect(await timelineRowLabels(page)).toHaveCount(TOTAL_EVENTS);
      expect(await chartBars(page, 'context')).toHaveLength(2);
      expect(await chartBars(page, 'revenue')).toHaveLength(3);

      await clickBar(page, 'capital', 'OpenAI funding round');

      const selection = chip(page, 'en', UI.en.selected('OpenAI'));
      await expect(selection).toBeVisible();
      await expect(
        selection.getByRole('button', { name: UI.en.clearSelection, exact: true }),
      ).toBeVisible();
      expect(urlParams(page, ['table'])).toEqual({ sel: 'organisation:openai' });
      // GPT-5.4, the Q1 round, the revenue story and TBPN: four events involve OpenAI.
      const count = matchCount(page, 'en');
      await expect(count).toHaveText(/^4 of 15 events and \d+ of 43 figures match$/);
      expect(parseMatchCount((await count.textContent()) ?? '').figures).toBeLessThan(
        TOTAL_FIGURES,
      );

      // Revenue loses Anthropic's bar; context keeps only GPT-5.4's.
      await expect.poll(async () => (await chartBars(page, 'revenue')).length, POLL).toBe(2);
      await expect.poll(async () => (await chartBars(page, 'context')).length, POLL).toBe(1);
      // The timeline draws only OpenAI's events, and its table lists them.
      await expect(await timelineRowLabels(page)).toHaveCount(4);
      await expect((await timelineRowLabels(page)).filter({ hasNotText: 'OpenAI' })).toHaveCount(0);
      // The tables say the same (they stay open from here on).
      await tableToggle(page, 'timeline').click();
      await expect(tableRows(page, 'timeline')).toHaveCount(4);
      await expect(
        tableRows(page, 'timeline').filter({ hasText: 'Google releases Gemini' }),
      ).toHaveCount(0);
      await tableToggle(page, 'revenue').click();
      await expect(tableRows(page, 'revenue')).toHaveCount(2);
      await expect(tableRows(page, 'revenue').filter({ hasText: 'Anthropic' })).toHaveCount(0);
      await tableToggle(page, 'context').click();
      await expect(tableRows(page, 'context')).toHaveCount(1);
      await expect(tableRows(page, 'context')).toContainText('GPT-5.4 context window');
      // Capital loses Anthropic's round (its description says so).
      const capitalDescription = page.locator(
        `[id="${await (await showChart(page, 'capital')).getAttribute('aria-describedby')}"]`,
      );
      await expect(capitalDescription).toContainText('OpenAI funding round: $122B');
      await expect(capitalDescription).not.toContainText('Anthropic Series G');

      // Escape clears the selection (focus is on the page, not in a text field).
      await page.keyboard.press('Escape');
      await expect(activeFilters(page, 'en')).toHaveCount(0);
      await expect(count).toHaveText(matchCountText('en', ALL));
      await expect(tableRows(page, 'revenue')).toHaveCount(3);
      await expect(tableRows(page, 'context')).toHaveCount(2);
      await expect(tableRows(page, 'timeline')).toHaveCount(TOTAL_EVENTS);
      // The open tables stay in the URL (they are part of the view); the filters are gone.
      expect(urlParams(page, ['table'])).toEqual({});
    });

    await test.step('hovering a filter option dims unrelated bars; leaving it restores them', async () => {
      await gotoApp(page, { lang: 'en' });
      const opacities = async (id: ChartId) => (await chartBars(page, id)).map((b) => b.opacity);
      expect(await opacities('capital')).toEqual([1, 1, 1, 1, 1]);
      expect(await opacities('context')).toEqual([1, 1]);

      // Google is not in Q1's venture story: every capital bar dims. In the context chart,
      // Gemini (Google's) stays and GPT-5.4 dims.
      const google = filterOption(page, 'en', 'organisations', 'Google');
      await google.hover();
      await expect
        .poll(async () => (await opacities('capital')).every((o) => o < 0.5), POLL)
        .toBe(true);
      await expect
        .poll(async () => (await barInRow(page, 'context', 'GPT-5.4 context window')).opacity, POLL)
        .toBeLessThan(0.5);
      expect((await barInRow(page, 'context', 'Gemini 3.1 Ultra context window')).opacity).toBe(1);
      // Hovering is not filtering: nothing is ticked and the count stays.
      await expect(google).not.toBeChecked();
      await expect(matchCount(page, 'en')).toHaveText(matchCountText('en', ALL));

      await page.mouse.move(1, 1);
      await expect.poll(() => opacities('capital'), POLL).toEqual([1, 1, 1, 1, 1]);
      await expect.poll(() => opacities('context'), POLL).toEqual([1, 1]);
    });

    await test.step('brushing the timeline sets a date range; Clear all restores everything', async () => {
      await gotoApp(page, { lang: 'en' });
      expect(await chartBars(page, 'capital')).toHaveLength(5);

      await brushToApril(page);

      const range = chip(page, 'en', APRIL_DAY.en);
      await expect(range).toBeVisible();
      await expect(
        range.getByRole('button', { name: /^Remove filter: Date range: / }),
      ).toBeVisible();
      const params = urlParams(page);
      expect(params.from).toMatch(/^2026-04-0[1-5]$/);
      expect(params.to).toBe('2026-04-30');
      // Q1's record funding and March's MCP news fall outside April.
      await expect(matchCount(page, 'en')).toHaveText(
        /^13 of 15 events and \d+ of 43 figures match$/,
      );
      await expect(chartPanel(page, 'capital').getByRole('status')).toHaveText(UI.en.empty);
      // Out of view (its instance is kept, hidden, for when the data returns).
      await expect(chartImage(page, 'capital')).toBeHidden();
      // The timeline keeps drawing every event, so the window can be moved back out.
      await expect(await timelineRowLabels(page)).toHaveCount(TOTAL_EVENTS);

      await activeFilters(page, 'en').getByRole('button', { name: UI.en.clearAll }).click();
      await expect(matchCount(page, 'en')).toHaveText(matchCountText('en', ALL));
      await expect(activeFilters(page, 'en')).toHaveCount(0);
      // The open tables stay in the URL (they are part of the view); the filters are gone.
      expect(urlParams(page, ['table'])).toEqual({});
      await expect.poll(async () => (await chartBars(page, 'capital')).length, POLL).toBe(5);
    });
  });

  test('filters in Chinese, a language switch, and the timeline’s event cards', async ({
    page,
  }) => {
    // In Chinese: the other steps drive the English page (and switch it to Chinese).
    for (const lang of ['zh'] as Lang[]) {
      await test.step(`search and a thread checkbox filter every panel (${lang})`, async () => {
        await gotoApp(page, { lang });
        const count = matchCount(page, lang);
        const search = filterBar(page, lang).getByRole('searchbox', {
          name: lang === 'en' ? 'Search events and figures' : '搜索事件和数字',
          exact: true,
        });

        await search.fill('Sora');
        await expect(count).not.toHaveText(matchCountText(lang, ALL));
        const bySearch = parseMatchCount((await count.textContent()) ?? '');
        expect(bySearch.events).toBeLessThan(TOTAL_EVENTS);
        expect(bySearch.figures).toBeLessThan(TOTAL_FIGURES);
        await expect(chip(page, lang, '“Sora”')).toBeVisible();
        expect(urlParams(page, ['lang', 'table'])).toEqual({ q: 'Sora' });
        // Adoption keeps Sora's three bars (users before, after, daily cost) and drops MCP's.
        await expect.poll(async () => (await chartBars(page, 'adoption')).length, POLL).toBe(3);
        await tableToggle(page, 'adoption').click();
        await expect(tableRows(page, 'adoption')).toHaveCount(3);
        for (const row of await tableRows(page, 'adoption').all())
          await expect(row).toContainText('Sora');

        await search.fill('');
        await expect(count).toHaveText(matchCountText(lang, ALL));
        await expect(activeFilters(page, lang)).toHaveCount(0);
        await expect(tableRows(page, 'adoption')).toHaveCount(4);

        // Thread "Capital, compute and the physical world": seven events.
        const threadName =
          lang === 'en' ? 'Capital, compute and the physical world' : '资本、算力与物理世界';
        const thread = filterOption(page, lang, 'threads', threadName);
        await thread.check();
        await expect(count).toHaveText(
          lang === 'en'
            ? /^7 of 15 events and \d+ of 43 figures match$/
            : /^15 个事件中的 7 个、43 个数字中的 \d+ 个符合条件$/,
        );
        const threadChip = chip(
          page,
          lang,
          new RegExp(`^${lang === 'en' ? 'Thread' : '主线'}[:：] ?${threadName}$`),
        );
        await expect(threadChip).toBeVisible();
        expect(urlParams(page, ['lang', 'table'])).toEqual({ thread: 'capital-physical' });
        // The context windows belong to another thread: that chart is empty now.
        await expect(chartPanel(page, 'context').getByRole('status')).toHaveText(UI[lang].empty);
        await expect(await timelineRowLabels(page)).toHaveCount(7);

        // The chip's remove button unticks the box.
        await threadChip.getByRole('button').click();
        await expect(thread).not.toBeChecked();
        await expect(count).toHaveText(matchCountText(lang, ALL));
      });
    }

    await test.step('selection, filter, range and search survive a language switch, and so does the scroll', async () => {
      await gotoApp(page, { lang: 'en' });

      await clickBar(page, 'capital', 'OpenAI funding round');
      await expect(chip(page, 'en', UI.en.selected('OpenAI'))).toBeVisible();
      await filterOption(page, 'en', 'threads', 'Capital, compute and the physical world').check();
      await brushToApril(page);
      await expect(chip(page, 'en', APRIL_DAY.en)).toBeVisible();
      await filterBar(page, 'en').getByRole('searchbox').fill('Sora');

      await expect(activeFilters(page, 'en').locator('.chip')).toHaveCount(4);
      await expect(
        chip(page, 'en', 'Thread: Capital, compute and the physical world'),
      ).toBeVisible();
      await expect(chip(page, 'en', '“Sora”')).toBeVisible();
      const countEn = parseMatchCount((await matchCount(page, 'en').textContent()) ?? '');
      expect(countEn.events).toBeLessThan(TOTAL_EVENTS);
      const paramsEn = urlParams(page);
      expect(Object.keys(paramsEn).sort()).toEqual(['from', 'q', 'sel', 'thread', 'to']);

      // Leave the search box (L types there), scroll down, and switch with the L key: the
      // header's button is scrolled out of view, and clicking it would scroll the page itself.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.evaluate(() => window.scrollTo(0, 1200));
      await expect.poll(() => page.evaluate(() => window.scrollY), POLL).toBe(1200);
      const before = await topOfView(page);

      await page.keyboard.press('l');
      await expect(page.locator('html')).toHaveAttribute('lang', TEXT.zh.htmlLang);

      // Everything is still there, re-worded in Chinese, with the same numbers and URL.
      const chipsZh = activeFilters(page, 'zh').locator('.chip');
      await expect(chipsZh).toHaveCount(4);
      await expect(chip(page, 'zh', UI.zh.selected('OpenAI'))).toBeVisible();
      await expect(chip(page, 'zh', /^主线[:：] ?资本、算力与物理世界$/)).toBeVisible();
      await expect(chip(page, 'zh', APRIL_DAY.zh)).toBeVisible();
      await expect(chip(page, 'zh', '“Sora”')).toBeVisible();
      await expect(
        activeFilters(page, 'zh').getByRole('button', { name: UI.zh.clearAll, exact: true }),
      ).toBeVisible();
      await expect(matchCount(page, 'zh')).toHaveText(matchCountText('zh', countEn));
      await expect(filterBar(page, 'zh').getByRole('searchbox')).toHaveValue('Sora');
      expect(urlParams(page, ['lang'])).toEqual(paramsEn);
      expect(urlParams(page).lang).toBe('zh');

      // The reader stays where they were. Chinese wraps to fewer lines above the view (cards,
      // subtitles), so the page gets ~300 px shorter and the browser's scroll anchoring moves
      // scrollY by about as much as the content above shrank (measured: 70–90 px). So: no jump
      // (to the top, say), the same panel at the top edge, and that panel within a few lines of
      // where it was.
      const after = await topOfView(page);
      expect(before.panel, 'a chart panel is at the top edge of the view').not.toBeNull();
      expect(after.panel, 'the same panel is at the top edge of the view').toBe(before.panel);
      expect(
        Math.abs(after.offset - before.offset),
        'that panel moves by less than a few lines',
      ).toBeLessThanOrEqual(64);
      expect(
        Math.abs(after.scrollY - before.scrollY),
        `scrollY stays near ${before.scrollY} (is ${after.scrollY})`,
      ).toBeLessThanOrEqual(150);

      // And back: English again, same state.
      await page.keyboard.press('l');
      await expect(page.locator('html')).toHaveAttribute('lang', TEXT.en.htmlLang);
      await expect(matchCount(page, 'en')).toHaveText(matchCountText('en', countEn));
      expect(urlParams(page)).toEqual(paramsEn);
    });

    await test.step('Chinese chips and descriptions use the full-width colon', async () => {
      // Every other Chinese string of the page writes “：” (已选中：…, 来源：…, 移除筛选：…);
      // a filter chip and the themes chart's description must not fall back to “: ”.
      await gotoApp(page, {
        lang: 'zh',
        thread: 'capital-physical',
        from: '2026-04-02',
        to: '2026-04-30',
      });
      const chips = activeFilters(page, 'zh');
      await expect(chips).toBeVisible();
      // Everything is on screen: report every offender at once, without waiting on each.
      const check = expect.configure({ soft: true, timeout: 1_000 });
      await check(chips).toContainText('主线：资本、算力与物理世界');
      await check(chips).toContainText('日期范围：2026 年 4 月 2 日 – 2026 年 4 月 30 日');
      await check(
        chips.getByRole('button', { name: '移除筛选：主线：资本、算力与物理世界', exact: true }),
      ).toHaveCount(1);
      const themes = page.locator(
        `[id="${await (await showChart(page, 'themes')).getAttribute('aria-describedby')}"]`,
      );
      await check(themes).toContainText('资本、算力与物理世界 / 商业与收入：1 个事件');
      // Anywhere on the page (the header's hidden “报告月份: ” too).
      await check(page.getByText(/[\p{Script=Han}）] ?: /u)).toHaveCount(0);
    });

    await test.step('the timeline table opens an event’s card; Escape and Close return focus', async () => {
      const CARD = {
        en: {
          event: /^OpenAI releases GPT-5\.4/,
          figures: ['1M tokens', '75%', '72.4%', '27.7 pp', '47.3%'],
          label: 'GPT-5.4 score on OSWorld-V',
          section: 'Section 2 · April 2026',
        },
        zh: {
          event: /^OpenAI 发布 GPT-5\.4/,
          figures: ['100 万 token', '75%', '72.4%', '27.7 个百分点', '47.3%'],
          label: 'GPT-5.4 OSWorld-V 得分',
          section: '第 2 节 · 2026 年 4 月',
        },
      } as const;

      await gotoApp(page, { lang: 'en' });
      await tableToggle(page, 'timeline').click();

      for (const lang of LANGS) {
        if (lang === 'zh') {
          await langButton(page, 'zh').click();
          await expect(page.locator('html')).toHaveAttribute('lang', TEXT.zh.htmlLang);
        }
        const c = CARD[lang];
        const open = chartPanel(page, 'timeline')
          .getByRole('table')
          .getByRole('button', { name: c.event });
        const dialog = page.getByRole('dialog');

        // Keyboard: focus the row's button, Enter opens the card as a modal dialog.
        await open.focus();
        await page.keyboard.press('Enter');
        await expect(dialog).toBeVisible();
        await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(c.event);
        await expect(dialog).toHaveAccessibleName(c.event);
        await expect(dialog).toContainText(c.section);
        expect(urlParams(page, ['lang', 'table'])).toEqual({ event: 'gpt-5-4' });
        const figures = dialog.locator('li').filter({ has: page.locator('.event-card__value') });
        await expect(figures).toHaveCount(6);
        for (const value of c.figures) {
          await expect(
            dialog
              .locator('.event-card__value')
              .filter({ hasText: new RegExp(`^${escapeRegExp(value)}$`) }),
          ).toHaveCount(1);
        }
        await expect(figures.filter({ hasText: c.label })).toContainText('75%');
        expect(await dialog.evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(
          true,
        );

        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
        await expect(open).toBeFocused();
        expect(urlParams(page, ['lang', 'table'])).toEqual({});

        // Again, closed with its Close button this time.
        await page.keyboard.press('Enter');
        await expect(dialog).toBeVisible();
        await dialog.getByRole('button', { name: UI[lang].close, exact: true }).click();
        await expect(dialog).toBeHidden();
        await expect(open).toBeFocused();
      }
    });
  });
});

/** The scroll position and the chart panel at the top edge of the view. */
async function topOfView(
  page: Page,
): Promise<{ scrollY: number; panel: string | null; offset: number }> {
  return page.evaluate(() => {
    const panels = [...document.querySelectorAll<HTMLElement>('section[data-panel]')];
    const atTop = panels.find((p) => {
      const r = p.getBoundingClientRect();
      return r.top <= 1 && r.bottom > 1;
    });
    return {
      scrollY: window.scrollY,
      panel: atTop?.dataset.chart ?? null,
      offset: atTop ? atTop.getBoundingClientRect().top : 0,
    };
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
