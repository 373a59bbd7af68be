/**
 * Switching between 中文 and English: in place (no reload), by button or by the L key,
 * reflected in <html lang>, the title and the URL, remembered, and detected from the browser.
 */
import type { Page, Request } from '@playwright/test';
import {
  expect,
  figureRows,
  figuresRegion,
  gotoApp,
  headlineRegion,
  langButton,
  nearChartsDrawn,
  searchBox,
  test,
  TEXT,
  TOTAL_FIGURES,
  type Lang,
} from './fixtures';

/**
 * Start afresh in the same page: nothing saved, then a load of `query` (the charts near the
 * top drawn: these tests read words, not charts).
 */
async function freshLoad(page: Page, query: string, lang?: Lang): Promise<void> {
  if (page.url().startsWith('http')) await page.evaluate(() => localStorage.clear());
  await gotoApp(page, query, lang);
}

/** Everything that shows which language the page is in. */
async function expectLanguage(page: Page, lang: Lang): Promise<void> {
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  await expect(page.locator('html')).toHaveAttribute('lang', TEXT[lang].htmlLang);
  await expect(page).toHaveTitle(
    new RegExp(TEXT[lang].reportTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT[lang].reportTitle);
  await expect(headlineRegion(page, lang)).toBeVisible();
  await expect(figuresRegion(page, lang)).toBeVisible();
  await expect(langButton(page, lang)).toHaveAttribute('aria-pressed', 'true');
  await expect(langButton(page, other)).toHaveAttribute('aria-pressed', 'false');
}

function langParam(page: Page): string | null {
  return new URL(page.url()).searchParams.get('lang');
}

/** Document (navigation) requests of the main frame from now on. */
function watchNavigations(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (req) => {
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) seen.push(req);
  });
  return seen;
}

// One page for all of it: each step starts with nothing saved and a fresh load (cached).
test('language switch', async ({ page }) => {
  test.slow();
  await test.step('the buttons change the language in place, with <html lang>, title and URL', async () => {
    await freshLoad(page, '');
    await expectLanguage(page, 'en');
    expect(langParam(page)).toBeNull();

    await page.evaluate(() => {
      (window as unknown as { __marker: number }).__marker = 1;
    });
    const navigations = watchNavigations(page);

    await langButton(page, 'zh').click();
    await expectLanguage(page, 'zh');
    await expect(page).toHaveURL(/[?&]lang=zh(&|$)/);
    await expect(figuresRegion(page, 'zh').getByRole('status')).toHaveText(TEXT.zh.countFigures);

    await langButton(page, 'en').click();
    await expectLanguage(page, 'en');
    // English is the default, so the URL does not name it.
    await expect.poll(() => langParam(page)).toBeNull();

    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(
      1,
    );
    expect(
      navigations.map((r) => r.url()),
      'no document was loaded again',
    ).toEqual([]);
  });

  await test.step('Back returns to the language before the switch', async () => {
    await freshLoad(page, '');
    await langButton(page, 'zh').click();
    await expectLanguage(page, 'zh');
    await page.goBack();
    await expectLanguage(page, 'en');
    expect(langParam(page)).toBeNull();
  });

  await test.step('the L key flips the language, except while typing in the search box', async () => {
    await freshLoad(page, '');
    await page.evaluate(() => {
      (window as unknown as { __marker: number }).__marker = 1;
    });

    await page.keyboard.press('l');
    await expectLanguage(page, 'zh');
    await page.keyboard.press('Shift+L');
    await expectLanguage(page, 'en');

    const search = searchBox(page, 'en');
    await search.click();
    await page.keyboard.type('l');
    await page.keyboard.press('Shift+L');
    await expect(search).toHaveValue('lL');
    await expectLanguage(page, 'en');

    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(
      1,
    );
  });

  await test.step('the search term and the sort survive a language switch', async () => {
    await freshLoad(page, '');
    const en = figuresRegion(page, 'en');
    await searchBox(page, 'en').fill('Sora');
    // At the table, once the charts near it have drawn: a click while the panels above are
    // still being laid out for the first time can land where the button was a frame before.
    await en.scrollIntoViewIfNeeded();
    await nearChartsDrawn(page);
    await en.getByRole('button', { name: TEXT.en.colValue, exact: true }).click();
    await expect(en.getByRole('columnheader', { name: TEXT.en.colValue })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const shown = await figureRows(page, 'en').count();
    expect(shown).toBeLessThan(TOTAL_FIGURES);

    await langButton(page, 'zh').click();
    await expectLanguage(page, 'zh');
    const zh = figuresRegion(page, 'zh');
    await expect(searchBox(page, 'zh')).toHaveValue('Sora');
    await expect(zh.getByRole('columnheader', { name: TEXT.zh.colValue })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(figureRows(page, 'zh')).toHaveCount(shown);
    await expect(figureRows(page, 'zh').filter({ hasText: TEXT.zh.soraLabel })).toHaveCount(1);
    await expect(zh.getByRole('status')).toHaveText(`${TOTAL_FIGURES} 个数字中的 ${shown} 个`);

    const params = new URL(page.url()).searchParams;
    expect(params.get('lang')).toBe('zh');
    expect(params.get('q')).toBe('Sora');
    expect(params.get('sort')).toBe('value-asc');
  });

  await test.step('the choice is remembered after a reload without ?lang', async () => {
    await freshLoad(page, '');
    await langButton(page, 'zh').click();
    await expectLanguage(page, 'zh');

    await gotoApp(page, '', 'zh');
    // The saved choice is used, and the address is made canonical so a copied link keeps it.
    expect(langParam(page)).toBe('zh');
    await expectLanguage(page, 'zh');

    await langButton(page, 'en').click();
    await expectLanguage(page, 'en');
    await gotoApp(page, '', 'en');
    await expectLanguage(page, 'en');
  });

  await test.step('?lang=fr falls back to English cleanly', async () => {
    await freshLoad(page, '?lang=fr', 'en');
    await expectLanguage(page, 'en');
    await expect(figureRows(page, 'en')).toHaveCount(TOTAL_FIGURES);
    // The fixture fails the test on any console error this caused.
  });
});

test.describe('a browser set to Chinese (zh-CN)', () => {
  test.use({ locale: 'zh-CN' });

  test('opens in Chinese unless ?lang names a language we have', async ({ page }) => {
    await test.step('no ?lang and no saved choice: Chinese', async () => {
      // Nothing saved yet, and the browser says it prefers Chinese.
      await freshLoad(page, '', 'zh');
      expect(await page.evaluate(() => navigator.language)).toBe('zh-CN');
      // The detected language is written into the address, so the URL names the view.
      expect(langParam(page)).toBe('zh');
      await expectLanguage(page, 'zh');
    });

    await test.step('?lang=en still wins over the browser language', async () => {
      await freshLoad(page, '?lang=en', 'en');
      await expectLanguage(page, 'en');
    });

    await test.step('?lang=fr falls back to the browser language', async () => {
      await freshLoad(page, '?lang=fr', 'zh');
      await expectLanguage(page, 'zh');
    });
  });
});
