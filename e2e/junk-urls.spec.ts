/**
 * Junk in the address bar (src/test/junk-urls.ts): every entry's canonical form is checked
 * against the parser in src/state/junk-urls.test.ts; here the entries whose handling only the
 * running app shows are loaded. Each loads cleanly (the fixture fails the test on any console
 * error, uncaught exception, CSP violation or foreign request), the cards are on screen, and
 * the app replaces the address with its canonical form (src/app/sync.ts).
 */
import { JUNK } from '../src/test/junk-urls';
import {
  activeFilters,
  expect,
  headlineRegion,
  matchCount,
  settledMatchCount,
  parseMatchCount,
  test,
  TEXT,
} from './fixtures';

const IN_BROWSER = JUNK.filter((j) => j.inBrowser);

test('junk URLs load cleanly and are made canonical', async ({ page }) => {
  // One page for all of them (a fresh load each, with the saved language cleared), so that the
  // whole list costs little more than the page loads; each URL is a step of its own.
  expect(IN_BROWSER.length).toBeGreaterThanOrEqual(8);
  let problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });

  for (const junk of IN_BROWSER) {
    await test.step(`${junk.name} (${junk.inBrowser}): /${junk.url.slice(0, 80)}`, async () => {
      problems = [];
      const lang = junk.lang ?? 'en';
      const hash = junk.url.includes('#') ? junk.url.slice(junk.url.indexOf('#')) : '';
      await page.goto(`/${junk.url}`);
      await expect(headlineRegion(page, lang)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', TEXT[lang].htmlLang);
      await expect(matchCount(page, lang)).toBeVisible();

      await expect
        .poll(() => new URL(page.url()).search, { message: 'the address is canonical' })
        .toBe(junk.canonical);
      expect(new URL(page.url()).hash).toBe(hash);
      expect(new URL(page.url()).pathname).toBe('/');
      // Nothing from the URL became markup.
      await expect(page.locator('img[src="x"], script:not([src])')).toHaveCount(0);
      if (junk.unknownToReport) {
        // Dropped once the report has loaded, so it can never filter out everything with no
        // chip to undo it.
        const count = parseMatchCount(await settledMatchCount(page, lang));
        const chips = await activeFilters(page, lang).count();
        expect(
          count.events > 0 || chips > 0,
          `${count.events} events match and no chip explains why`,
        ).toBe(true);
      }
      expect(problems, 'no console error, exception or dialog').toEqual([]);

      // The next URL starts afresh: no saved language, and a real load (not a hash change).
      await page.evaluate(() => localStorage.clear());
      await page.goto('about:blank');
    });
  }
});
