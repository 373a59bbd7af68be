/**
 * Each edition tells its own story: the panels come from the report file, in its order,
 * each titled with its finding; presentation opens on the edition and its headline figures;
 * links and exports name their edition; and a synthetic second edition, listed beside April
 * in a test copy of the index, opens as the newest and draws every panel it declares.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  indexWithSynthetic,
  syntheticEdition,
  SYNTHETIC_FILE,
  SYNTHETIC_ID,
} from '../src/test/synthetic-edition';
import { expect, test } from './fixtures';

const ROOT = resolve(import.meta.dirname, '..');
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')) as Record<string, unknown>;
const april = readJson('data/ai-2026-04.json') as {
  panels: { id: string; form: string; title: { en: string; zh: string } }[];
  events: unknown[];
};

/** Open the page and wait until the app (not only its pre-rendered first screen) is live. */
async function open(page: Page, query: string): Promise<void> {
  await page.goto(query);
  // The charts' code is a lazy chunk fetched after the first paint: allow a busy machine.
  await expect(page.locator('section[data-panel]').first()).toBeVisible({ timeout: 15_000 });
}

/** Every panel drawn: a chart's SVG, big numbers, or a list. */
async function panelsDrawn(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const missing: string[] = [];
    for (const section of document.querySelectorAll<HTMLElement>('section[data-panel]')) {
      section.scrollIntoView({ block: 'center' });
      const id = section.dataset.panel ?? '';
      const start = performance.now();
      for (;;) {
        if (section.querySelector('.chart svg, .stat-tiles li, .theme-list li')) break;
        if (performance.now() - start > 8000) {
          missing.push(id);
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    window.scrollTo(0, 0);
    return missing;
  });
}

/** Each headline card's top and its figures: size, top, inside the card, runs unbroken. */
const measureCards = (slide: Locator) =>
  slide.locator('.card').evaluateAll((els) =>
    els.map((card) => {
      const box = card.getBoundingClientRect();
      return {
        top: Math.round(box.top),
        values: [...card.querySelectorAll('.card__value')].map((v) => {
          const r = v.getBoundingClientRect();
          return {
            text: v.textContent ?? '',
            px: parseFloat(getComputedStyle(v).fontSize),
            top: r.top,
            inside: r.left >= box.left && r.right <= box.right - 8,
            runsWhole: [...v.querySelectorAll('.figure-run')].every(
              (run) => run.getClientRects().length === 1,
            ),
          };
        }),
      };
    }),
  );

test.describe('the April edition', () => {
  test('draws the panels the report file declares, in its order, each titled with its finding', async ({
    page,
  }) => {
    await open(page, '/?lang=en');
    const ids = page.locator('section[data-panel]');
    expect(await ids.evaluateAll((s) => s.map((x) => x.getAttribute('data-panel')))).toEqual(
      april.panels.map((p) => p.id),
    );
    expect(await panelsDrawn(page)).toEqual([]);
    await expect(
      page.getByRole('heading', {
        level: 3,
        name: 'GPT-5.4 scores 75% on OSWorld-V, just above the human baseline of 72.4%',
      }),
    ).toBeVisible();
    await page.getByRole('button', { name: '中文' }).click();
    await expect(
      page.getByRole('heading', {
        level: 3,
        name: 'GPT-5.4 在 OSWorld-V 上得分 75%，略高于人类基线 72.4%',
      }),
    ).toBeVisible();
  });

  test('presents the edition: a title slide, the headline figures, then its panels', async ({
    page,
  }) => {
    await open(page, '/?lang=en');
    await page.getByRole('button', { name: 'Present' }).click();
    const slide = page.getByRole('dialog');
    await expect(slide).toHaveAttribute('data-slide', 'title');
    await expect(slide.getByRole('heading', { level: 2 })).toContainText('AI Technology');
    await expect(page).toHaveURL(/present=title/);
    await page.keyboard.press('ArrowRight');
    await expect(slide).toHaveAttribute('data-slide', 'headline');
    await expect(slide.locator('.card')).not.toHaveCount(0);
    // Projected (the test's 1440 × 900 window): the figures at slide size, not the page's,
    // within a fifth of one another, three cards to a row, the figures of a row on one line
    // (their tops level), every figure inside its card, no number broken from its unit, the
    // slide not scrolling; in both languages (L switches in place).
    const measure = () => measureCards(slide);
    for (const lang of ['en', 'zh']) {
      if (lang === 'zh') {
        await page.keyboard.press('l');
        await expect(slide.getByRole('heading', { level: 2 })).toContainText('关键数字');
      }
      const cards = await measure();
      expect(
        cards.filter((c) => c.top === cards[0]?.top),
        lang,
      ).toHaveLength(3);
      const values = cards.flatMap((c) => c.values);
      for (const v of values) {
        expect(v.px, `${lang} ${v.text}`).toBeGreaterThanOrEqual(28);
        expect(v.inside, `${lang} ${v.text}`).toBe(true);
        expect(v.runsWhole, `${lang} ${v.text}`).toBe(true);
      }
      const sizes = values.map((v) => v.px);
      expect(Math.max(...sizes), lang).toBeGreaterThanOrEqual(44);
      expect(Math.max(...sizes) / Math.min(...sizes), lang).toBeLessThanOrEqual(1.2);
      for (const row of new Set(cards.map((c) => c.top))) {
        const tops = cards.filter((c) => c.top === row).flatMap((c) => c.values.map((v) => v.top));
        expect(Math.max(...tops) - Math.min(...tops), `${lang} row at ${row}`).toBeLessThanOrEqual(
          2,
        );
      }
      expect(
        await slide
          .locator('.presentation__chart')
          .evaluate((el) => el.scrollHeight <= el.clientHeight),
        lang,
      ).toBe(true);
    }
    await page.keyboard.press('ArrowRight');
    await expect(slide).toHaveAttribute('data-slide', april.panels[0]?.id ?? '');
    await expect(page).toHaveURL(new RegExp(`present=${april.panels[0]?.id ?? ''}`));
  });

  test('runs no slide title under the ‹ › × controls on a 1280 × 720 projector', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const slide = page.getByRole('dialog');
    // The title slide, its four threads and a filter line fit without scrolling.
    await page.goto('/?lang=en&org=meta&present=title');
    await expect(slide.locator('.presentation__filter')).toHaveText('Filtered: Meta');
    expect(
      await slide
        .locator('.presentation__chart')
        .evaluate((el) => el.scrollHeight - el.clientHeight),
    ).toBeLessThanOrEqual(0);
    await page.goto(`/?lang=zh&present=${april.panels[0]?.id ?? ''}`);
    await expect(slide.locator('.presentation__title')).toBeVisible();
    // Through every panel's slide in Chinese, and back through them in English.
    const titleClearsControls = () =>
      slide.evaluate((el) => {
        const title = el.querySelector('.presentation__title');
        const controls = el.querySelector('.presentation__controls')?.getBoundingClientRect();
        if (!title || !controls) return 'missing';
        const range = document.createRange();
        range.selectNodeContents(title);
        const hit = [...range.getClientRects()].some(
          (r) =>
            r.right > controls.left &&
            r.left < controls.right &&
            r.bottom > controls.top &&
            r.top < controls.bottom,
        );
        return hit ? `${el.getAttribute('data-slide')}: ${title.textContent}` : 'clear';
      });
    for (const [lang, key] of [
      ['zh', 'ArrowRight'],
      ['en', 'ArrowLeft'],
    ] as const) {
      if (lang === 'en') {
        await page.keyboard.press('l');
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      }
      for (let i = 0; i < april.panels.length; i++) {
        expect(await titleClearsControls(), lang).toBe('clear');
        if (i < april.panels.length - 1) {
          const before = await slide.getAttribute('data-slide');
          await page.keyboard.press(key);
          await expect(slide).not.toHaveAttribute('data-slide', before ?? '');
        }
      }
    }
    await context.close();
  });

  test('fits the headline figures on a phone held up to show them', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto('/?lang=zh&present=headline');
    const slide = page.getByRole('dialog');
    await expect(slide.locator('.card')).not.toHaveCount(0);
    // Every card on the screen, two to a row, no number broken from its unit.
    await expect
      .poll(() =>
        slide.locator('.presentation__chart').evaluate((el) => el.scrollHeight - el.clientHeight),
      )
      .toBeLessThanOrEqual(0);
    const cards = await measureCards(slide);
    expect(cards.filter((c) => c.top === cards[0]?.top)).toHaveLength(2);
    for (const v of cards.flatMap((c) => c.values)) expect(v.runsWhole, v.text).toBe(true);
    await context.close();
  });

  test('opens an older link’s slide number as that slide of the new order', async ({ page }) => {
    await page.goto('/?lang=en&present=3');
    await expect(page.getByRole('dialog')).toHaveAttribute('data-slide', april.panels[0]?.id ?? '');
    await expect(page).toHaveURL(new RegExp(`present=${april.panels[0]?.id ?? ''}`));
  });

  test('leaves out the slides a filter empties, and says what is filtered', async ({ page }) => {
    await page.goto('/?lang=en&org=meta&present=title');
    const slide = page.getByRole('dialog');
    await expect(slide.locator('.presentation__filter')).toContainText('Meta');
    const counter = await slide.locator('.presentation__counter').innerText();
    const total = Number(counter.split('/')[1]?.trim());
    expect(total).toBeLessThan(april.panels.length + 2);
    const counted = new RegExp(
      `^Filtered: Meta · \\d+ of the ${april.events.length} events shown$`,
    );
    const seen: string[] = [];
    for (let i = 1; i < total; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(
        slide.getByText('No data in this chart matches the current filters.'),
      ).toHaveCount(0);
      // A chart of events says how many of the report's it still shows.
      const id = (await slide.getAttribute('data-slide')) ?? '';
      seen.push(id);
      if (id === 'timeline')
        await expect(slide.locator('.presentation__filter')).toHaveText(counted);
      // The headline figures are the edition's: no filter line claims them for Meta.
      if (id === 'headline') await expect(slide.locator('.presentation__filter')).toHaveCount(0);
    }
    expect(seen).toContain('timeline');
  });

  test('names the edition in a shared link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/?lang=zh');
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByText('链接已复制')).toBeVisible();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(url).searchParams.get('report')).toBe('ai-2026-04');
    expect(new URL(url).searchParams.get('lang')).toBe('zh');
  });
});

test.describe('a synthetic second edition', () => {
  test.beforeEach(async ({ page }) => {
    const index = indexWithSynthetic(readJson('data/index.json'));
    const edition = syntheticEdition(readJson('data/ai-2026-04.json'));
    await page.route('**/data/index.json', (route) =>
      route.fulfill({ json: index, headers: { 'content-type': 'application/json' } }),
    );
    await page.route(`**/data/${SYNTHETIC_FILE}`, (route) =>
      route.fulfill({ json: edition, headers: { 'content-type': 'application/json' } }),
    );
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`opens as the newest and draws every panel it declares (${lang})`, async ({ page }) => {
      const edition = syntheticEdition(readJson('data/ai-2026-04.json')) as {
        panels: { id: string }[];
      };
      await page.goto(`/?lang=${lang}&report=${SYNTHETIC_ID}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(
        lang === 'en' ? 'Synthetic test edition' : '合成测试版',
      );
      const ids = page.locator('section[data-panel]');
      await expect(ids).toHaveCount(edition.panels.length);
      expect(await panelsDrawn(page)).toEqual([]);
      await expect(
        page.getByText(lang === 'en' ? 'No data in this chart' : '此图表没有数据'),
      ).toHaveCount(0);
    });
  }

  test('is the edition a plain visit opens, once the index lists it', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Synthetic test edition');
  });
});
