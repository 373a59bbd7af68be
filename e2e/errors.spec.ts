/**
 * When the report cannot be loaded: a translated explanation (role alert) with Retry, for a
 * server error, a network failure, a body that is not JSON, served as HTML or not a report,
 * and an unknown report id; when a lazily loaded chunk or the app's own code cannot be
 * loaded. The header, and so the language switch, keeps working throughout: each failure is
 * read in the language the page was opened in, then in the other one after a switch.
 * (Broken files of every kind: bad-data.spec.ts; their wording: src/data/bad-reports.test.ts.)
 */
import type { Page, Route } from '@playwright/test';
import {
  expect,
  figureRows,
  gotoApp,
  headlineRegion,
  langButton,
  LANGS,
  loadErrorAlert,
  loadErrorRetry,
  REPORT_FILE,
  REPORT_ROUTE,
  test,
  TEXT,
  TOTAL_FIGURES,
  type Lang,
} from './fixtures';

/** An alert found by its heading. */
function alertHeaded(page: Page, heading: string) {
  return page.getByRole('alert').filter({
    has: page.getByRole('heading', { name: heading, exact: true }),
  });
}

const other = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');

interface FailureCase {
  name: string;
  /** The language the page is opened in; the other one is read after a switch. */
  lang: Lang;
  handler: (route: Route) => Promise<void>;
  message: Record<Lang, string>;
  /** Text in the list of schema problems. */
  problem?: string;
}

const FAILURES: FailureCase[] = [
  {
    name: 'a network failure',
    lang: 'zh',
    handler: (route) => route.abort('failed'),
    message: {
      en: `The network request for ${REPORT_FILE} failed:`,
      zh: `请求 ${REPORT_FILE} 时网络出错：`,
    },
  },
  {
    name: 'a body that is not JSON',
    lang: 'en',
    handler: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"schemaVersion": 1, "report": oops',
      }),
    message: { en: `${REPORT_FILE} is not valid JSON:`, zh: `${REPORT_FILE} 不是有效的 JSON：` },
  },
  {
    name: 'a body served as HTML',
    lang: 'zh',
    handler: (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>hi</p>' }),
    message: {
      en: `${REPORT_FILE} was served as “text/html”, not JSON.`,
      zh: `${REPORT_FILE} 的内容类型是“text/html”，不是 JSON。`,
    },
  },
  {
    name: 'a report that breaks the schema',
    lang: 'en',
    handler: async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { figures: { value: unknown }[] };
      const first = json.figures[0];
      if (!first) throw new Error('the real report has no figures');
      first.value = 'two hundred billion';
      await route.fulfill({ response, json });
    },
    message: {
      en: `${REPORT_FILE} does not match the report format`,
      zh: `${REPORT_FILE} 不符合报告格式`,
    },
    problem: 'figures[0].value',
  },
];

test.describe('a request that fails or a body that is not a report', () => {
  // Chromium logs a failed response ("… status of 500") and an aborted request.
  test.use({
    allowConsoleErrors: [
      /Failed to load resource: (the server responded with a status of 500|net::ERR_FAILED)/,
    ],
  });

  test('each shows its own message, in both languages, with Retry', async ({ page }) => {
    await test.step('a server error: the status, a language switch, and Retry recovers', async () => {
      let served = 0;
      await page.route(REPORT_ROUTE, async (route) => {
        served++;
        await route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal error' });
      });
      await page.goto('/?lang=en');

      const en = loadErrorAlert(page, 'en');
      await expect(en).toBeVisible();
      await expect(en).toContainText(`The server answered 500 for ${REPORT_FILE}.`);
      await expect(loadErrorRetry(page, 'en')).toBeEnabled();
      expect(served, 'the app tried at least once').toBeGreaterThanOrEqual(1);

      // The header still works: the error is explained again in Chinese.
      await langButton(page, 'zh').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      const zh = loadErrorAlert(page, 'zh');
      await expect(zh).toBeVisible();
      await expect(zh).toContainText(`服务器对 ${REPORT_FILE} 返回了 500。`);
      await expect(en).toHaveCount(0);
      await expect(page).toHaveTitle('AI 报告数据看板');

      // The server is fixed; Retry loads the report.
      await page.unroute(REPORT_ROUTE);
      await loadErrorRetry(page, 'zh').click();
      await expect(headlineRegion(page, 'zh')).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page).toHaveTitle(new RegExp(TEXT.zh.reportTitle));
      await page.evaluate(() => localStorage.clear());
    });

    for (const c of FAILURES) {
      await test.step(c.name, async () => {
        await page.route(REPORT_ROUTE, c.handler);
        await page.goto(`/?lang=${c.lang}`);
        for (const lang of [c.lang, other(c.lang)]) {
          if (lang !== c.lang) await langButton(page, lang).click();
          const alert = loadErrorAlert(page, lang);
          await expect(alert).toBeVisible();
          await expect(alert).toContainText(c.message[lang]);
          if (c.problem) {
            await expect(
              alert.getByRole('listitem').filter({
                has: page.getByText(c.problem, { exact: true }),
              }),
            ).toHaveCount(1);
          }
          await expect(loadErrorRetry(page, lang)).toBeVisible();
          await expect(headlineRegion(page, lang)).toHaveCount(0);
        }
        await page.unroute(REPORT_ROUTE);
        await page.evaluate(() => localStorage.clear());
      });
    }
  });
});

test('an unknown ?report= shows a notice and falls back to the newest report', async ({ page }) => {
  const NOTICE: Record<Lang, string> = {
    en: 'There is no report “nope”; showing the newest report instead.',
    zh: '没有名为“nope”的报告，已改为显示最新一期。',
  };
  for (const lang of LANGS) {
    await test.step(lang, async () => {
      await gotoApp(page, { lang, report: 'nope' }, lang);
      await expect(page.getByRole('status').filter({ hasText: NOTICE[lang] })).toBeVisible();
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
    // The scripts the page itself names are the entry, which loads React DOM
    // (framework-*.js) and then the app (start-*.js) once the first screen has painted,
    // with the chunks those import statically (code shared with other chunks). The report's
    // validator (its worker, validate-worker-*.js, or on the page validate-file-*.js with
    // schema-*.js) is loaded beside the report: without it there is no report to show, a
    // failure the report's own messages above cover. The ICU warm-up worker
    // (intl-worker-*.js) starts with the entry. Every other script is loaded lazily.
    const html = await (await page.request.get('/')).text();
    const entry = new Set(
      [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.js)"/g)].map(
        (m) => new URL(m[1] ?? '', 'http://127.0.0.1/').pathname,
      ),
    );
    expect(entry.size, 'index.html names its entry script').toBeGreaterThan(0);
    const app = new Set<string>();
    const code = async (path: string): Promise<string> => (await page.request.get(path)).text();
    const entryCode = (await Promise.all([...entry].map(code))).join('\n');
    const roots = [...entryCode.matchAll(/\bimport\(\s*["'`]\.\/([\w.-]+\.js)/g)].map(
      (m) => `/assets/${m[1] ?? ''}`,
    );
    expect(
      roots.filter((path) => /\/(framework|start)-[\w-]+\.js$/.test(path)),
      'the entry loads React DOM, then the app',
    ).toHaveLength(2);
    for (const queue = roots; queue.length > 0;) {
      const path = queue.pop() ?? '';
      if (app.has(path)) continue;
      app.add(path);
      for (const m of (await code(path)).matchAll(
        /\b(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g,
      )) {
        queue.push(`/assets/${m[1] ?? ''}`);
      }
    }
    const isApp = (path: string): boolean =>
      entry.has(path) ||
      app.has(path) ||
      /\/(schema|validate-file|validate-worker|intl-worker)-[\w-]+\.js$/.test(path);
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
    // The charts' panels are what did not load.
    await expect(page.locator('section[data-panel]')).toHaveCount(0);
  });
});

test.describe('the chart module (ECharts) fails to load', () => {
  test.use({
    allowConsoleErrors: [/Failed to load resource|Failed to fetch dynamically imported module/],
  });

  test('the panel on screen says so once, with Try again, which draws it', async ({ page }) => {
    let requests = 0;
    let blocked = true;
    // By path: a retry asks for the chunk with a query of its own (src/lib/import-again.ts).
    await page.route(
      (url) => /\/assets\/chart-module-[\w-]+\.js$/.test(url.pathname),
      (route) => {
        requests += 1;
        return blocked ? route.abort('failed') : route.continue();
      },
    );
    await page.goto('/?lang=en');
    const error = page.locator('section.panel-error').first();
    await expect(error).toContainText('This panel failed to draw');
    // The failure is kept: the charts waiting for the module do not ask for it again.
    await page.waitForTimeout(1_000);
    expect(requests, 'requests for the chart module while it fails').toBe(1);
    await expect(headlineRegion(page, 'en')).toBeVisible();

    blocked = false;
    await error.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('section[data-panel] .chart-slot svg').first()).toBeVisible();
    expect(requests).toBe(2);
  });
});

test.describe('the app’s own code fails to load', () => {
  // The failed request, and main.tsx logging why the app did not start.
  test.use({
    allowConsoleErrors: [/Failed to load resource|The app failed to load/],
  });
  const APP_CHUNK = '**/assets/start-*.js';

  test('says so in the page’s language, keeps the figures, and Reload recovers', async ({
    page,
  }) => {
    for (const lang of LANGS) {
      await test.step(lang, async () => {
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
});
