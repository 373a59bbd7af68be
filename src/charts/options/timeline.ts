/**
 * The timeline: every event drawn over the span its date really covers (a month-dated
 * event spans its month, a quarter its quarter; only day-dated events are narrow),
 * coloured by the abstract's thread, labelled by organisation.
 */
import type { Report, ReportEvent } from '../../data/schema';
import { dateSpan, eventRelates, indexReport } from '../../data/selectors';
import type { DaySpan } from '../../data/filters';
import { CHART_FONT } from '../theme';
import { escapeHtml, tooltipStyle } from './escape';
import { px, type BuiltChart, type ChartContext, type ChartRow, type EntityDatum } from './types';

const ROW = 26;
const DAY_MS = 86_400_000;

export function dayToMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function msToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first and last day the axis shows: whole months around every event. */
export function timelineBounds(events: readonly ReportEvent[]): DaySpan | null {
  if (events.length === 0) return null;
  const spans = events.map((e) => dateSpan(e.date));
  const from = spans.reduce((m, s) => (s.from < m ? s.from : m), spans[0]?.from ?? '');
  const to = spans.reduce((m, s) => (s.to > m ? s.to : m), spans[0]?.to ?? '');
  return { from: `${from.slice(0, 7)}-01`, to };
}

function orderedEvents(report: Report, events: readonly ReportEvent[]): ReportEvent[] {
  const threadOrder = new Map(report.threads.map((t) => [t.id, t.order]));
  const first = (e: ReportEvent): number =>
    Math.min(...e.threads.map((t) => threadOrder.get(t) ?? 99));
  return [...events].sort(
    (a, b) =>
      first(a) - first(b) ||
      dateSpan(a.date).from.localeCompare(dateSpan(b.date).from) ||
      a.section - b.section,
  );
}

export function eventOrgNames(
  report: Report,
  event: ReportEvent,
  ctx: ChartContext,
  max = 2,
): string {
  const idx = indexReport(report);
  const names = event.organisations.map((id) => idx.organisations.get(id)?.name[ctx.lang] ?? id);
  const shown = names.slice(0, max).join(ctx.lang === 'zh' ? '、' : ', ');
  return names.length > max ? `${shown} +${names.length - max}` : shown;
}

/**
 * `events` are those the other filters let through; `range` is the brushed span
 * (drawn as the zoom window), so brushing never hides the brush itself.
 */
export function buildTimeline(
  report: Report,
  events: readonly ReportEvent[],
  range: DaySpan | null,
  ctx: ChartContext,
): BuiltChart | null {
  const bounds = timelineBounds(report.events);
  if (events.length === 0 || !bounds) return null;
  const ordered = orderedEvents(report, events);
  const threads = [...report.threads].sort((a, b) => a.order - b.order);
  const categories = ordered.map((e) => `§${e.section} ${eventOrgNames(report, e, ctx)}`);
  const rows: ChartRow[] = ordered.map((e) => ({
    id: e.id,
    group: report.threads.find((t) => t.id === e.threads[0])?.name[ctx.lang] ?? '',
    label: e.title[ctx.lang],
    value: ctx.fmt.date(e.date),
    section: e.section,
  }));
  const data = ordered.map((e, i) => {
    const span = dateSpan(e.date);
    const related = !ctx.focus || eventRelates(e, ctx.focus);
    const thread = e.threads[0] ?? '';
    const datum: EntityDatum & Record<string, unknown> = {
      value: [dayToMs(span.from), dayToMs(span.to) + DAY_MS, i, e.date.precision],
      eventId: e.id,
      entity: { kind: 'event', id: e.id },
      name: e.title[ctx.lang],
      itemStyle: { color: ctx.colours.thread(thread), opacity: related ? 1 : 0.2 },
    };
    return datum;
  });
  const minMs = dayToMs(bounds.from);
  const maxMs = dayToMs(bounds.to) + DAY_MS;
  const byId = new Map(ordered.map((e) => [e.id, e]));
  const description = `${ctx.text('charts.timeline.title')}${ctx.lang === 'zh' ? '。' : '. '}${rows
    .map((r) => `${r.value}${ctx.lang === 'zh' ? '，' : ', '}${r.label}`)
    .join(ctx.lang === 'zh' ? '；' : '; ')}`;

  return {
    height: ordered.length * px(ctx, ROW) + px(ctx, 112),
    rows,
    description,
    option: {
      animationDuration: 300,
      textStyle: { fontFamily: CHART_FONT },
      aria: { enabled: true, label: { description } },
      legend: {
        top: 0,
        left: 0,
        selectedMode: false,
        itemWidth: 14,
        itemHeight: 10,
        textStyle: { color: ctx.colours.text, fontSize: px(ctx, 12) },
        data: threads.map((t) => ({
          name: t.name[ctx.lang],
          itemStyle: { color: ctx.colours.thread(t.id) },
        })),
      },
      grid: { top: 48, left: 4, right: 24, bottom: 58, containLabel: true },
      xAxis: {
        type: 'time',
        min: minMs,
        max: maxMs,
        splitNumber: 5,
        splitLine: { show: true, lineStyle: { color: ctx.colours.grid } },
        axisLabel: {
          color: ctx.colours.muted,
          fontSize: px(ctx, 12),
          hideOverlap: true,
          formatter: (v: number) =>
            ctx.fmt.dateShort({ precision: 'month', value: msToDay(v).slice(0, 7) }),
        },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: categories,
        axisTick: { show: false },
        axisLabel: {
          color: ctx.colours.text,
          fontSize: px(ctx, ctx.compact ? 11 : 12),
          width: px(ctx, ctx.compact ? 92 : 180),
          overflow: 'truncate',
        },
      },
      dataZoom: [
        {
          type: 'slider',
          xAxisIndex: 0,
          filterMode: 'weakFilter',
          bottom: 8,
          height: 24,
          startValue: range ? dayToMs(range.from) : minMs,
          endValue: range ? dayToMs(range.to) + DAY_MS : maxMs,
          labelFormatter: (v: number) => ctx.fmt.date({ precision: 'day', value: msToDay(v) }),
          brushSelect: true,
          // The window follows the pointer; the filter (and every other chart) updates on
          // release, so dragging stays smooth.
          realtime: false,
        },
      ],
      tooltip: {
        ...tooltipStyle(ctx),
        trigger: 'item',
        confine: true,
        formatter: (p: { data?: EntityDatum }) => {
          const e = p.data?.eventId ? byId.get(p.data.eventId) : undefined;
          if (!e) return '';
          return [
            `<strong>${escapeHtml(e.title[ctx.lang])}</strong>`,
            escapeHtml(ctx.fmt.date(e.date)),
            escapeHtml(eventOrgNames(report, e, ctx, 8)),
          ].join('<br/>');
        },
      },
      series: [
        ...threads.map((t) => ({
          type: 'scatter',
          id: `legend-${t.id}`,
          name: t.name[ctx.lang],
          data: [],
          itemStyle: { color: ctx.colours.thread(t.id) },
        })),
        {
          type: 'custom',
          id: 'events',
          name: ctx.text('charts.timeline.title'),
          encode: { x: [0, 1], y: 2 },
          data,
          renderItem: (
            _params: unknown,
            api: {
              value: (i: number) => number | string;
              coord: (p: [number, number]) => [number, number];
              size: (p: [number, number]) => [number, number];
              style: () => Record<string, unknown>;
            },
          ) => {
            const start = api.coord([Number(api.value(0)), Number(api.value(2))]);
            const end = api.coord([Number(api.value(1)), Number(api.value(2))]);
            const height = api.size([0, 1])[1] * 0.62;
            const precise = api.value(3) === 'day';
            const width = Math.max(end[0] - start[0], precise ? 10 : 4);
            const style = api.style();
            return {
              type: 'rect',
              shape: {
                x: start[0],
                y: start[1] - height / 2,
                width,
                height,
                r: precise ? height / 2 : 3,
              },
              style: precise ? style : { ...style, opacity: Number(style.opacity ?? 1) * 0.85 },
            };
          },
        },
      ],
    },
  };
}
