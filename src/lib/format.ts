/**
 * Every number the app shows goes through this module. Digits come from cached
 * `Intl` formatters (scale symbols such as 万/亿 and K/M/B from CLDR's compact
 * notation); every word comes from the i18next namespace `format`
 * (src/i18n/locales/{en,zh-CN}/format.json). No React in here.
 */
import type { DatePrecision, DateRef, Figure, FigureValue, Qualifier, Unit } from '../data/schema';

/** A language's short code ('zh', 'en', …). */
export type FormatLang = string;

/** The part of an i18next `TFunction` this module needs; `getFixedT(lng, 'format')` fits. */
export type FormatT = (key: string, options: Record<string, unknown>) => string;

/** Shown instead of a number that is not finite (never "NaN"). */
export const MISSING = '—';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** The cached `Intl.NumberFormat` for a locale and options (one instance per pair). */
export function getNumberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** The cached `Intl.DateTimeFormat` for a locale and options, always in UTC. */
export function getDateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const utc: Intl.DateTimeFormatOptions = { ...options, timeZone: 'UTC' };
  const key = `${locale}|${JSON.stringify(utc)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, utc);
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** How many `Intl` formatters are cached (for tests). */
export function __cacheSize(): number {
  return numberFormats.size + dateTimeFormats.size;
}

/** Fraction digits for axis ticks, where every tick should read alike. */
export interface FractionDigits {
  maximumFractionDigits: number;
  minimumFractionDigits?: number;
}

/** `long` picks the spelled-out unit where there is one ("27.7 percentage points"). */
export interface AmountOptions {
  long?: boolean;
}

/** The formatting functions for one language. */
export interface Formatter {
  readonly lang: FormatLang;
  readonly locale: string;
  /** A plain number; digit grouping only from 10 000 up ("8499", "12,345", "72.4"). */
  number(n: number, digits?: FractionDigits): string;
  /** 万/亿/万亿 or K/M/B/T, up to 4 significant digits unless `digits` is given. */
  compact(n: number, digits?: FractionDigits): string;
  /** A number with its unit words ("2672 亿美元" / "$267.2B"). */
  amount(value: number, unit: Unit, options?: AmountOptions): string;
  /** A figure as the report hedged it ("超过 250 亿美元" / "more than $25B"). */
  qualified(value: FigureValue, unit: Unit, qualifier: Qualifier, options?: AmountOptions): string;
  /** `qualified` for a figure record. */
  figure(f: Pick<Figure, 'value' | 'unit' | 'qualifier'>, options?: AmountOptions): string;
  /** The word marking a derived value ("推算" / "derived"). */
  derivedMarker(): string;
  /** Whether readers of this language type all-number dates month first (04/05 = 5 April). */
  typesMonthFirst(): boolean;
  /** A date at its own precision ("2026 年 4 月" / "April 2026"). */
  date(d: DateRef): string;
  /** A short date for axis ticks ("4 月" / "Apr"). */
  dateShort(d: DateRef): string;
  percent(n: number): string;
  multiple(n: number): string;
  tokens(n: number): string;
  money(n: number): string;
  /** An axis tick: the unit's sign where it is a symbol, otherwise the bare (compact) number. */
  axisTick(n: number, unit: Unit, digits?: FractionDigits): string;
  /** An axis tick in dollars ("1000 亿" / "$100B"). */
  axisMoney(n: number, digits?: FractionDigits): string;
}

/** Counts large enough to be written with 万/亿 or K/M/B. */
const COMPACT_UNITS: ReadonlySet<Unit> = new Set<Unit>([
  'usd',
  'tokens',
  'installs',
  'users',
  'jobs',
  'vulnerabilities',
  'companies',
]);

/** Units whose sign stays on an axis tick; the others go in the axis name. */
const AXIS_SIGN_UNITS: ReadonlySet<Unit> = new Set<Unit>(['percent', 'multiple']);

/** Qualifiers that replace or extend the number itself rather than wrap the amount. */
const NUMBER_QUALIFIERS: ReadonlySet<Qualifier> = new Set<Qualifier>(['thousands', 'plus']);

/** The lower bound the schema stores for "数千" / "thousands"; used for plural forms. */
const THOUSANDS = 1000;

const PLAIN_DIGITS: FractionDigits = { maximumFractionDigits: 3 };

/** Formatted words remembered per formatter before the memo starts over. */
const WORD_CACHE_LIMIT = 4000;

interface NumberText {
  text: string;
  /** True when the text ends in a scale word (万, 亿, M …). */
  scaled: boolean;
}

interface ParsedDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 1–4 */
  quarter: number;
}

const DATE_PATTERNS: Record<DatePrecision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
};

function parseDate(d: DateRef): ParsedDate | null {
  const m = DATE_PATTERNS[d.precision].exec(d.value);
  if (!m) return null;
  const year = Number(m[1]);
  if (d.precision === 'quarter') {
    const quarter = Number(m[2]);
    return { year, quarter, month: quarter * 3 - 2, day: 1 };
  }
  const month = Number(m[2] ?? 1);
  const day = Number(m[3] ?? 1);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day, quarter: Math.ceil(month / 3) };
}

/**
 * Builds the formatters for one language: digits from `Intl` in `locale`, words from any
 * `t` bound to that language's `format` namespace.
 */
export function createFormatter(lang: FormatLang, locale: string, t: FormatT): Formatter {
  // The values are already-formatted text; escaping is the renderer's job (React, ECharts).
  const lookUp = memoizeT(t);
  const word = (key: string, options: Record<string, unknown> = {}): string =>
    lookUp(key, { ...options, interpolation: { escapeValue: false } });
  // Units written with a symbol repeat it on both ends of a range ("$115B–$135B", "10%–20%");
  // units written as a word say it once ("1150 亿至 1350 亿美元", "aged 18 to 30"). Which
  // are which is the language's own (format.json `symbolUnits`).
  const symbolUnits = new Set(word('symbolUnits').split(/\s+/));

  const plain = (n: number, digits: FractionDigits = PLAIN_DIGITS): string =>
    getNumberFormat(locale, { ...digits, useGrouping: Math.abs(n) >= 1e4 }).format(n === 0 ? 0 : n);

  const compactText = (n: number, digits?: FractionDigits): NumberText => {
    const options: Intl.NumberFormatOptions = digits
      ? { notation: 'compact', ...digits }
      : { notation: 'compact', maximumSignificantDigits: 4 };
    let value = '';
    let scale = '';
    for (const part of getNumberFormat(locale, options).formatToParts(n === 0 ? 0 : n)) {
      if (part.type === 'compact') scale += part.value;
      else if (part.type !== 'literal') value += part.value;
    }
    return scale
      ? { text: word('number.scaled', { value, scale }), scaled: true }
      : { text: value, scaled: false };
  };

  const numberText = (n: number, unit: Unit): NumberText =>
    COMPACT_UNITS.has(unit) ? compactText(n) : { text: plain(n), scaled: false };

  const withUnit = (text: string, unit: Unit, count: number, options?: AmountOptions): string =>
    word(`unit.${unit}`, {
      value: text,
      count,
      context: options?.long ? 'long' : undefined,
    });

  const amount = (value: number, unit: Unit, options?: AmountOptions): string =>
    Number.isFinite(value) ? withUnit(numberText(value, unit).text, unit, value, options) : MISSING;

  const range = (low: number, high: number, unit: Unit, options?: AmountOptions): string => {
    if (!Number.isFinite(low) || !Number.isFinite(high)) return MISSING;
    if (symbolUnits.has(unit)) {
      return word('qualifier.range', {
        low: amount(low, unit, options),
        high: amount(high, unit, options),
      });
    }
    const lowText = numberText(low, unit);
    const joined = word('qualifier.range', {
      low: lowText.text,
      high: numberText(high, unit).text,
      context: lowText.scaled ? 'unit-once-scaled' : 'unit-once',
    });
    return withUnit(joined, unit, high, options);
  };

  const point = (
    value: number,
    unit: Unit,
    qualifier: Qualifier,
    options?: AmountOptions,
  ): string => {
    if (qualifier === 'thousands') {
      return withUnit(word('qualifier.thousands'), unit, THOUSANDS, options);
    }
    if (!Number.isFinite(value)) return MISSING;
    if (qualifier === 'plus') {
      const n = numberText(value, unit);
      const text = word('qualifier.plus', {
        value: n.text,
        context: n.scaled ? 'scaled' : undefined,
      });
      return withUnit(text, unit, value, options);
    }
    return amount(value, unit, options);
  };

  const qualified = (
    value: FigureValue,
    unit: Unit,
    qualifier: Qualifier,
    options?: AmountOptions,
  ): string => {
    const text =
      value.kind === 'range'
        ? range(value.low, value.high, unit, options)
        : point(value.value, unit, qualifier, options);
    if (
      text === MISSING ||
      qualifier === 'exact' ||
      qualifier === 'range' ||
      NUMBER_QUALIFIERS.has(qualifier)
    ) {
      return text;
    }
    // The unit as context lets a language word a qualifier differently per unit ("2 倍多").
    return word(`qualifier.${qualifier}`, { value: text, context: unit });
  };

  const dateValues = (p: ParsedDate): Record<string, string> => {
    const instant = new Date(Date.UTC(p.year, p.month - 1, p.day));
    const digits = (n: number): string => getNumberFormat(locale, { useGrouping: false }).format(n);
    return {
      year: digits(p.year),
      monthNumber: digits(p.month),
      day: digits(p.day),
      monthShort: getDateTimeFormat(locale, { month: 'short' }).format(instant),
      monthLong: getDateTimeFormat(locale, { month: 'long' }).format(instant),
      quarter: digits(p.quarter),
    };
  };

  const dateIn = (group: 'date' | 'dateShort', d: DateRef): string => {
    const parsed = parseDate(d);
    if (!parsed) return MISSING;
    // "The end of 2026" (年底): a part of a period, worded by the language.
    if (d.part && d.precision !== 'day') {
      return word(`datePart.${d.precision}_${d.part}`, dateValues(parsed));
    }
    const key =
      d.precision === 'quarter' ? `${group}.quarter.q${parsed.quarter}` : `${group}.${d.precision}`;
    return word(key, dateValues(parsed));
  };

  const axisTick = (
    n: number,
    unit: Unit,
    digits: FractionDigits = { maximumFractionDigits: 1 },
  ): string => {
    if (!Number.isFinite(n)) return MISSING;
    if (unit === 'usd') return word('axis.usd', { value: compactText(n, digits).text });
    if (AXIS_SIGN_UNITS.has(unit)) return withUnit(plain(n, digits), unit, n);
    return compactText(n, digits).text;
  };

  return {
    lang,
    locale,
    number: (n, digits) => (Number.isFinite(n) ? plain(n, digits) : MISSING),
    compact: (n, digits) => (Number.isFinite(n) ? compactText(n, digits).text : MISSING),
    amount,
    qualified,
    figure: (f, options) => qualified(f.value, f.unit, f.qualifier, options),
    derivedMarker: () => word('derived'),
    typesMonthFirst: () => word('typedMonthFirst') === 'yes',
    date: (d) => dateIn('date', d),
    dateShort: (d) => dateIn('dateShort', d),
    percent: (n) => amount(n, 'percent'),
    multiple: (n) => amount(n, 'multiple'),
    tokens: (n) => amount(n, 'tokens'),
    money: (n) => amount(n, 'usd'),
    axisTick,
    axisMoney: (n, digits) => axisTick(n, 'usd', digits),
  };
}

/**
 * `t` remembering its results per key and options, which must be strings, numbers, booleans,
 * undefined, or flat objects of those (i18next's `interpolation`). i18next resolves and
 * interpolates on every call, and a filter click formats the same few hundred figures and
 * chart words again. Bounded (it starts over past WORD_CACHE_LIMIT); translations never
 * change while the app runs.
 */
export function memoizeT(t: FormatT): FormatT {
  const cache = new Map<string, string>();
  const part = (value: unknown): string =>
    value !== null && typeof value === 'object'
      ? Object.entries(value)
          .map(([k, v]) => `${k}\u0002${String(v)}`)
          .join('\u0003')
      : String(value);
  return (key, options) => {
    let id = key;
    for (const name in options) id += `\u0000${name}\u0001${part(options[name])}`;
    let text = cache.get(id);
    if (text === undefined) {
      text = t(key, options);
      // A key answered with itself is missing (or i18next not ready yet): ask again next time.
      if (text === key) return text;
      if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
      cache.set(id, text);
    }
    return text;
  };
}
