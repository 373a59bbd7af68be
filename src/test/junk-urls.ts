/**
 * Junk in the address bar (unknown keys, wrong types, impossible ranges, hostile values,
 * percent-encoding garbage, repeated keys) and the canonical query string the app rewrites
 * each to: junk dropped, valid parts kept in a stable order. Every entry is parsed in
 * src/state/junk-urls.test.ts; the ones marked `inBrowser` are also loaded in
 * e2e/junk-urls.spec.ts, for what only the running app shows.
 */
type Lang = 'en' | 'zh';

export interface Junk {
  name: string;
  /** What is typed after the path: a query string, a hash, or both. */
  url: string;
  /** The query string the app rewrites it to ('' = none). */
  canonical: string;
  /** The language the cards come up in (default: English, the test browser's language). */
  lang?: Lang;
  /**
   * Why the end-to-end test loads this one too (every URL's canonical form is checked in
   * src/state/junk-urls.test.ts): what only the running app shows.
   */
  inBrowser?: string;
  /** Canonical only once the report has loaded: the parser keeps a well-formed id it does
   * not know, the app drops it when the report does not have it. */
  unknownToReport?: true;
}

const LONG = 'a'.repeat(5000);

export const JUNK: Junk[] = [
  {
    name: 'tracking and unknown keys',
    url: '?utm_source=newsletter&fbclid=IwAR0&foo=bar',
    canonical: '',
    inBrowser: 'the commonest junk: the address bar is rewritten without it',
  },
  { name: 'an unknown language', url: '?lang=xx', canonical: '' },
  {
    name: 'a repeated language (the first wins)',
    url: '?lang=zh&lang=en&lang=xx',
    canonical: '?lang=zh',
    lang: 'zh',
    inBrowser: 'the page comes up in the language the URL names first',
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
    inBrowser: 'nothing from the URL becomes markup',
  },
  {
    name: 'a 5000-character search',
    url: `?q=${LONG}`,
    canonical: `?q=${'a'.repeat(200)}`,
    inBrowser: 'the search box and its chip take the cut search',
  },
  { name: 'a path in the report id', url: '?report=../../etc/passwd', canonical: '' },
  { name: 'sort=__proto__', url: '?sort=__proto__', canonical: '' },
  // A well-formed id the report does not have is kept: the parser does not know the report.
  // Well-formed but unknown to the report: dropped once the report has loaded.
  {
    name: 'thread=constructor',
    url: '?thread=constructor',
    canonical: '',
    inBrowser: 'only the app, with the report loaded, knows the id is unknown',
    unknownToReport: true,
  },
  {
    name: 'broken percent-encoding',
    url: '?q=%E0%A4%A&lang=%',
    canonical: '?q=%EF%BF%BD%25A',
    inBrowser: 'the browser keeps the address as typed; the app decodes it',
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
    inBrowser: 'markup in the search is shown as text, never as an element',
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
    inBrowser: 'the good values are applied: language, range and selection',
  },
  {
    name: 'a query string in the hash',
    url: '#lang=zh?thread=efficiency',
    canonical: '',
    inBrowser: 'the hash is the browser’s: it is kept, and nothing in it is read',
  },
  {
    name: 'markup and a real chart in the table list',
    url: `?table=${encodeURIComponent('<script>')},timeline,TIMELINE`,
    canonical: '?table=timeline',
    inBrowser: 'the real chart’s table opens',
  },
];
