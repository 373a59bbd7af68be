/**
 * The timeline: every event named by its short title, at the precision the report gives
 * it. Events dated only to a month (or quarter) are listed together in a band spanning
 * that period; events dated to the day are points on their day. A brushed date range is
 * the axis window: the axis then counts days, and marks stay inside the plot.
 */
import type { DaySpan } from '../../data/filters';
import type { Report, ReportEvent } from '../../data/schema';
import { dateSpan, eventKeys, eventRelates, indexReport, threadCounts } from '../../data/selectors';
import { textWidth } from '../../lib/text-width';
import { CHART_FONT, chartBase, over } from '../theme';
import { escapeHtml, tooltipStyle } from './escape';
import { panelTitle } from './marks';
import {
  eventSubset,
  px,
  type ChartContext,
  type ChartRow,
  type EChartsBuilt,
  type EntityDatum,
  type FormBuilder,
  type SubsetStory,
} from './types';

const DAY_MS = 86_400_000;
const ROW = 22;
const HEAD_ROW = 22;
const LABEL_SIZE = 12.5;
/** The smallest a band's heading shrinks to, to stay inside its band. */
const HEADING_MIN = 10;
/** The month and quarter bands: the grid's colour at this opacity. */
const BAND_OPACITY = 0.55;
/** A band's event names shrink to fit down to this size, then move left of their markers. */
const MIN_LABEL_SIZE = 10.5;

/**
 * Where a band's event names stand and how large: right of their markers at full size,
 * else right and smaller (down to `smallest`), else left at full size, else left and
 * smaller; when neither side holds them even at `smallest`, the side with more room, where
 * they end in an ellipsis (`room` is the width they may take). `need` is the band's widest
 * name at full size.
 */
export function placeBandLabel(
  need: number,
  rightRoom: number,
  leftRoom: number,
  full: number,
  smallest: number,
): { toLeft: boolean; fontSize: number; room: number; truncate: boolean } {
  const sizeFor = (room: number): number => (need <= room ? full : (full * room) / need);
  if (sizeFor(rightRoom) >= smallest) {
    return { toLeft: false, fontSize: sizeFor(rightRoom), room: rightRoom, truncate: false };
  }
  if (sizeFor(leftRoom) >= smallest) {
    return { toLeft: true, fontSize: sizeFor(leftRoom), room: leftRoom, truncate: false };
  }
  const toLeft = leftRoom > rightRoom;
  const room = Math.max(0, toLeft ? leftRoom : rightRoom);
  return { toLeft, fontSize: smallest, room, truncate: true };
}

const SLIDER_ROOM = 58;
const AXIS_ROOM = 30;
/** A window this short (in days) labels its ticks by day. */
const DAY_TICKS_UP_TO = 62;

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

/** One line of the timeline: a period's heading, or an event. */
interface Line {
  kind: 'period' | 'event';
  /** The period's or the event's span, in ms (end exclusive). */
  start: number;
  end: number;
  text: string;
  event?: ReportEvent;
  /** Day-precision events are points. */
  point: boolean;
}

/** Events grouped: a band per month or quarter (its events listed), then points by day. */
function lines(events: readonly ReportEvent[], ctx: ChartContext): Line[] {
  const spanMs = (e: ReportEvent) => {
    const s = dateSpan(e.date);
    return { start: dayToMs(s.from), end: dayToMs(s.to) + DAY_MS };
  };
  const groups = new Map<string, ReportEvent[]>();
  const points: ReportEvent[] = [];
  for (const e of events) {
    if (e.date.precision === 'day') points.push(e);
    else {
      const key = `${e.date.precision}:${e.date.value}`;
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
  }
  const blocks: { start: number; lines: Line[] }[] = [];
  for (const members of groups.values()) {
    const first = members[0];
    if (!first) continue;
    const { start, end } = spanMs(first);
    members.sort((a, b) => a.section - b.section);
    blocks.push({
      start,
      lines: [
        {
          kind: 'period',
          start,
          end,
          text: ctx.t(`charts.timeline.period.${first.date.precision}`, {
            period: ctx.fmt.date(first.date),
            count: members.length,
          }),
          point: false,
        },
        ...members.map((event) => ({
          kind: 'event' as const,
          start,
          end,
          text: ctx.text(event.shortTitle),
          event,
          point: false,
        })),
      ],
    });
  }
  for (const event of points) {
    const { start, end } = spanMs(event);
    blocks.push({
      start: start + 0.5, // after a band that starts the same day
      lines: [{ kind: 'event', start, end, text: ctx.text(event.shortTitle), event, point: true }],
    });
  }
  blocks.sort((a, b) => a.start - b.start);
  return blocks.flatMap((b) => b.lines);
}

/** How many lines the thread legend takes at `width`. */
function legendLines(names: readonly string[], width: number, ctx: ChartContext): number {
  if (ctx.compact) return names.length;
  let line = 1;
  let used = 0;
  for (const name of names) {
    const w = textWidth(name, px(ctx, 12)) + px(ctx, 34);
    if (used > 0 && used + w > width) {
      line += 1;
      used = 0;
    }
    used += w;
  }
  return line;
}

interface RenderApi {
  value: (i: number) => number;
  coord: (p: [number, number]) => [number, number];
  size: (p: [number, number]) => [number, number];
  style: () => Record<string, unknown>;
}
interface RenderParams {
  coordSys: { x: number; y: number; width: number; height: number };
  dataIndex: number;
}

/**
 * The title of a filtered timeline, counted on the events it draws: the edition's (“Four
 * threads moved at once”) is a finding about all of them. Undefined when every event is drawn.
 */
export function timelineStory(
  report: Report,
  events: readonly ReportEvent[],
  ctx: ChartContext,
): SubsetStory | undefined {
  const [first] = events;
  if (!first || events.length >= report.events.length) return undefined;
  if (events.length === 1) {
    const title = ctx.t('charts.timelineView.single', {
      event: ctx.text(first.shortTitle),
      // One piece on a line: a title that wraps does not break "2026 年 4 / 月 8 日".
      date: ctx.fmt.date(first.date).replace(/ /g, '\u00a0'),
    });
    return { title, inferences: [] };
  }
  const n = ctx.fmt.number(events.length);
  const shown = threadCounts(report, events).map((c) => c.thread);
  const total = report.threads.length;
  const [only] = shown;
  const title =
    shown.length === 1 && only
      ? ctx.t('charts.timelineView.oneThread', { n, thread: ctx.text(only.name) })
      : ctx.t(
          shown.length === total
            ? 'charts.timelineView.allThreads'
            : 'charts.timelineView.someThreads',
          { n, threads: ctx.fmt.number(shown.length), total: ctx.fmt.number(total) },
        );
  return { title, inferences: [] };
}

export function buildTimeline(
  input: Parameters<FormBuilder>[0],
  ctx: ChartContext,
): EChartsBuilt | null {
  const { report, panel, range } = input;
  const bounds = timelineBounds(report.events);
  if (!bounds) return null;
  const window = range ?? bounds;
  const windowSpan = { start: dayToMs(window.from), end: dayToMs(window.to) + DAY_MS };
  const visible = input.timelineEvents.filter((e) => {
    const s = dateSpan(e.date);
    return s.from <= window.to && s.to >= window.from;
  });
  if (visible.length === 0) return null;
  const all = lines(visible, ctx);
  // The legend is the key to the threads' colours, the same whatever a filter leaves: a key
  // that shrank with the filters moved every panel below the timeline at each click.
  const threads = [...report.threads].sort((a, b) => a.order - b.order);
  const threadNames = threads.map((t) => ctx.text(t.name));
  const width = ctx.width ?? 720;
  const legendHeight = legendLines(threadNames, width, ctx) * px(ctx, 20) + px(ctx, 8);
  const view = timelineStory(report, visible, ctx);
  const title = view?.title ?? panelTitle(report, panel, ctx);
  const idx = indexReport(report);
  const threadName = (e: ReportEvent) =>
    ctx.text(idx.threads.get(e.threads[0] ?? '')?.name ?? { zh: '', en: '' });

  const rows: ChartRow[] = all.flatMap((l) =>
    l.event
      ? [
          {
            id: l.event.id,
            group: threadName(l.event),
            label: l.text,
            value: ctx.fmt.date(l.event.date),
            section: l.event.section,
          },
        ]
      : [],
  );
  const description = ctx.t('charts.describe.sentence', {
    title,
    items: rows
      .map((r) => ctx.t('charts.describe.dated', { date: r.value, label: r.label }))
      .join(ctx.t('punct.semicolon')),
  });

  const rowHeights = all.map((l) => px(ctx, l.kind === 'period' ? HEAD_ROW : ROW));
  const plotHeight = rowHeights.reduce((a, b) => a + b, 0);
  const top = legendHeight + px(ctx, 6);
  const shortWindow = (windowSpan.end - windowSpan.start) / DAY_MS <= DAY_TICKS_UP_TO;
  const data = all.map((l, i) => {
    const related = !l.event || !ctx.focus || eventRelates(l.event, ctx.focus);
    const thread = l.event?.threads[0] ?? '';
    const datum: EntityDatum & Record<string, unknown> = {
      value: [l.start, l.end, i],
      eventId: l.event?.id,
      entity: l.event ? { kind: 'event', id: l.event.id } : undefined,
      relates: l.event ? eventKeys(l.event) : undefined,
      name: l.text,
      itemStyle: {
        color: l.event ? ctx.colours.thread(thread) : ctx.colours.muted,
        opacity: related ? 1 : 0.25,
      },
    };
    return datum;
  });

  const labelSize = px(ctx, LABEL_SIZE);
  // Each band's widest event name: a band lays its names out one way for all of them.
  const bandOf: number[] = [];
  const bandNeed = new Map<number, number>();
  all.forEach((l, i) => {
    const band = l.kind === 'period' ? i : l.point ? -1 : (bandOf[i - 1] ?? -1);
    bandOf.push(band);
    if (l.kind === 'event' && band >= 0) {
      bandNeed.set(band, Math.max(bandNeed.get(band) ?? 0, textWidth(l.text, labelSize)));
    }
  });
  // A band's heading and names may run past its end (a phone's month is a few pixels wide):
  // outlined in the band's own colour, they hide the gridline they cross, and inside the band
  // the outline does not show.
  const halo = {
    stroke: over(ctx.colours.grid, ctx.colours.surface, BAND_OPACITY),
    lineWidth: px(ctx, 4),
  };
  const renderItem = (params: RenderParams, api: RenderApi) => {
    const line = all[params.dataIndex];
    if (!line) return null;
    const sys = params.coordSys;
    const [x0raw, y] = api.coord([api.value(0), api.value(2)]);
    const [x1raw] = api.coord([api.value(1), api.value(2)]);
    const left = sys.x;
    const right = sys.x + sys.width;
    const x0 = Math.max(left, Math.min(right, x0raw));
    const x1 = Math.max(left, Math.min(right, x1raw));
    const style = api.style();
    const colour = typeof style.fill === 'string' ? style.fill : ctx.colours.muted;
    const opacity = Number(style.opacity ?? 1);
    const textW =
      line.kind === 'period'
        ? textWidth(line.text, px(ctx, 12), true)
        : textWidth(line.text, labelSize);
    if (line.kind === 'period') {
      // The band: the whole period, behind its heading and its events.
      const rowsInBand = all
        .slice(params.dataIndex + 1)
        .findIndex((l) => l.kind !== 'event' || l.point);
      const members = rowsInBand < 0 ? all.length - params.dataIndex - 1 : rowsInBand;
      const h = px(ctx, HEAD_ROW) / 2 + members * px(ctx, ROW);
      // A heading wider than its band shrinks to fit it, down to HEADING_MIN; narrower than
      // that, it keeps that size and stands where it can (a phone's month is a few pixels).
      const room = x1 - x0 - 10;
      const headingSize =
        textW > room ? Math.max(px(ctx, HEADING_MIN), (px(ctx, 12) * room) / textW) : px(ctx, 12);
      const headingW = (textW * headingSize) / px(ctx, 12);
      const textX = Math.max(left + 2, Math.min(x0 + 6, right - headingW - 4));
      return {
        type: 'group',
        children: [
          {
            type: 'rect',
            shape: {
              x: x0,
              y: y - px(ctx, HEAD_ROW) / 2,
              width: Math.max(x1 - x0, 2),
              height: h + px(ctx, HEAD_ROW) / 2,
              r: 4,
            },
            style: { fill: ctx.colours.grid, opacity: BAND_OPACITY },
            silent: true,
          },
          {
            type: 'rect',
            shape: { x: x0, y: y - px(ctx, HEAD_ROW) / 2, width: Math.max(x1 - x0, 2), height: 3 },
            style: { fill: ctx.colours.muted },
            silent: true,
          },
          {
            type: 'text',
            x: textX,
            y,
            silent: true,
            style: {
              text: line.text,
              fill: ctx.colours.muted,
              font: `600 ${headingSize}px ${CHART_FONT}`,
              verticalAlign: 'middle',
              ...halo,
            },
          },
        ],
      };
    }
    const marker = px(ctx, 9);
    if (line.point) {
      // A point on its day, its name beside it: right of it, or left near the end.
      const cx = x0;
      // The name clear of its dot: the dot's radius and a gap.
      const gap = marker / 2 + 1 + px(ctx, 5);
      const toLeft = cx + gap + textW > right;
      return {
        type: 'group',
        children: [
          {
            type: 'circle',
            shape: { cx, cy: y, r: marker / 2 + 1 },
            style: { fill: colour, opacity },
          },
          {
            type: 'text',
            x: toLeft ? Math.max(left + textW, cx - gap) : cx + gap,
            y,
            style: {
              text: line.text,
              fill: ctx.colours.text,
              opacity: opacity === 1 ? 1 : 0.5,
              font: `${labelSize}px ${CHART_FONT}`,
              align: toLeft ? 'right' : 'left',
              verticalAlign: 'middle',
            },
          },
        ],
      };
    }
    // An event of the band: a marker in its thread's colour inside the band (never outside
    // it: that would date the event to another month), its name to the right. When the
    // band's widest name does not fit before the plot's edge, the band's names get smaller
    // (down to MIN_LABEL_SIZE); when still too wide, they stand left of their markers.
    const markerX = Math.max(left + 2, Math.min(x0 + 4, x1 - marker - 2));
    const need = bandNeed.get(bandOf[params.dataIndex] ?? -1) ?? textW;
    const { toLeft, fontSize, room, truncate } = placeBandLabel(
      need,
      right - (markerX + marker + 5) - 2,
      markerX - 5 - left,
      labelSize,
      px(ctx, MIN_LABEL_SIZE),
    );
    return {
      type: 'group',
      children: [
        {
          type: 'rect',
          shape: { x: markerX, y: y - marker / 2, width: marker, height: marker, r: 2 },
          style: { fill: colour, opacity },
        },
        {
          type: 'text',
          x: toLeft ? markerX - 5 : markerX + marker + 5,
          y,
          style: {
            text: line.text,
            fill: ctx.colours.text,
            opacity: opacity === 1 ? 1 : 0.5,
            font: `${fontSize}px ${CHART_FONT}`,
            align: toLeft ? 'right' : 'left',
            verticalAlign: 'middle',
            ...halo,
            // Past the smallest size, a name too long for either side ends in an ellipsis
            // (the tooltip, the table and the event's card hold it whole).
            ...(truncate ? { width: room, overflow: 'truncate' } : {}),
          },
        },
      ],
    };
  };

  const tick = (v: number): string => {
    const day = msToDay(v);
    if (day.endsWith('-01') || !shortWindow) {
      return ctx.fmt.dateShort({ precision: 'month', value: day.slice(0, 7) });
    }
    return ctx.fmt.dateShort({ precision: 'day', value: day });
  };

  const still = Boolean(ctx.still);
  return {
    kind: 'echarts',
    height: top + plotHeight + px(ctx, still ? AXIS_ROOM : SLIDER_ROOM),
    rows,
    description,
    subset: eventSubset(visible.length, report),
    view,
    option: {
      animationDuration: 300,
      ...chartBase(description),
      legend: {
        top: 0,
        left: 0,
        orient: ctx.compact ? 'vertical' : 'horizontal',
        selectedMode: false,
        itemWidth: 12,
        itemHeight: 10,
        itemGap: ctx.compact ? 6 : 14,
        textStyle: { color: ctx.colours.text, fontSize: px(ctx, 12) },
        data: threads.map((t) => ({
          name: ctx.text(t.name),
          itemStyle: { color: ctx.colours.thread(t.id) },
        })),
      },
      grid: { top, left: px(ctx, 8), right: px(ctx, 12), height: plotHeight },
      xAxis: {
        type: 'time',
        // A still picture shows the window itself; on screen the axis spans the report and
        // the slider's window (below) zooms it, so the window can be dragged back out.
        min: still ? windowSpan.start : dayToMs(bounds.from),
        max: still ? windowSpan.end : dayToMs(bounds.to) + DAY_MS,
        splitNumber: ctx.compact ? 3 : 6,
        splitLine: { show: true, lineStyle: { color: ctx.colours.grid } },
        // At the foot of the plot. By default it crosses the value axis at zero: the first
        // row, whose heading it struck through.
        axisLine: { onZero: false, lineStyle: { color: ctx.colours.grid } },
        axisLabel: {
          color: ctx.colours.muted,
          fontSize: px(ctx, 12),
          hideOverlap: true,
          formatter: tick,
        },
      },
      yAxis: {
        type: 'value',
        inverse: true,
        min: -0.5,
        max: all.length - 0.5,
        show: false,
      },
      dataZoom: still
        ? []
        : [
            {
              type: 'slider',
              xAxisIndex: 0,
              filterMode: 'none',
              bottom: 8,
              height: 24,
              startValue: windowSpan.start,
              endValue: windowSpan.end,
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
          const e = p.data?.eventId ? idx.events.get(p.data.eventId) : undefined;
          return e ? eventTooltip(report, e, ctx) : '';
        },
      },
      series: [
        ...threads.map((t) => ({
          type: 'scatter',
          id: `legend-${t.id}`,
          name: ctx.text(t.name),
          data: [],
          itemStyle: { color: ctx.colours.thread(t.id) },
        })),
        {
          type: 'custom',
          id: 'events',
          name: title,
          clip: true,
          encode: { x: [0, 1], y: 2 },
          data,
          renderItem,
        },
      ],
    },
  };
}

/** An event's tooltip: its title, date, organisations, the report's claims about it and the
 * dates it states (a rollout "from 30 April", a listing "possibly as early as the end of 2026"). */
export function eventTooltip(report: Report, e: ReportEvent, ctx: ChartContext): string {
  const idx = indexReport(report);
  const orgs = e.organisations
    .map((id) => idx.organisations.get(id))
    .flatMap((o) => (o ? [ctx.text(o.name)] : []))
    .join(ctx.t('charts.listSeparator'));
  return [
    `<strong>${escapeHtml(ctx.text(e.title))}</strong>`,
    escapeHtml(ctx.fmt.date(e.date)),
    escapeHtml(orgs),
    ...(e.claims ?? []).map((c) =>
      escapeHtml(
        c.by
          ? ctx.t('charts.timeline.claimBy', { claim: ctx.text(c.text), by: ctx.text(c.by) })
          : ctx.t('charts.timeline.claim', { claim: ctx.text(c.text) }),
      ),
    ),
    ...(e.statedDates ?? []).map((d) =>
      escapeHtml(
        ctx.t('charts.timeline.statedDate', {
          date: ctx.t(`eventCard.dateHedge.${d.hedge}`, { date: ctx.fmt.date(d.date) }),
          what: ctx.text(d.what),
        }),
      ),
    ),
  ].join('<br/>');
}

export const timelineForm: FormBuilder = (input, ctx) =>
  input.panel.form === 'timeline' ? buildTimeline(input, ctx) : null;
