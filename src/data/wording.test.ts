/**
 * The app's wording of every figure against the report's own: the Chinese the formatter
 * prints must be what the report says (DATA.md: "the report's own Chinese figures are
 * the check"), and the English must keep the same hedge and precision.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { wordsFor } from '../i18n/words';

const formatterFor = (lang: string) => wordsFor(lang).fmt;
import { readRepoJson } from '../test/repo';
import { reportSchema, type Figure } from './schema';

const report = reportSchema.parse(readRepoJson('data/ai-2026-04.json'));
const byId = new Map(report.figures.map((f) => [f.id, f]));
function figure(id: string): Figure {
  const f = byId.get(id);
  if (!f) throw new Error(`no figure "${id}"`);
  return f;
}

beforeAll(() => {});

const NUMERALS: Record<string, string> = { 一: '1', 两: '2', 二: '2', 五: '5', 六: '6' };

/**
 * The report's wording and the formatter's, brought to one spelling: no white space,
 * digits for the few Chinese numerals the report uses, one word per hedge.
 */
function normalise(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[一两二五六]/g, (c) => NUMERALS[c]!)
    .replace(/(?:突破|破)了?/g, '超过')
    .replace(/接近/g, '近')
    .replace(/([\d.]+[%万亿]?)以上/g, '超过$1');
}

/** Figures the report words around other words, so the formatted text is not one run of it. */
const EXCEPTIONS: Record<string, string> = {
  'meta-capex-vs-last-year':
    'the report says “几乎是去年的两倍” (nearly twice last year’s): the hedge and the number are apart',
};

const stated = report.figures.filter((f) => !f.derived);

describe('the Chinese wording is the report’s', () => {
  it('has few exceptions, each a real figure', () => {
    expect(Object.keys(EXCEPTIONS).length).toBeLessThanOrEqual(4);
    for (const id of Object.keys(EXCEPTIONS)) expect(byId.has(id), id).toBe(true);
  });

  it.each(stated.filter((f) => !(f.id in EXCEPTIONS)).map((f) => [f.id, f] as const))(
    '%s',
    (_id, f) => {
      const text = formatterFor('zh').figure(f);
      expect(normalise(f.provenance.quote)).toContain(normalise(text));
    },
  );

  it.each(Object.keys(EXCEPTIONS))('exception %s is still worded by the report', (id) => {
    const f = figure(id);
    // The number is in the quote even though the hedge is not next to it.
    const quote = normalise(f.provenance.quote);
    const value = f.value.kind === 'point' ? f.value.value : f.value.low;
    expect(quote).toContain(String(value));
  });

  it('does not print a hedge before an exact figure (some mention of it is unhedged)', () => {
    const HEDGE_BEFORE = /(?:约|超过|近|几乎|不足|多达|高达|数)$/;
    const HEDGE_AFTER = /^(?:多|以上)/;
    for (const f of stated.filter((x) => x.qualifier === 'exact' && !(x.id in EXCEPTIONS))) {
      const quote = normalise(f.provenance.quote);
      const text = normalise(formatterFor('zh').figure(f));
      const plain: number[] = [];
      for (let at = quote.indexOf(text); at >= 0; at = quote.indexOf(text, at + 1)) {
        const before = quote.slice(Math.max(0, at - 2), at);
        const after = quote.slice(at + text.length, at + text.length + 2);
        if (!HEDGE_BEFORE.test(before) && !HEDGE_AFTER.test(after)) plain.push(at);
      }
      expect(plain, `${f.id}: every "${text}" in the quote is hedged`).not.toEqual([]);
    }
  });
});

describe('derived figures show their formula', () => {
  it.each(report.figures.filter((f) => f.derived).map((f) => [f.id, f] as const))(
    '%s: the formula ends in the value as the app prints it, in both languages',
    (_id, f) => {
      const squeeze = (s: string): string => s.replace(/\s+/g, '');
      for (const lang of ['zh', 'en'] as const) {
        const formula = squeeze(wordsFor(lang).text(f.derived!.formula));
        expect(formula.endsWith(`=${squeeze(formatterFor(lang).figure(f))}`), formula).toBe(true);
      }
    },
  );
});

describe('key figures read as the report words them', () => {
  // [figure, English, Chinese]; white space is compared as plain spaces.
  it.each([
    ['q1-venture-total', '$267.2B', '2672 亿美元'],
    ['us-retail-returns-total', '$849.9B', '8499 亿美元'],
    ['mcp-installs', 'more than 97M installs', '超过 9700 万次'],
    ['meta-capex-2026', '$115B–$135B', '1150 亿至 1350 亿美元'],
    ['openai-annualised-revenue', 'more than $25B', '超过 250 亿美元'],
    ['anthropic-annualised-revenue', 'nearly $19B', '近 190 亿美元'],
    ['neuro-symbolic-energy-reduction', 'up to 100×', '多达 100 倍'],
    ['sora-users-after', 'fewer than 500K users', '不足 50 万'],
    ['glasswing-partners', '40-plus companies', '40 多家'],
    ['microsoft-japan-jobs', 'about 50K jobs', '约 5 万个'],
    ['mythos-zero-days', 'thousands of vulnerabilities', '数千个'],
    ['q1-vs-previous-record', 'more than 2×', '2 倍多'],
    ['gpt-5-4-osworld', '75%', '75%'],
    ['gpt-5-2-osworld', '47.3%', '47.3%'],
  ] as const)('%s: "%s" / "%s"', (id, en, zh) => {
    const spaces = (s: string): string => s.replace(/\s/g, ' ');
    expect(spaces(formatterFor('en').figure(figure(id)))).toBe(en);
    expect(spaces(formatterFor('zh').figure(figure(id)))).toBe(zh);
  });
});
