/**
 * The phone's first screen and its dialogs (issue 13): at 390 × 844 the first chart starts
 * within two screen heights, no filter control stands before it until the filter button is
 * pressed, the button says how many filters are on and opens a sheet that keeps focus inside;
 * the keyboard shortcuts open with '?'. axe finds nothing with the sheet or the help open.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectEachPanelBuiltOnce, recordPanelWidths, test } from './fixtures';

const PHONE = { width: 390, height: 844 };
const LANGS = ['en', 'zh'] as const;
const FILTERS = { en: 'Filters', zh: '筛选' } as const;
const SHEET = { en: 'Filter the dashboard', zh: '筛选看板' } as const;
const CLOSE = { en: 'Close filters', zh: '关闭筛选' } as const;
const HELP = { en: 'Keyboard shortcuts', zh: '键盘快捷键' } as const;

async function open(page: Page, query: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.goto(query);
  await expect(page.locator('section[data-panel]').first()).toBeVisible({ timeout: 15_000 });
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode()
    .analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}`));
}

for (const lang of LANGS) {
  test.describe(`a phone, ${lang}`, () => {
    test('the first chart starts within two screen heights, with no filter form before it', async ({
      page,
    }) => {
      await recordPanelWidths(page);
      await open(page, `/?lang=${lang}`);
      // The opening screen holds the headline cards and no chart: the first chart's room is
      // there, and the chart is made at the reader's first move, before a scroll reaches it.
      const firstSlot = page.locator('section[data-panel] .chart-slot').first();
      await expect(firstSlot).toBeAttached();
      const chartTop = await firstSlot.evaluate((el) => el.getBoundingClientRect().top + scrollY);
      expect(chartTop, 'first chart top (px)').toBeLessThan(2 * PHONE.height);
      await page.mouse.wheel(0, 40);
      await expect(firstSlot.locator('.chart svg')).toBeVisible();
      expect(
        await firstSlot.evaluate((el) => el.getBoundingClientRect().top + scrollY),
        'the drawn chart keeps its room',
      ).toBe(chartTop);

      // Every form control above the first chart, outside the page header (its theme and
      // language settings): only the filter button (and chips, when a link turned filters on)
      // may stand there; no checkbox, select, search or date input.
      const before = await page.evaluate((top) => {
        const controls = [...document.querySelectorAll('input, select, textarea')];
        return controls
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return !el.closest('header') && r.width > 0 && r.height > 0 && r.top + scrollY < top;
          })
          .map((el) => el.outerHTML.slice(0, 80));
      }, chartTop);
      expect(before).toEqual([]);

      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, 'nothing wider than the screen').toBeLessThanOrEqual(PHONE.width);
      // The header's title and publisher line take the lines their text does: no blank line
      // reserved for a longer language under either.
      const blank = await page.evaluate(() =>
        ['.masthead__title', '.masthead__publisher'].map((selector) => {
          const el = document.querySelector(selector);
          if (!el) return `${selector}: missing`;
          const range = document.createRange();
          range.selectNodeContents(el);
          const text = range.getBoundingClientRect().height;
          const box = el.getBoundingClientRect().height;
          return box - text > 4 ? `${selector}: ${Math.round(box - text)} px below its text` : '';
        }),
      );
      expect(blank.filter(Boolean)).toEqual([]);
      // In one column too, each panel was built once, for its width.
      await expectEachPanelBuiltOnce(page);
    });

    test('the filter button opens a sheet that keeps focus, counts what is on, and closes', async ({
      page,
    }) => {
      await open(page, `/?lang=${lang}&org=openai`);
      const button = page.getByRole('button', { name: new RegExp(`^${FILTERS[lang]}`) });
      await expect(button).toContainText('1');
      await button.click();
      const sheet = page.getByRole('dialog', { name: SHEET[lang] });
      await expect(sheet).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);

      // Tab forty times: focus never leaves the sheet (a modal dialog).
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const inside = await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));
        expect(inside, `focus after ${i + 1} Tab presses`).toBe(true);
      }
      await page.keyboard.press('Escape');
      await expect(sheet).toBeHidden();
      await expect(button).toBeFocused();

      await button.click();
      await sheet.getByRole('button', { name: CLOSE[lang] }).click();
      await expect(sheet).toBeHidden();
      // The filter the link set is still on.
      await expect(button).toContainText('1');
      expect(new URL(page.url()).searchParams.get('org')).toBe('openai');
    });

    test("'?' lists the keyboard shortcuts in the page's language", async ({ page }) => {
      await open(page, `/?lang=${lang}`);
      await page.locator('body').press('?');
      const help = page.getByRole('dialog', { name: HELP[lang] });
      await expect(help).toBeVisible();
      await expect(help.locator('kbd', { hasText: '?' })).toBeVisible();
      const text = (await help.innerText()).replace(
        /[←→?]|PageUp|PageDown|Home|End|Esc|\bL\b|中文/g,
        '',
      );
      if (lang === 'zh') expect(text).toMatch(/[\u4e00-\u9fff]/);
      else expect(text).not.toMatch(/[\u4e00-\u9fff]/);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(help).toBeHidden();
    });
  });
}
