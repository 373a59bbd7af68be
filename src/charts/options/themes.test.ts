import { describe, expect, it } from 'vitest';
import type { EntityRef } from '../../data/filters';
import { reportSchema } from '../../data/schema';
import { indexReport } from '../../data/selectors';
import {
  built,
  chartContext,
  inputFor,
  loadReport,
  panelOf,
  rawReport,
  renderSvg,
  svgTexts,
} from '../../test/chart-context';
import { buildThemes } from './themes';
import { treemapLayout, type TreemapNode } from './treemap-layout';
import { textWidth } from '../../lib/text-width';
import { joinLines, withoutCjkSpaces } from '../../test/text-lines';
import type { BuiltChart, EntityDatum } from './types';

const report = loadReport();
const idx = indexReport(report);

interface Node extends EntityDatum {
  name: string;
  value?: number;
  itemStyle: { color: string; opacity: number };
  children?: Node[];
}

interface ThemesOption {
  series: { type: string; nodeClick: unknown; data: Node[] }[];
  tooltip: { formatter: (p: { name?: string; data?: EntityDatum }) => string };
  aria: { label: { description: string } };
}

const optionOf = (chart: BuiltChart) =>
  (chart.kind === 'echarts' ? chart.option : {}) as unknown as ThemesOption;
const themesOf = (
  r: typeof report,
  lang: 'en' | 'zh',
  focus: EntityRef | null = null,
  compact = false,
) => buildThemes(inputFor(r, panelOf(r, 'themes')), chartContext(r, lang, focus, { compact }));

function treemap(chart: BuiltChart) {
  const series = optionOf(chart).series[0];
  if (!series) throw new Error('no series');
  return series;
}

const leavesOf = (nodes: Node[]): Node[] =>
  nodes.flatMap((n) => (n.children ? leavesOf(n.children) : [n]));

describe.each(['en', 'zh'] as const)('themes treemap (%s)', (lang) => {
  const ctx = chartContext(report, lang);
  const chart = built(themesOf(report, lang));
  const series = treemap(chart);

  it('says how many of the report’s events the filters leave it, as a treemap and as a list', () => {
    expect(chart.subset).toBeUndefined();
    const input = inputFor(report, panelOf(report, 'themes'), { organisations: ['meta'] });
    const shown = input.matches.events.length;
    expect(shown).toBeGreaterThan(0);
    for (const compact of [false, true]) {
      const filtered = built(buildThemes(input, chartContext(report, lang, null, { compact })));
      expect(filtered.kind).toBe(compact ? 'list' : 'echarts');
      expect(filtered.subset).toEqual({ shown, of: report.events.length });
      expect(filtered.rows).toHaveLength(shown);
    }
  });

  it('titles a filtered treemap with what is true of the events it shows, not the edition’s finding', () => {
    expect(chart.view).toBeUndefined();
    const editionTitle = ctx.text(panelOf(report, 'themes').title);
    const threadName = (id: string) => ctx.text(report.threads.find((t) => t.id === id)!.name);
    for (const thread of report.threads) {
      const input = inputFor(report, panelOf(report, 'themes'), { threads: [thread.id] });
      const shown = input.matches.events;
      for (const compact of [false, true]) {
        const view = built(buildThemes(input, chartContext(report, lang, null, { compact }))).view;
        if (!view) throw new Error(`no view for ${thread.id}`);
        expect(view.title).not.toBe(editionTitle);
        // Events filtered by one thread may still lead with another (an event's first thread).
        const leading = [...new Set(shown.map((e) => e.threads[0]))];
        if (leading.length === 1) expect(view.title).toContain(threadName(leading[0]!));
        // The inference counts the shown events the abstract does not name.
        const unnamed = shown.filter((e) => !e.threadsFromAbstract).length;
        expect(view.inferences).toHaveLength(unnamed > 0 ? 1 : 0);
        if (unnamed > 1) expect(view.inferences[0]).toContain(String(unnamed));
      }
    }
    // One event: "The one event shown concerns …", and its thread assigned by the dataset or not.
    const one = report.events[0]!;
    const single = built(
      buildThemes(
        inputFor(report, panelOf(report, 'themes'), { search: ctx.text(one.shortTitle) }),
        ctx,
      ),
    );
    expect(single.rows).toHaveLength(1);
    expect(single.view?.title).toBe(
      ctx.t('charts.themesView.single', { thread: threadName(one.threads[0]!) }),
    );
    expect(single.view?.inferences).toEqual(
      one.threadsFromAbstract ? [] : [ctx.t('charts.themesView.editorialAll')],
    );
  });

  it('titles a tie at the top as a tie', () => {
    // Two events from different threads: neither thread leads.
    const [a, b] = report.threads.map((t) => report.events.find((e) => e.threads[0] === t.id)!);
    const input = inputFor(report, panelOf(report, 'themes'));
    const view = built(
      buildThemes({ ...input, matches: { ...input.matches, events: [a!, b!] } }, ctx),
    ).view;
    expect(view?.title).toBe(
      ctx.t('charts.themesView.tied', { n: ctx.fmt.number(2), threads: ctx.fmt.number(2) }),
    );
  });

  it('is a treemap whose clicks filter instead of zooming', () => {
    expect(series.type).toBe('treemap');
    expect(series.nodeClick).toBe(false);
  });

  it('has the four threads at the top, named in this language', () => {
    const threads = [...report.threads].sort((a, b) => a.order - b.order);
    expect(series.data.map((n) => n.name)).toEqual(threads.map((t) => ctx.text(t.name)));
    expect(series.data.map((n) => n.entity)).toEqual(
      threads.map((t) => ({ kind: 'thread', id: t.id })),
    );
    expect(series.data[1]?.name).toBe(
      lang === 'zh' ? '从参数扩张到效率优化' : 'From scale to efficiency',
    );
    for (const [i, n] of series.data.entries()) {
      expect(n.itemStyle.color).toBe(ctx.colours.thread(threads[i]?.id ?? ''));
    }
  });

  it('has the events of each thread as its leaves, no level between', () => {
    for (const thread of series.data) {
      for (const leaf of thread.children ?? []) {
        const e = idx.events.get(leaf.eventId ?? '');
        expect(e?.threads[0]).toBe(thread.entity?.id);
        expect(leaf.entity).toEqual({ kind: 'event', id: e?.id });
        expect(leaf.children).toBeUndefined();
      }
    }
  });

  it('has one leaf per event passed, all the same size', () => {
    const leaves = leavesOf(series.data);
    expect(leaves).toHaveLength(report.events.length);
    expect(new Set(leaves.map((l) => l.eventId))).toEqual(new Set(report.events.map((e) => e.id)));
    expect(new Set(leaves.map((l) => l.value))).toEqual(new Set([1]));
    const some = report.events.filter((e) => e.threads[0] === 'efficiency');
    const part = built(
      buildThemes(
        { ...inputFor(report, panelOf(report, 'themes'), { threads: ['efficiency'] }) },
        ctx,
      ),
    );
    expect(leavesOf(treemap(part).data)).toHaveLength(some.length);
    expect(treemap(part).data.map((n) => n.entity?.id)).toEqual(['efficiency']);
  });

  it('lists each event with its thread and category in the rows and description', () => {
    expect(chart.rows).toHaveLength(report.events.length);
    const gpt = report.events.find((e) => e.id === 'gpt-5-4')!;
    const row = chart.rows.find((r) => r.id === gpt.id);
    const category = report.categories.find((c) => c.id === gpt.category)!;
    const thread = report.threads.find((t) => t.id === gpt.threads[0])!;
    expect(row).toMatchObject({
      label: ctx.text(gpt.shortTitle),
      value: ctx.text(category.name),
      group: ctx.text(thread.name),
    });
    expect(optionOf(chart).aria.label.description).toBe(chart.description);
    expect(chart.description).toContain(ctx.text(gpt.shortTitle));
  });

  it('builds to null without events', () => {
    const none = inputFor(report, panelOf(report, 'themes'), { search: 'zzzz-nothing' });
    expect(buildThemes(none, ctx)).toBeNull();
  });

  it('names each event by its short title, never by a section number', () => {
    for (const leaf of leavesOf(series.data)) {
      const e = idx.events.get(leaf.eventId ?? '');
      if (!e) throw new Error('event');
      expect(leaf.name).toBe(ctx.text(e.shortTitle));
      expect(leaf.name).not.toMatch(/§|第\s*\d+\s*节/);
    }
  });

  it('is a list on a phone: each thread with its events by short title, largest thread first', () => {
    const list = built(themesOf(report, lang, null, true));
    if (list.kind !== 'list') throw new Error('not a list');
    const sizes = list.groups.map((g) => g.items.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(list.groups[0]?.entity.id).toBe('capital-physical');
    expect(new Set(list.groups.map((g) => g.entity.id))).toEqual(
      new Set(report.threads.map((t) => t.id)),
    );
    const items = list.groups.flatMap((g) => g.items);
    expect(items).toHaveLength(report.events.length);
    expect(items.find((i) => i.id === 'turboquant')?.label).toBe(
      ctx.text(idx.events.get('turboquant')!.shortTitle),
    );
  });

  it('dims what the focus is not about', () => {
    const focus: EntityRef = { kind: 'event', id: 'turboquant' };
    const focused = built(themesOf(report, lang, focus));
    for (const leaf of leavesOf(treemap(focused).data)) {
      if (leaf.eventId === 'turboquant') expect(leaf.itemStyle.opacity).toBe(1);
      else expect(leaf.itemStyle.opacity).toBeLessThan(1);
    }
    const byThread = new Map(treemap(focused).data.map((n) => [n.entity?.id, n.itemStyle.opacity]));
    expect(byThread.get('efficiency')).toBe(1);
    expect(byThread.get('capital-physical')).toBeLessThan(1);
  });

  it('escapes data text in the HTML tooltip', () => {
    const raw = rawReport() as { events: { id: string; title: { zh: string; en: string } }[] };
    const hostileTitle = '<img src=x onerror=alert(1)>';
    for (const e of raw.events) {
      if (e.id === 'turboquant') e.title = { zh: hostileTitle, en: hostileTitle };
    }
    const hostile = reportSchema.parse(raw);
    const option = optionOf(built(themesOf(hostile, lang)));
    const html = option.tooltip.formatter({ data: { eventId: 'turboquant' } });
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
    expect(option.tooltip.formatter({ name: '<b>' })).toBe('&lt;b&gt;');
  });
});

describe.each(['en', 'zh'] as const)('the treemap drawn (%s)', (lang) => {
  it('names every thread in full over its column, wrapped rather than cut (SVG in Node)', () => {
    const chart = buildThemes(
      inputFor(report, panelOf(report, 'themes')),
      chartContext(report, lang),
    );
    if (chart?.kind !== 'echarts') throw new Error('not a treemap');
    // The dashboard's chart width at 1440 px, where narrow threads' names were cut off.
    const texts = svgTexts(renderSvg(chart, 984)).map((t) => t.text.trim());
    const ctx = chartContext(report, lang);
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    for (const thread of report.threads) {
      const name = squeeze(ctx.text(thread.name));
      const first = texts.findIndex((t) => name.startsWith(squeeze(t)) && t.length > 1);
      expect(first, `${name}: its heading is drawn`).toBeGreaterThanOrEqual(0);
      let joined = '';
      for (let i = first; i < texts.length && joined.length < name.length; i++)
        joined += squeeze(texts[i] ?? '');
      expect(joined, 'the whole name, no ellipsis').toBe(name);
    }
  });
});

describe.each(['en', 'zh'] as const)('tile names fitted to their tiles (%s)', (lang) => {
  interface Fitted {
    name: string;
    label?: { fontSize: number; formatter: () => string };
    upperLabel?: { fontSize: number; formatter: () => string };
    children?: Fitted[];
  }
  // Screen widths of the panel, and slide charts (16:9, 4:3 and square) at their type scales.
  it.each([
    [984, 1],
    [640, 1],
    [896, 0.82],
    [736, 1],
    [476, 0.82],
  ])('at %i px with type at %f×: whole names, broken only between words', (width, scale) => {
    const chart = buildThemes(
      inputFor(report, panelOf(report, 'themes')),
      chartContext(report, lang, null, { width, scale }),
    );
    const threads = (optionOf(built(chart)).series[0]?.data ?? []) as unknown as Fitted[];
    const tiles = threads.flatMap((t) => [
      { name: t.name, label: t.upperLabel },
      ...(t.children ?? []).map((c) => ({ name: c.name, label: c.label })),
    ]);
    expect(tiles).toHaveLength(report.threads.length + report.events.length);
    for (const { name, label } of tiles) {
      if (!label) throw new Error(`${name}: no fitted label`);
      // Joined again (a space where a line broke between words), the lines are the name.
      const joined = joinLines(label.formatter().split('\n'));
      expect(withoutCjkSpaces(joined), name).toBe(withoutCjkSpaces(name));
      expect(label.fontSize, name).toBeGreaterThanOrEqual(9 * scale - 0.5);
      expect(label.fontSize, name).toBeLessThanOrEqual(12 * scale + 0.5);
    }
  });

  it('sets a filtered view’s few large tiles in larger type, all at one size', () => {
    const input = inputFor(report, panelOf(report, 'themes'), { organisations: ['openai'] });
    expect(input.matches.events.length).toBeGreaterThan(1);
    const chart = buildThemes(input, chartContext(report, lang, null, { width: 984, scale: 1 }));
    const threads = (optionOf(built(chart)).series[0]?.data ?? []) as unknown as Fitted[];
    const sizes = threads.flatMap((t) => (t.children ?? []).map((c) => c.label?.fontSize ?? 0));
    expect(sizes).toHaveLength(input.matches.events.length);
    expect(new Set(sizes).size).toBe(1);
    expect(sizes[0]).toBeGreaterThan(12);
    expect(sizes[0]).toBeLessThanOrEqual(24);
  });

  // The last two as on screen: built for the width rounded to 40 px, drawn 12 px wider or
  // 16 px narrower.
  it.each([
    [984, 1, 984],
    [736, 1, 736],
    [476, 0.82, 476],
    [1000, 1, 1012],
    [640, 1, 624],
  ])(
    'at %i px with type at %f×, drawn at %i px: each name within its tile, or the smallest type',
    (width, scale, drawnWidth) => {
      const widthError = width === drawnWidth ? 0 : 20;
      const ctx = chartContext(report, lang, null, { width, scale, widthError });
      const drawn = built(buildThemes(inputFor(report, panelOf(report, 'themes')), ctx));
      const chart = optionOf(drawn);
      const series = chart.series[0] as unknown as {
        data: (Fitted & TreemapNode)[];
        levels: { itemStyle: { borderWidth: number; gapWidth: number } }[];
        upperLabel: { height: number };
      };
      const boxes = series.levels.map((l, depth) => ({
        ...l.itemStyle,
        upperLabelHeight: depth === 1 ? series.upperLabel.height : 0,
      }));
      const tiles = treemapLayout(series.data, drawnWidth, drawn.height, boxes, 1);
      let smallest = 0;
      for (const thread of series.data) {
        for (const [node, box, inset, bold, label] of [
          [thread, tiles.get(thread), 6, true, thread.upperLabel] as const,
          ...(thread.children ?? []).map((c) => [c, tiles.get(c), 12, false, c.label] as const),
        ]) {
          if (!box || !label) throw new Error(`${node.name}: no tile or label`);
          if (label.fontSize <= 9 * scale + 0.25) {
            smallest += 1;
            continue;
          }
          for (const line of label.formatter().split('\n')) {
            expect(
              textWidth(line, label.fontSize, bold),
              `${node.name}: "${line}"`,
            ).toBeLessThanOrEqual(box.width - inset);
          }
        }
      }
      // The smallest type is the exception, not the rule.
      expect(smallest).toBeLessThanOrEqual(2);
    },
  );
});
