import { describe, expect, it } from 'vitest';
import type { EntityRef } from '../../data/filters';
import type { ReportEvent } from '../../data/schema';
import {
  chartContext,
  echartsOf,
  inputFor,
  loadReport,
  panelOf,
  renderSvg,
  svgTexts,
} from '../../test/chart-context';
import { buildTimeline, dayToMs, msToDay, placeBandLabel, timelineBounds } from './timeline';
import type { BuiltChart, EntityDatum } from './types';

const report = loadReport();
const DAY = 86_400_000;
const panel = panelOf(report, 'timeline');

interface LineDatum extends EntityDatum {
  value: [number, number, number];
  name: string;
  itemStyle: { color: string; opacity: number };
}

interface TimelineOption {
  legend: { data: { name: string; itemStyle: { color: string } }[] };
  xAxis: {
    type: string;
    min: number;
    max: number;
    axisLabel: { formatter: (v: number) => string };
  };
  dataZoom: { startValue: number; endValue: number; labelFormatter: (v: number) => string }[];
  tooltip: { formatter: (p: { data?: EntityDatum }) => string };
  series: { type: string; id: string; clip?: boolean; data: LineDatum[] }[];
  aria: { label: { description: string } };
}

const optionOf = (chart: BuiltChart) => echartsOf(chart).option as unknown as TimelineOption;
const lines = (chart: BuiltChart): LineDatum[] =>
  optionOf(chart).series.find((s) => s.id === 'events')?.data ?? [];
const eventLines = (chart: BuiltChart) => lines(chart).filter((d) => d.eventId);
const periodLines = (chart: BuiltChart) => lines(chart).filter((d) => !d.eventId);

function event(id: string): ReportEvent {
  const e = report.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
}

function build(
  lang: 'en' | 'zh',
  options: {
    focus?: EntityRef | null;
    range?: { from: string; to: string } | null;
    events?: ReportEvent[];
  } = {},
) {
  const ctx = chartContext(report, lang, options.focus ?? null);
  const input = inputFor(report, panel, {}, options.range ?? null);
  return buildTimeline({ ...input, timelineEvents: options.events ?? input.timelineEvents }, ctx);
}

describe.each(['en', 'zh'] as const)('timeline (%s)', (lang) => {
  const ctx = chartContext(report, lang);
  const chart = build(lang);
  if (!chart) throw new Error('timeline built to null');
  const option = optionOf(chart);

  it('names every event by its short title, never by a section number', () => {
    expect(eventLines(chart)).toHaveLength(15);
    for (const d of eventLines(chart)) {
      const e = event(d.eventId ?? '');
      expect(d.name).toBe(ctx.text(e.shortTitle));
      expect(d.name).not.toMatch(/§|第\s*\d+\s*节/);
    }
  });

  it('lists month- and quarter-dated events under one band per period', () => {
    const periods = periodLines(chart);
    const undated = report.events.filter((e) => e.date.precision !== 'day');
    const keys = new Set(undated.map((e) => `${e.date.precision}:${e.date.value}`));
    expect(periods).toHaveLength(keys.size);
    for (const p of periods) expect(p.name).toMatch(lang === 'en' ? /only$/ : /仅注明/);
    // Each band spans its period: April's, the whole of April.
    const april = periods.find((p) => p.value[0] === dayToMs('2026-04-01'));
    expect(april?.value[1]).toBe(dayToMs('2026-04-30') + DAY);
  });

  it('draws each undated event over its period, and a day-dated one on its day', () => {
    for (const d of eventLines(chart)) {
      const e = event(d.eventId ?? '');
      if (e.date.precision === 'day') {
        expect(d.value[0]).toBe(dayToMs(e.date.value));
        expect(d.value[1] - d.value[0]).toBe(DAY);
      } else {
        expect(d.value[1] - d.value[0]).toBeGreaterThanOrEqual(28 * DAY);
      }
    }
  });

  it('puts every line on its own row, in order', () => {
    expect(lines(chart).map((d) => d.value[2])).toEqual(lines(chart).map((_, i) => i));
  });

  it('colours events by thread, with a legend of the threads in this language', () => {
    expect(option.legend.data.map((d) => d.name)).toEqual(
      [...report.threads].sort((a, b) => a.order - b.order).map((t) => ctx.text(t.name)),
    );
    const gemini = eventLines(chart).find((d) => d.eventId === 'gemini-3-1-ultra');
    expect(gemini?.itemStyle.color).toBe(ctx.colours.thread('multimodal-context'));
  });

  it('draws no axis line through a band’s heading (rendered to SVG in Node)', () => {
    const svg = renderSvg(chart, 960);
    const heading = periodLines(chart)[0]?.name ?? '';
    expect(heading).not.toBe('');
    const at = svgTexts(svg).find((t) => t.text === heading);
    const y = Number(/translate\([\d.-]+ ([\d.-]+)\)/.exec(at?.attrs ?? '')?.[1] ?? NaN);
    expect(y, 'the heading is drawn').not.toBeNaN();
    // Straight horizontal strokes longer than a third of the chart: axis and split lines.
    const long = [...svg.matchAll(/<path d="M([\d.-]+) ([\d.-]+)L([\d.-]+) ([\d.-]+)"[^>]*>/g)]
      .map((m) => m.slice(1, 5).map(Number) as [number, number, number, number])
      .filter(([x1, y1, x2, y2]) => Math.abs(y1 - y2) < 0.5 && Math.abs(x2 - x1) > 320);
    expect(long.length, 'the axis line is drawn').toBeGreaterThan(0);
    for (const [, ly] of long) expect(Math.abs(ly - y), `a line at y=${ly}`).toBeGreaterThan(8);
  });

  it('shrinks a band’s heading that is wider than its band, and no other (SVG in Node)', () => {
    // At 960 px a month's band is narrower than "March 2026 · dated to the month only".
    const texts = svgTexts(renderSvg(chart, 960));
    const sizeOf = (heading: string): number => {
      const attrs = texts.find((t) => t.text === heading)?.attrs ?? '';
      return Number(/font[^;"]*?([\d.]+)px/.exec(attrs)?.[1] ?? NaN);
    };
    const [quarter, ...months] = periodLines(chart).map((l) => l.name);
    if (!quarter || months.length === 0) throw new Error('no bands');
    expect(sizeOf(quarter), quarter).toBe(12);
    for (const month of months) {
      // The English heading is the wider one: it shrinks; the Chinese may fit as it is.
      if (lang === 'en') expect(sizeOf(month), month).toBeLessThan(12);
      else expect(sizeOf(month), month).toBeLessThanOrEqual(12);
      expect(sizeOf(month), month).toBeGreaterThanOrEqual(10);
    }
  });

  it('opens the zoom window on the whole axis without a range, clipped to the plot', () => {
    const bounds = timelineBounds(report.events);
    if (!bounds) throw new Error('no bounds');
    expect(option.dataZoom[0]?.startValue).toBe(dayToMs(bounds.from));
    expect(option.dataZoom[0]?.endValue).toBe(dayToMs(bounds.to) + DAY);
    expect(option.series.find((s) => s.id === 'events')?.clip).toBe(true);
  });

  it('labels month ticks by month, and a short window’s ticks by day', () => {
    expect(option.xAxis.axisLabel.formatter(dayToMs('2026-04-01'))).toBe(
      ctx.fmt.dateShort({ precision: 'month', value: '2026-04' }),
    );
    const zoomed = build(lang, { range: { from: '2026-04-06', to: '2026-04-20' } });
    if (!zoomed) throw new Error('zoomed timeline built to null');
    const tick = optionOf(zoomed).xAxis.axisLabel.formatter(dayToMs('2026-04-13'));
    expect(tick).toBe(ctx.fmt.dateShort({ precision: 'day', value: '2026-04-13' }));
    expect(tick).not.toBe(ctx.fmt.dateShort({ precision: 'month', value: '2026-04' }));
  });

  it('with a range, shows only events that overlap it, in its window', () => {
    const zoomed = build(lang, { range: { from: '2026-04-06', to: '2026-04-20' } });
    if (!zoomed) throw new Error('zoomed timeline built to null');
    expect(optionOf(zoomed).dataZoom[0]?.startValue).toBe(dayToMs('2026-04-06'));
    const shown = eventLines(zoomed).map((d) => d.eventId);
    expect(shown).not.toContain('q1-venture-record');
    expect(shown).not.toContain('mcp-open-governance');
    expect(shown).toContain('gemini-3-1-ultra');
  });

  it('says how many of the report’s events the filters leave it, and nothing without filters', () => {
    expect(chart.subset).toBeUndefined();
    const one = build(lang, { events: [event('gemini-3-1-ultra')] });
    expect(one?.subset).toEqual({ shown: 1, of: report.events.length });
    // A date range narrows what is drawn too.
    const zoomed = build(lang, { range: { from: '2026-04-06', to: '2026-04-20' } });
    if (!zoomed) throw new Error('zoomed timeline built to null');
    expect(zoomed.subset).toEqual({ shown: eventLines(zoomed).length, of: report.events.length });
    expect(eventLines(zoomed).length).toBeLessThan(report.events.length);
  });

  it('a filtered view is titled by what it draws; its legend keeps every thread', () => {
    const titleOf = (c: BuiltChart | null) => c?.view?.title;
    const legend = (c: BuiltChart | null) => (c ? optionOf(c).legend.data.map((d) => d.name) : []);
    // Unfiltered: the edition's finding, every thread in the legend.
    expect(chart.view).toBeUndefined();
    expect(legend(chart)).toEqual(
      [...report.threads].sort((a, b) => a.order - b.order).map((t) => ctx.text(t.name)),
    );

    const one = event('gemini-3-1-ultra');
    const single = build(lang, { events: [one] });
    const date = ctx.fmt.date(one.date).replace(/ /g, '\u00a0');
    expect(date, 'a date of several words').toMatch(/\u00a0/);
    expect(titleOf(single)).toBe(
      lang === 'en'
        ? `The one event shown: ${one.shortTitle.en}, ${date}`
        : `所示唯一事件：${one.shortTitle.zh}（${date}）`,
    );
    expect(echartsOf(single!).description).toContain(titleOf(single));

    const [thread, other] = [...report.threads].sort((a, b) => a.order - b.order);
    const inThread = report.events.filter((e) => e.threads[0] === thread!.id);
    expect(inThread.length).toBeGreaterThan(1);
    const oneThread = build(lang, { events: inThread });
    expect(titleOf(oneThread)).toBe(
      lang === 'en'
        ? `The ${inThread.length} events shown, all in the thread “${thread!.name.en}”, in date order`
        : `所示 ${inThread.length} 个事件（均属“${thread!.name.zh}”这条主线）按时间排列`,
    );
    expect(legend(oneThread)).toEqual(legend(chart));

    const two = [...inThread, ...report.events.filter((e) => e.threads[0] === other!.id)];
    const twoThreads = build(lang, { events: two });
    const total = report.threads.length;
    expect(titleOf(twoThreads)).toBe(
      lang === 'en'
        ? `The ${two.length} events shown fall in 2 of the ${total} threads`
        : `所示 ${two.length} 个事件分属 ${total} 条主线中的 2 条`,
    );
    expect(legend(twoThreads)).toEqual(legend(chart));
  });

  it('builds to null without events', () => {
    expect(build(lang, { events: [] })).toBeNull();
  });

  it('dims events not about a focused organisation', () => {
    const focused = build(lang, { focus: { kind: 'organisation', id: 'meta' } });
    if (!focused) throw new Error('null');
    for (const d of eventLines(focused)) {
      const e = event(d.eventId ?? '');
      expect(d.itemStyle.opacity, e.id).toBe(e.organisations.includes('meta') ? 1 : 0.25);
    }
  });

  it('describes the events with their dates, and tables them by thread', () => {
    const description = option.aria.label.description;
    expect(description).toContain(ctx.fmt.date(event('meta-muse-spark').date));
    expect(description).toContain(ctx.text(event('gpt-5-4').shortTitle));
    const row = chart.rows.find((r) => r.id === 'gpt-5-4');
    expect(row?.value).toBe(ctx.fmt.date(event('gpt-5-4').date));
    expect(row?.group).toBe(ctx.text(report.threads[0]!.name));
  });

  it('escapes data text in the HTML tooltip, and shows the report’s claims', () => {
    const html = option.tooltip.formatter({ data: { eventId: 'utah-ai-prescriptions' } });
    expect(html).toContain(ctx.text(event('utah-ai-prescriptions').title).replace(/"/g, '&quot;'));
    // A claim the report relays from someone else says whose it is; a stated date shows its hedge.
    const gemini = option.tooltip.formatter({ data: { eventId: 'gemini-3-1-ultra' } });
    expect(gemini).toContain(
      lang === 'zh' ? '报告转述业内的看法' : 'The report relays the industry’s view',
    );
    const tryOn = option.tooltip.formatter({ data: { eventId: 'virtual-try-on' } });
    expect(tryOn).toContain(lang === 'zh' ? '2026 年 4 月 30 日起' : 'From 30 Apr 2026');
    const evil = structuredClone(report);
    const e = evil.events.find((x) => x.id === 'gpt-5-4');
    if (!e) throw new Error('event');
    e.title = { zh: '<script>x</script>', en: '<script>x</script>' };
    const c = buildTimeline(
      { ...inputFor(evil, panelOf(evil, 'timeline')) },
      chartContext(evil, lang),
    );
    if (!c) throw new Error('null');
    const tip = optionOf(c).tooltip.formatter({ data: { eventId: 'gpt-5-4' } });
    expect(tip).not.toContain('<script>');
  });
});

describe('timeline helpers', () => {
  it('round-trips days through milliseconds', () => {
    expect(msToDay(dayToMs('2026-04-08'))).toBe('2026-04-08');
  });

  it('bounds the axis by whole months around every event', () => {
    expect(timelineBounds(report.events)).toEqual({ from: '2026-01-01', to: '2026-04-30' });
    expect(timelineBounds([])).toBeNull();
  });
});

describe('a band’s event names', () => {
  it('stand right of their markers, shrinking to the smallest size before they change side', () => {
    expect(placeBandLabel(100, 120, 300, 13, 10.5)).toEqual({
      toLeft: false,
      fontSize: 13,
      room: 120,
      truncate: false,
    });
    const shrunk = placeBandLabel(100, 90, 300, 13, 10.5);
    expect(shrunk.toLeft).toBe(false);
    expect(shrunk.fontSize).toBeCloseTo(11.7, 1);
  });

  it('go left when the right is too narrow even at the smallest size, shrinking there too', () => {
    expect(placeBandLabel(200, 60, 240, 13, 10.5)).toEqual({
      toLeft: true,
      fontSize: 13,
      room: 240,
      truncate: false,
    });
    const shrunk = placeBandLabel(230, 60, 200, 13, 10.5);
    expect(shrunk.toLeft).toBe(true);
    expect((shrunk.fontSize * 230) / 13).toBeLessThanOrEqual(200.01);
  });

  it('take the roomier side at the smallest size, ending in an ellipsis, when neither holds them', () => {
    expect(placeBandLabel(400, 60, 150, 13, 10.5)).toEqual({
      toLeft: true,
      fontSize: 10.5,
      room: 150,
      truncate: true,
    });
    expect(placeBandLabel(400, 150, 60, 13, 10.5)).toEqual({
      toLeft: false,
      fontSize: 10.5,
      room: 150,
      truncate: true,
    });
  });
});
