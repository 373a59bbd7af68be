/**
 * Every panel of the committed edition, built in both languages: each draws in its form,
 * says what the report says (qualifiers, derived markers, references, callouts), and reads
 * as CHARTS.md asks: no bar chart of a single value, no words repeated at the start of
 * every label, no label that starts with a section number.
 */
import { describe, expect, it } from 'vitest';
import { indexReport } from '../../data/selectors';
import { textWidth } from '../../lib/text-width';
import {
  buildOf,
  chartContext,
  echartsOf,
  inputFor,
  loadReport,
  markOf,
  marksOf,
  optionOf,
  panelOf,
  renderSvg,
  svgTexts,
} from '../../test/chart-context';
import { FORMS, buildPanel } from './forms';
import { valueRuns } from './forms/stat';
import type { BuiltChart } from './types';

const report = loadReport();
const LANGS = ['en', 'zh'] as const;
const idx = indexReport(report);

/** The category labels a built chart draws (or lists), whatever its form. */
function drawnLabels(chart: BuiltChart): string[] {
  if (chart.kind === 'stat') return chart.stats.map((s) => s.label);
  if (chart.kind === 'list') return chart.groups.flatMap((g) => g.items.map((i) => i.label));
  const option = chart.option as {
    yAxis?: { data?: string[] };
    series?: { type: string; data?: { name?: string; children?: unknown[] }[] }[];
  };
  if (option.yAxis?.data?.length) return option.yAxis.data;
  return chart.rows.map((r) => r.label);
}

/** How many values a bar chart draws: its marks (reference ranges among them) and lines. */
function drawnValues(chart: BuiltChart): number {
  const option = optionOf(chart);
  const marks = option.series.find((s) => s.id === 'marks');
  return (marks?.data.length ?? 0) + (marks?.markLine?.data.length ?? 0);
}

/** Words shared by the start of every label ("GPT-5.4 OSWorld-V score", "… score"). */
function sharedLeadingWords(labels: readonly string[]): string {
  if (labels.length < 2) return '';
  const split = (l: string) => l.split(/(?<=[\s：:])|(?=[\s])/u).filter((w) => w.trim());
  const first = split(labels[0] ?? '');
  let shared = 0;
  while (shared < first.length && labels.every((l) => split(l)[shared] === first[shared])) {
    shared += 1;
  }
  return first.slice(0, shared).join(' ');
}

describe.each(LANGS)('every panel of the edition (%s)', (lang) => {
  const panels = report.panels.map((panel) => ({ panel, chart: buildOf(report, panel.id, lang) }));

  it('builds every declared panel in its own form', () => {
    expect(panels.length).toBe(report.panels.length);
    for (const { panel, chart } of panels) {
      const kind = panel.form === 'stat' ? 'stat' : 'echarts';
      expect(chart.kind, panel.id).toBe(kind);
      expect(chart.description.length, panel.id).toBeGreaterThan(20);
      expect(chart.height, panel.id).toBeGreaterThan(0);
    }
  });

  it('draws no bar chart of a single value on its own', () => {
    for (const { panel, chart } of panels) {
      if (!['bars', 'reference', 'range', 'multiples', 'part-to-whole'].includes(panel.form))
        continue;
      expect(drawnValues(chart), panel.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('repeats no words at the start of every label of a panel', () => {
    for (const { panel, chart } of panels) {
      expect(sharedLeadingWords(drawnLabels(chart)), panel.id).toBe('');
    }
  });

  it('starts no label with a section number', () => {
    for (const { panel, chart } of panels) {
      for (const label of drawnLabels(chart)) {
        expect(label, panel.id).not.toMatch(/^\s*(§|第\s*\d+\s*节|section\s*\d)/i);
      }
    }
  });

  it('labels every drawn figure with its value as the report hedged it', () => {
    const ctx = chartContext(report, lang);
    for (const { panel, chart } of panels) {
      if (chart.kind !== 'echarts' || panel.form === 'timeline' || panel.form === 'themes')
        continue;
      if (panel.form === 'before-after') continue;
      for (const d of marksOf(chart)) {
        const fig = idx.figures.get(d.figureId);
        if (!fig) throw new Error(d.figureId);
        expect(d.label.formatter, `${panel.id}/${fig.id}`).toContain(ctx.fmt.figure(fig));
      }
    }
  });
});

describe('the shared-words check', () => {
  it('catches labels that all start alike, and passes labels that do not', () => {
    expect(sharedLeadingWords(['GPT-5.4 OSWorld-V score', 'GPT-5.4 OSWorld-V gain'])).toBe(
      'GPT-5.4 OSWorld-V',
    );
    expect(sharedLeadingWords(['OpenAI', 'Anthropic'])).toBe('');
  });
});

describe.each(LANGS)('forms (%s)', (lang) => {
  const ctx = chartContext(report, lang);

  it('reference: marks against a labelled reference line, derived values hatched', () => {
    const chart = buildOf(report, 'osworld', lang);
    const option = optionOf(chart);
    const line = option.series.find((s) => s.id === 'marks')?.markLine?.data[0];
    const baseline = idx.figures.get('osworld-human-baseline');
    if (!baseline || baseline.value.kind !== 'point') throw new Error('baseline');
    expect(line?.xAxis).toBe(baseline.value.value);
    expect(line?.label.formatter).toContain(ctx.fmt.figure(baseline));
    const derived = markOf(chart, 'gpt-5-2-osworld');
    expect(derived.itemStyle.decal).toBeDefined();
    expect(derived.itemStyle.borderType).toBe('dashed');
    expect(derived.label.formatter).toContain(ctx.fmt.derivedMarker());
    // The callout names the stated gain on GPT-5.4's mark.
    const gain = idx.figures.get('gpt-5-4-gain-over-gpt-5-2');
    if (!gain) throw new Error('gain');
    expect(markOf(chart, 'gpt-5-4-osworld').label.formatter).toContain(ctx.fmt.figure(gain));
  });

  it('part-to-whole: the parts step on from each other and end at the total', () => {
    const chart = buildOf(report, 'q1-venture', lang);
    const option = optionOf(chart);
    const base = option.series.find((s) => s.id === 'base')?.data as number[];
    const marks = marksOf(chart);
    const total = marks[0];
    if (!total || !base) throw new Error('no total');
    const ends = marks.map((m, i) => (base[i] ?? 0) + m.value);
    expect(ends[0]).toBeCloseTo(267.2e9);
    expect(ends.at(-1)).toBeCloseTo(267.2e9);
    for (let i = 2; i < marks.length; i++) expect(base[i]).toBeCloseTo(ends[i - 1] ?? NaN);
    expect(markOf(chart, 'q1-other-venture').itemStyle.decal).toBeDefined();
  });

  it('part-to-whole keeps the parts a filter leaves out, dimmed, so they still add up', () => {
    const chart = buildOf(report, 'q1-venture', lang, { filters: { organisations: ['openai'] } });
    expect(marksOf(chart)).toHaveLength(4);
    expect(markOf(chart, 'anthropic-series-g').itemStyle.opacity).toBeLessThan(1);
    expect(markOf(chart, 'openai-funding-round').itemStyle.opacity).toBe(1);
  });

  it('multiples: a log axis, each claim labelled with its hedge', () => {
    const chart = buildOf(report, 'efficiency', lang);
    const option = optionOf(chart);
    expect(option.xAxis.type).toBe('log');
    const energy = idx.figures.get('neuro-symbolic-energy-reduction');
    if (!energy) throw new Error('energy');
    expect(markOf(chart, energy.id).label.formatter).toContain(ctx.fmt.figure(energy));
    expect(ctx.fmt.figure(energy)).toMatch(lang === 'en' ? /up to/ : /多达/);
  });

  it('range: stated ranges drawn from low to high; last year’s, derived, a hatched row of its own', () => {
    const chart = buildOf(report, 'meta-capex', lang);
    const option = optionOf(chart);
    const base = option.series.find((s) => s.id === 'base')?.data as number[];
    const stated = markOf(chart, 'meta-capex-2026');
    const derived = markOf(chart, 'meta-capex-last-year-implied');
    expect([base[0], (base[0] ?? 0) + stated.value]).toEqual([115e9, 135e9]);
    expect([base[1], (base[1] ?? 0) + derived.value]).toEqual([57.5e9, 67.5e9]);
    // Hatching and a dashed outline say "derived" (the chart's note says so): the stated
    // range has neither, last year's has both.
    expect(stated.itemStyle.decal).toBeUndefined();
    expect(stated.itemStyle.borderWidth).toBe(0);
    expect(derived.itemStyle.decal).toBeDefined();
    expect(derived.itemStyle.borderType).toBe('dashed');
    expect(option.series.find((s) => s.id === 'marks')?.markArea).toBeUndefined();
  });

  it('before-after: one row per pair, from before to after', () => {
    const chart = echartsOf(buildOf(report, 'sora', lang));
    const option = chart.option as { series: { type: string; data: { value: number[] }[] }[] };
    const pair = option.series[0]?.data[0];
    expect(pair?.value.slice(0, 2)).toEqual([1e6, 5e5]);
    expect(chart.rows.map((r) => r.id)).toEqual(['sora-users-before', 'sora-users-after']);
  });

  it('range, on a slide: each value stands right of its own bar, and the plot takes the room left', () => {
    // A 16:9 slide's chart: 896 pixels at 1.5 times the type.
    const width = 896;
    const chart = buildOf(report, 'meta-capex', lang, { ctx: { width, scale: 1.5 } });
    const { xAxis } = echartsOf(chart).option as { xAxis: { max: number; interval: number } };
    expect(xAxis.max % xAxis.interval).toBe(0);
    const texts = [
      ...renderSvg(chart, width, lang).matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g),
    ].map((m) => {
      const attrs = m[1] ?? '';
      const at = (re: RegExp) => Number(re.exec(attrs)?.[1] ?? 0);
      return {
        text: (m[2] ?? '').replace(/&#39;/g, "'"),
        anchor: /text-anchor="(\w+)"/.exec(attrs)?.[1],
        x: at(/translate\(([\d.]+)/) + at(/\bx="([\d.-]+)"/),
        size: at(/(\d+(?:\.\d+)?)px/),
        bold: /\b600\b/.test(attrs),
      };
    });
    // Every value and remark right of a bar ends inside the chart ...
    const values = texts.filter((t) => t.anchor === 'start');
    expect(values.length).toBeGreaterThanOrEqual(3);
    for (const t of values) {
      expect(t.x + textWidth(t.text, t.size, t.bold), t.text).toBeLessThanOrEqual(width);
    }
    // ... and the axis runs on to its labelled end past two thirds of the chart: the room for
    // the widest value is taken right of its own (shorter) bar, not of the axis's end.
    const end = texts.find((t) => t.text === ctx.fmt.axisTick(xAxis.max, 'usd'));
    expect(end, 'the axis end is labelled').toBeDefined();
    expect((end?.x ?? 0) / width).toBeGreaterThan(0.65);
  });

  it('before-after: the axis ends on a labelled round tick at or past the larger dot', () => {
    for (const [width, compact] of [
      [720, false],
      [340, true],
    ] as const) {
      const chart = buildOf(report, 'sora', lang, { ctx: { width, compact } });
      const { xAxis } = echartsOf(chart).option as { xAxis: { max: number; interval: number } };
      expect(xAxis.max % xAxis.interval, `${width}px: a whole number of steps`).toBe(0);
      expect(xAxis.max).toBeGreaterThanOrEqual(1e6);
      expect(xAxis.max).toBeLessThan(1e6 + xAxis.interval);
      const texts = svgTexts(renderSvg(chart, width, lang)).map((t) => t.text);
      expect(texts, `${width}px: the end is labelled`).toContain(
        ctx.fmt.axisTick(xAxis.max, 'users'),
      );
    }
  });

  it('before-after: a remark anchored on a dot is drawn muted and regular, its value bold', () => {
    const texts = svgTexts(renderSvg(buildOf(report, 'sora', lang), 720));
    const of = (id: string) => {
      const fig = idx.figures.get(id);
      if (!fig) throw new Error(`no ${id}`);
      return texts.find((t) => t.text.includes(ctx.fmt.figure(fig)))?.attrs ?? '';
    };
    const remark = of('sora-daily-cost');
    expect(remark, 'the remark').toContain(`fill="${ctx.colours.muted}"`);
    expect(remark).toMatch(/\b400\b/);
    expect(of('sora-users-after'), 'the value').toMatch(/\b600\b/);
  });

  it('stat: big numbers as the report hedged them', () => {
    const chart = buildOf(report, 'mcp', lang);
    if (chart.kind !== 'stat') throw new Error('not a stat');
    const installs = idx.figures.get('mcp-installs');
    if (!installs) throw new Error('installs');
    expect(chart.stats[0]?.value).toBe(ctx.fmt.figure(installs));
    expect(chart.stats[0]?.value).toMatch(lang === 'en' ? /^more than 97M/ : /^超过 9700 万/);
    // Lines break between the qualifier and the number, never inside the number and its unit.
    expect(chart.stats[0]?.runs).toEqual(
      lang === 'en' ? ['more', 'than', '97M installs'] : ['超过', '9700 万次'],
    );
  });

  it('stat: every value is its runs, and no run is one Chinese character alone', () => {
    for (const panel of report.panels) {
      if (panel.form !== 'stat') continue;
      const chart = buildOf(report, panel.id, lang);
      if (chart.kind !== 'stat') throw new Error(`${panel.id}: not a stat`);
      for (const s of chart.stats) {
        expect(s.runs.join(' '), s.figureId).toBe(s.value.replace(/\s+/g, ' ').trim());
        for (const run of s.runs) expect(run, s.figureId).not.toMatch(/^\p{Script=Han}$/u);
      }
    }
  });

  it('every form builds to null when the filters leave it nothing', () => {
    for (const panel of report.panels) {
      const input = inputFor(report, panel, { search: 'zzzz-nothing-matches' });
      expect(FORMS[panel.form](input, ctx), panel.id).toBeNull();
    }
  });

  it('every form dims what the focus is not about', () => {
    const focus = { kind: 'organisation' as const, id: 'anthropic' };
    const chart = buildOf(report, 'revenue', lang, { focus });
    expect(markOf(chart, 'openai-annualised-revenue').itemStyle.opacity).toBeLessThan(1);
    expect(markOf(chart, 'anthropic-annualised-revenue').itemStyle.opacity).toBe(1);
  });

  it('escapes report text in tooltips', () => {
    const evil = structuredClone(report);
    const fig = evil.figures.find((f) => f.id === 'openai-annualised-revenue');
    if (!fig) throw new Error('figure');
    fig.label = { zh: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' };
    const chart = buildPanel(inputFor(evil, panelOf(evil, 'revenue')), chartContext(evil, lang));
    const html = optionOf(built(chart)).tooltip.formatter({ data: markOf(built(chart), fig.id) });
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });
});

function built(chart: BuiltChart | null): BuiltChart {
  if (!chart) throw new Error('null');
  return chart;
}

describe('valueRuns', () => {
  it('keeps the number with its unit, and a qualifier written onto it', () => {
    expect(valueRuns('more than 97M installs', '97M installs')).toEqual([
      'more',
      'than',
      '97M installs',
    ]);
    expect(valueRuns('超过 9700 万次', '9700 万次')).toEqual(['超过', '9700 万次']);
    expect(valueRuns('1 年内', '1 年')).toEqual(['1 年内']);
    expect(valueRuns('within 1 year', '1 year')).toEqual(['within', '1 year']);
    expect(valueRuns('$6B (derived)', '$6B')).toEqual(['$6B', '(derived)']);
  });

  it('breaks between words where the number is a word or the run is too wide', () => {
    expect(valueRuns('thousands of vulnerabilities', '1K vulnerabilities')).toEqual([
      'thousands',
      'of',
      'vulnerabilities',
    ]);
    expect(
      valueRuns(
        'about 123,456,789 previously unknown things',
        '123,456,789 previously unknown things',
      ),
    ).toEqual(['about', '123,456,789', 'previously', 'unknown', 'things']);
  });
});
