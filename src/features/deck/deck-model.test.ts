import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPanel } from '../../charts/options/forms';
import { EMPTY_FILTERS } from '../../data/filters';
import type { Report } from '../../data/schema';
import { storySlides } from '../../data/story';
import { TINY_PNG } from '../../test/deck-fixture';
import type { ChartSlide, Deck, DeckSlide, NativeChart, StatsSlide } from '../../deck/model';
import { registerLanguage, unregisterLanguage } from '../../i18n/languages';
import { wordsFor } from '../../i18n/words';
import { valueInEveryLanguage } from '../../shared/use-matches';
import { chartContext, inputFor, loadReport } from '../../test/chart-context';
import { buildDeck, deckLang, type BuiltDeck, type RenderImage } from './deck-model';

let report: Report;
beforeAll(() => {
  report = loadReport();
});

/** jsdom cannot rasterise: a fake that records what it was asked to draw. */
function fakeRenderer(): RenderImage & { calls: { id: string; width: number; height: number }[] } {
  const calls: { id: string; width: number; height: number }[] = [];
  const render: RenderImage = (chart, size) => {
    const series = (chart.option as { series?: { id?: string }[] }).series ?? [];
    calls.push({ id: series.map((s) => s.id).join(','), ...size });
    return Promise.resolve({ png: TINY_PNG, width: size.width * 2, height: size.height * 2 });
  };
  return Object.assign(render, { calls });
}

async function deckIn(
  lang: string,
  view: Parameters<typeof buildDeck>[0]['view'] = null,
): Promise<BuiltDeck> {
  return buildDeck({
    report,
    lang,
    view,
    renderImage: fakeRenderer(),
    words: wordsFor,
    valueText: valueInEveryLanguage,
  });
}

function slideOf(built: BuiltDeck, id: string): DeckSlide {
  const slide = built.deck.slides[built.ids.indexOf(id)];
  if (!slide) throw new Error(`no slide ${id}`);
  return slide;
}

function nativeOf(built: BuiltDeck, id: string): NativeChart {
  const slide = slideOf(built, id);
  if (slide.kind !== 'chart' || slide.chart.kind !== 'native')
    throw new Error(`${id} is not native`);
  return slide.chart;
}

const visible = (chart: NativeChart) => chart.series.filter((s) => !s.hidden);

describe.each([
  {
    lang: 'zh',
    usd: '亿美元',
    tokens: '万 token',
    revenue: [250, 190],
    revenueLabels: ['超过 250 亿美元', '近 190 亿美元'],
    total: 2672,
    capex: { low: 1150, span: 200, label: '1150 亿至 1350 亿美元' },
    contextValues: [200, 100],
    log: '倍（对数轴）',
    marker: '推算',
    mcp: '超过 9700 万次',
    runs: 'zh',
  },
  {
    lang: 'en',
    usd: '$B',
    tokens: 'M tokens',
    revenue: [25, 19],
    revenueLabels: ['more than $25B', 'nearly $19B'],
    total: 267.2,
    capex: { low: 115, span: 20, label: '$115B–$135B' },
    contextValues: [2, 1],
    log: '×, log scale',
    marker: 'derived',
    mcp: 'more than 97M installs',
    runs: 'en',
  },
] as const)('the $lang deck model', (want) => {
  let built: BuiltDeck;
  let renderer: ReturnType<typeof fakeRenderer>;
  beforeAll(async () => {
    renderer = fakeRenderer();
    built = await buildDeck({
      report,
      lang: want.lang,
      view: null,
      renderImage: renderer,
      words: wordsFor,
    });
  });

  it('has the slides of presentation mode: title, headline figures, each panel in order', () => {
    expect(built.ids).toEqual(storySlides(report).map((s) => s.id));
    expect(built.deck.slides).toHaveLength(built.ids.length);
    expect(built.deck.lang).toBe(want.runs);
  });

  it('opens with the edition, its publisher and month, and the abstract’s threads', () => {
    const title = slideOf(built, 'title');
    expect(title.kind).toBe('title');
    if (title.kind !== 'title') return;
    const threads = [...report.threads].sort((a, b) => a.order - b.order);
    expect(title.title).toBe(report.report.title[want.lang]);
    expect(title.publisher).toContain(report.report.publisher[want.lang]);
    expect(title.publisher).toContain(report.report.partners[want.lang]);
    expect(title.month).toBe(want.lang === 'zh' ? '2026 年 4 月' : 'April 2026');
    expect(title.bullets).toHaveLength(threads.length);
    threads.forEach((t, i) => {
      // The thread's name leads, in bold; its description follows.
      expect(title.bullets[i]?.lead).toContain(t.name[want.lang]);
      expect(title.bullets[i]?.text).toBe(t.description[want.lang]);
    });
  });

  it('shows the headline cards as big numbers', () => {
    const headline = slideOf(built, 'headline') as StatsSlide;
    expect(headline.kind).toBe('stats');
    expect(headline.stats.map((s) => s.label)).toEqual(report.cards.map((c) => c.title[want.lang]));
    expect(headline.stats[0]?.value).toBe(want.lang === 'zh' ? '2672 亿美元' : '$267.2B');
  });

  it('puts the finding in the title, the source and the edition on every slide', () => {
    const ctx = chartContext(report, want.lang);
    for (const panel of report.panels) {
      const slide = slideOf(built, panel.id);
      expect(slide.title).not.toMatch(/\{\{/);
      expect(slide.source).toMatch(want.lang === 'zh' ? /^来源：/ : /^Source: /);
      expect(slide.notes.split('\n')[0]).toBe(slide.title);
    }
    // The edition as its readers name it; its file id is for machines.
    expect(built.deck.stamp).toBe(
      `${ctx.fmt.date(report.report.month)} · ${report.report.title[want.lang]}`,
    );
    expect(built.deck.stamp).not.toContain(report.report.id);
    // The whole edition: no filter line.
    expect(built.deck.slides.every((s) => s.filterLine === undefined)).toBe(true);
  });

  it('draws bars natively, in the display unit the axis names, labelled as the app words them', () => {
    const revenue = nativeOf(built, 'revenue');
    expect(revenue.type).toBe('bar');
    expect(revenue.valueAxisTitle).toBe(want.usd);
    const [series] = visible(revenue);
    expect(series?.values).toEqual(want.revenue);
    expect(series?.labels).toEqual(want.revenueLabels);
    // One colour per organisation: OpenAI and Anthropic differ.
    expect(new Set(series?.colours).size).toBe(2);

    const context = nativeOf(built, 'context-windows');
    expect(context.valueAxisTitle).toBe(want.tokens);
    expect(visible(context)[0]?.values).toEqual(want.contextValues);
  });

  it('keeps derived values marked, and draws a reference as a labelled line', () => {
    const osworld = nativeOf(built, 'osworld');
    const [series] = visible(osworld);
    expect(series?.derived).toEqual([true, false]);
    expect(series?.labels[0]).toBe(`47.3% · ${want.marker}`);
    expect(osworld.referenceLines).toEqual([
      { value: 72.4, label: expect.stringContaining('72.4%') as string },
    ]);
  });

  it('draws claimed multiples on a log axis', () => {
    const efficiency = nativeOf(built, 'efficiency');
    expect(efficiency.log).toBe(true);
    expect(efficiency.valueAxisTitle).toBe(want.log);
    expect(visible(efficiency)[0]?.values).toEqual([100, 10, 6, 2]);
  });

  it('draws a stated range as a bar floating from its low to its high end', () => {
    const capex = nativeOf(built, 'meta-capex');
    expect(capex.type).toBe('stacked-bar');
    const [base, span] = capex.series;
    expect(base?.hidden).toBe(true);
    expect(base?.values[0]).toBe(want.capex.low);
    expect(span?.values[0]).toBe(want.capex.span);
    expect(span?.labels[0]).toBe(want.capex.label);
    // Last year's (derived) range is a row of its own, hatched.
    expect(span?.derived).toEqual([false, true]);
  });

  it('stacks the parts of a whole beside the total, so they visibly add up', () => {
    const venture = nativeOf(built, 'q1-venture');
    expect(venture.type).toBe('stacked-bar');
    const [total, ...parts] = venture.series;
    expect(total?.values).toEqual([want.total, null]);
    const sum = parts.reduce((s, p) => s + (p.values[1] ?? 0), 0);
    expect(sum).toBeCloseTo(want.total, 6);
    const rest = parts.at(-1);
    expect(rest?.derived).toEqual([false, true]);
    expect(rest?.labels[1]).toContain(want.marker);
  });

  it('tells a part of the same organisation as its total apart from it, in the legend too', () => {
    const japan = nativeOf(built, 'microsoft-japan');
    const [total, ...parts] = japan.series;
    const solid = parts.filter((p) => !p.derived?.some(Boolean));
    expect(solid.length).toBeGreaterThan(0);
    // Every solid part its own colour, none the total's; a derived part is hatched instead.
    const colours = [total?.colour, ...solid.map((p) => p.colour)];
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('keeps the qualifiers in the labels (more than / 超过, about / 约)', () => {
    const labels = built.deck.slides.flatMap((s) =>
      s.kind === 'chart' && s.chart.kind === 'native'
        ? s.chart.series.flatMap((x) => x.labels)
        : [],
    );
    expect(labels.some((l) => l.startsWith(want.lang === 'zh' ? '超过' : 'more than'))).toBe(true);
    expect(labels.some((l) => l.startsWith(want.lang === 'zh' ? '约' : 'about'))).toBe(true);
    expect(labels.some((l) => l.startsWith(want.lang === 'zh' ? '不足' : 'fewer than'))).toBe(true);
  });

  it('draws before and after as a slope', () => {
    const sora = nativeOf(built, 'sora');
    expect(sora.type).toBe('line');
    expect(sora.series[0]?.values).toHaveLength(2);
  });

  it('shows single numbers as stats, hedged as the report hedges them', () => {
    const mcp = slideOf(built, 'mcp') as StatsSlide;
    expect(mcp.kind).toBe('stats');
    expect(mcp.stats[0]?.value).toBe(want.mcp);
  });

  it('sets the timeline as a grid: each event once, in its period’s row and its thread’s column', () => {
    const slide = slideOf(built, 'timeline') as ChartSlide;
    if (slide.chart.kind !== 'grid') throw new Error(`the timeline is ${slide.chart.kind}`);
    const { columns, rows } = slide.chart;
    const ctx = chartContext(report, want.lang);
    const threads = [...report.threads].sort((a, b) => a.order - b.order);
    expect(columns.map((c) => c.name)).toEqual(threads.map((t) => ctx.text(t.name)));
    expect(columns.map((c) => c.colour)).toEqual(threads.map((t) => ctx.colours.thread(t.id)));
    // The report's periods, oldest first: Q1 2026 (the quarter), March, April.
    expect(rows.map((r) => r.name)).toEqual(
      [
        { precision: 'quarter', value: '2026-Q1' },
        { precision: 'month', value: '2026-03' },
        { precision: 'month', value: '2026-04' },
      ].map((d) => ctx.fmt.date(d as (typeof report.events)[number]['date'])),
    );
    const placed = rows.flatMap((row) =>
      row.cells.flatMap((entries, c) => entries.map((text) => ({ row: row.name, c, text }))),
    );
    expect(placed).toHaveLength(report.events.length);
    for (const event of report.events) {
      const name = ctx.text(event.shortTitle);
      const at = placed.filter((p) => p.text.endsWith(name));
      expect(at, name).toHaveLength(1);
      expect(at[0]?.c, `${name}: its thread`).toBe(
        threads.findIndex((t) => t.id === event.threads[0]),
      );
      const period =
        event.date.precision === 'day'
          ? { precision: 'month' as const, value: event.date.value.slice(0, 7) }
          : event.date;
      expect(at[0]?.row, `${name}: its period`).toBe(ctx.fmt.date(period));
      // A date more precise than its row is written with the name.
      if (event.date.precision === 'day') expect(at[0]?.text).toContain(ctx.fmt.date(event.date));
      else expect(at[0]?.text).toBe(name);
    }
  });

  it('gives an event dated to the end of a month a row of its own, after the month', async () => {
    const edited = structuredClone(report);
    const moved = edited.events.find(
      (e) => e.date.precision === 'month' && e.date.value === '2026-04',
    );
    if (!moved) throw new Error('no April event');
    moved.date = { precision: 'month', value: '2026-04', part: 'end' };
    const deck = await buildDeck({
      report: edited,
      lang: want.lang,
      view: null,
      renderImage: fakeRenderer(),
      words: wordsFor,
    });
    const slide = slideOf(deck, 'timeline') as ChartSlide;
    if (slide.chart.kind !== 'grid') throw new Error(`the timeline is ${slide.chart.kind}`);
    const ctx = chartContext(edited, want.lang);
    const names = slide.chart.rows.map((r) => r.name);
    const april = names.indexOf(ctx.fmt.date({ precision: 'month', value: '2026-04' }));
    const end = names.indexOf(ctx.fmt.date(moved.date));
    expect(april).toBeGreaterThanOrEqual(0);
    expect(end).toBe(april + 1);
    expect(slide.chart.rows[end]?.cells.flat()).toEqual([ctx.text(moved.shortTitle)]);
  });

  it('keeps to the filtered threads in the timeline’s grid', async () => {
    const filtered = await deckIn(want.lang, {
      filters: { ...EMPTY_FILTERS, threads: ['efficiency'] },
      selection: null,
    });
    const slide = slideOf(filtered, 'timeline') as ChartSlide;
    if (slide.chart.kind !== 'grid') throw new Error(`the timeline is ${slide.chart.kind}`);
    const efficiency = report.threads.find((t) => t.id === 'efficiency');
    expect(slide.chart.columns.map((c) => c.name)).toEqual([
      chartContext(report, want.lang).text(efficiency?.name ?? { zh: '', en: '' }),
    ]);
    const count = report.events.filter((e) => e.threads[0] === 'efficiency').length;
    expect(slide.chart.rows.flatMap((r) => r.cells.flat())).toHaveLength(count);
  });

  it('draws the treemap as a picture with a native table of its rows', () => {
    const slide = slideOf(built, 'themes') as ChartSlide;
    if (slide.chart.kind !== 'image') throw new Error(`the treemap is ${slide.chart.kind}`);
    const panel = report.panels.find((p) => p.id === 'themes');
    if (!panel) throw new Error('themes');
    const rows = buildPanel(inputFor(report, panel), chartContext(report, want.lang))?.rows ?? [];
    expect(slide.chart.table.rows.map((r) => r[1])).toEqual(rows.map((r) => r.label));
    // Each column's head names what it holds: the thread, the event (one tile), its category.
    const ctx = chartContext(report, want.lang);
    expect(slide.chart.table.header.slice(0, 3)).toEqual(
      ['filters.kind.thread', 'filters.kind.event', 'filters.kind.category'].map((k) => ctx.t(k)),
    );
    const categories = new Set(report.categories.map((c) => ctx.text(c.name)));
    expect(slide.chart.table.rows.every((r) => categories.has(r[2] ?? ''))).toBe(true);
    expect(slide.chart.width).toBeGreaterThan(slide.chart.height);
    // Rendered at slide size, once: the treemap.
    expect(renderer.calls.map((c) => c.id)).toEqual(['themes']);
    expect(renderer.calls.every((c) => c.width >= 1000)).toBe(true);
  });

  it('gives every slide speaker notes: the report’s sentences and how derived values are made', () => {
    const index = new Map(report.figures.map((f) => [f.id, f]));
    const osworld = slideOf(built, 'osworld');
    for (const id of ['gpt-5-4-osworld', 'osworld-human-baseline', 'gpt-5-2-osworld']) {
      expect(osworld.notes).toContain(index.get(id)?.provenance.quote);
    }
    expect(osworld.notes).toContain(index.get('gpt-5-2-osworld')?.derived?.formula[want.lang]);
    const venture = slideOf(built, 'q1-venture');
    expect(venture.notes).toContain(index.get('q1-other-venture')?.derived?.formula[want.lang]);
    // The panel's inference is said to be the dataset's, not the report's.
    expect(venture.notes).toContain(
      want.lang === 'zh' ? '本数据集的推断' : 'This dataset’s inference',
    );
    const timeline = slideOf(built, 'timeline');
    for (const event of report.events) expect(timeline.notes).toContain(event.quotes[0]);
    for (const slide of built.deck.slides) {
      expect(slide.notes.length).toBeGreaterThan(0);
      expect(slide.notes.split('\n')).not.toContain('');
    }
  });
});

describe('the current view', () => {
  it('leaves out the panels the filters empty, and states the filter on every slide but the headline figures', async () => {
    const filters = { ...EMPTY_FILTERS, organisations: ['meta'] };
    const built = await deckIn('en', { filters, selection: null });
    const kept = report.panels.filter((panel) =>
      buildPanel(inputFor(report, panel, filters), chartContext(report, 'en')),
    );
    expect(built.ids).toEqual(['title', 'headline', ...kept.map((p) => p.id)]);
    expect(kept.length).toBeLessThan(report.panels.length);
    expect(built.ids).toContain('meta-capex');
    // A chart of events says how many of the report's are left; the others name the filter.
    const meta = report.events.filter((e) => e.organisations.includes('meta')).length;
    const counted = `Filtered: Meta · ${meta} of the ${report.events.length} events shown`;
    built.deck.slides.forEach((slide, i) => {
      const id = built.ids[i] ?? '';
      if (id === 'headline') {
        // The edition's figures, whatever the filters: no line says they are Meta's.
        expect(slide.filterLine, id).toBeUndefined();
        expect(slide.notes, id).not.toContain('Filtered');
        return;
      }
      const line = ['timeline', 'themes'].includes(id) ? counted : 'Filtered: Meta';
      expect(slide.filterLine, id).toBe(line);
      expect(slide.notes.split('\n').at(-1)).toBe(line);
    });
    expect(built.ids).toContain('timeline');
  });

  it('names the selection, and pales the marks it does not concern', async () => {
    const built = await deckIn('zh', {
      filters: EMPTY_FILTERS,
      selection: { kind: 'organisation', id: 'openai' },
    });
    expect(built.deck.slides[0]?.filterLine).toBe('筛选：OpenAI');
    const revenue = nativeOf(built, 'revenue');
    const [openai, anthropic] = revenue.series[0]?.colours ?? [];
    const lightness = (c = '#000000') => Number.parseInt(c.slice(1), 16) % 256;
    expect(lightness(anthropic)).toBeGreaterThan(lightness(openai));
  });
});

describe('a language the writer does not know', () => {
  afterEach(() => unregisterLanguage('fr'));

  it('is written with English runs, and the words fall back to English', async () => {
    registerLanguage({ code: 'fr', tag: 'fr', intl: 'fr-FR', echarts: 'EN', browser: ['fr'] });
    expect(deckLang(wordsFor('fr'))).toBe('en');
    expect(deckLang(wordsFor('zh'))).toBe('zh');
    const built: { deck: Deck } = await deckIn('fr');
    expect(built.deck.lang).toBe('en');
    expect(built.deck.slides.length).toBe(storySlides(report).length);
    expect(built.deck.title).toBe(report.report.title.en);
  });
});

describe('the image renderer', () => {
  it('is asked only for the treemap', async () => {
    const render = vi.fn<RenderImage>((_chart, size) =>
      Promise.resolve({ png: TINY_PNG, ...size }),
    );
    await buildDeck({ report, lang: 'en', view: null, renderImage: render, words: wordsFor });
    expect(render).toHaveBeenCalledTimes(1);
  });
});
