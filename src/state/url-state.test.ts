import { describe, expect, it } from 'vitest';
import { langCodes } from '../i18n/languages';
import { isDay, parseViewState, serializeViewState, URL_KEYS } from './url-state';
import { DEFAULT_VIEW, ENTITY_KINDS, FIGURE_SORT_KEYS, type ViewState } from './view-state';
import { seededRandom } from '../test/random';

type ViewPatch = Partial<Omit<ViewState, 'filters'>> & { filters?: Partial<ViewState['filters']> };

const view = (patch: ViewPatch): ViewState => ({
  ...DEFAULT_VIEW,
  ...patch,
  filters: { ...DEFAULT_VIEW.filters, ...patch.filters },
});

const representative: [string, ViewState][] = [
  ['the default', DEFAULT_VIEW],
  ['Chinese', view({ lang: 'zh' })],
  ['a named report', view({ reportId: 'ai-2026-04' })],
  [
    'thread, category and organisation filters',
    view({
      filters: {
        threads: ['efficiency', 'agent-infrastructure'],
        categories: ['model-release'],
        organisations: ['openai', 'anthropic', 'google'],
      },
    }),
  ],
  ['a date range', view({ filters: { range: { from: '2026-04-01', to: '2026-04-30' } } })],
  ['a one-day range', view({ filters: { range: { from: '2026-04-08', to: '2026-04-08' } } })],
  [
    'an English search with spaces and symbols',
    view({ filters: { search: 'GPT-5.4 & 75% + "OSWorld"?' } }),
  ],
  ['a Chinese search', view({ filters: { search: '风险投资 2672 亿美元' } })],
  ['an organisation selection', view({ selection: { kind: 'organisation', id: 'meta' } })],
  ['an event selection', view({ selection: { kind: 'event', id: 'gpt-5-4' } })],
  ['an open event card', view({ openEvent: 'q1-venture-record' })],
  ['a figure sort', view({ figureSort: { key: 'value', dir: 'desc' } })],
  ['the default sort key, descending', view({ figureSort: { key: 'section', dir: 'desc' } })],
  [
    'everything at once',
    view({
      lang: 'zh',
      reportId: 'ai-2026-04',
      filters: {
        threads: ['capital-physical'],
        categories: ['capital', 'business'],
        organisations: ['nvidia'],
        range: { from: '2026-01-01', to: '2026-03-31' },
        search: '推算',
      },
      selection: { kind: 'thread', id: 'efficiency' },
      openEvent: 'turboquant',
      figureSort: { key: 'organisation', dir: 'asc' },
    }),
  ],
];

describe('serializeViewState / parseViewState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
  });

  it.each(representative)('round-trips %s', (_name, state) => {
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it('writes only what differs from the default, in a stable order', () => {
    expect(serializeViewState(view({ lang: 'zh', filters: { organisations: ['openai'] } }))).toBe(
      '?lang=zh&org=openai',
    );
    expect(
      serializeViewState(
        view({ figureSort: { key: 'value', dir: 'asc' }, reportId: 'ai-2026-04', lang: 'zh' }),
      ),
    ).toBe('?lang=zh&report=ai-2026-04&sort=value-asc');
  });

  it('parses with or without the leading "?"', () => {
    expect(parseViewState('?lang=zh')).toEqual(parseViewState('lang=zh'));
  });

  it('uses the fallback language only when the URL names none', () => {
    expect(parseViewState('', 'zh').lang).toBe('zh');
    expect(parseViewState('?lang=en', 'zh').lang).toBe('en');
  });
});

describe('parseViewState with junk', () => {
  it('ignores unknown keys', () => {
    expect(parseViewState('?utm_source=x&foo=bar&__proto__=1&constructor=2')).toEqual(DEFAULT_VIEW);
  });

  it('falls back on an unknown language', () => {
    expect(parseViewState('?lang=fr').lang).toBe('en');
    expect(parseViewState('?lang=fr', 'zh').lang).toBe('zh');
  });

  it.each([
    'bogus',
    'organisation',
    'organisation:',
    ':openai',
    'company:openai',
    'event:GPT 5',
    'event:a:b',
  ])('drops the selection sel=%s', (sel) => {
    expect(parseViewState(`?sel=${encodeURIComponent(sel)}`).selection).toBeNull();
  });

  it('drops a range whose start is after its end', () => {
    expect(parseViewState('?from=2026-04-30&to=2026-04-01').filters.range).toBeNull();
  });

  it.each([
    ['from=2026-02-30&to=2026-03-01'],
    ['from=2026-04-01'],
    ['to=2026-04-30'],
    ['from=2026-4-1&to=2026-04-30'],
    ['from=1899-12-31&to=2026-01-01'],
    ['from=2026-04-01&to=2101-01-01'],
    ['from=2026-04-01T00:00&to=2026-04-30'],
  ])('drops an impossible range %s', (query) => {
    expect(parseViewState(`?${query}`).filters.range).toBeNull();
  });

  it('drops ids that could not be ids', () => {
    expect(parseViewState(`?thread=${encodeURIComponent('<script>')}`).filters.threads).toEqual([]);
    expect(
      parseViewState('?org=openai,,OpenAI,open_ai,-x,x-,anthropic').filters.organisations,
    ).toEqual(['openai', 'anthropic']);
    expect(parseViewState('?cat=a,a,b,a').filters.categories).toEqual(['a', 'b']);
    expect(parseViewState(`?org=${'a'.repeat(81)}`).filters.organisations).toEqual([]);
  });

  it('keeps at most 50 ids', () => {
    const ids = Array.from({ length: 80 }, (_, i) => `o${i}`);
    expect(parseViewState(`?org=${ids.join(',')}`).filters.organisations).toEqual(ids.slice(0, 50));
  });

  it.each(['evil', 'value', 'value-up', '-asc', 'section-asc-desc', 'VALUE-ASC', ''])(
    'falls back to the default sort for sort=%s',
    (sort) => {
      expect(parseViewState(`?sort=${sort}`).figureSort).toEqual(DEFAULT_VIEW.figureSort);
    },
  );

  it('cuts a search longer than 200 characters', () => {
    expect(parseViewState(`?q=${'x'.repeat(500)}`).filters.search).toBe('x'.repeat(200));
  });

  it('does not cut a character in half at the 200th place', () => {
    // 😀 is two UTF-16 units; keeping only the first would leave a lone surrogate, which
    // the next serialization turns into U+FFFD, so the URL would change on every round trip.
    const search = parseViewState(`?q=${'x'.repeat(199)}${encodeURIComponent('😀')}`).filters
      .search;
    expect(search).toBe('x'.repeat(199));
    expect(parseViewState(`?q=${'x'.repeat(198)}${encodeURIComponent('😀')}`).filters.search).toBe(
      `${'x'.repeat(198)}😀`,
    );
  });

  it('drops a bad report id or event id', () => {
    expect(parseViewState('?report=../etc/passwd&event=<b>').reportId).toBeNull();
    expect(parseViewState('?report=../etc/passwd&event=<b>').openEvent).toBeNull();
  });

  it('survives malformed escapes', () => {
    expect(() => parseViewState('?q=%E0%A4%A&lang=%')).not.toThrow();
  });
});

const KEYS = [...URL_KEYS, 'x', ''];
const PIECES = [
  'zh',
  'en',
  'fr',
  'openai',
  'ai-2026-04',
  'efficiency',
  'a',
  '-',
  ',',
  ':',
  '=',
  '&',
  '?',
  '#',
  '%',
  '%2C',
  '%3A',
  '%E4%B8%AD',
  '%F0%9F%98%80',
  '%ZZ',
  '+',
  ' ',
  '2026-04-01',
  '2026-02-30',
  '2026-04-30',
  '1899-01-01',
  'organisation:',
  'event:',
  'thread:efficiency',
  'value-desc',
  'label-asc',
  'section',
  '<script>',
  '"',
  "'",
  '\\',
  '中文',
  '😀',
  '\u0000',
  '\uD800',
  'x'.repeat(120),
  '9'.repeat(30),
];

function junkQuery(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const params: string[] = [];
  const count = Math.floor(next() * 8);
  for (let i = 0; i < count; i++) {
    let value = '';
    const parts = Math.floor(next() * 6);
    for (let j = 0; j < parts; j++) value += pick(PIECES);
    params.push(next() < 0.1 ? pick(PIECES) : `${pick(KEYS)}=${value}`);
  }
  return (next() < 0.5 ? '?' : '') + params.join(next() < 0.9 ? '&' : pick(PIECES));
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (x: unknown): boolean => typeof x === 'string' && x.length <= 80 && ID.test(x);

/** What every parsed state must satisfy, whatever the URL held. */
function validityProblems(s: ViewState): string[] {
  const problems: string[] = [];
  if (!langCodes().includes(s.lang)) problems.push('lang');
  if (s.reportId !== null && !isId(s.reportId)) problems.push('reportId');
  if (s.openEvent !== null && !isId(s.openEvent)) problems.push('openEvent');
  for (const list of ['threads', 'categories', 'organisations'] as const) {
    const ids = s.filters[list];
    if (!ids.every(isId) || new Set(ids).size !== ids.length || ids.length > 50)
      problems.push(list);
  }
  const r = s.filters.range;
  if (r !== null && !(isDay(r.from) && isDay(r.to) && r.from <= r.to)) problems.push('range');
  if (typeof s.filters.search !== 'string' || s.filters.search.length > 200)
    problems.push('search');
  if (
    s.selection !== null &&
    !((ENTITY_KINDS as readonly string[]).includes(s.selection.kind) && isId(s.selection.id))
  ) {
    problems.push('selection');
  }
  if (
    !(FIGURE_SORT_KEYS as readonly string[]).includes(s.figureSort.key) ||
    !['asc', 'desc'].includes(s.figureSort.dir)
  ) {
    problems.push('figureSort');
  }
  const p = s.present;
  if (p !== null && !(/^[1-9][0-9]?$/.test(p) ? Number(p) <= 50 : isId(p) && !/^\d+$/.test(p))) {
    problems.push('present');
  }
  return problems;
}

describe('parseViewState on 1000 junk query strings', () => {
  const next = seededRandom(20260401);
  const queries = Array.from({ length: 1000 }, () => junkQuery(next));

  it('generates varied junk', () => {
    expect(new Set(queries).size).toBeGreaterThan(800);
  });

  it('never throws and always yields a valid state', () => {
    const bad: string[] = [];
    for (const query of queries) {
      let state: ViewState;
      try {
        state = parseViewState(query);
      } catch (err) {
        bad.push(`${JSON.stringify(query)} threw ${String(err)}`);
        continue;
      }
      const problems = validityProblems(state);
      if (problems.length) bad.push(`${JSON.stringify(query)}: ${problems.join(', ')}`);
    }
    expect(bad).toEqual([]);
  });

  it('serialize is a fixed point: parse(serialize(parse(x))) equals parse(x)', () => {
    const bad: string[] = [];
    for (const query of queries) {
      const once = parseViewState(query);
      const twice = parseViewState(serializeViewState(once));
      if (JSON.stringify(twice) !== JSON.stringify(once)) bad.push(JSON.stringify(query));
    }
    expect(bad).toEqual([]);
  });

  it('the validity check itself rejects bad states', () => {
    expect(validityProblems(DEFAULT_VIEW)).toEqual([]);
    expect(
      validityProblems(
        view({
          lang: 'fr',
          filters: { threads: ['A'], range: { from: '2026-05-01', to: '2026-04-01' } },
        }),
      ),
    ).toEqual(['lang', 'threads', 'range']);
  });
});

describe('the presentation slide in the URL', () => {
  it('names a slide by its id, and keeps an older link’s number, and round-trips', () => {
    const state: ViewState = { ...DEFAULT_VIEW, present: 'osworld' };
    expect(serializeViewState(state)).toBe('?present=osworld');
    expect(parseViewState('?present=osworld')).toEqual(state);
    // An older link's slide number is kept, to be resolved against the report's slides.
    expect(parseViewState('?present=3').present).toBe('3');
    expect(parseViewState('?present=title').present).toBe('title');
  });

  it.each(['0', '-1', '1.5', 'Abc', '999', '51', '', '03', 'a_b'])('ignores present=%s', (raw) => {
    expect(parseViewState(`?present=${raw}`).present).toBeNull();
  });
});

describe('open tables in the URL', () => {
  it('round-trips the charts showing their table', () => {
    const state: ViewState = { ...DEFAULT_VIEW, tables: ['capital', 'timeline'] };
    expect(serializeViewState(state)).toBe('?table=capital%2Ctimeline');
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it('drops ids that are not ids', () => {
    expect(parseViewState('?table=capital,<svg>,../x').tables).toEqual(['capital']);
  });
});
