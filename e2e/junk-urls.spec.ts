/**
 * Junk in the address bar: unknown keys, wrong types, impossible ranges, hostile values,
 * percent-encoding garbage, repeated keys. Each URL loads cleanly (the fixture fails the test
 * on any console error, uncaught exception, CSP violation or foreign request), the cards are
 * on screen, and the app replaces the address with its canonical form: junk dropped, valid
 * parts kept in a stable order (src/app/sync.ts).
 */
import {
  activeFilters,
  expect,
  headlineRegion,
  matchCount,
  parseMatchCount,
  test,
  TEXT,
  type Lang,
} from './fixtures';

interface Junk {
  name: string;
  /** What is typed after the path: a query string, a hash, or both. */
  url: string;
  /** The query string the app rewrites it to ('' = none). */
  canonical: string;
  /** The language the cards come up in (default: English, the test browser's language). */
  lang?: Lang;
}

const LONG = 'a'.repeat(5000);

const JUNK: Junk[] = [
  {
    name: 'tracking and unknown keys',
    url: '?utm_source=newsletter&fbclid=IwAR0&foo=bar',
    canonical: '',
  },
  { name: 'an unknown language', url: '?lang=xx', canonical: '' },
  {
    name: 'a repeated language (the first wins)',
    url: '?lang=zh&lang=en&lang=xx',
    canonical: '?lang=zh',
    lang: 'zh',
  },
  {
    name: 'array- and object-style keys',
    url: '?lang[]=zh&thread[0]=efficiency&sel[kind]=event',
    canonical: '',
  },
  { name: 'an absurd start date', url: '?from=9999-99-99&to=2026-04-30', canonical: '' },
  {
    name: 'a range that ends before it starts',
    url: '?from=2026-04-30&to=2026-04-01',
    canonical: '',
  },
  {
    name: '30 February, then a repeated good start',
    url: '?from=2026-02-30&to=2026-03-01&from=2026-04-01',
    canonical: '',
  },
  {
    name: 'a script in the selection',
    url: `?sel=organisation:${encodeURIComponent('<script>alert(1)</script>')}`,
    canonical: '',
  },
  { name: 'a 5000-character search', url: `?q=${LONG}`, canonical: `?q=${'a'.repeat(200)}` },
  { name: 'a path in the report id', url: '?report=../../etc/passwd', canonical: '' },
  { name: 'sort=__proto__', url: '?sort=__proto__', canonical: '' },
  // A well-formed id the report does not have is kept: the parser does not know the report.
  // Well-formed but unknown to the report: dropped once the report has loaded.
  { name: 'thread=constructor', url: '?thread=constructor', canonical: '' },
  {
    name: 'broken percent-encoding',
    url: '?q=%E0%A4%A&lang=%',
    canonical: '?q=%EF%BF%BD%25A',
  },
  {
    name: 'ids in the wrong case, with underscores, empty and repeated',
    url: '?org=OpenAI,open_ai,-x,,openai,openai',
    canonical: '?org=openai',
  },
  {
    name: 'markup as an event id, an empty category, a kind-only selection',
    url: '?event=%3Cb%3E&cat=&sel=event',
    canonical: '',
  },
  { name: 'slide 0, then slide 2 (the first wins)', url: '?present=0&present=2', canonical: '' },
  { name: 'keys without values and values without keys', url: '?%zz=1&=&&&=x&lang', canonical: '' },
  { name: 'keys in the wrong case', url: '?LANG=ZH&Thread=efficiency&Q=x', canonical: '' },
  {
    name: 'an HTML search',
    url: '?q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E',
    canonical: '?q=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E',
  },
  {
    name: 'a bad sort first, a repeated thread id',
    url: '?sort=value-up&sort=value-desc&thread=efficiency,,efficiency',
    canonical: '?thread=efficiency',
  },
  {
    name: 'good values among junk, out of order',
    url: '?junk=%F0%9F%98&sel=thread:efficiency&to=2026-04-30&lang=zh&from=2026-04-01',
    canonical: '?lang=zh&from=2026-04-01&to=2026-04-30&sel=thread%3Aefficiency',
    lang: 'zh',
  },
  { name: 'a query string in the hash', url: '#lang=zh?thread=efficiency', canonical: '' },
  {
    name: 'markup and a real chart in the table list',
    url: `?table=${encodeURIComponent('<script>')},timeline,TIMELINE`,
    canonical: '?table=timeline',
  },
];

test('junk URLs load cleanly and are made canonical', async ({ page }) => {
  // One page for all of them (a fresh load each, with the saved language cleared), so that the
  // whole list costs little more than the page loads; each URL is a step of its own.
  expect(JUNK.length).toBeGreaterThanOrEqual(20);
  expect(new Set(JUNK.map((j) => j.url)).size).toBe(JUNK.length);
  let problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });

  for (const junk of JUNK) {
    await test.step(`${junk.name}: /${junk.url.slice(0, 80)}`, async () => {
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
      expect(problems, 'no console error, exception or dialog').toEqual([]);

      // The next URL starts afresh: no saved language, and a real load (not a hash change).
      await page.evaluate(() => localStorage.clear());
      await page.goto('about:blank');
    });
  }
});

test.describe('an id the report does not have', () => {
  // A well-formed but unknown id in ?thread= (or ?cat=, ?org=, ?sel=) is dropped once the
  // report has loaded, so it can never filter out everything with no chip to undo it.
  test('does not silently empty the dashboard', async ({ page }) => {
    await page.goto('/?thread=constructor');
    await expect(headlineRegion(page, 'en')).toBeVisible();
    const count = parseMatchCount((await matchCount(page, 'en').textContent()) ?? '');
    const chips = await activeFilters(page, 'en').count();
    expect(
      count.events > 0 || chips > 0,
      `${count.events} events match and no chip explains why`,
    ).toBe(true);
  });
});
