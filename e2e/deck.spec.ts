/**
 * The PowerPoint deck from the header: the dialog is a keyboard-usable modal, and "each
 * language" downloads one .pptx per language, each a package with the edition's slides, its
 * charts, notes and runs in that language. The writer is not loaded until a deck is made.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, test } from './fixtures';

/** Downloads of the page, in the order they start. */
function collectDownloads(page: Page): Download[] {
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  return downloads;
}

/**
 * Open the page on a view and wait until the app has taken over from the pre-rendered first
 * screen (whose buttons are only markup): its chart panels are there.
 */
async function open(page: Page, query: string, button: string): Promise<void> {
  await page.goto(`/?${query}`);
  await expect(page.locator('section[data-panel]').first()).toBeAttached({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: button })).toBeEnabled();
}

async function openDeckDialog(page: Page, name: string) {
  await page.getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('PowerPoint deck', () => {
  test('downloads one deck per language, each with its slides, charts and notes', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || /\.js$/.test(r.url())) scripts.push(r.url());
    });
    const downloads = collectDownloads(page);
    await open(page, 'lang=en', 'Download deck');
    // Nothing of the deck is loaded with the page.
    expect(scripts.filter((u) => /deck-(dialog|worker)/.test(u))).toEqual([]);

    const dialog = await openDeckDialog(page, 'Download deck');
    await expect(dialog.getByRole('radio', { name: 'The current view' })).toBeChecked();
    await dialog.getByRole('radio', { name: 'The whole edition' }).check();
    await expect(
      dialog.getByRole('radio', { name: 'Each language (one file each)' }),
    ).toBeChecked();
    // The writer loads only now.
    expect(scripts.filter((u) => /deck-worker/.test(u))).toEqual([]);
    await dialog.getByRole('button', { name: 'Download deck' }).click();

    await expect(dialog.getByRole('status')).toHaveText(
      'Saved ai-2026-04-deck.zh.pptx, ai-2026-04-deck.en.pptx',
      { timeout: 60_000 },
    );
    expect(downloads.map((d) => d.suggestedFilename())).toEqual([
      'ai-2026-04-deck.zh.pptx',
      'ai-2026-04-deck.en.pptx',
    ]);
    expect(scripts.some((u) => /deck-worker/.test(u))).toBe(true);

    for (const [i, lang] of (['zh-CN', 'en-US'] as const).entries()) {
      const download = downloads[i];
      if (!download) throw new Error('missing download');
      const path = await download.path();
      const zip = await JSZip.loadAsync(readFileSync(path));
      const files = Object.keys(zip.files);
      const slides = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
      // Title, headline figures, 13 panels, and the treemap's table.
      expect(slides.length).toBeGreaterThanOrEqual(15);
      expect(files).toContain('ppt/slides/slide1.xml');
      expect(files.filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))).toHaveLength(
        slides.length,
      );
      const charts = files.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
      expect(charts.length).toBeGreaterThanOrEqual(8);
      const slide1 = await zip.file('ppt/slides/slide1.xml')?.async('string');
      expect(slide1).toContain(
        lang === 'zh-CN' ? 'AI 技术 4 月深度观察' : 'AI Technology in April: An In-Depth Look',
      );
      expect(slide1).toContain(`lang="${lang}"`);
      const chart = await zip.file(charts[0] ?? '')?.async('string');
      expect(chart).toContain('<c:ser>');
      expect(chart).toContain('<a:ea typeface="Microsoft YaHei"');
    }

    // Escape closes the dialog and gives the focus back to the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Download deck' })).toBeFocused();
  });

  test('is a modal in the page’s language, kept by the keyboard', async ({ page }) => {
    await open(page, 'lang=zh&org=meta', '下载演示文稿');
    const dialog = await openDeckDialog(page, '下载演示文稿');
    await expect(dialog).toContainText('筛选：Meta');
    await expect(dialog.getByRole('radio', { name: '当前视图' })).toBeFocused();
    // Tab goes round the dialog's controls and never reaches the page behind.
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    // L (the page's language shortcut) does nothing while the dialog is open.
    await page.keyboard.press('l');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: '下载演示文稿' })).toBeFocused();
  });
});
