/**
 * When the report cannot be loaded: a translated explanation (role alert) with Retry, for a
 * server error, a network failure, a body that is not JSON or not a report, and an unknown
 * report id. The header, and so the language switch, keeps working throughout.
 */
import type { Page, Route } from '@playwright/test';
import {
  expect,
  figureRows,
  gotoApp,
  headlineRegion,
  LANGS,
  test,
  TEXT,
  TOTAL_FIGURES,
  type Lang,
} from './fixtures';

const REPORT = '**/data/ai-2026-04.json';
const FILE = 'ai-2026-04.json';

/** An alert found by its heading. */
function alertHeaded(page: Page, heading: string) {
  return page.getByRole('alert').filter({
    has: page.getByRole('heading', { name: heading, exact: true }),
  });
}

/** The load-error panel, found by its role and its heading. */
function loadError(page: Page, lang: Lang) {
  return alertHeaded(page, TEXT[lang].errorTitle);
}

function retryButton(page: Page, lang: Lang) {
  return loadError(page, lang).getByRole('button', { name: TEXT[lang].retry, exact: true });
}

test.describe('a server error', () => {
  // Chromium logs every failed response as "Failed to load resource: … status of 500".
  test.use({
    allowConsoleErrors: [/Failed to load resource: the server responded with a status of 500/],
  });

  test('shows the status, follows a language switch, and Retry recovers', async ({ page }) => {
    let served = 0;
    await page.route(REPORT, async (route) => {
      served++;
      await route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal error' });
    });
    await page.goto('/?lang=en');

    const en = loadError(page, 'en');
    await expect(en).toBeVisible();
    await expect(en).toContainText(`The server answered 500 for ${FILE}.`);
    await expect(retryButton(page, 'en')).toBeEnabled();
    expect(served, 'the app tried at least once').toBeGreaterThanOrEqual(1);

    // The header still works: the error is explained again in Chinese.
    await page.getByRole('button', { name: TEXT.zh.chinese, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const zh = loadError(page, 'zh');
    await expect(zh).toBeVisible();
    await expect(zh).toContainText(`服务器对 ${FILE} 返回了 500。`);
    await expect(en).toHaveCount(0);
    await expect(page).toHaveTitle('AI 报告数据看板');

    // The server is fixed; Retry loads the report.
    await page.unroute(REPORT);
    await retryButton(page, 'zh').click();
    await expect(headlineRegion(page, 'zh')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page).toHaveTitle(new RegExp(TEXT.zh.reportTitle));
  });
});

test.describe('a network failure', () => {
  test.use({ allowConsoleErrors: [/Failed to load resource: net::ERR_FAILED/] });

  for (const [lang, message] of [
    ['en', `The network request for ${FILE} failed:`],
    ['zh', `请求 ${FILE} 时网络出错：`],
  ] as const) {
    test(`shows the network message (${lang})`, async ({ page }) => {
      await page.route(REPORT, (route) => route.abort('failed'));
      await page.goto(`/?lang=${lang}`);
      const alert = loadError(page, lang);
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(message);
      await expect(retryButton(page, lang)).toBeVisible();
    });
  }
});

interface BodyCase {
  name: string;
  handler: (route: Route) => Promise<void>;
  message: Record<Lang, string>;
  /** Text in the list of schema problems. */
  problem?: string;
}

const BODY_CASES: BodyCase[] = [
  {
    name: 'a body that is not JSON',
    handler: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"schemaVersion": 1, "report": oops',
      }),
    message: { en: `${FILE} is not valid JSON:`, zh: `${FILE} 不是有效的 JSON：` },
  },
  {
    name: 'a body served as HTML',
    handler: (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>hi</p>' }),
    message: {
      en: `${FILE} was served as “text/html”, not JSON.`,
      zh: `${FILE} 的内容类型是“text/html”，不是 JSON。`,
    },
  },
  {
    name: 'a report that breaks the schema',
    handler: async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { figures: { value: unknown }[] };
      const first = json.figures[0];
      if (!first) throw new Error('the real report has no figures');
      first.value = 'two hundred billion';
      await route.fulfill({ response, json });
    },
    message: {
      en: `${FILE} does not match the report format`,
      zh: `${FILE} 不符合报告格式`,
    },
    problem: 'figures[0].value',
  },
];

for (const c of BODY_CASES) {
  test.describe(c.name, () => {
    for (const lang of ['en', 'zh'] as const) {
      test(`shows its own message (${lang})`, async ({ page }) => {
        await page.route(REPORT, c.handler);
        await page.goto(`/?lang=${lang}`);
        const alert = loadError(page, lang);
        await expect(alert).toBeVisible();
        await expect(alert).toContainText(c.message[lang]);
        if (c.problem) {
          await expect(
            alert.getByRole('listitem').filter({
              has: page.getByText(c.problem, { exact: true }),
            }),
          ).toHaveCount(1);
        }
        await expect(retryButton(page, lang)).toBeVisible();
        await expect(headlineRegion(page, lang)).toHaveCount(0);
      });
    }
  });
}

test.describe('an unknown ?report=', () => {
  for (const [lang, notice] of [
    ['en', 'There is no report “nope”; showing the newest report instead.'],
    ['zh', '没有名为“nope”的报告，已改为显示最新一期。'],
  ] as const) {
    test(`shows a notice and falls back to the newest report (${lang})`, async ({ page }) => {
      await gotoApp(page, { lang, report: 'nope' });
      await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT[lang].reportTitle);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});

test.describe('a lazily loaded chunk that fails to load', () => {
  // The failed chunk request, and React reporting the error its boundary caught.
  test.use({
    allowConsoleErrors: [/Failed to load resource|Failed to fetch dynamically imported module/],
  });

  test('leaves the cards and the figures table working', async ({ page }) => {
    // The scripts the page itself names are the entry, which loads the app (start-*.js) once
    // the first screen has painted; every other script is loaded lazily.
    const html = await (await page.request.get('/')).text();
    const entry = new Set(
      [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.js)"/g)].map(
        (m) => new URL(m[1] ?? '', 'http://127.0.0.1/').pathname,
      ),
    );
    expect(entry.size, 'index.html names its entry script').toBeGreaterThan(0);
    const isApp = (path: string): boolean => entry.has(path) || /\/start-[\w-]+\.js$/.test(path);
    await page.route('**/assets/*.js', (route) =>
      isApp(new URL(route.request().url()).pathname) ? route.continue() : route.abort('failed'),
    );
    const lazyChunkFailed = page
      .waitForEvent('requestfailed', {
        predicate: (req) => /\/assets\/[^/]+\.js$/.test(new URL(req.url()).pathname),
        timeout: 8_000,
      })
      .then(
        () => true,
        () => false,
      );

    await page.goto('/?lang=en');
    expect(
      await lazyChunkFailed,
      'the charts are a lazily loaded chunk, and its request failed',
    ).toBe(true);
    // React reports the rejected import a few hundred milliseconds later: give it time to.
    const uncaught = await page.waitForEvent('pageerror', { timeout: 1_500 }).then(
      (err) => err.message,
      () => null,
    );
    expect(
      uncaught,
      'the failed chunk is handled inside the page, not thrown out of it',
    ).toBeNull();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT.en.reportTitle);
    await expect(headlineRegion(page, 'en')).toBeVisible();
    await expect(figureRows(page, 'en')).toHaveCount(TOTAL_FIGURES);
  });
});

test.describe('the app’s own code fails to load', () => {
  // The failed request, and main.tsx logging why the app did not start.
  test.use({
    allowConsoleErrors: [/Failed to load resource|The app failed to load/],
  });
  const APP_CHUNK = '**/assets/start-*.js';

  for (const lang of LANGS) {
    test(`says so in the page’s language, keeps the figures, and Reload recovers (${lang})`, async ({
      page,
    }) => {
      let refused = 0;
      await page.route(APP_CHUNK, async (route) => {
        refused++;
        await route.abort('failed');
      });
      await page.goto(`/?lang=${lang}`);

      const alert = alertHeaded(page, TEXT[lang].appErrorTitle);
      await expect(alert).toBeVisible();
      expect(refused, 'the app chunk was requested and refused').toBeGreaterThanOrEqual(1);
      // The first screen's figures stay readable; the placeholder for the charts is gone.
      await expect(headlineRegion(page, lang)).toBeVisible();
      await expect(page.locator('main > .layout[aria-hidden="true"]')).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('lang', TEXT[lang].htmlLang);

      // The connection is back: Reload (reachable from the keyboard) starts the app.
      await page.unroute(APP_CHUNK);
      const reload = alert.getByRole('button', { name: TEXT[lang].reload, exact: true });
      await reload.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('checkbox').first()).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(headlineRegion(page, lang)).toBeVisible();
    });
  }
});
