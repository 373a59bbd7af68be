import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { DateRef, FigureValue, Qualifier, Unit } from '../data/schema';
import en from '../i18n/locales/en/format.json';
import zh from '../i18n/locales/zh-CN/format.json';
import {
  __cacheSize,
  createFormatter,
  getDateTimeFormat,
  getNumberFormat,
  MISSING,
  type FormatT,
  type Formatter,
} from './format';

const resources = { en: { format: en }, 'zh-CN': { format: zh } };

// A private instance, so these tests depend on nothing but the two format.json files.
const i18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: 'en',
  fallbackLng: false,
  ns: ['format'],
  defaultNS: 'format',
  initAsync: false,
});
const wordsOf = (tag: string) => i18n.getFixedT(tag, 'format') as unknown as FormatT;

const fmt: Record<'zh' | 'en', Formatter> = {
  zh: createFormatter('zh', 'zh-CN', wordsOf('zh-CN')),
  en: createFormatter('en', 'en-US', wordsOf('en')),
};

const point = (value: number): FigureValue => ({ kind: 'point', value });
const range = (low: number, high: number): FigureValue => ({ kind: 'range', low, high });

interface WordingRow {
  value: FigureValue;
  unit: Unit;
  qualifier: Qualifier;
  zh: string;
  en: string;
}

// prettier-ignore
const wordings: WordingRow[] = [
  // exact amounts, one or more per unit
  { value: point(2.672e11), unit: 'usd', qualifier: 'exact', zh: '2672 亿美元', en: '$267.2B' },
  { value: point(1e6), unit: 'usd', qualifier: 'exact', zh: '100 万美元', en: '$1M' },
  { value: point(75), unit: 'percent', qualifier: 'exact', zh: '75%', en: '75%' },
  { value: point(72.4), unit: 'percent', qualifier: 'exact', zh: '72.4%', en: '72.4%' },
  { value: point(15.8), unit: 'percent', qualifier: 'exact', zh: '15.8%', en: '15.8%' },
  { value: point(19.3), unit: 'percent', qualifier: 'exact', zh: '19.3%', en: '19.3%' },
  { value: point(10), unit: 'percent', qualifier: 'exact', zh: '10%', en: '10%' },
  { value: point(27.7), unit: 'percentage-points', qualifier: 'exact', zh: '27.7 个百分点', en: '27.7 pp' },
  { value: point(6), unit: 'multiple', qualifier: 'exact', zh: '6 倍', en: '6×' },
  { value: point(100), unit: 'multiple', qualifier: 'exact', zh: '100 倍', en: '100×' },
  { value: point(10), unit: 'multiple', qualifier: 'exact', zh: '10 倍', en: '10×' },
  { value: point(2), unit: 'multiple', qualifier: 'exact', zh: '2 倍', en: '2×' },
  { value: point(2e6), unit: 'tokens', qualifier: 'exact', zh: '200 万 token', en: '2M tokens' },
  { value: point(1e6), unit: 'tokens', qualifier: 'exact', zh: '100 万 token', en: '1M tokens' },
  { value: point(9.7e7), unit: 'installs', qualifier: 'exact', zh: '9700 万次', en: '97M installs' },
  { value: point(1e6), unit: 'users', qualifier: 'exact', zh: '100 万', en: '1M users' },
  { value: point(5e5), unit: 'users', qualifier: 'exact', zh: '50 万', en: '500K users' },
  { value: point(5e4), unit: 'jobs', qualifier: 'exact', zh: '5 万个', en: '50K jobs' },
  { value: point(12), unit: 'vulnerabilities', qualifier: 'exact', zh: '12个', en: '12 vulnerabilities' },
  { value: point(1), unit: 'vulnerabilities', qualifier: 'exact', zh: '1个', en: '1 vulnerability' },
  { value: point(40), unit: 'companies', qualifier: 'exact', zh: '40家', en: '40 companies' },
  { value: point(8), unit: 'returns-per-shopper', qualifier: 'exact', zh: '8 次', en: '8 returns per shopper' },
  { value: point(2), unit: 'steps', qualifier: 'exact', zh: '2 步', en: '2 steps' },
  { value: point(9), unit: 'months', qualifier: 'exact', zh: '9 个月', en: '9 months' },
  { value: point(1), unit: 'months', qualifier: 'exact', zh: '1 个月', en: '1 month' },
  { value: point(5), unit: 'years', qualifier: 'exact', zh: '5 年', en: '5 years' },
  { value: point(1), unit: 'years', qualifier: 'exact', zh: '1 年', en: '1 year' },
  { value: point(1), unit: 'hours', qualifier: 'exact', zh: '1 小时', en: '1 hour' },
  { value: point(3), unit: 'hours', qualifier: 'exact', zh: '3 小时', en: '3 hours' },
  { value: point(30), unit: 'age-years', qualifier: 'exact', zh: '30 岁', en: 'aged 30' },
  // every qualifier
  { value: point(5e4), unit: 'jobs', qualifier: 'about', zh: '约 5 万个', en: 'about 50K jobs' },
  { value: point(6e9), unit: 'usd', qualifier: 'about', zh: '约 60 亿美元', en: 'about $6B' },
  { value: point(2.5e10), unit: 'usd', qualifier: 'more-than', zh: '超过 250 亿美元', en: 'more than $25B' },
  { value: point(9.7e7), unit: 'installs', qualifier: 'more-than', zh: '超过 9700 万次', en: 'more than 97M installs' },
  { value: point(10), unit: 'percent', qualifier: 'more-than', zh: '超过 10%', en: 'more than 10%' },
  { value: point(2), unit: 'multiple', qualifier: 'more-than', zh: '2 倍多', en: 'more than 2×' },
  { value: point(1.9e10), unit: 'usd', qualifier: 'nearly', zh: '近 190 亿美元', en: 'nearly $19B' },
  { value: point(8), unit: 'returns-per-shopper', qualifier: 'nearly', zh: '近 8 次', en: 'nearly 8 returns per shopper' },
  { value: point(2), unit: 'multiple', qualifier: 'nearly', zh: '近 2 倍', en: 'nearly 2×' },
  { value: point(5e5), unit: 'users', qualifier: 'fewer-than', zh: '不足 50 万', en: 'fewer than 500K users' },
  { value: point(100), unit: 'multiple', qualifier: 'up-to', zh: '多达 100 倍', en: 'up to 100×' },
  { value: point(1e6), unit: 'usd', qualifier: 'as-much-as', zh: '高达 100 万美元', en: 'as much as $1M' },
  { value: point(1000), unit: 'vulnerabilities', qualifier: 'thousands', zh: '数千个', en: 'thousands of vulnerabilities' },
  { value: point(40), unit: 'companies', qualifier: 'plus', zh: '40 多家', en: '40-plus companies' },
  { value: point(5e4), unit: 'jobs', qualifier: 'plus', zh: '5 万多个', en: '50K-plus jobs' },
  { value: point(1), unit: 'years', qualifier: 'within', zh: '1 年内', en: 'within 1 year' },
  // ranges: a symbol on both ends, a word once
  { value: range(1.15e11, 1.35e11), unit: 'usd', qualifier: 'range', zh: '1150 亿至 1350 亿美元', en: '$115B–$135B' },
  { value: range(18, 30), unit: 'age-years', qualifier: 'range', zh: '18 至 30 岁', en: 'aged 18 to 30' },
  { value: range(10, 20), unit: 'percent', qualifier: 'range', zh: '10%–20%', en: '10%–20%' },
  { value: range(2, 3), unit: 'multiple', qualifier: 'range', zh: '2 至 3 倍', en: '2×–3×' },
  { value: range(1e6, 2e6), unit: 'tokens', qualifier: 'range', zh: '100 万至 200 万 token', en: '1M to 2M tokens' },
];

describe('qualified: every wording, both languages', () => {
  it.each(wordings)('$value.kind $unit $qualifier → $zh | $en', (row) => {
    expect(fmt.zh.qualified(row.value, row.unit, row.qualifier)).toBe(row.zh);
    expect(fmt.en.qualified(row.value, row.unit, row.qualifier)).toBe(row.en);
  });

  it('figure() is qualified() of the record', () => {
    const f = { value: point(2.5e10), unit: 'usd', qualifier: 'more-than' } as const;
    expect(fmt.zh.figure(f)).toBe('超过 250 亿美元');
    expect(fmt.en.figure(f)).toBe('more than $25B');
  });

  it('an exact figure is the bare amount', () => {
    for (const row of wordings.filter((r) => r.qualifier === 'exact')) {
      if (row.value.kind !== 'point') continue;
      expect(fmt.zh.amount(row.value.value, row.unit)).toBe(row.zh);
      expect(fmt.en.amount(row.value.value, row.unit)).toBe(row.en);
    }
  });

  it('a range value keeps a hedge other than "range"', () => {
    expect(fmt.zh.qualified(range(10, 20), 'percent', 'about')).toBe('约 10%–20%');
    expect(fmt.en.qualified(range(10, 20), 'percent', 'about')).toBe('about 10%–20%');
  });

  it('spells percentage points out in the long form', () => {
    expect(fmt.en.amount(27.7, 'percentage-points', { long: true })).toBe('27.7 percentage points');
    expect(fmt.en.amount(1, 'percentage-points', { long: true })).toBe('1 percentage point');
    expect(fmt.zh.amount(27.7, 'percentage-points', { long: true })).toBe('27.7 个百分点');
    expect(fmt.en.amount(75, 'percent', { long: true })).toBe('75%');
  });
});

// prettier-ignore
const compactCases: { n: number; zh: string; en: string }[] = [
  { n: 2.672e11, zh: '2672 亿', en: '267.2B' },
  { n: 8.499e11, zh: '8499 亿', en: '849.9B' },
  { n: 1.15e11, zh: '1150 亿', en: '115B' },
  { n: 1.22e11, zh: '1220 亿', en: '122B' },
  { n: 1.35e11, zh: '1350 亿', en: '135B' },
  { n: 3e10, zh: '300 亿', en: '30B' },
  { n: 2.5e11, zh: '2500 亿', en: '250B' },
  { n: 1e10, zh: '100 亿', en: '10B' },
  { n: 6e9, zh: '60 亿', en: '6B' },
  { n: 2e9, zh: '20 亿', en: '2B' },
  { n: 1.9e10, zh: '190 亿', en: '19B' },
  { n: 2.5e10, zh: '250 亿', en: '25B' },
  { n: 9.7e7, zh: '9700 万', en: '97M' },
  { n: 5e5, zh: '50 万', en: '500K' },
  { n: 5e4, zh: '5 万', en: '50K' },
  { n: 1e6, zh: '100 万', en: '1M' },
  { n: 2e6, zh: '200 万', en: '2M' },
  { n: 1.5e12, zh: '1.5 万亿', en: '1.5T' },
  // below 10 000 Chinese keeps the plain number
  { n: 75, zh: '75', en: '75' },
  { n: 100, zh: '100', en: '100' },
  { n: 40, zh: '40', en: '40' },
  { n: 8499, zh: '8499', en: '8.499K' },
  { n: 0, zh: '0', en: '0' },
  // at most 4 significant digits, the same in both languages
  { n: 1.23456e8, zh: '1.235 亿', en: '123.5M' },
  { n: 1.2344e10, zh: '123.4 亿', en: '12.34B' },
  { n: 99_996_000, zh: '1 亿', en: '100M' },
];

describe('compact', () => {
  it.each(compactCases)('$n → $zh | $en', ({ n, zh: zhText, en: enText }) => {
    expect(fmt.zh.compact(n)).toBe(zhText);
    expect(fmt.en.compact(n)).toBe(enText);
  });

  it('takes explicit fraction digits for axis ticks', () => {
    expect(fmt.zh.compact(1.25e10, { maximumFractionDigits: 0 })).toBe('125 亿');
    expect(fmt.en.compact(1.25e10, { maximumFractionDigits: 0 })).toBe('13B');
    expect(fmt.en.compact(1.25e10, { maximumFractionDigits: 1 })).toBe('12.5B');
    expect(fmt.en.compact(1e10, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).toBe(
      '10.0B',
    );
  });
});

describe('plain numbers and shortcuts', () => {
  it('groups digits only from 10 000 up', () => {
    expect(fmt.zh.number(8499)).toBe('8499');
    expect(fmt.en.number(8499)).toBe('8499');
    expect(fmt.zh.number(12345)).toBe('12,345');
    expect(fmt.en.number(1234567.5)).toBe('1,234,567.5');
    expect(fmt.en.number(72.4)).toBe('72.4');
    expect(fmt.en.number(0.1 + 0.2)).toBe('0.3');
    expect(fmt.en.number(12.345, { maximumFractionDigits: 1 })).toBe('12.3');
  });

  it('has shortcuts for the common units', () => {
    expect([fmt.zh.percent(75), fmt.en.percent(75)]).toEqual(['75%', '75%']);
    expect([fmt.zh.multiple(6), fmt.en.multiple(6)]).toEqual(['6 倍', '6×']);
    expect([fmt.zh.tokens(2e6), fmt.en.tokens(2e6)]).toEqual(['200 万 token', '2M tokens']);
    expect([fmt.zh.money(8.499e11), fmt.en.money(8.499e11)]).toEqual(['8499 亿美元', '$849.9B']);
  });

  it('formats axis ticks', () => {
    expect([fmt.zh.axisMoney(1e11), fmt.en.axisMoney(1e11)]).toEqual(['1000 亿', '$100B']);
    expect([fmt.zh.axisMoney(1.25e10), fmt.en.axisMoney(1.25e10)]).toEqual(['125 亿', '$12.5B']);
    expect([fmt.zh.axisMoney(0), fmt.en.axisMoney(0)]).toEqual(['0', '$0']);
    expect([fmt.zh.axisTick(50, 'percent'), fmt.en.axisTick(50, 'percent')]).toEqual([
      '50%',
      '50%',
    ]);
    expect([fmt.zh.axisTick(2.5, 'multiple'), fmt.en.axisTick(2.5, 'multiple')]).toEqual([
      '2.5 倍',
      '2.5×',
    ]);
    expect([fmt.zh.axisTick(5e7, 'installs'), fmt.en.axisTick(5e7, 'installs')]).toEqual([
      '5000 万',
      '50M',
    ]);
  });

  it('marks derived values', () => {
    expect(fmt.zh.derivedMarker()).toBe('推算');
    expect(fmt.en.derivedMarker()).toBe('derived');
  });
});

// prettier-ignore
const dates: { d: DateRef; zh: string; en: string; zhShort: string; enShort: string }[] = [
  { d: { precision: 'day', value: '2026-04-08' }, zh: '2026 年 4 月 8 日', en: '8 Apr 2026', zhShort: '4 月 8 日', enShort: '8 Apr' },
  { d: { precision: 'month', value: '2026-04' }, zh: '2026 年 4 月', en: 'April 2026', zhShort: '4 月', enShort: 'Apr' },
  { d: { precision: 'month', value: '2026-12' }, zh: '2026 年 12 月', en: 'December 2026', zhShort: '12 月', enShort: 'Dec' },
  { d: { precision: 'quarter', value: '2026-Q1' }, zh: '2026 年第一季度', en: 'Q1 2026', zhShort: '第一季度', enShort: 'Q1' },
  { d: { precision: 'quarter', value: '2026-Q4' }, zh: '2026 年第四季度', en: 'Q4 2026', zhShort: '第四季度', enShort: 'Q4' },
  { d: { precision: 'year', value: '2025' }, zh: '2025 年', en: '2025', zhShort: '2025 年', enShort: '2025' },
];

describe('dates keep their precision', () => {
  it.each(dates)('$d.precision $d.value → $zh | $en', ({ d, zh: z, en: e, zhShort, enShort }) => {
    expect(fmt.zh.date(d)).toBe(z);
    expect(fmt.en.date(d)).toBe(e);
    expect(fmt.zh.dateShort(d)).toBe(zhShort);
    expect(fmt.en.dateShort(d)).toBe(enShort);
  });

  it('refuses a value that does not match its precision', () => {
    expect(fmt.en.date({ precision: 'day', value: '2026-04' })).toBe(MISSING);
    expect(fmt.zh.date({ precision: 'year', value: '2026-04' })).toBe(MISSING);
  });
});

describe('not-a-number input', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    '%s gives an em dash',
    (n) => {
      for (const f of [fmt.zh, fmt.en]) {
        expect(f.number(n)).toBe('—');
        expect(f.compact(n)).toBe('—');
        expect(f.amount(n, 'usd')).toBe('—');
        expect(f.money(n)).toBe('—');
        expect(f.qualified(point(n), 'usd', 'about')).toBe('—');
        expect(f.qualified(point(n), 'companies', 'plus')).toBe('—');
        expect(f.qualified(range(1, n), 'usd', 'range')).toBe('—');
        expect(f.axisMoney(n)).toBe('—');
      }
    },
  );
});

describe('cached Intl formatters', () => {
  it('returns the same instance for the same locale and options', () => {
    const a = getNumberFormat('zh-CN', { notation: 'compact', maximumSignificantDigits: 4 });
    const b = getNumberFormat('zh-CN', { notation: 'compact', maximumSignificantDigits: 4 });
    expect(a).toBe(b);
    expect(getNumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 4 })).not.toBe(
      a,
    );
    expect(getDateTimeFormat('en-US', { month: 'long' })).toBe(
      getDateTimeFormat('en-US', { month: 'long' }),
    );
    expect(getDateTimeFormat('en-US', { month: 'long' }).resolvedOptions().timeZone).toBe('UTC');
  });

  it('creates no new formatter when formatting again', () => {
    const all = (): void => {
      for (const row of wordings) {
        fmt.zh.qualified(row.value, row.unit, row.qualifier);
        fmt.en.qualified(row.value, row.unit, row.qualifier);
      }
      for (const { d } of dates) {
        fmt.zh.date(d);
        fmt.en.date(d);
      }
    };
    all();
    const size = __cacheSize();
    all();
    expect(__cacheSize()).toBe(size);
  });
});

/** Flattened keys with plural suffixes removed (Chinese has no plural forms). */
function baseKeys(resource: unknown, prefix = ''): Set<string> {
  const keys = new Set<string>();
  if (resource === null || typeof resource !== 'object') return keys;
  for (const [key, value] of Object.entries(resource)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
    else for (const nested of baseKeys(value, path)) keys.add(nested);
  }
  return keys;
}

describe('format.json', () => {
  it('has the same keys in both languages', () => {
    expect([...baseKeys(zh)].sort()).toEqual([...baseKeys(en)].sort());
  });

  it('has every English plural form it needs', () => {
    for (const [key, value] of Object.entries(en.unit)) {
      if (key.endsWith('_one')) expect(en.unit).toHaveProperty(key.replace(/_one$/, '_other'));
      expect(value).toContain('{{value}}');
    }
  });
});

describe('the word memo', () => {
  /** A formatter over the real English words, counting the lookups that reach i18next. */
  function counted(): { fmt: Formatter; lookups: () => number } {
    const real = wordsOf('en');
    let n = 0;
    const fmt = createFormatter('en', 'en-US', (key, options) => {
      n += 1;
      return real(key, options);
    });
    return { fmt, lookups: () => n };
  }

  it('looks a formatted word up once, then answers from memory', () => {
    const { fmt, lookups } = counted();
    const first = fmt.money(2.672e11);
    const after = lookups();
    expect(after).toBeGreaterThan(0);
    expect(fmt.money(2.672e11)).toBe(first);
    expect(lookups()).toBe(after);
  });

  it('keeps calls with different options apart (plurals, contexts, values)', () => {
    const { fmt } = counted();
    expect(fmt.amount(1, 'companies')).not.toBe(fmt.amount(2, 'companies'));
    expect(fmt.amount(2, 'companies', { long: true })).toBe(
      fmt.amount(2, 'companies', { long: true }),
    );
    expect(fmt.money(1.15e11)).toBe('$115B');
    expect(fmt.money(1.35e11)).toBe('$135B');
    expect(fmt.date({ value: '2026-04', precision: 'month' })).toBe('April 2026');
    expect(fmt.date({ value: '2026-05', precision: 'month' })).toBe('May 2026');
  });

  it('stays correct past its size limit', () => {
    const { fmt } = counted();
    for (let i = 0; i < 5000; i++) fmt.money(i * 1e9);
    expect(fmt.money(2.672e11)).toBe('$267.2B');
    expect(fmt.money(4e9)).toBe('$4B');
  });
});

describe('dates with a part of their period', () => {
  it('words "the end of 2026" in each language', () => {
    const end: DateRef = { precision: 'year', value: '2026', part: 'end' };
    expect(fmt.en.date(end)).toBe('the end of 2026');
    expect(fmt.zh.date(end)).toBe('2026 年底');
  });
});
