import { describe, expect, it } from 'vitest';
import { wordsFor } from '../i18n/words';

const formatterFor = (lang: string) => wordsFor(lang).fmt;
import { EMPTY_FILTERS, type EntityRef, type Filters } from '../state/view-state';
import { readRepoJson } from '../test/repo';
import { reportSchema, type Figure } from './schema';
import {
  dateSpan,
  effectiveFilters,
  figureMagnitude,
  figureOrganisations,
  indexReport,
  normaliseSearch,
  selectMatches,
  spansOverlap,
  threadCounts,
} from './selectors';

const report = reportSchema.parse(readRepoJson('data/ai-2026-04.json'));
const idx = indexReport(report);

const filters = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });
const valueText = (f: Figure): string =>
  `${formatterFor('zh').figure(f)} ${formatterFor('en').figure(f)}`;

function match(patch: Partial<Filters>, selection: EntityRef | null = null, withValues = true) {
  const m = selectMatches(report, filters(patch), selection, withValues ? valueText : undefined);
  return { ...m, eventList: m.events.map((e) => e.id), figureList: m.figures.map((f) => f.id) };
}
const figuresOf = (...events: string[]): string[] =>
  report.figures.filter((f) => f.event && events.includes(f.event)).map((f) => f.id);

describe('dateSpan', () => {
  it.each([
    [{ precision: 'day', value: '2026-04-08' }, '2026-04-08', '2026-04-08'],
    [{ precision: 'month', value: '2026-04' }, '2026-04-01', '2026-04-30'],
    [{ precision: 'month', value: '2026-03' }, '2026-03-01', '2026-03-31'],
    [{ precision: 'month', value: '2026-02' }, '2026-02-01', '2026-02-28'],
    [{ precision: 'month', value: '2024-02' }, '2024-02-01', '2024-02-29'],
    [{ precision: 'month', value: '2000-02' }, '2000-02-01', '2000-02-29'],
    [{ precision: 'month', value: '2100-02' }, '2100-02-01', '2100-02-28'],
    [{ precision: 'month', value: '2026-12' }, '2026-12-01', '2026-12-31'],
    [{ precision: 'quarter', value: '2026-Q1' }, '2026-01-01', '2026-03-31'],
    [{ precision: 'quarter', value: '2026-Q2' }, '2026-04-01', '2026-06-30'],
    [{ precision: 'quarter', value: '2026-Q3' }, '2026-07-01', '2026-09-30'],
    [{ precision: 'quarter', value: '2026-Q4' }, '2026-10-01', '2026-12-31'],
    [{ precision: 'year', value: '2025' }, '2025-01-01', '2025-12-31'],
  ] as const)('%o spans %s..%s', (date, from, to) => {
    expect(dateSpan(date)).toEqual({ from, to });
  });
});

describe('spansOverlap', () => {
  const april = { from: '2026-04-01', to: '2026-04-30' };
  it.each([
    [{ from: '2026-03-01', to: '2026-03-31' }, false],
    [{ from: '2026-05-01', to: '2026-05-31' }, false],
    [{ from: '2026-03-31', to: '2026-04-01' }, true],
    [{ from: '2026-04-30', to: '2026-05-02' }, true],
    [{ from: '2026-04-10', to: '2026-04-10' }, true],
    [{ from: '2026-01-01', to: '2026-12-31' }, true],
  ])('April and %o → %s, either way round', (span, want) => {
    expect(spansOverlap(april, span)).toBe(want);
    expect(spansOverlap(span, april)).toBe(want);
  });
});

describe('selectMatches on the dataset', () => {
  it('matches everything without filters', () => {
    const m = match({});
    expect(m.events).toHaveLength(15);
    expect(m.figures).toHaveLength(report.figures.length);
    expect(m.eventIds.size).toBe(15);
    expect(m.figureIds.size).toBe(report.figures.length);
  });

  it('filters by thread', () => {
    const m = match({ threads: ['efficiency'] });
    expect(m.eventList).toEqual(['turboquant', 'neuro-symbolic']);
    expect(m.figureList).toEqual(figuresOf('turboquant', 'neuro-symbolic'));
  });

  it('filters by several threads as "any of"', () => {
    const m = match({ threads: ['efficiency', 'multimodal-context'] });
    expect(m.eventList).toEqual(['gemini-3-1-ultra', 'gpt-5-4', 'turboquant', 'neuro-symbolic']);
  });

  it('filters by category', () => {
    const m = match({ categories: ['model-release'] });
    expect(m.eventList).toEqual([
      'gemini-3-1-ultra',
      'gpt-5-4',
      'meta-muse-spark',
      'claude-mythos-preview',
    ]);
    expect(m.figureList).toEqual(
      figuresOf('gemini-3-1-ultra', 'gpt-5-4', 'meta-muse-spark', 'claude-mythos-preview'),
    );
  });

  describe('by organisation', () => {
    const m = match({ organisations: ['anthropic'] });

    it('keeps the events the organisation is part of', () => {
      expect(m.eventList).toEqual([
        'mcp-open-governance',
        'q1-venture-record',
        'openai-revenue-sora',
        'claude-mythos-preview',
        'claude-cowork',
      ]);
    });

    it('keeps figures about the organisation, and figures of its events that name no one', () => {
      // q1-venture-total names no organisation; it inherits its event's, which include Anthropic.
      expect(m.figureList).toContain('q1-venture-total');
      expect(m.figureList).toContain('q1-other-venture');
      expect(m.figureList).toContain('anthropic-series-g');
      expect(m.figureList).toContain('anthropic-annualised-revenue');
      expect(m.figureList).toContain('glasswing-partners');
      expect(m.figureList).toContain('mcp-installs');
    });

    it('drops figures of those events that are about someone else', () => {
      for (const id of [
        'xai-acquisition',
        'openai-funding-round',
        'openai-monthly-revenue',
        'sora-users-after',
      ]) {
        expect(m.figureList).not.toContain(id);
      }
    });

    it('agrees with the rule for every figure', () => {
      for (const f of report.figures) {
        const own = f.organisations;
        const eventOrgs = f.event ? idx.events.get(f.event)!.organisations : [];
        const about = own.length ? own.includes('anthropic') : eventOrgs.includes('anthropic');
        expect(m.figureIds.has(f.id), f.id).toBe(about);
      }
    });
  });

  it('filters by a date range: April leaves out the Q1 record and the March MCP milestone', () => {
    const m = match({ range: { from: '2026-04-01', to: '2026-04-30' } });
    expect(m.eventList).not.toContain('q1-venture-record');
    expect(m.eventList).not.toContain('mcp-open-governance');
    expect(m.events).toHaveLength(13);
    expect(m.figureList).not.toContain('q1-venture-total');
    expect(m.figureList).not.toContain('mcp-installs');
    // A figure of the conclusion belongs to no event, so a facet leaves it out.
    expect(m.figureList).not.toContain('conclusion-model-race-years');
    expect(m.figureList).toContain('gpt-5-4-osworld');
  });

  it('a range inside Q1 keeps the quarter-dated event', () => {
    const m = match({ range: { from: '2026-02-10', to: '2026-02-10' } });
    expect(m.eventList).toEqual(['q1-venture-record']);
    expect(m.figureList).toEqual(figuresOf('q1-venture-record'));
  });

  it('a one-day range keeps that day’s events and the month-dated ones, not other days', () => {
    const m = match({ range: { from: '2026-04-08', to: '2026-04-08' } });
    expect(m.eventList).toContain('meta-muse-spark');
    expect(m.eventList).toContain('gpt-5-4'); // April 2026
    const other = match({ range: { from: '2026-04-09', to: '2026-04-09' } });
    expect(other.eventList).not.toContain('meta-muse-spark'); // 8 April
    // April 2026: the 5 April in its source's address is the release's day, not the event's.
    expect(other.eventList).toContain('neuro-symbolic');
  });

  it('searches in Chinese', () => {
    const m = match({ search: '风险投资' });
    expect(m.figureList).toContain('q1-venture-total');
    expect(m.eventList).toEqual(['q1-venture-record']);
  });

  it('searches in English, case-insensitively', () => {
    const m = match({ search: 'sORA' });
    expect(m.eventList).toEqual(['openai-revenue-sora']);
    expect(m.figureList).toEqual(figuresOf('openai-revenue-sora'));
  });

  it('searches full-width text as half-width', () => {
    expect(match({ search: 'ＴｕｒｂｏＱｕａｎｔ' }).eventList).toEqual(['turboquant']);
  });

  it('searches by the formatted value, in either language', () => {
    expect(match({ search: '47.3%' }).figureList).toEqual(['gpt-5-2-osworld']);
    expect(match({ search: '1152 亿' }).figureList).toEqual(['q1-other-venture']);
    expect(match({ search: '$115.2b' }).figureList).toEqual(['q1-other-venture']);
    // Without the formatted values there is nothing to find.
    expect(match({ search: '47.3%' }, null, false).figureList).toEqual([]);
  });

  it('finds the same figures whichever language wrote the search, spaced or not', () => {
    const installs = match({ search: '97M' }).figureList;
    expect(installs).toContain('mcp-installs');
    expect(match({ search: '9700万' }).figureList).toEqual(installs);
    expect(match({ search: '9700 万' }).figureList).toEqual(installs);
    expect(match({ search: '2672亿' }).figureList).toEqual(match({ search: '$267.2B' }).figureList);
    expect(match({ search: '2672亿' }).figureList).toContain('q1-venture-total');
    expect(match({ search: '1M tokens' }).figureList).toEqual(['gpt-5-4-context-window']);
  });

  // The page's search box feeds this function whatever the page's language: the same pairs
  // once took sixteen page loads in e2e/explore.spec.ts.
  it.each([
    ['97M', '9700万'],
    ['$267.2B', '2672亿'],
    ['Google', '谷歌'],
    ['NVIDIA', '英伟达'],
  ])('finds the same figures for “%s” and “%s”', (en, zh) => {
    const figures = match({ search: en }).figureList;
    expect(figures.length).toBeGreaterThan(0);
    expect(match({ search: zh }).figureList).toEqual(figures);
  });

  it('finds an organisation by the other names the report uses (谷歌, 英伟达)', () => {
    expect(match({ search: '谷歌' }).eventList).toEqual(
      report.events.filter((e) => e.organisations.includes('google')).map((e) => e.id),
    );
    expect(match({ search: '英伟达' }).eventList).toEqual(
      report.events.filter((e) => e.organisations.includes('nvidia')).map((e) => e.id),
    );
  });

  it('keeps the event of a figure that matches a search', () => {
    const m = match({ search: '47.3%' });
    expect(m.eventList).toEqual(['gpt-5-4']);
  });

  it('finds nothing for a search nothing mentions', () => {
    const m = match({ search: 'zzz-no-such-thing' });
    expect([m.events, m.figures]).toEqual([[], []]);
  });

  it('finds the conclusion figure by its label when no facet is set', () => {
    expect(match({ search: '谁的模型更聪明' }).figureList).toEqual(['conclusion-model-race-years']);
  });

  it('treats a selected organisation as one more filter', () => {
    const selected = match({}, { kind: 'organisation', id: 'tufts' });
    const filtered = match({ organisations: ['tufts'] });
    expect(selected.eventList).toEqual(['neuro-symbolic']);
    expect(selected.figureList).toEqual(filtered.figureList);
  });

  it('combines a selection with the filters', () => {
    const m = match({ threads: ['efficiency'] }, { kind: 'organisation', id: 'google' });
    expect(m.eventList).toEqual(['turboquant']);
  });

  it('narrows to a selected event and its figures', () => {
    const m = match({}, { kind: 'event', id: 'gpt-5-4' });
    expect(m.eventList).toEqual(['gpt-5-4']);
    expect(m.figureList).toEqual(figuresOf('gpt-5-4'));
    expect(m.figures).toHaveLength(6);
  });

  it('a selected thread and category act as filters', () => {
    expect(match({}, { kind: 'thread', id: 'efficiency' }).eventList).toEqual(
      match({ threads: ['efficiency'] }).eventList,
    );
    expect(match({}, { kind: 'category', id: 'retail' }).eventList).toEqual(['virtual-try-on']);
  });

  it('counts match the lists', () => {
    for (const m of [match({}), match({ threads: ['efficiency'] }), match({ search: 'openai' })]) {
      expect(m.eventIds.size).toBe(m.events.length);
      expect(m.figureIds.size).toBe(m.figures.length);
      for (const f of m.figures) if (f.event) expect(m.eventIds.has(f.event), f.id).toBe(true);
    }
  });
});

describe('threadCounts', () => {
  it('counts the events each thread leads, in the abstract’s order, leaving out empty ones', () => {
    const all = threadCounts(report, report.events);
    expect(all.map((c) => c.thread.order)).toEqual(
      [...report.threads].map((t) => t.order).sort((a, b) => a - b),
    );
    expect(all.reduce((sum, c) => sum + c.n, 0)).toBe(report.events.length);
    const last = all.at(-1)!;
    const theirs = report.events.filter((e) => e.threads[0] === last.thread.id);
    expect(threadCounts(report, theirs)).toEqual([{ thread: last.thread, n: theirs.length }]);
    expect(threadCounts(report, [])).toEqual([]);
  });
});

describe('effectiveFilters', () => {
  it('adds the selection once', () => {
    const f = filters({ organisations: ['meta'] });
    expect(effectiveFilters(f, { kind: 'organisation', id: 'meta' }).organisations).toEqual([
      'meta',
    ]);
    expect(effectiveFilters(f, { kind: 'organisation', id: 'tufts' }).organisations).toEqual([
      'meta',
      'tufts',
    ]);
    expect(f.organisations).toEqual(['meta']);
  });

  it('leaves the filters alone for no selection or an event selection', () => {
    const f = filters({ threads: ['efficiency'] });
    expect(effectiveFilters(f, null)).toBe(f);
    expect(effectiveFilters(f, { kind: 'event', id: 'gpt-5-4' })).toEqual(f);
  });
});

describe('figure helpers', () => {
  it('figureOrganisations uses the figure’s own, else inherits the event’s', () => {
    const ids = (id: string, inherit = true) =>
      figureOrganisations(idx.figures.get(id)!, idx, inherit).map((o) => o.id);
    expect(ids('xai-acquisition')).toEqual(['spacex', 'xai']);
    expect(ids('q1-venture-total')).toEqual(idx.events.get('q1-venture-record')!.organisations);
    expect(ids('q1-venture-total', false)).toEqual([]);
    expect(ids('conclusion-model-race-years')).toEqual([]);
  });

  it('figureMagnitude sorts a range by its midpoint', () => {
    expect(figureMagnitude(idx.figures.get('meta-capex-2026')!)).toBe(125e9);
    expect(figureMagnitude(idx.figures.get('q1-venture-total')!)).toBe(267.2e9);
  });

  it('indexReport is cached per report object', () => {
    expect(indexReport(report)).toBe(idx);
    expect(indexReport(structuredClone(report))).not.toBe(idx);
  });

  it('normaliseSearch folds width and case, and drops white space', () => {
    expect(normaliseSearch('  ＧＰＴ-5.4 \n  Ｕｌｔｒａ ')).toBe('gpt-5.4ultra');
    expect(normaliseSearch('2672\u00a0亿美元')).toBe('2672亿美元');
    // The usual unspaced Chinese form finds the spaced one, and the other way round.
    expect(normaliseSearch('2672 亿美元')).toContain(normaliseSearch('2672亿'));
  });
});
