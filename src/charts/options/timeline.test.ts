import { describe, expect, it } from 'vitest';
import type { EntityRef } from '../../data/filters';
import { reportSchema, type ReportEvent } from '../../data/schema';
import { built, chartContext, loadReport, rawReport } from '../../test/chart-context';
import { buildTimeline, dayToMs, msToDay, timelineBounds } from './timeline';
import type { BuiltChart, EntityDatum } from './types';

const report = loadReport();
const DAY = 86_400_000;

interface TimelineDatum extends EntityDatum {
  value: [number, number, number, string];
  eventId: string;
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
  yAxis: { data: string[] };
  dataZoom: { startValue: number; endValue: number; labelFormatter: (v: number) => string }[];
  tooltip: { formatter: (p: { data?: EntityDatum }) => string };
  series: { type: string; name: string; data: TimelineDatum[] }[];
  aria: { label: { description: string } };
}

const optionOf = (chart: BuiltChart) => chart.option as unknown as TimelineOption;

function bars(chart: BuiltChart): TimelineDatum[] {
  const custom = optionOf(chart).series.find((s) => s.type === 'custom');
  if (!custom) throw new Error('no custom series');
  return custom.data;
}

function event(id: string): ReportEvent {
  const e = report.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
}

function barOf(chart: BuiltChart, id: string): TimelineDatum {
  const d = bars(chart).find((x) => x.eventId === id);
  if (!d) throw new Error(`no bar for event ${id}`);
  return d;
}

describe.each(['en', 'zh'] as const)('timeline (%s)', (lang) => {
  const ctx = chartContext(report, lang);
  const chart = built(buildTimeline(report, report.events, null, ctx));
  const option = optionOf(chart);

  it('draws one bar per event', () => {
    expect(report.events).toHaveLength(15);
    expect(bars(chart)).toHaveLength(15);
    expect(new Set(bars(chart).map((d) => d.eventId))).toEqual(
      new Set(report.events.map((e) => e.id)),
    );
    expect(option.yAxis.data).toHaveLength(15);
  });

  it('spans a month-dated event over exactly its month', () => {
    const [from, to] = barOf(chart, 'gpt-5-4').value;
    expect(from).toBe(Date.UTC(2026, 3, 1));
    expect(to).toBe(Date.UTC(2026, 4, 1));
    for (const e of report.events.filter((x) => x.date.precision === 'month')) {
      const [y, m] = e.date.value.split('-').map(Number) as [number, number];
      expect(barOf(chart, e.id).value.slice(0, 2), e.id).toEqual([
        Date.UTC(y, m - 1, 1),
        Date.UTC(y, m, 1),
      ]);
    }
  });

  it('spans the MCP event over March', () => {
    expect(barOf(chart, 'mcp-open-governance').value.slice(0, 2)).toEqual([
      Date.UTC(2026, 2, 1),
      Date.UTC(2026, 3, 1),
    ]);
  });

  it('spans the Q1 event from 1 January to 1 April', () => {
    expect(barOf(chart, 'q1-venture-record').value.slice(0, 2)).toEqual([
      Date.UTC(2026, 0, 1),
      Date.UTC(2026, 3, 1),
    ]);
  });

  it('spans day-dated events over one day', () => {
    const days = report.events.filter((e) => e.date.precision === 'day');
    expect(days.map((e) => e.id).sort()).toEqual([
      'meta-muse-spark',
      'neuro-symbolic',
      'virtual-try-on',
    ]);
    for (const e of days) {
      const [from, to, , precision] = barOf(chart, e.id).value;
      expect(from).toBe(dayToMs(e.date.value));
      expect(to - from).toBe(DAY);
      expect(precision).toBe('day');
    }
    expect(barOf(chart, 'meta-muse-spark').value[0]).toBe(Date.UTC(2026, 3, 8));
  });

  it('places each bar on its own row, matching the category axis', () => {
    bars(chart).forEach((d, i) => {
      expect(d.value[2]).toBe(i);
      const e = event(d.eventId);
      expect(option.yAxis.data[i]?.startsWith(`§${e.section} `)).toBe(true);
      const org = report.organisations.find((o) => o.id === e.organisations[0]);
      expect(option.yAxis.data[i]).toContain(org?.name[lang]);
    });
    expect(option.yAxis.data).toContain(
      lang === 'zh' ? '§4 Anthropic、Linux 基金会' : '§4 Anthropic, Linux Foundation',
    );
  });

  it('colours bars by thread, with a legend of the threads in this language', () => {
    for (const d of bars(chart)) {
      expect(d.itemStyle.color).toBe(ctx.colours.thread(event(d.eventId).threads[0] ?? ''));
      expect(d.name).toBe(event(d.eventId).title[lang]);
    }
    const threads = [...report.threads].sort((a, b) => a.order - b.order);
    expect(option.legend.data.map((l) => l.name)).toEqual(threads.map((t) => t.name[lang]));
    expect(option.legend.data.map((l) => l.itemStyle.color)).toEqual(
      threads.map((t) => ctx.colours.thread(t.id)),
    );
    expect(new Set(threads.map((t) => ctx.colours.thread(t.id))).size).toBe(threads.length);
    expect(option.legend.data[0]?.name).toBe(
      lang === 'zh' ? '原生多模态与超长上下文' : 'Native multimodality and long context',
    );
    // The legend names a series each, or ECharts draws nothing for it.
    const names = option.series.map((s) => s.name);
    for (const l of option.legend.data) expect(names).toContain(l.name);
  });

  it('opens the zoom window on the whole axis without a range', () => {
    expect(option.xAxis.type).toBe('time');
    expect(option.xAxis.min).toBe(Date.UTC(2026, 0, 1));
    expect(option.xAxis.max).toBe(Date.UTC(2026, 4, 1));
    expect(option.dataZoom[0]?.startValue).toBe(option.xAxis.min);
    expect(option.dataZoom[0]?.endValue).toBe(option.xAxis.max);
  });

  it('sets the zoom window to the brushed range', () => {
    const ranged = built(
      buildTimeline(report, report.events, { from: '2026-04-01', to: '2026-04-30' }, ctx),
    );
    const zoom = optionOf(ranged).dataZoom[0];
    expect(zoom?.startValue).toBe(Date.UTC(2026, 3, 1));
    expect(zoom?.endValue).toBe(Date.UTC(2026, 4, 1));
    // The axis itself keeps the whole report, so the window can be dragged back out.
    expect(optionOf(ranged).xAxis.min).toBe(Date.UTC(2026, 0, 1));
  });

  it('keeps the whole report’s axis when given only some events', () => {
    const some = built(buildTimeline(report, [event('gpt-5-4')], null, ctx));
    expect(bars(some)).toHaveLength(1);
    expect(optionOf(some).xAxis.min).toBe(Date.UTC(2026, 0, 1));
    expect(optionOf(some).xAxis.max).toBe(Date.UTC(2026, 4, 1));
  });

  it('formats axis ticks and zoom labels in the locale', () => {
    expect(option.xAxis.axisLabel.formatter(Date.UTC(2026, 3, 1))).toBe(
      lang === 'zh' ? '4 月' : 'Apr',
    );
    expect(option.dataZoom[0]?.labelFormatter(Date.UTC(2026, 3, 5))).toBe(
      lang === 'zh' ? '2026 年 4 月 5 日' : '5 Apr 2026',
    );
  });

  it('builds to null without events', () => {
    expect(buildTimeline(report, [], null, ctx)).toBeNull();
  });

  it('dims every event but the focused one', () => {
    const focus: EntityRef = { kind: 'event', id: 'gpt-5-4' };
    const focused = built(
      buildTimeline(report, report.events, null, chartContext(report, lang, focus)),
    );
    for (const d of bars(focused)) {
      if (d.eventId === 'gpt-5-4') expect(d.itemStyle.opacity).toBe(1);
      else expect(d.itemStyle.opacity, d.eventId).toBeLessThan(1);
    }
    expect(bars(chart).every((d) => d.itemStyle.opacity === 1)).toBe(true);
  });

  it('dims events not about a focused organisation', () => {
    const focus: EntityRef = { kind: 'organisation', id: 'openai' };
    const focused = built(
      buildTimeline(report, report.events, null, chartContext(report, lang, focus)),
    );
    for (const d of bars(focused)) {
      const about = event(d.eventId).organisations.includes('openai');
      expect(d.itemStyle.opacity === 1, d.eventId).toBe(about);
    }
  });

  it('describes the events with dates in this language', () => {
    expect(option.aria.label.description).toBe(chart.description);
    expect(
      chart.description.startsWith(
        lang === 'zh' ? '本月事件时间线' : 'Timeline of the month’s events',
      ),
    ).toBe(true);
    const dates =
      lang === 'zh'
        ? ['2026 年 4 月', '2026 年 3 月', '2026 年第一季度', '2026 年 4 月 5 日']
        : ['April 2026', 'March 2026', 'Q1 2026', '5 Apr 2026'];
    for (const d of dates) expect(chart.description).toContain(d);
    for (const e of report.events) expect(chart.description).toContain(e.title[lang]);
  });

  it('gives the table one row per event with its date and thread', () => {
    expect(chart.rows).toHaveLength(15);
    for (const row of chart.rows) {
      const e = event(row.id);
      expect(row.value).toBe(ctx.fmt.date(e.date));
      expect(row.label).toBe(e.title[lang]);
      expect(row.group).toBe(report.threads.find((t) => t.id === e.threads[0])?.name[lang]);
      expect(row.section).toBe(e.section);
    }
  });

  it('escapes data text in the HTML tooltip', () => {
    const raw = rawReport() as { events: { id: string; title: { zh: string; en: string } }[] };
    const hostileTitle = '<img src=x onerror=alert(1)>';
    for (const e of raw.events)
      if (e.id === 'gpt-5-4') e.title = { zh: hostileTitle, en: hostileTitle };
    const hostile = reportSchema.parse(raw);
    const hostileChart = built(
      buildTimeline(hostile, hostile.events, null, chartContext(hostile, lang)),
    );
    const html = optionOf(hostileChart).tooltip.formatter({ data: { eventId: 'gpt-5-4' } });
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
    expect(html).toContain(lang === 'zh' ? '2026 年 4 月' : 'April 2026');
  });
});

describe('timeline helpers', () => {
  it('round-trips days through milliseconds', () => {
    expect(dayToMs('2026-04-05')).toBe(Date.UTC(2026, 3, 5));
    expect(msToDay(Date.UTC(2026, 3, 5))).toBe('2026-04-05');
  });

  it('bounds the axis by whole months around every event', () => {
    expect(timelineBounds(report.events)).toEqual({ from: '2026-01-01', to: '2026-04-30' });
    expect(timelineBounds([])).toBeNull();
  });
});
