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
  EDITION,
  expect,
  filterBar,
  filterOption,
  gotoApp,
  LANGS,
  langButton,
  matchCount,
  matchCountText,
  parseMatchCount,
  settledMatchCount,
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

/** The edition's events, as much of them as these tests read. */
const EVENTS = EDITION.events as {
  id: string;
  organisations: string[];
  threads: string[];
  date: { value: string };
  shortTitle: Record<Lang, string>;
}[];
/** The events of an organisation, or of a thread (what a selection or a filter keeps). */
const eventsOf = (org: string) => EVENTS.filter((e) => e.organisations.includes(org));
const threadEvents = (thread: string) => EVENTS.filter((e) => e.threads.includes(thread));
/** April's events: a brush from 1–5 April to the end leaves out those dated Q1 or March. */
const APRIL_EVENTS = EVENTS.filter((e) => e.date.value.startsWith('2026-04'));

/** The labels on the bars the tests click and read (a short name · the value as worded). */
const LABEL = {
  openaiRound: 'OpenAI · $122B',
  anthropicRound: 'Anthropic Series G · $30B',
  openaiRevenue: 'OpenAI · more than $25B',
  anthropicRevenue: 'Anthropic · nearly $19B',
  gpt: 'GPT-5.4 · 1M tokens',
  gemini: 'Gemini 3.1 Ultra · 2M tokens',
} as const;

/** The match-count line with any number of figures, as a pattern. */
function countPattern(lang: Lang, events: number): RegExp {
  return lang === 'en'
    ? new RegExp(`^${events} of ${TOTAL_EVENTS} events and \\d+ of ${TOTAL_FIGURES} figures match$`)
    : new RegExp(
        `^${TOTAL_EVENTS} 个事件中的 ${events} 个、${TOTAL_FIGURES} 个数字中的 \\d+ 个符合条件$`,
      );
}

/** The rows of a panel's data table (header row left out). */
function tableRows(page: Page, chart: ChartId) {
  return chartPanel(page, chart).locator('table tbody tr');
}

/**
 * The timeline names one row per event it draws, by the event's short title ("GPT-5.4
 * launches"): read with the timeline in view, as a reader sees it.
 */
async function timelineRowLabels(page: Page, lang: Lang = 'en') {
  const image = await showChart(page, 'timeline');
  const titles = EVENTS.map((e) => escapeRegExp(e.shortTitle[lang]));
  return image.locator('svg text').filter({ hasText: new RegExp(`^(${titles.join('|')})$`) });
}

/** A chart's bars' fill opacities, in drawing order. */
async function opacities(page: Page, id: ChartId): Promise<number[]> {
  const bars = await chartBars(page, id);
  // A chart with nothing related to the hover fades as a whole (its SVG's opacity).
  const whole = Number(
    await chartImage(page, id)
      .locator('svg')
      .first()
      .evaluate((svg) => getComputedStyle(svg).opacity),
  );
  return bars.map((b) => Math.round(b.opacity * whole * 100) / 100);
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
      expect(await opacities(page, 'context-windows')).toEqual([1, 1]);
      expect(await opacities(page, 'revenue')).toEqual([1, 1]);

      await clickBar(page, 'q1-venture', LABEL.openaiRound);

      const selection = chip(page, 'en', UI.en.selected('OpenAI'));
      await expect(selection).toBeVisible();
      await expect(
        selection.getByRole('button', { name: UI.en.clearSelection, exact: true }),
      ).toBeVisible();
      expect(urlParams(page, ['table'])).toEqual({ sel: 'organisation:openai' });
      // GPT-5.4, the Q1 round, the revenue story and TBPN: four events involve OpenAI.
      const openai = eventsOf('openai');
      const count = matchCount(page, 'en');
      await expect(count).toHaveText(countPattern('en', openai.length));
      expect(parseMatchCount(await settledMatchCount(page, 'en')).figures).toBeLessThan(
        TOTAL_FIGURES,
      );

      // A chart keeps what the selection leaves out as context, dimmed: revenue dims
      // Anthropic's bar, the context windows Gemini's, Q1 Anthropic's round.
      const opacity = async (id: ChartId, label: string) =>
        (await barInRow(page, id, label)).opacity;
      await expect.poll(() => opacity('revenue', LABEL.anthropicRevenue), POLL).toBeLessThan(0.5);
      expect(await opacity('revenue', LABEL.openaiRevenue)).toBe(1);
      await expect.poll(() => opacity('context-windows', LABEL.gemini), POLL).toBeLessThan(0.5);
      expect(await opacity('context-windows', LABEL.gpt)).toBe(1);
      expect(await opacity('q1-venture', LABEL.anthropicRound)).toBeLessThan(0.5);
      expect(await opacity('q1-venture', LABEL.openaiRound)).toBe(1);
      // A panel with nothing of OpenAI's says so: the MCP numbers (HTML) and Meta's capex.
      for (const id of ['mcp', 'meta-capex']) {
        await expect(chartPanel(page, id).getByRole('status')).toHaveText(UI.en.empty);
      }
      await expect(chartPanel(page, 'mcp').locator('.stat-tiles')).toHaveCount(0);
      // The timeline draws only OpenAI's events, and its table lists them.
      await expect(await timelineRowLabels(page)).toHaveCount(openai.length);
      expect((await (await timelineRowLabels(page)).allTextContents()).sort()).toEqual(
        openai.map((e) => e.shortTitle.en).sort(),
      );
      // The table says the same (it stays open from here on).
      await tableToggle(page, 'timeline').click();
      await expect(tableRows(page, 'timeline')).toHaveCount(openai.length);
      await expect(
        tableRows(page, 'timeline').filter({ hasText: 'Gemini 3.1 Ultra launches' }),
      ).toHaveCount(0);

      // Escape clears the selection (focus is on the page, not in a text field).
      await page.keyboard.press('Escape');
      await expect(activeFilters(page, 'en')).toHaveCount(0);
      await expect(count).toHaveText(matchCountText('en', ALL));
      await expect(tableRows(page, 'timeline')).toHaveCount(TOTAL_EVENTS);
      await expect.poll(() => opacities(page, 'revenue'), POLL).toEqual([1, 1]);
      await expect.poll(() => opacities(page, 'context-windows'), POLL).toEqual([1, 1]);
      await expect(chartPanel(page, 'mcp').locator('.stat-tiles li')).toHaveCount(2);
      // The open table stays in the URL (it is part of the view); the selection is gone.
      expect(urlParams(page, ['table'])).toEqual({});
    });

    await test.step('hovering a filter option dims unrelated marks; leaving it restores them', async () => {
      await gotoApp(page, { lang: 'en' });
      expect(await opacities(page, 'q1-venture')).toEqual([1, 1, 1, 1]);
      expect(await opacities(page, 'context-windows')).toEqual([1, 1]);
      // Mythos' big numbers (HTML): its zero-days are Anthropic's alone, while Google is one of
      // the Glasswing partners.
      const tile = (figure: string) =>
        chartPanel(page, 'mythos').locator(`.stat-tile[data-figure="${figure}"]`);
      const DIM = /\bstat-tile--dim\b/;
      await expect(tile('mythos-zero-days')).not.toHaveClass(DIM);
      await expect(tile('glasswing-partners')).not.toHaveClass(DIM);

      // In the context chart Gemini (Google's) stays and GPT-5.4 dims. Google is not in Q1's
      // venture story: every Q1 bar dims. Mythos' zero-days dim, the Glasswing partners stay.
      const google = filterOption(page, 'en', 'organisations', 'Google');
      await google.hover();
      await expect
        .poll(async () => (await barInRow(page, 'context-windows', LABEL.gpt)).opacity, POLL)
        .toBeLessThan(0.5);
      expect((await barInRow(page, 'context-windows', LABEL.gemini)).opacity).toBe(1);
      // Soft: the steps after these still run when one fails. The hover is drawn in the same
      // frame in every panel, so the context chart's change above means it has happened.
      const lit = (await opacities(page, 'q1-venture')).filter((o) => o >= 0.5);
      expect.soft(lit, 'Q1 bars left at full opacity (none is Google’s)').toEqual([]);
      await expect.soft(tile('mythos-zero-days'), 'the zero-days tile dims').toHaveClass(DIM);
      await expect.soft(tile('glasswing-partners')).not.toHaveClass(DIM);
      // Hovering is not filtering: nothing is ticked and the count stays.
      await expect(google).not.toBeChecked();
      await expect(matchCount(page, 'en')).toHaveText(matchCountText('en', ALL));

      await page.mouse.move(1, 1);
      await expect.poll(() => opacities(page, 'q1-venture'), POLL).toEqual([1, 1, 1, 1]);
      await expect.poll(() => opacities(page, 'context-windows'), POLL).toEqual([1, 1]);
      await expect(tile('mythos-zero-days')).not.toHaveClass(DIM);
    });

    await test.step('brushing the timeline sets a date range; Clear all restores everything', async () => {
      await gotoApp(page, { lang: 'en' });
      expect(await chartBars(page, 'q1-venture')).toHaveLength(4);

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
      await expect(matchCount(page, 'en')).toHaveText(countPattern('en', APRIL_EVENTS.length));
      await expect(chartPanel(page, 'q1-venture').getByRole('status')).toHaveText(UI.en.empty);
      // Out of view (its instance is kept, hidden, for when the data returns).
      await expect(chartImage(page, 'q1-venture')).toBeHidden();
      await expect(chartPanel(page, 'mcp').getByRole('status')).toHaveText(UI.en.empty);
      // The window is the timeline's axis: it draws the events inside it.
      await expect(await timelineRowLabels(page)).toHaveCount(APRIL_EVENTS.length);

      await activeFilters(page, 'en').getByRole('button', { name: UI.en.clearAll }).click();
      await expect(matchCount(page, 'en')).toHaveText(matchCountText('en', ALL));
      await expect(activeFilters(page, 'en')).toHaveCount(0);
      expect(urlParams(page)).toEqual({});
      await expect.poll(async () => (await chartBars(page, 'q1-venture')).length, POLL).toBe(4);
      await expect(chartPanel(page, 'mcp').locator('.stat-tiles li')).toHaveCount(2);
      await expect(await timelineRowLabels(page)).toHaveCount(TOTAL_EVENTS);
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
        const bySearch = parseMatchCount(await settledMatchCount(page, lang));
        expect(bySearch.events).toBeLessThan(TOTAL_EVENTS);
        expect(bySearch.figures).toBeLessThan(TOTAL_FIGURES);
        await expect(chip(page, lang, '“Sora”')).toBeVisible();
        expect(urlParams(page, ['lang', 'table'])).toEqual({ q: 'Sora' });
        // Sora's panel keeps its users before and after; MCP's numbers have nothing to show.
        await expect(chartPanel(page, 'mcp').getByRole('status')).toHaveText(UI[lang].empty);
        await tableToggle(page, 'sora').click();
        await expect(tableRows(page, 'sora')).toHaveCount(2);
        for (const row of await tableRows(page, 'sora').all())
          await expect(row).toContainText('Sora');

        await search.fill('');
        await expect(count).toHaveText(matchCountText(lang, ALL));
        await expect(activeFilters(page, lang)).toHaveCount(0);
        await expect(tableRows(page, 'sora')).toHaveCount(2);
        await expect(chartPanel(page, 'mcp').locator('.stat-tiles li')).toHaveCount(2);

        // Thread "Capital, compute and the physical world": seven events.
        const threadName =
          lang === 'en' ? 'Capital, compute and the physical world' : '资本、算力与物理世界';
        const thread = filterOption(page, lang, 'threads', threadName);
        await thread.check();
        const inThread = threadEvents('capital-physical').length;
        await expect(count).toHaveText(countPattern(lang, inThread));
        const threadChip = chip(
          page,
          lang,
          new RegExp(`^${lang === 'en' ? 'Thread' : '主线'}[:：] ?${threadName}$`),
        );
        await expect(threadChip).toBeVisible();
        expect(urlParams(page, ['lang', 'table'])).toEqual({ thread: 'capital-physical' });
        // The context windows belong to another thread: that chart is empty now.
        await expect(chartPanel(page, 'context-windows').getByRole('status')).toHaveText(
          UI[lang].empty,
        );
        await expect(await timelineRowLabels(page, lang)).toHaveCount(inThread);

        // The chip's remove button unticks the box.
        await threadChip.getByRole('button').click();
        await expect(thread).not.toBeChecked();
        await expect(count).toHaveText(matchCountText(lang, ALL));
      });
    }

    await test.step('selection, filter, range and search survive a language switch, and so does the scroll', async () => {
      await gotoApp(page, { lang: 'en' });

      await clickBar(page, 'q1-venture', LABEL.openaiRound);
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
      const countEn = parseMatchCount(await settledMatchCount(page, 'en'));
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
      // scrollY by about as much as the content above shrank (measured: 138 px, and 155 once a
      // filtered timeline said how many of its events it shows). So: no jump
      // (to the top, say), and the panel that was at the top edge within a few lines of where
      // it was. (That panel may now end above the edge: its Chinese text takes fewer lines.)
      expect(before.panel, 'a chart panel is at the top edge of the view').not.toBeNull();
      const after = await topOfView(page, before.panel);
      expect(after.panel, 'the panel that was at the top edge').toBe(before.panel);
      expect(
        Math.abs(after.offset - before.offset),
        'that panel moves by less than a few lines',
      ).toBeLessThanOrEqual(64);
      expect(
        Math.abs(after.scrollY - before.scrollY),
        `scrollY stays near ${before.scrollY} (is ${after.scrollY})`,
      ).toBeLessThanOrEqual(250);

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
      await check(themes).toContainText(
        '资本、算力与物理世界——OpenAI 筹备 IPO、关停 Sora：商业与收入',
      );
      // Anywhere on the page (the header's hidden “报告月份: ” too).
      await check(page.getByText(/[\p{Script=Han}）] ?: /u)).toHaveCount(0);
    });

    await test.step('the timeline table opens an event’s card; Escape and Close return focus', async () => {
      // The table names the event by its short title; the card, by its full one.
      const CARD = {
        en: {
          row: 'GPT-5.4 launches',
          event: /^OpenAI releases GPT-5\.4/,
          figures: ['1M tokens', '75%', '72.4%', '27.7 pp', '47.3%', '2.6 pp'],
          label: 'GPT-5.4 score on OSWorld-V',
          section: 'Section 2 · April 2026',
        },
        zh: {
          row: 'GPT-5.4 发布',
          event: /^OpenAI 发布 GPT-5\.4/,
          figures: ['100 万 token', '75%', '72.4%', '27.7 个百分点', '47.3%', '2.6 个百分点'],
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
          .getByRole('button', { name: c.row, exact: true });
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
        await expect(figures).toHaveCount(c.figures.length);
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
        // The close event of the Escape above is queued, and input goes first: on a busy
        // machine it arrived after this reopening and closed the card. Sent again now, it
        // leaves the open card open.
        await dialog.evaluate((d) => d.dispatchEvent(new Event('close')));
        await expect(dialog.getByRole('heading', { level: 2 })).toBeVisible();
        expect(urlParams(page, ['lang', 'table'])).toEqual({ event: 'gpt-5-4' });
        await dialog.getByRole('button', { name: UI[lang].close, exact: true }).click();
        await expect(dialog).toBeHidden();
        await expect(open).toBeFocused();
      }
    });
  });
});

/**
 * The scroll position and the chart panel at the top edge of the view (or the panel `id`,
 * wherever it is), with its top's offset from that edge.
 */
async function topOfView(
  page: Page,
  id: string | null = null,
): Promise<{ scrollY: number; panel: string | null; offset: number }> {
  return page.evaluate((id) => {
    const panels = [...document.querySelectorAll<HTMLElement>('section[data-panel]')];
    const atTop = panels.find((p) => {
      if (id !== null) return p.dataset.panel === id;
      const r = p.getBoundingClientRect();
      return r.top <= 1 && r.bottom > 1;
    });
    return {
      scrollY: window.scrollY,
      panel: atTop?.dataset.panel ?? null,
      offset: atTop ? atTop.getBoundingClientRect().top : 0,
    };
  }, id);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
