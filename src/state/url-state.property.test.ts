/**
 * Property-based tests of the URL-state parser (fast-check): whatever the address bar holds,
 * parseViewState never throws, always yields a valid state, and its canonical serialization
 * reads back as the same state; a state built from valid parts survives serialize → parse.
 * A failure prints fast-check's seed and the shrunk counterexample; replay it with
 * `fc.assert(…, { seed, path })`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SEARCH, parseViewState, serializeViewState, URL_KEYS } from './url-state';
import {
  DEFAULT_VIEW,
  ENTITY_KINDS,
  FIGURE_SORT_KEYS,
  MAX_SLIDES,
  slideNumber,
  type EntityRef,
  type ViewState,
} from './view-state';

/** Generated inputs per property (the issue asks for at least 1,000 in all). */
const RUNS = 1_500;

// ---------------------------------------------------------------------------------------------
// What a valid state is, written out again here rather than borrowed from the module under test.

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (x: unknown): x is string => typeof x === 'string' && x.length <= 80 && ID.test(x);

/** A real calendar day, 1900–2100, as YYYY-MM-DD. */
function isRealDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Whether a string is well-formed UTF-16 (no lone surrogate), so it survives a URL. */
function wellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

const SORT_KEYS: readonly string[] = FIGURE_SORT_KEYS;
const KINDS: readonly string[] = ENTITY_KINDS;

/** Every way a parsed state could be invalid, as a list of what is wrong (empty = valid). */
function problems(s: ViewState): string[] {
  const out: string[] = [];
  const keys = Object.keys(s).sort().join(',');
  if (keys !== Object.keys(DEFAULT_VIEW).sort().join(',')) out.push(`keys ${keys}`);
  if (s.lang !== 'zh' && s.lang !== 'en') out.push(`lang ${String(s.lang)}`);
  if (s.reportId !== null && !isId(s.reportId)) out.push('reportId');
  if (s.openEvent !== null && !isId(s.openEvent)) out.push('openEvent');
  const lists = {
    threads: s.filters.threads,
    categories: s.filters.categories,
    organisations: s.filters.organisations,
    tables: s.tables,
  };
  for (const [list, ids] of Object.entries(lists)) {
    if (!Array.isArray(ids) || !ids.every(isId)) out.push(`${list} ids`);
    else if (new Set(ids).size !== ids.length) out.push(`${list} repeats`);
    else if (ids.length > 50) out.push(`${list} too many`);
  }
  const r = s.filters.range;
  if (r !== null && !(isRealDay(r.from) && isRealDay(r.to) && r.from <= r.to)) out.push('range');
  const q = s.filters.search;
  if (typeof q !== 'string' || q.length > MAX_SEARCH || MAX_SEARCH !== 200) out.push('search');
  else if (!wellFormed(q)) out.push('search has a lone surrogate');
  if (s.selection !== null && !(KINDS.includes(s.selection.kind) && isId(s.selection.id))) {
    out.push('selection');
  }
  if (!SORT_KEYS.includes(s.figureSort.key) || !['asc', 'desc'].includes(s.figureSort.dir)) {
    out.push('figureSort');
  }
  const p = s.present;
  if (p !== null) {
    const n = slideNumber(p);
    const okNumber = n !== null && n <= MAX_SLIDES;
    const okId = !/^\d+$/.test(p) && ID.test(p) && p.length <= 80;
    if (!okNumber && !okId) out.push('present');
  }
  return out;
}

/** parseViewState must not throw, must yield a valid state, and must be canonical-stable. */
function checkQuery(query: string, fallback: 'zh' | 'en' = 'en'): void {
  const state = parseViewState(query, fallback);
  expect(problems(state), JSON.stringify(query)).toEqual([]);
  const canonical = serializeViewState(state);
  expect(canonical === '' || canonical.startsWith('?')).toBe(true);
  // The app writes `canonical` into the address bar and reads it back on back/forward.
  expect(parseViewState(canonical, fallback)).toEqual(state);
  // Canonical is a fixed point: serializing again changes nothing.
  expect(serializeViewState(parseViewState(canonical, fallback))).toBe(canonical);
}

// ---------------------------------------------------------------------------------------------
// Hostile inputs.

const KNOWN_KEYS = URL_KEYS;
const UNKNOWN_KEYS = [
  'utm_source',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'LANG',
  'Lang',
  'lang ',
  ' q',
  'q[]',
  'sel[kind]',
  '',
  '%6Cang', // "lang", percent-encoded: URLSearchParams decodes keys too
  'th%72ead',
];

const HOSTILE_VALUES = [
  '',
  ' ',
  'zh',
  'en',
  'xx',
  'ZH',
  'zh-CN',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '1e999',
  '0x10',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE reports; --",
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '%',
  '%%',
  '%E0%A4%A',
  '%ED%A0%80', // an encoded lone surrogate
  '%F0%9F%98%80',
  '%C0%AF',
  '%ZZ',
  '+',
  '&',
  '=',
  '#',
  '?',
  ',',
  ',,,',
  ':',
  '::',
  'organisation:',
  ':openai',
  'organisation:openai',
  'organisation:<script>',
  'event:gpt-5-4',
  'event:a:b',
  'thread:efficiency',
  'category:capital',
  'company:openai',
  'efficiency',
  'efficiency,efficiency',
  'openai,anthropic,OpenAI,open_ai,-x,x-',
  'ai-2026-04',
  '2026-04-01',
  '2026-04-30',
  '2026-02-29',
  '2024-02-29',
  '2026-02-30',
  '9999-99-99',
  '0000-00-00',
  '1899-12-31',
  '2101-01-01',
  '2026-4-1',
  '2026-04-01T00:00:00Z',
  '２０２６-０４-０１', // full-width digits
  'value-desc',
  'value-asc',
  'label-asc',
  'section-desc',
  'section-asc-desc',
  '__proto__-asc',
  'constructor-desc',
  'VALUE-DESC',
  '-asc',
  '中文',
  '风险投资',
  '😀',
  'x😀',
  '\u0000',
  '\u202e',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '\r\n',
  '\t',
  'x'.repeat(199) + '😀',
  'x'.repeat(5000),
  'a'.repeat(81),
  '0',
  '1',
  '01',
  '50',
  '51',
  '99',
  '1.5',
  '+3',
  '3 ',
  Array.from({ length: 80 }, (_, i) => `o${i}`).join(','),
];

const hostileValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 150, maxLength: 400 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...HOSTILE_VALUES), { minLength: 2, maxLength: 4 })
      .map((parts) => parts.join('')),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.stringMatching(/^[a-z0-9-]{0,12}$/), { maxLength: 60 })
      .map((ids) => ids.join(',')),
  },
);

/** A value as it might appear in a URL: raw, encoded, double-encoded or with "+" for spaces. */
const encodedValue: fc.Arbitrary<string> = fc
  .tuple(hostileValue, fc.constantFrom('raw', 'encode', 'double', 'plus'))
  .map(([value, how]) => {
    switch (how) {
      case 'raw':
        return value;
      case 'encode':
        return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
      case 'double':
        return encodeURIComponent(encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD')));
      case 'plus':
        return value.replace(/ /g, '+');
    }
  });

const key: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KNOWN_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...UNKNOWN_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

const plausibleId = fc.constantFrom(
  'efficiency',
  'openai',
  'capital',
  'gpt-5-4',
  'ai-2026-04',
  'timeline',
);
const plausibleDay = fc.constantFrom('2026-01-01', '2026-04-01', '2026-04-30', '2025-12-31');

/** A value that a real link could carry for the key, so that valid states are reached too. */
function plausible(k: (typeof KNOWN_KEYS)[number]): fc.Arbitrary<string> {
  switch (k) {
    case 'lang':
      return fc.constantFrom('zh', 'en');
    case 'report':
    case 'event':
    case 'embed':
      return plausibleId;
    case 'thread':
    case 'cat':
    case 'org':
    case 'table':
      return fc.array(plausibleId, { minLength: 1, maxLength: 4 }).map((ids) => ids.join(','));
    case 'from':
    case 'to':
      return plausibleDay;
    case 'q':
      return fc.string({ unit: 'grapheme', maxLength: 30 }).map(encodeURIComponent);
    case 'sel':
      return fc
        .tuple(fc.constantFrom(...ENTITY_KINDS), plausibleId)
        .map(([kind, id]) => `${kind}:${id}`);
    case 'sort':
      return fc
        .tuple(fc.constantFrom(...FIGURE_SORT_KEYS), fc.constantFrom('asc', 'desc'))
        .map(([sk, dir]) => `${sk}-${dir}`);
    case 'present':
      return fc.oneof(fc.integer({ min: 1, max: 12 }).map(String), plausibleId);
  }
}

const plausiblePair: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...KNOWN_KEYS).chain((k) => plausible(k).map((v) => `${k}=${v}`)),
  fc.tuple(plausibleDay, plausibleDay).map(([from, to]) => `from=${from}&to=${to}`),
);

/** One `key=value` pair, or a bare key, or a bare `=value`. */
const pair: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: plausiblePair },
  { weight: 8, arbitrary: fc.tuple(key, encodedValue).map(([k, v]) => `${k}=${v}`) },
  { weight: 1, arbitrary: key },
  { weight: 1, arbitrary: encodedValue.map((v) => `=${v}`) },
);

/** A whole query string: repeated keys allowed, odd separators, with or without "?". */
const queryString: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('?', '', '??', '&', '?&'),
    fc.array(pair, { maxLength: 14 }),
    fc.constantFrom('&', '&', '&', '&', '&&', ';', '&amp;'),
    fc.constantFrom('', '', '#', '#lang=zh', '&'),
  )
  .map(([lead, pairs, sep, tail]) => `${lead}${pairs.join(sep)}${tail}`);

describe('parseViewState on generated junk (fast-check)', () => {
  it(`never throws on ${RUNS} arbitrary strings, and yields a valid, canonical-stable state`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
        ),
        (input) => {
          checkQuery(input);
          checkQuery(`?${input}`);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`never throws on ${RUNS} query strings of realistic keys with hostile values`, () => {
    fc.assert(
      fc.property(queryString, (query) => checkQuery(query)),
      { numRuns: RUNS },
    );
  });

  it(`uses the fallback language only when the URL names none (${RUNS} query strings)`, () => {
    fc.assert(
      fc.property(queryString, fc.constantFrom('zh', 'en'), (query, fallback) => {
        const state = parseViewState(query, fallback);
        expect(problems(state)).toEqual([]);
        const named = new URLSearchParams(query).get('lang');
        const expected = named === 'zh' || named === 'en' ? named : fallback;
        expect(state.lang).toBe(expected);
        // Apart from the language, the fallback changes nothing.
        expect({ ...state, lang: 'en' }).toEqual({ ...parseViewState(query, 'en'), lang: 'en' });
      }),
      { numRuns: RUNS },
    );
  });

  it('the generated query strings reach every part of the state (in 2,000 samples, 20+ times each)', () => {
    const states = fc
      .sample(queryString, { numRuns: 2_000, seed: 20260401 })
      .map((q) => parseViewState(q));
    const reached = (pick: (s: ViewState) => unknown): number =>
      states.filter((s) => JSON.stringify(pick(s)) !== JSON.stringify(pick(DEFAULT_VIEW))).length;
    for (const [name, pick] of [
      ['lang', (s: ViewState) => s.lang],
      ['reportId', (s: ViewState) => s.reportId],
      ['threads', (s: ViewState) => s.filters.threads],
      ['categories', (s: ViewState) => s.filters.categories],
      ['organisations', (s: ViewState) => s.filters.organisations],
      ['range', (s: ViewState) => s.filters.range],
      ['search', (s: ViewState) => s.filters.search],
      ['selection', (s: ViewState) => s.selection],
      ['openEvent', (s: ViewState) => s.openEvent],
      ['figureSort', (s: ViewState) => s.figureSort],
      ['present', (s: ViewState) => s.present],
      ['tables', (s: ViewState) => s.tables],
    ] as const) {
      expect(reached(pick), name).toBeGreaterThan(20);
    }
  });

  it('a well-formed key with a junk value leaves the other keys alone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_KEYS), hostileValue, (k, v) => {
        const good = '?lang=zh&thread=efficiency&sort=value-desc';
        const state = parseViewState(`${good}&${new URLSearchParams({ [k]: v }).toString()}`);
        expect(problems(state)).toEqual([]);
        // URLSearchParams.get returns the first value, so the good ones win.
        if (k === 'lang' || k === 'thread' || k === 'sort') {
          expect(state).toEqual(parseViewState(good));
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Valid states.

const validId: fc.Arbitrary<string> = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,10}$/), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join('-'))
  .filter((id) => id.length <= 80);

const validDay: fc.Arbitrary<string> = fc
  .date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2100, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const validIds: fc.Arbitrary<string[]> = fc.uniqueArray(validId, { maxLength: 50 });

/** Any well-formed text up to 200 UTF-16 units (what the search box can hold). */
const validSearch: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ maxLength: 200 }),
    fc.constantFrom(...HOSTILE_VALUES),
  )
  .filter((q) => q.length <= MAX_SEARCH && wellFormed(q));

const validState: fc.Arbitrary<ViewState> = fc.record({
  lang: fc.constantFrom('zh' as const, 'en' as const),
  reportId: fc.option(validId, { nil: null }),
  filters: fc.record({
    threads: validIds,
    categories: validIds,
    organisations: validIds,
    range: fc.option(
      fc
        .tuple(validDay, validDay)
        .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
      { nil: null },
    ),
    search: validSearch,
  }),
  selection: fc.option(
    fc.record({ kind: fc.constantFrom(...ENTITY_KINDS), id: validId }) as fc.Arbitrary<EntityRef>,
    { nil: null },
  ),
  openEvent: fc.option(validId, { nil: null }),
  figureSort: fc.record({
    key: fc.constantFrom(...FIGURE_SORT_KEYS),
    dir: fc.constantFrom('asc' as const, 'desc' as const),
  }),
  present: fc.option(
    fc.oneof(
      fc.integer({ min: 1, max: MAX_SLIDES }).map(String),
      validId.filter((id) => !/^\d+$/.test(id)),
    ),
    { nil: null },
  ),
  embed: fc.option(validId, { nil: null }),
  tables: validIds,
});

describe('serializeViewState on valid states (fast-check)', () => {
  it(`serialize → parse is the identity for ${RUNS} states built from valid parts`, () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(problems(state)).toEqual([]);
        const query = serializeViewState(state);
        expect(parseViewState(query)).toEqual(state);
        // Whatever the fallback, a state in Chinese says so in its URL.
        if (state.lang === 'zh') expect(parseViewState(query, 'en').lang).toBe('zh');
      }),
      { numRuns: RUNS },
    );
  });

  it('writes only known keys, each once, and nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    fc.assert(
      fc.property(validState, (state) => {
        const params = new URLSearchParams(serializeViewState(state));
        const keys = [...params.keys()];
        expect(new Set(keys).size).toBe(keys.length);
        for (const k of keys) expect(KNOWN_KEYS as readonly string[]).toContain(k);
      }),
      { numRuns: RUNS },
    );
  });
});
