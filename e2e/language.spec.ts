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
  searchBox,
  test,
  TEXT,
  TOTAL_FIGURES,
  type Lang,
} from './fixtures';

function langButton(page: Page, lang: Lang) {
  return page.getByRole('button', {
    name: lang === 'en' ? TEXT.en.english : TEXT.zh.chinese,
    exact: true,
  });
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

test.describe('language switch', () => {
  test('the buttons change the language in place, with <html lang>, title and URL', async ({
    page,
  }) => {
    await gotoApp(page, '');
    await expectLanguage(page, 'en');
    expect(langParam(page)).toBeNull();

    await page.evaluate(() => {
      (window as unknown as { __marker: number }).__marker = 1;
    });
    const navigations = watchNavigations(page);

    await langButton(page, 'zh').click();
    await expectLanguage(page, 'zh');
    await expect(page).toHaveURL(/[?&]lang=zh(&|$)/);
    await expect(figuresRegion(page, 'zh').getByRole('status')).toHaveText(TEXT.zh.count43);

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

  test('Back returns to the language before the switch', async ({ page }) => {
    await gotoApp(page, '');
    await langButton(page, 'zh').click();
    await expectLanguage(page, 'zh');
    await page.goBack();
    await expectLanguage(page, 'en');
    expect(langParam(page)).toBeNull();
  });

  test('the L key flips the language, except while typing in the search box', async ({ page }) => {
    await gotoApp(page, '');
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

  test('the search term and the sort survive a language switch', async ({ page }) => {
    await gotoApp(page, '');
    const en = figuresRegion(page, 'en');
    await searchBox(page, 'en').fill('Sora');
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

  test('the choice is remembered after a reload without ?lang', async ({ page }) => {
    await gotoApp(page, '');
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

  test('?lang=fr falls back to English cleanly', async ({ page }) => {
    await gotoApp(page, '?lang=fr', 'en');
    await expectLanguage(page, 'en');
    await expect(figureRows(page, 'en')).toHaveCount(TOTAL_FIGURES);
    // The fixture fails the test on any console error this caused.
  });
});

test.describe('a browser set to Chinese (zh-CN)', () => {
  test.use({ locale: 'zh-CN' });

  test('opens in Chinese when there is no ?lang and no saved choice', async ({ page }) => {
    // A fresh context: nothing saved yet, and the browser says it prefers Chinese.
    await gotoApp(page, '', 'zh');
    expect(await page.evaluate(() => navigator.language)).toBe('zh-CN');
    // The detected language is written into the address, so the URL names the view.
    expect(langParam(page)).toBe('zh');
    await expectLanguage(page, 'zh');
  });

  test('?lang=en still wins over the browser language', async ({ page }) => {
    await gotoApp(page, '?lang=en', 'en');
    await expectLanguage(page, 'en');
  });

  test('?lang=fr falls back to the browser language', async ({ page }) => {
    await gotoApp(page, '?lang=fr', 'zh');
    await expectLanguage(page, 'zh');
  });
});
