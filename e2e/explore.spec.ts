/**
 * The exploratory pass: a scripted walk that does what people do (type dates, search in
 * either language, tap on a phone, present a filtered view, print, export) in both languages
 * at 390 and 1440 px, and fails on what a person would call broken. Its first cases are the
 * eighteen defects an afternoon of real use found (issue 17); each step names its defect.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, langButton, test } from './fixtures';

const PHONE = { width: 390, height: 844 };

async function open(page: Page, query: string): Promise<void> {
  await page.goto(query);
  await expect(page.locator('section[data-panel]').first()).toBeVisible({ timeout: 15_000 });
}

/** A panel scrolled into view, with its chart (or numbers, or list) drawn. */
async function panel(page: Page, id: string) {
  const section = page.locator(`section[data-panel="${id}"]`);
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('.chart svg, .stat-tiles li, .theme-list li').first()).toBeVisible();
  return section;
}

/** SVG texts of a chart outside its box, and the tick labels of its x axis. */
async function chartTexts(page: Page, id: string) {
  return page.locator(`section[data-panel="${id}"] .chart`).evaluate((chart) => {
    const box = chart.getBoundingClientRect();
    const texts = [...chart.querySelectorAll('svg text')].map((t) => ({
      text: t.textContent ?? '',
      r: t.getBoundingClientRect(),
    }));
    const outside = texts
      .filter(({ r, text }) => text.trim() && (r.left < box.left - 1 || r.right > box.right + 1))
      .map((t) => t.text);
    // Tick labels sit on one line at the bottom of the plot.
    const bottom = Math.max(...texts.map((t) => t.r.bottom));
    const ticks = texts.filter((t) => Math.abs(t.r.bottom - bottom) < 2).map((t) => t.text);
    return { outside, ticks };
  });
}

test.describe('dates (defects 1, 2, 18)', () => {
  test('a date range keeps the timeline readable, with day ticks, in either language', async ({
    page,
  }) => {
    await open(page, '/?lang=zh&from=2026-04-06&to=2026-04-20');
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') await langButton(page, 'en').click();
      await panel(page, 'timeline');
      const month = lang === 'en' ? 'Apr' : '4 月';
      await expect
        .poll(async () => (await chartTexts(page, 'timeline')).ticks.join(' | '))
        .not.toContain(lang === 'en' ? '4 月' : 'Apr');
      const { outside, ticks } = await chartTexts(page, 'timeline');
      expect(outside, `no timeline text outside the chart (${lang})`).toEqual([]);
      expect(ticks.filter((t) => t === month).length, `ticks ${ticks.join(' | ')}`).toBeLessThan(2);
      expect(
        ticks.some((t) => /\d/.test(t) && t !== '2026'),
        `ticks name days (${lang})`,
      ).toBe(true);
    }
  });

  test('a date is typed, applied once on Enter, and an end before the start is refused', async ({
    page,
  }) => {
    await open(page, '/?lang=en');
    const from = page.getByRole('textbox', { name: 'From' });
    const length = await page.evaluate(() => history.length);
    await from.fill('');
    await from.pressSequentially('04052026');
    // Nothing applies while typing.
    await expect(page).not.toHaveURL(/from=/);
    await from.press('Enter');
    await expect(page).toHaveURL(/from=2026-04-05/);
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(length + 1);
    await expect(from).toHaveValue('5 Apr 2026');
    const to = page.getByRole('textbox', { name: 'To' });
    await to.fill('Mar 1, 2026');
    await to.press('Enter');
    await expect(page.getByRole('alert')).toContainText('before the start');
    await expect(page).not.toHaveURL(/to=2026-03-01/);
    // A whole month ends the range on its last day.
    await to.fill('April 2026');
    await to.press('Enter');
    await expect(page).toHaveURL(/to=2026-04-30/);
    await expect(to).toHaveValue('30 Apr 2026');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a date is typed the Chinese way', async ({ page }) => {
    await open(page, '/?lang=zh');
    const from = page.getByRole('textbox', { name: '起' });
    await from.fill('20260405');
    await from.press('Enter');
    await expect(page).toHaveURL(/from=2026-04-05/);
    await expect(from).toHaveValue('2026 年 4 月 5 日');
    await from.fill('2026年4月6日');
    await from.blur();
    await expect(page).toHaveURL(/from=2026-04-06/);
    // A whole month starts the range on its first day.
    await from.fill('2026年3月');
    await from.press('Enter');
    await expect(page).toHaveURL(/from=2026-03-01/);
    await expect(from).toHaveValue('2026 年 3 月 1 日');
  });

  test('a range far wider than the report is no filter, and keeps every figure', async ({
    page,
  }) => {
    await open(page, '/?lang=en&from=1999-01-01&to=2099-12-31');
    await expect(page).not.toHaveURL(/from=/);
    await expect(page.getByRole('group', { name: 'Active filters' })).toHaveCount(0);
    const total = JSON.parse(readFileSync('data/ai-2026-04.json', 'utf8')) as {
      figures: unknown[];
    };
    await expect(page.getByText(`${total.figures.length} figures`, { exact: true })).toBeVisible();
  });
});

test.describe('search (defects 6, 13)', () => {
  // Which figures a search finds in either language is a pure function, checked for each pair
  // in src/data/selectors.test.ts; here, that the page hands it a search typed in the other
  // language, whichever language the page is in.
  test('a search in the other language finds the same rows, in either language', async ({
    page,
  }) => {
    const counts: number[] = [];
    for (const [lang, q] of [
      ['en', '9700万'],
      ['zh', '97M'],
    ] as const) {
      await open(page, `/?lang=${lang}&q=${encodeURIComponent(q)}`);
      const rows = page.locator('.figures tr[data-figure]');
      await expect(rows.first()).toBeAttached();
      counts.push(await rows.count());
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });

  test('a long pasted search wraps in its chip, on a phone too', async ({ page }) => {
    await page.setViewportSize(PHONE);
    const long = 'https://example.com/'.padEnd(300, 'x');
    await open(page, `/?lang=en&q=${encodeURIComponent(long)}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
  });
});

test.describe('phones (defects 3, 7, 8)', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: PHONE });

  test('a tap shows the tooltip; selecting is a second tap on its button', async ({ page }) => {
    await open(page, '/?lang=en');
    const revenue = await panel(page, 'revenue');
    const box = await revenue.locator('.chart').boundingBox();
    if (!box) throw new Error('no chart');
    // The first bar's row: tap on the bar itself, once it has grown in (a chart scrolled to
    // animates its entrance).
    const firstBar = () =>
      revenue.locator('.chart svg path[fill]').evaluateAll((paths) => {
        const r = paths
          .map((p) => p.getBoundingClientRect())
          .filter((b) => b.width > 40 && b.height > 8 && b.height < 40)
          .sort((a, b) => a.top - b.top)[0];
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      });
    // Polled until it stands still: the bar's centre moves while it grows.
    let last: Awaited<ReturnType<typeof firstBar>> = null;
    await expect
      .poll(
        async () => {
          const now = await firstBar();
          const still = now !== null && now.x === last?.x && now.y === last.y;
          last = now;
          return still;
        },
        { message: 'a bar of the revenue chart, grown in', intervals: [150] },
      )
      .toBe(true);
    const bar = await firstBar();
    if (!bar) throw new Error('no bar');
    await page.touchscreen.tap(bar.x, bar.y);
    const select = revenue.getByRole('button', { name: /^Filter by / });
    await expect(select).toBeVisible();
    // A tap beside the marks hides it (the chart's top-right corner: no bar, no label); the
    // bar's tap shows it again.
    await page.touchscreen.tap(box.x + box.width - 4, box.y + 4);
    await expect(select).toBeHidden();
    await page.touchscreen.tap(bar.x, bar.y);
    await expect(select).toBeVisible();
    await expect(page.getByText(/^Selected:/)).toHaveCount(0);
    await expect(page).not.toHaveURL(/sel=/);
    await select.tap();
    await expect(page).toHaveURL(/sel=organisation/);
  });

  test('the panel titles have their own line, and menus open on screen', async ({ page }) => {
    await open(page, '/?lang=zh');
    const section = await panel(page, 'q1-venture');
    const title = await section.locator('h3').boundingBox();
    const whole = await section.boundingBox();
    expect((title?.width ?? 0) / (whole?.width ?? 1)).toBeGreaterThan(0.75);
    await section.getByRole('button', { name: /^导出/ }).tap();
    const menu = section.locator('.export-menu__panel');
    const r = await menu.boundingBox();
    expect(r?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((r?.x ?? 0) + (r?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
  });

  test('presentation reads on a phone: bars drawn, labels inside, controls visible', async ({
    page,
  }) => {
    // As on an iPhone, whose Safari has no element full screen: the slide fills the window,
    // and turning the phone resizes it (Chromium's headless shell grants full screen, and a
    // full-screen window cannot be resized).
    await page.addInitScript(() => {
      Object.defineProperty(Element.prototype, 'requestFullscreen', { value: undefined });
    });
    await open(page, '/?lang=zh&present=q1-venture');
    const slide = page.getByRole('dialog');
    await expect(slide.locator('.chart svg')).toBeVisible();
    const { outside } = await slide.locator('.chart').evaluate((chart) => {
      const box = chart.getBoundingClientRect();
      return {
        outside: [...chart.querySelectorAll('svg text')]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return (
              (t.textContent ?? '').trim() && (r.left < box.left - 1 || r.right > box.right + 1)
            );
          })
          .map((t) => t.textContent),
      };
    });
    expect(outside).toEqual([]);
    for (const name of ['上一页', '下一页', /退出演示/]) {
      const button = slide.getByRole('button', { name });
      await expect(button).toBeVisible();
      expect(Number(await button.evaluate((b) => getComputedStyle(b.parentElement!).opacity))).toBe(
        1,
      );
    }
    await page.setViewportSize({ width: 844, height: 390 });
    await expect(slide.locator('.chart svg')).toBeVisible();
  });
});

test.describe('presenting and printing (defects 9, 10, 17, 18)', () => {
  test('a printed filtered view says what is filtered, without the range slider', async ({
    page,
  }) => {
    await open(page, '/?lang=zh&org=openai');
    await panel(page, 'timeline');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-filter')).toBeVisible();
    await expect(page.locator('.print-filter')).toContainText('OpenAI');
    // The slider's handles are the only parts of a chart that resize on drag.
    await expect(
      page.locator(
        'section[data-panel="timeline"] svg [cursor="ew-resize"], section[data-panel="timeline"] svg [style*="ew-resize"]',
      ),
    ).toHaveCount(0);
    await page.emulateMedia({ media: 'screen' });
  });

  test('no focus ring frames the slide after a key press', async ({ page }) => {
    await open(page, '/?lang=en&present=title');
    await page.keyboard.press('ArrowRight');
    const outline = await page
      .getByRole('dialog')
      .evaluate((d) => getComputedStyle(d).outlineStyle);
    expect(outline).toBe('none');
  });
});

test.describe('exports and tables (defects 11, 12, 14, 15, 16)', () => {
  test('an export menu closes when focus leaves or Escape is pressed; one at a time', async ({
    page,
  }) => {
    await open(page, '/?lang=en');
    const first = await panel(page, 'context-windows');
    const second = await panel(page, 'osworld');
    await first.getByRole('button', { name: /^Export/ }).click();
    await expect(first.locator('.export-menu__panel')).toBeVisible();
    await second.getByRole('button', { name: /^Export/ }).click();
    await expect(first.locator('.export-menu__panel')).toBeHidden();
    await expect(second.locator('.export-menu__panel')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(second.locator('.export-menu__panel')).toBeHidden();
    await second.getByRole('button', { name: /^Export/ }).click();
    await page.getByRole('searchbox').first().focus();
    await expect(second.locator('.export-menu__panel')).toBeHidden();
  });

  test('a double click saves one file; the CSV calls a derived value derived', async ({ page }) => {
    await open(page, '/?lang=zh');
    const section = await panel(page, 'q1-venture');
    await section.getByRole('button', { name: /^导出/ }).click();
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await section.getByRole('button', { name: '下载 PNG' }).dblclick();
    await expect.poll(() => downloads.length).toBe(1);
    await page.waitForTimeout(1000);
    expect(downloads).toHaveLength(1);
    const csv = page.waitForEvent('download');
    await section.getByRole('button', { name: /CSV/ }).click();
    const text = readFileSync(await (await csv).path(), 'utf8');
    const row = text.split('\r\n').find((l) => l.includes('其余交易'));
    expect(row).toContain('"推算"');
    expect(row).not.toContain('原文数值');
  });

  test('sorting by organisation keeps the rows without one last; by value, within a unit', async ({
    page,
  }) => {
    await open(page, '/?lang=en&sort=organisation-desc');
    const table = page.getByRole('region', { name: 'All figures' });
    await table.scrollIntoViewIfNeeded();
    await expect(table.locator('tbody > tr[data-figure]').first()).toBeVisible();
    // Text content, not innerText: rows the browser skips (content-visibility) have no
    // rendered text.
    const orgs = (
      await table.locator('tbody > tr[data-figure] td:nth-child(3)').allTextContents()
    ).map((o) => o.trim());
    const firstBlank = orgs.indexOf('—');
    expect(firstBlank).toBeGreaterThan(0);
    expect(orgs.slice(firstBlank).every((o) => o === '—')).toBe(true);
    await open(page, '/?lang=en&sort=value-asc');
    await expect(table.getByText(/Sorted by unit, then by value/)).toBeVisible();
  });
});

test.describe('widths between phone and desktop (defect 4)', () => {
  test('nothing makes the page scroll sideways at 560, 600 or 640 px', async ({ page }) => {
    await page.setViewportSize({ width: 560, height: 900 });
    await open(page, '/?lang=zh');
    // One page resized, as a reader turns a tablet or narrows a window: the charts re-lay
    // themselves out at each width.
    for (const width of [560, 600, 640]) {
      await page.setViewportSize({ width, height: 900 });
      for (const id of ['meta-capex', 'retail', 'mcp']) await panel(page, id);
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
          message: `at ${width} px`,
        })
        .toBeLessThanOrEqual(width);
    }
  });
});
