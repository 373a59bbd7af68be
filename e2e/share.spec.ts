/**
 * Share links (issue 4): "Copy link" gives an address that reopens exactly this view in a new
 * page (language, filters, selection, date range, search), always naming the language; the
 * address follows the user's steps, so Back and Forward walk through them.
 */
import type { Page } from '@playwright/test';
import {
  activeFilters,
  chartPanel,
  clickBar,
  expect,
  filterBar,
  filterOption,
  gotoApp,
  langButton,
  matchCount,
  settledMatchCount,
  parseMatchCount,
  REPORT_FILE,
  searchBox,
  tableToggle,
  test,
  TEXT,
  UI,
  urlParams,
  waitForCharts,
  type Lang,
} from './fixtures';

const SHARE = {
  en: { copy: 'Copy link', copied: 'Link copied' },
  zh: { copy: '复制链接', copied: '链接已复制' },
} as const;

const THREAD = {
  id: 'capital-physical',
  en: 'Capital, compute and the physical world',
  zh: '资本、算力与物理世界',
};
const AGENTS = { id: 'agent-infrastructure', en: 'Agent infrastructure takes shape' };
/** A copied link names its edition too, so that it keeps opening this month's report. */
const EDITION_PARAM = { report: REPORT_FILE.replace(/\.json$/, '') };

/** Everything of the view a colleague would see, as text. */
interface Seen {
  htmlLang: string | null;
  checked: string[];
  chips: string[];
  selection: string[];
  count: string;
  search: string;
}

async function seen(page: Page, lang: Lang): Promise<Seen> {
  const checked = await filterBar(page, lang)
    .getByRole('checkbox')
    .evaluateAll((els) =>
      (els as HTMLInputElement[])
        .filter((el) => el.checked)
        .map((el) => (el.labels?.[0]?.textContent ?? el.value).trim()),
    );
  return {
    htmlLang: await page.locator('html').getAttribute('lang'),
    checked,
    // A chip's label (its × button left out).
    chips: await activeFilters(page, lang).locator('.chip > span:not(.swatch)').allTextContents(),
    selection: await activeFilters(page, lang)
      .locator('.chip--selection > span:not(.swatch)')
      .allTextContents(),
    count: await settledMatchCount(page, lang),
    search: await searchBox(page, lang).inputValue(),
  };
}

/** Click "Copy link" and read the clipboard back. */
async function copyLink(page: Page, lang: Lang): Promise<string> {
  await page.getByRole('button', { name: SHARE[lang].copy, exact: true }).click();
  await expect(page.locator('.share-controls').getByRole('status')).toHaveText(SHARE[lang].copied);
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('share links', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  });

  // One page: each step starts from a fresh load of its own address, with nothing saved.
  test('“复制链接” reopens the same view; the link names the language; Back and Forward', async ({
    page,
    context,
    guard,
  }) => {
    test.slow();
    await test.step('“复制链接” reopens the same view in a new page', async () => {
      // A date range from the address, the rest as a reader does it.
      await gotoApp(page, { from: '2026-03-15', to: '2026-04-30' }, 'en');
      await langButton(page, 'zh').click();
      await expect(page.locator('html')).toHaveAttribute('lang', TEXT.zh.htmlLang);

      await filterOption(page, 'zh', 'threads', THREAD.zh).check();
      await filterOption(page, 'zh', 'organisations', 'OpenAI').check();
      // The Q1 chart's OpenAI bar, labelled above it with its round.
      await clickBar(page, 'q1-venture', 'OpenAI · 1220 亿美元');
      await expect(
        activeFilters(page, 'zh').getByText(UI.zh.selected('OpenAI'), { exact: true }),
      ).toBeVisible();
      await searchBox(page, 'zh').fill('OpenAI');
      await expect.poll(() => urlParams(page).q).toBe('OpenAI');
      await tableToggle(page, 'q1-venture').click();
      await expect(chartPanel(page, 'q1-venture').getByRole('table')).toBeVisible();

      const expectedParams = {
        lang: 'zh',
        thread: THREAD.id,
        org: 'openai',
        sel: 'organisation:openai',
        from: '2026-03-15',
        to: '2026-04-30',
        q: 'OpenAI',
        // The open table is part of the view, so the link reopens it.
        table: 'q1-venture',
      };
      expect(urlParams(page)).toEqual(expectedParams);
      const before = await seen(page, 'zh');
      expect([...before.checked].sort()).toEqual(['OpenAI', THREAD.zh].sort());
      expect(before.selection).toEqual([UI.zh.selected('OpenAI')]);
      expect(before.chips.length).toBeGreaterThanOrEqual(5); // selection, thread, org, range, search
      const count = parseMatchCount(before.count);
      expect(count.figures).toBeGreaterThan(0);

      const link = await copyLink(page, 'zh');
      const url = new URL(link);
      expect(url.origin).toBe(new URL(page.url()).origin);
      expect(Object.fromEntries(url.searchParams)).toEqual({ ...expectedParams, ...EDITION_PARAM });

      const other = await context.newPage();
      guard.watch(other);
      await other.goto(link);
      await expect(other.locator('html')).toHaveAttribute('lang', TEXT.zh.htmlLang);
      await waitForCharts(other);
      await expect(matchCount(other, 'zh')).toHaveText(before.count);
      expect(await seen(other, 'zh')).toEqual(before);
      // The page the link opened keeps naming the edition the link named.
      expect(urlParams(other)).toEqual({ ...expectedParams, ...EDITION_PARAM });
      await expect(chartPanel(other, 'q1-venture').getByRole('table')).toBeVisible();
      await other.close();
      await page.evaluate(() => localStorage.clear());
    });

    await test.step('the link names the language even when it is the default one', async () => {
      await gotoApp(page, { thread: AGENTS.id }, 'en');
      expect(urlParams(page)).toEqual({ thread: AGENTS.id });
      const link = await copyLink(page, 'en');
      expect(Object.fromEntries(new URL(link).searchParams)).toEqual({
        lang: 'en',
        thread: AGENTS.id,
        ...EDITION_PARAM,
      });
    });

    await test.step('Back and Forward step through filter changes', async () => {
      await gotoApp(page, { lang: 'en' });
      const thread = filterOption(page, 'en', 'threads', THREAD.en);
      const agents = filterOption(page, 'en', 'threads', AGENTS.en);
      // The count follows a click in the render after the click's own frame: wait for it.
      const unfiltered = await settledMatchCount(page, 'en');

      await thread.check();
      await expect.poll(() => urlParams(page).thread).toBe(THREAD.id);
      const first = await settledMatchCount(page, 'en');
      expect(first).not.toBe(unfiltered);
      await agents.check();
      await expect
        .poll(() => urlParams(page).thread?.split(',').sort().join())
        .toBe([AGENTS.id, THREAD.id].sort().join());
      const both = await settledMatchCount(page, 'en');
      expect(both).not.toBe(first);

      await page.goBack();
      await expect(thread).toBeChecked();
      await expect(agents).not.toBeChecked();
      // English is the default: the page's own address leaves it out.
      expect(urlParams(page)).toEqual({ thread: THREAD.id });
      await expect(matchCount(page, 'en')).toHaveText(first);

      await page.goForward();
      await expect(thread).toBeChecked();
      await expect(agents).toBeChecked();
      await expect(matchCount(page, 'en')).toHaveText(both);

      await page.goBack();
      await page.goBack();
      await expect(thread).not.toBeChecked();
      await expect(agents).not.toBeChecked();
      await expect(activeFilters(page, 'en')).toHaveCount(0);
    });
  });
});
