/**
 * One panel in someone else's page: the embed code's frame, served from a second local
 * origin, shows the panel in the language (and with the filters) its address names, pinned to
 * its edition, and the frame's height follows the panel's as it posts it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
const APP = `http://127.0.0.1:${APP_PORT}`;
/** The host page lives on another origin: another host name and port. */
const HOST_PORT = APP_PORT + 1;
const HOST = `http://localhost:${HOST_PORT}`;

let server: Server;
let hostPage = '';

test.beforeAll(async () => {
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(hostPage);
  });
  await new Promise<void>((resolve) => server.listen(HOST_PORT, 'localhost', resolve));
  expect((server.address() as AddressInfo).port).toBe(HOST_PORT);
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test.use({ allowOrigins: [HOST] });

for (const lang of ['en', 'zh'] as const) {
  test(`a panel embedded in another site's page, its frame fitting it (${lang})`, async ({
    page,
  }) => {
    // The code the Export menu gives, pasted into a page of another site.
    await page.goto(`${APP}/?lang=${lang}`);
    const panel = page.locator('section[data-panel="q1-venture"]');
    await panel.scrollIntoViewIfNeeded();
    await panel.getByRole('button', { name: lang === 'en' ? /^Export/ : /^导出/ }).click();
    await panel
      .getByRole('button', { name: lang === 'en' ? 'Embed in a page' : '嵌入网页' })
      .click();
    const code = await panel.locator('textarea').inputValue();
    expect(code).toContain('embed=q1-venture');
    expect(code).toContain('report=ai-2026-04');
    expect(code).toContain(`lang=${lang}`);
    hostPage = `<!doctype html><html><head><title>Host</title></head><body><h1>An article</h1>${code}<p>After the frame.</p></body></html>`;

    await page.goto(HOST);
    const frame = page.frameLocator('iframe[data-ai-report-embed]');
    const title = lang === 'en' ? 'AI venture funding set a record' : '2026 年 Q1 AI 风投创纪录';
    await expect(frame.getByRole('heading', { level: 3 })).toContainText(title, {
      timeout: 15_000,
    });
    await expect(frame.locator('.chart svg')).toBeVisible();
    // Minimal chrome: no header, no cards, no filters; a link to the whole dashboard.
    await expect(frame.locator('.masthead, .cards-section, .filters')).toHaveCount(0);
    await expect(frame.getByRole('link')).toHaveAttribute('href', /report=ai-2026-04/);
    // The frame's height follows the panel's (it started at 560 px).
    const iframe = page.locator('iframe[data-ai-report-embed]');
    await expect
      .poll(async () => (await iframe.boundingBox())?.height ?? 0, { timeout: 10_000 })
      .not.toBe(560);
    const inner = await frame.locator('main').evaluate((m) => m.getBoundingClientRect().height);
    const outer = (await iframe.boundingBox())?.height ?? 0;
    expect(Math.abs(outer - inner)).toBeLessThan(40);
  });
}

test('an embed honours the filters and theme its address names', async ({ page }) => {
  await page.goto(`${APP}/?embed=revenue&report=ai-2026-04&lang=en&org=anthropic&theme=dark`);
  await expect(page.getByRole('heading', { level: 3 })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.masthead')).toHaveCount(0);
  // The theme in the address is not saved as this device's choice.
  expect(await page.evaluate(() => localStorage.getItem('ai-report:theme'))).toBeNull();
});
