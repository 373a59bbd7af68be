import { beforeEach, describe, expect, it } from 'vitest';
import { useDashboard, viewOf } from './store';
import { DEFAULT_VIEW, type ViewState } from './view-state';

const state = () => useDashboard.getState();
const initial = useDashboard.getState();

beforeEach(() => {
  // Replace the whole state (actions included) with the store's first state.
  useDashboard.setState(initial, true);
});

describe('the dashboard store', () => {
  it('starts at the default view, with nothing hovered', () => {
    expect(viewOf(state())).toEqual(DEFAULT_VIEW);
    expect(state().hover).toBeNull();
  });

  it('toggles a filter on and off again', () => {
    state().toggleFilter('organisations', 'openai');
    state().toggleFilter('organisations', 'anthropic');
    expect(state().filters.organisations).toEqual(['openai', 'anthropic']);
    state().toggleFilter('organisations', 'openai');
    expect(state().filters.organisations).toEqual(['anthropic']);
    state().toggleFilter('organisations', 'anthropic');
    expect(state().filters.organisations).toEqual([]);
    expect(state().filters).toEqual(DEFAULT_VIEW.filters);
  });

  it('keeps the filter lists apart', () => {
    state().toggleFilter('threads', 'efficiency');
    state().toggleFilter('categories', 'research');
    expect(state().filters.threads).toEqual(['efficiency']);
    expect(state().filters.categories).toEqual(['research']);
    expect(state().filters.organisations).toEqual([]);
  });

  it('removes a filter, and ignores removing one that is not there', () => {
    state().toggleFilter('threads', 'efficiency');
    state().removeFilter('threads', 'nope');
    expect(state().filters.threads).toEqual(['efficiency']);
    state().removeFilter('threads', 'efficiency');
    expect(state().filters.threads).toEqual([]);
  });

  it('does not mutate the default filters', () => {
    state().toggleFilter('threads', 'efficiency');
    state().setSearch('x');
    expect(DEFAULT_VIEW.filters.threads).toEqual([]);
    expect(DEFAULT_VIEW.filters.search).toBe('');
  });

  it('selects an entity, and the same one again clears it (a new but equal object too)', () => {
    state().toggleSelection({ kind: 'organisation', id: 'meta' });
    expect(state().selection).toEqual({ kind: 'organisation', id: 'meta' });
    state().toggleSelection({ kind: 'organisation', id: 'meta' });
    expect(state().selection).toBeNull();
  });

  it('moves the selection to a different entity', () => {
    state().toggleSelection({ kind: 'organisation', id: 'meta' });
    state().toggleSelection({ kind: 'event', id: 'meta-muse-spark' });
    expect(state().selection).toEqual({ kind: 'event', id: 'meta-muse-spark' });
    state().toggleSelection({ kind: 'thread', id: 'meta-muse-spark' });
    expect(state().selection).toEqual({ kind: 'thread', id: 'meta-muse-spark' });
    state().clearSelection();
    expect(state().selection).toBeNull();
  });

  it('clears every filter and the selection, but not the language, report or sort', () => {
    state().setLang('zh');
    state().setReport('ai-2026-04');
    state().sortFigures('value');
    state().toggleFilter('threads', 'efficiency');
    state().setRange({ from: '2026-04-01', to: '2026-04-30' });
    state().setSearch('GPT');
    state().toggleSelection({ kind: 'category', id: 'research' });
    state().clearAll();
    expect(state().filters).toEqual(DEFAULT_VIEW.filters);
    expect(state().selection).toBeNull();
    expect([state().lang, state().reportId, state().figureSort]).toEqual([
      'zh',
      'ai-2026-04',
      { key: 'value', dir: 'asc' },
    ]);
  });

  it('sorts by a new column ascending and flips the direction on the same column', () => {
    expect(state().figureSort).toEqual({ key: 'section', dir: 'asc' });
    state().sortFigures('section');
    expect(state().figureSort).toEqual({ key: 'section', dir: 'desc' });
    state().sortFigures('section');
    expect(state().figureSort).toEqual({ key: 'section', dir: 'asc' });
    state().sortFigures('section');
    state().sortFigures('label');
    expect(state().figureSort).toEqual({ key: 'label', dir: 'asc' });
  });

  it('resets filters, selection, open card and hover when the report changes', () => {
    state().toggleFilter('organisations', 'openai');
    state().setSearch('x');
    state().toggleSelection({ kind: 'event', id: 'gpt-5-4' });
    state().openEventCard('gpt-5-4');
    state().setHover({ kind: 'event', id: 'gpt-5-4' });
    state().setLang('zh');
    state().setReport('ai-2026-05');
    expect(state().reportId).toBe('ai-2026-05');
    expect(state().filters).toEqual(DEFAULT_VIEW.filters);
    expect(state().selection).toBeNull();
    expect(state().openEvent).toBeNull();
    expect(state().hover).toBeNull();
    expect(state().lang).toBe('zh');
  });

  it('toggles the language', () => {
    state().toggleLang();
    expect(state().lang).toBe('zh');
    state().toggleLang();
    expect(state().lang).toBe('en');
  });

  it('cuts the search at 200 characters without splitting a character', () => {
    state().setSearch('y'.repeat(300));
    expect(state().filters.search).toBe('y'.repeat(200));
    state().setSearch(`${'y'.repeat(199)}😀`);
    expect(state().filters.search).toBe('y'.repeat(199));
  });

  it('keeps the state object when the hover does not change', () => {
    state().setHover({ kind: 'organisation', id: 'google' });
    const before = state();
    state().setHover({ kind: 'organisation', id: 'google' });
    expect(state()).toBe(before);
    state().setHover(null);
    expect(state().hover).toBeNull();
  });

  it('hydrates the whole view and drops the hover', () => {
    const view: ViewState = {
      lang: 'zh',
      reportId: 'ai-2026-04',
      filters: {
        threads: ['efficiency'],
        categories: [],
        organisations: ['tufts'],
        range: { from: '2026-04-01', to: '2026-04-30' },
        search: '能耗',
      },
      selection: { kind: 'organisation', id: 'tufts' },
      openEvent: 'neuro-symbolic',
      figureSort: { key: 'value', dir: 'desc' },
      present: 'osworld',
      tables: ['q1-venture'],
      embed: null,
    };
    state().setHover({ kind: 'event', id: 'turboquant' });
    state().hydrate(view);
    expect(viewOf(state())).toEqual(view);
    expect(state().hover).toBeNull();
    state().hydrate(DEFAULT_VIEW);
    expect(viewOf(state())).toEqual(DEFAULT_VIEW);
  });
});

describe('restrictTo', () => {
  const known = {
    thread: new Set(['efficiency']),
    category: new Set(['research']),
    organisation: new Set(['openai']),
    event: new Set(['gpt-5-4']),
    panel: new Set(['q1-venture', 'timeline']),
    slides: ['title', 'headline', 'timeline', 'q1-venture'],
  };

  it('drops ids the report does not have, and keeps the rest', () => {
    useDashboard.getState().hydrate({
      ...DEFAULT_VIEW,
      filters: {
        ...DEFAULT_VIEW.filters,
        threads: ['efficiency', 'constructor'],
        categories: ['nope'],
        organisations: ['openai'],
        search: 'x',
      },
      selection: { kind: 'organisation', id: 'ghost' },
      openEvent: 'nowhere',
      tables: ['q1-venture', 'pie'],
      present: 'pie',
    });
    useDashboard.getState().restrictTo(known);
    const s = useDashboard.getState();
    expect(s.filters.threads).toEqual(['efficiency']);
    expect(s.filters.categories).toEqual([]);
    expect(s.filters.organisations).toEqual(['openai']);
    expect(s.filters.search).toBe('x');
    expect(s.selection).toBeNull();
    expect(s.openEvent).toBeNull();
    expect(s.tables).toEqual(['q1-venture']);
    expect(s.present).toBeNull();
  });

  it('keeps a date range inside the report’s days, and drops one that covers them all', () => {
    const days = { from: '2026-01-01', to: '2026-04-30' };
    const range = (from: string, to: string) => ({ ...DEFAULT_VIEW.filters, range: { from, to } });
    useDashboard
      .getState()
      .hydrate({ ...DEFAULT_VIEW, filters: range('1999-01-01', '2099-12-31') });
    useDashboard.getState().restrictTo({ ...known, days });
    expect(useDashboard.getState().filters.range).toBeNull();
    useDashboard
      .getState()
      .hydrate({ ...DEFAULT_VIEW, filters: range('2026-04-06', '2099-12-31') });
    useDashboard.getState().restrictTo({ ...known, days });
    expect(useDashboard.getState().filters.range).toEqual({ from: '2026-04-06', to: '2026-04-30' });
    useDashboard
      .getState()
      .hydrate({ ...DEFAULT_VIEW, filters: range('2030-01-01', '2030-02-01') });
    useDashboard.getState().restrictTo({ ...known, days });
    expect(useDashboard.getState().filters.range).toBeNull();
  });

  it('resolves an older link’s slide number to the slide at that place, or drops it', () => {
    useDashboard.getState().hydrate({ ...DEFAULT_VIEW, present: '3' });
    useDashboard.getState().restrictTo(known);
    expect(useDashboard.getState().present).toBe('timeline');
    useDashboard.getState().hydrate({ ...DEFAULT_VIEW, present: '9' });
    useDashboard.getState().restrictTo(known);
    expect(useDashboard.getState().present).toBeNull();
  });

  it('leaves a valid view untouched (same filter object)', () => {
    useDashboard.getState().hydrate({
      ...DEFAULT_VIEW,
      filters: { ...DEFAULT_VIEW.filters, threads: ['efficiency'] },
      selection: { kind: 'event', id: 'gpt-5-4' },
      present: 'headline',
    });
    const before = useDashboard.getState().filters;
    useDashboard.getState().restrictTo(known);
    expect(useDashboard.getState().filters).toBe(before);
    expect(useDashboard.getState().selection).toEqual({ kind: 'event', id: 'gpt-5-4' });
    expect(useDashboard.getState().present).toBe('headline');
  });
});
