/**
 * Broken report files (src/test/bad-reports.ts, made in memory) served in place of the report:
 * the page explains each one in the reader's language, naming the field path or the reason it
 * is not JSON; the header and the language switch keep working; once the server is fixed,
 * Retry loads the real report. Hostile text in a valid report is shown as text and never run.
 * Fetch failures errors.spec.ts does not cover: a timeout, a truncated transfer, and the
 * user's language and filters surviving a failure and a Retry.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { reportText } from '../src/test/bad-reports';
import {
  activeFilters,
  badReport,
  expect,
  filterOption,
  headlineRegion,
  langButton,
  loadErrorAlert,
  loadErrorRetry,
  REPORT_FILE,
  REPORT_ROUTE,
  serveBadReport,
  test,
  TEXT,
  type BadReport,
  type Lang,
} from './fixtures';

const CJK = /[\u4e00-\u9fff]/;

/** The sentence above the list of problems, or the not-JSON sentence, per language. */
const HEADLINE: Record<'schema' | 'not-json', Record<Lang, string>> = {
  schema: {
    en: `${REPORT_FILE} does not match the report format`,
    zh: `${REPORT_FILE} 不符合报告格式`,
  },
  'not-json': { en: `${REPORT_FILE} is not valid JSON:`, zh: `${REPORT_FILE} 不是有效的 JSON：` },
};

/** What the problems list shows instead of a path for the file itself. */
const ROOT_PATH: Record<Lang, string> = { en: '(file)', zh: '（文件）' };

/**
 * A reason the not-JSON message gives, per file and language: the loader's own reasons are
 * worded in the page's language; the JSON parser's message is quoted as the browser gives it.
 */
const NOT_JSON_REASON: Record<string, Record<Lang, RegExp>> = {
  empty: { en: /the file is empty/, zh: /文件为空/ },
  'utf8-bom': { en: /byte-order mark/, zh: /字节顺序标记/ },
  truncated: { en: /the JSON parser says “.*JSON/, zh: /JSON 解析器报告“.*JSON/ },
  'not-json': { en: /Unexpected token/, zh: /JSON 解析器报告“Unexpected token/ },
  'nan-literal': { en: /Unexpected token/, zh: /JSON 解析器报告“Unexpected token/ },
};

/**
 * Representative files: every family of damage, both error kinds, [name, also read in the
 * other language]. Every case of src/test/bad-reports.ts goes through the loader and the
 * validator in src/data/bad-reports.test.ts; these are the ones the page is shown.
 */
const REPRESENTATIVE: [string, boolean][] = [
  ['number-as-string', true],
  ['infinity', false],
  ['range-low-above-high', false],
  ['empty', false],
  ['dangling-reference', false],
  ['duplicate-thread-id', false],
  ['utf8-bom', true],
  ['impossible-date', true],
  ['missing-language', false],
  ['javascript-url', false],
  ['truncated', true],
  ['huge-text-5mb', false],
  ['deep-nesting', false],
  ['not-json', false],
  ['extra-top-level-key', true],
];

/** The first item of the problems list: its path (a <code>) and its whole text. */
function firstProblem(page: Page, lang: Lang) {
  const item = loadErrorAlert(page, lang).getByRole('listitem').first();
  return { item, path: item.locator('code') };
}

async function expectExplained(page: Page, entry: BadReport, lang: Lang): Promise<void> {
  if (entry.kind === 'valid') throw new Error(`${entry.name} is not broken`);
  const alert = loadErrorAlert(page, lang);
  // Decoding and checking the 5 MB file takes a moment on a busy machine.
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(alert).toContainText(HEADLINE[entry.kind][lang]);
  if (entry.kind === 'schema') {
    const { item, path } = firstProblem(page, lang);
    await expect(path).toHaveText(entry.path || ROOT_PATH[lang]);
    // The problem is worded after its path, in the page's language.
    const wording = ((await item.textContent()) ?? '').slice(
      ((await path.textContent()) ?? '').length,
    );
    expect(wording.trim(), 'the problem says what was expected').not.toBe('');
    if (lang === 'zh') expect(wording).toMatch(CJK);
    else expect(wording).not.toMatch(CJK);
  } else {
    await expect(alert.getByRole('listitem')).toHaveCount(0);
    const reason = NOT_JSON_REASON[entry.name]?.[lang];
    if (reason) await expect(alert).toContainText(reason);
    if (lang === 'zh' && entry.name !== 'truncated' && entry.name !== 'not-json') {
      await expect(alert).not.toContainText(/\bthe file\b/);
    }
  }
  await expect(loadErrorRetry(page, lang)).toBeEnabled();
  await expect(headlineRegion(page, lang)).toHaveCount(0);
}

/** The page shell in `lang`: <html lang>, the pressed language button, the h1. */
async function expectShell(page: Page, lang: Lang): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', TEXT[lang].htmlLang);
  await expect(langButton(page, lang)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test.describe('a broken report file', () => {
  // One load: the first file is served with the page; each next one is what the server
  // answers the Retry for the one before, so its explanation replaces the last; the last
  // Retry gets the real report.
  test('is explained, file after file, in the reader’s language; Retry recovers', async ({
    page,
  }) => {
    test.slow();
    let lang: Lang = 'en';
    for (const [index, [name, inOtherLanguage]] of REPRESENTATIVE.entries()) {
      const entry = badReport(name);
      await test.step(`${name}: ${entry.description}`, async () => {
        await page.unroute(REPORT_ROUTE);
        await serveBadReport(page, name);
        if (index === 0) await page.goto(`/?lang=${lang}`);
        else await loadErrorRetry(page, lang).click();
        await expectExplained(page, entry, lang);
        await expectShell(page, lang);
        await expect(loadErrorAlert(page, lang), 'one explanation, not two').toHaveCount(1);

        if (inOtherLanguage) {
          const previous = lang;
          lang = lang === 'en' ? 'zh' : 'en';
          await langButton(page, lang).click();
          await expectExplained(page, entry, lang);
          await expectShell(page, lang);
          await expect(loadErrorAlert(page, previous)).toHaveCount(0);
        }
      });
    }

    await test.step('the server is fixed: Retry loads the real report, in the language chosen', async () => {
      await page.unroute(REPORT_ROUTE);
      await loadErrorRetry(page, lang).click();
      await expect(headlineRegion(page, lang)).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT[lang].reportTitle);
    });
  });
});

test.describe('hostile text in a valid report', () => {
  const entry = badReport('html-in-text');
  const texts = entry.texts ?? [];
  const [imgTitle] = texts;

  test('is shown as text: no element, no script, no link, no dialog', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await serveBadReport(page, entry.name);
    // Open the first event's card too: its title is hostile.
    await page.goto('/?lang=en&event=gemini-3-1-ultra');
    await expect(headlineRegion(page, 'en')).toBeVisible();
    expect(imgTitle).toBe('<img src=x onerror=alert(1)>');

    // The report title: the h1 and the document title hold the markup as characters.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(imgTitle ?? '');
    await expect(page).toHaveTitle(new RegExp(`^${(imgTitle ?? '').replace(/[()]/g, '\\$&')}`));
    // Every hostile string is somewhere on the page as text (the figures table, the event
    // card, the filters, the source lists).
    // (The figures table renders a moment after the cards: poll.)
    for (const text of texts) {
      await expect
        .poll(() => page.evaluate((t) => document.body.textContent?.includes(t) ?? false, text), {
          message: `“${text}” is on the page as text`,
        })
        .toBe(true);
    }
    await expect(page.getByText(imgTitle ?? '', { exact: true }).first()).toBeVisible();

    // Hover every chart, so that tooltips (HTML, built from the data) are drawn.
    for (const svg of await page.locator('section[data-panel] svg').all()) {
      await svg.scrollIntoViewIfNeeded();
      const box = await svg.boundingBox();
      if (!box) continue;
      for (const fx of [0.3, 0.5, 0.7]) {
        await page.mouse.move(box.x + box.width * fx, box.y + box.height * 0.5);
      }
    }
    await page.keyboard.press('l');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.keyboard.press('l');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // Nothing the data held became an element, a handler, a script or a link.
    const found = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        imgX: document.querySelectorAll('img[src="x"]').length,
        hostileTags: document.querySelectorAll('b[onmouseover], a[href^="javascript:" i]').length,
        handlers: all
          .flatMap((el) => [...el.attributes].map((a) => `${el.tagName}[${a.name}]`))
          .filter((a) => /\[on/i.test(a)),
        inlineScripts: [...document.scripts].filter((s) => !s.src).map((s) => s.text.slice(0, 80)),
        links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
      };
    });
    expect(found.imgX, 'no <img src="x"> was created').toBe(0);
    expect(found.hostileTags).toBe(0);
    expect(found.handlers, 'no inline event handler anywhere').toEqual([]);
    expect(found.inlineScripts).toEqual([]);
    for (const href of found.links) {
      expect(href, 'every link is http(s) or in-page').toMatch(/^(https?:\/\/|#|\.?\/)/);
    }
    expect(dialogs, 'no dialog opened').toEqual([]);
  });
});

test.describe('a request that never answers', () => {
  test('times out with the timeout message, and Retry recovers', async ({ page }) => {
    // AbortSignal.timeout follows the fake clock: 15 s pass in a moment.
    await page.clock.install();
    let asked = 0;
    await page.route(REPORT_ROUTE, () => {
      asked++; // and never answer
    });
    await page.goto('/?lang=en');
    await expect.poll(() => asked).toBe(1);
    const alert = loadErrorAlert(page, 'en');
    // One attempt, one automatic retry after a second, then the error: 15 + 1 + 15 s. The app
    // itself starts after the first paint, in real time (the first request above is the
    // page's preload): step the fake clock, letting real time pass too, until the error shows.
    for (let i = 0; i < 60 && !(await alert.isVisible()); i++) {
      await page.clock.runFor(2_000);
      await page.waitForTimeout(50);
    }
    await expect(alert).toContainText(`The request for ${REPORT_FILE} took longer than 15 s.`);
    await expect.poll(() => asked, { message: 'tried twice before giving up' }).toBe(2);
    await langButton(page, 'zh').click();
    await expect(loadErrorAlert(page, 'zh')).toContainText(`${REPORT_FILE}`);
    await expect(loadErrorAlert(page, 'zh')).toContainText('超过 15 秒未完成');

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await loadErrorRetry(page, 'zh').click();
    await expect(headlineRegion(page, 'zh')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('a transfer that breaks, and what the user had set', () => {
  // Chromium logs the cut-off transfer and the aborted request.
  test.use({
    allowConsoleErrors: /Failed to load resource: net::(ERR_CONTENT_LENGTH_MISMATCH|ERR_FAILED)/,
  });

  const thread = { id: 'efficiency', zh: '从参数扩张到效率优化' };

  test('a connection dropped mid-body; language and thread filter survive a failure and a Retry', async ({
    page,
  }) => {
    await test.step('a connection dropped mid-body is a network error, and Retry recovers', async () => {
      // A server that promises the whole file, sends a third of it, and hangs up. The page's
      // request stays same-origin; Playwright forwards it to this server.
      const body = Buffer.from(reportText());
      const server = createServer((_req, res) => {
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': String(body.length),
        });
        res.write(body.subarray(0, Math.floor(body.length / 3)), () => {
          setTimeout(() => res.socket?.destroy(), 20);
        });
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      try {
        const { port } = server.address() as AddressInfo;
        await page.route(REPORT_ROUTE, (route) =>
          route.continue({ url: `http://127.0.0.1:${port}/data/${REPORT_FILE}` }),
        );
        await page.goto('/?lang=en');
        const alert = loadErrorAlert(page, 'en');
        await expect(alert).toContainText(`The network request for ${REPORT_FILE} failed:`);
        await page.unroute(REPORT_ROUTE);
        await loadErrorRetry(page, 'en').click();
        await expect(headlineRegion(page, 'en')).toBeVisible();
      } finally {
        server.close();
      }
      await page.evaluate(() => localStorage.clear());
    });

    for (const failure of ['a broken file', 'a network failure'] as const) {
      await test.step(failure, async () => {
        if (failure === 'a broken file') await serveBadReport(page, 'unknown-thread-id');
        else await page.route(REPORT_ROUTE, (route) => route.abort('failed'));
        await page.goto(`/?lang=zh&thread=${thread.id}`);
        await expect(loadErrorAlert(page, 'zh')).toBeVisible();
        const url = new URL(page.url());
        expect(url.searchParams.get('lang')).toBe('zh');
        expect(url.searchParams.get('thread')).toBe(thread.id);

        await page.unroute(REPORT_ROUTE);
        await loadErrorRetry(page, 'zh').click();
        await expect(headlineRegion(page, 'zh')).toBeVisible();
        const after = new URL(page.url());
        expect(after.searchParams.get('lang')).toBe('zh');
        expect(after.searchParams.get('thread')).toBe(thread.id);
        await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
        await expect(filterOption(page, 'zh', 'threads', thread.zh)).toBeChecked();
        await expect(activeFilters(page, 'zh')).toContainText(thread.zh);
      });
    }
  });
});
