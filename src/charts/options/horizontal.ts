/**
 * Marks along one horizontal value axis, one row each: bars from zero, bars from a start
 * (waterfall steps, stated ranges from low to high) and reference lines or bands. Labels
 * name each row (beside the axis on wide screens, above the bar on phones), values sit at
 * the end of their bar inside the chart's box, derived values are hatched and say so.
 */
import type { Unit } from '../../data/schema';
import { blockWidth, textWidth, wrapKeepingTail, wrapText } from '../../lib/text-width';
import { chartBase } from '../theme';
import { linearAxis, splitNumberFor, tickCandidates } from './axis-ticks';
import { escapeHtml, richRun, tooltipStyle } from './escape';
import { markOpacity, type MarkView, type ReferenceView } from './marks';
import { px, type ChartContext, type EntityDatum, type EChartsBuilt, type ChartRow } from './types';

/** One row: a mark drawn from `start` to `end` on the value axis. */
export interface HRow {
  view: MarkView;
  start: number;
  end: number;
}

export interface HorizontalSpec {
  rows: readonly HRow[];
  unit: Unit;
  /** Reference values, drawn as lines across the rows (a reference range is a row). */
  references?: readonly ReferenceView[];
  log?: boolean;
  /** Title and table rows, for the description and tooltip. */
  title: string;
  tableRows: ChartRow[];
  description: string;
}

const LABEL_SIZE = 13;
const LABEL_LINE = 16;
const VALUE_SIZE = 13;
const CALLOUT_SIZE = 11.5;
const ROW = 40;
const COMPACT_ROW = 58;
const AXIS_ROOM = 30;
const REFERENCE_ROOM = 34;
/** Room kept free around estimated label widths (estimates are not measurements). */
const SLACK = 1.06;

const HATCH = {
  symbol: 'rect',
  dashArrayX: [1, 0],
  dashArrayY: [2, 4],
  rotation: -Math.PI / 4,
  color: 'rgba(255,255,255,0.55)',
};

/**
 * Narrower than this (or, with type scaled up, than this at the type's scale), labels go
 * above their bars: beside them they would leave no plot (a 4:3 slide's chart is 736 pixels
 * wide, but with its type at 1.5 times).
 */
const NARROW = 520;
/** Values and callouts beside the bars take at most this share of the chart's width. */
const VALUE_SHARE = 0.38;
/** A callout wraps at this width (at the context's scale). */
const CALLOUT_WIDTH = 230;

export function buildHorizontal(spec: HorizontalSpec, ctx: ChartContext): EChartsBuilt {
  const compact =
    Boolean(ctx.compact) ||
    (ctx.width !== undefined && ctx.width < Math.max(NARROW, px(ctx, NARROW)));
  const chartWidth = ctx.width ?? 720;
  const calloutWidth = compact ? chartWidth - px(ctx, 16) : px(ctx, CALLOUT_WIDTH);
  // A callout too long for one line wraps: count its lines at the width it wraps to.
  const calloutLinesOf = (row: HRow): string[] =>
    row.view.callouts.flatMap((c) => wrapText(c, calloutWidth, px(ctx, CALLOUT_SIZE), 4));
  const references = spec.references ?? [];
  const rowHeight = px(ctx, compact ? COMPACT_ROW : ROW);
  // Above the bar (narrow charts) the label leads with what the row is, wrapped to the width.
  const headLinesOf = (row: HRow): string[] =>
    compact
      ? wrapKeepingTail(
          row.view.label,
          ' · ',
          row.view.valueLabel,
          calloutWidth,
          px(ctx, VALUE_SIZE),
          3,
          true,
        )
      : [row.view.valueLabel];
  const formatLabel = (row: HRow): string =>
    [...headLinesOf(row), ...calloutLinesOf(row).map((line) => richRun('callout', line))].join(
      '\n',
    );
  /** Lines a row's label takes beyond its first. */
  const extraLines = (row: HRow): number =>
    headLinesOf(row).length - 1 + calloutLinesOf(row).length;
  /** The most lines any row's label takes beyond its first. */
  const calloutLines = Math.max(0, ...spec.rows.map(extraLines));
  // Beside the axis (wide charts), a row's name wraps in its column: the row is as tall as
  // the most lines a name takes, or ECharts drops the names that would overlap (the first of
  // the efficiency claims' four went missing on 16:9 slides).
  const labelWidth = Math.min(px(ctx, 150), Math.round(chartWidth * 0.3));
  const rowNames = new Map(
    spec.rows.map((r) => [
      r.view.label,
      compact ? [r.view.label] : wrapText(r.view.label, labelWidth / SLACK, px(ctx, LABEL_SIZE), 4),
    ]),
  );
  const nameLines = Math.max(1, ...[...rowNames.values()].map((lines) => lines.length));
  const perRow = Math.max(
    rowHeight + calloutLines * px(ctx, 15),
    nameLines * px(ctx, LABEL_LINE) + px(ctx, 8),
  );
  // Room above the first row: a reference line's label, and on narrow charts the first row's
  // own label (it stands above its bar) with its callouts.
  // Narrow: the first row's label rises this far above the plot, so reference labels (which
  // stand above the plot) rise as far again.
  const lead = compact ? calloutLines * px(ctx, 15) + px(ctx, 6) : 0;
  const top = (references.length ? px(ctx, REFERENCE_ROOM) : px(ctx, 8)) + lead;
  const plotHeight = spec.rows.length * perRow;
  const height = top + plotHeight + px(ctx, AXIS_ROOM);
  // On wide screens, values sit right of their bar. What each needs there:
  const labelNeed = (r: HRow): number =>
    Math.max(
      textWidth(r.view.valueLabel, px(ctx, VALUE_SIZE), true),
      blockWidth(calloutLinesOf(r).join('\n'), px(ctx, CALLOUT_SIZE)),
    ) *
      SLACK +
    px(ctx, 14);
  // What the value axis spans across: the chart less the row labels and the value room.
  const rowLabels = compact
    ? 0
    : Math.min(
        labelWidth,
        Math.max(...spec.rows.map((r) => textWidth(r.view.label, px(ctx, LABEL_SIZE)))),
      ) + px(ctx, 8);
  const span = chartWidth - px(ctx, 4) - rowLabels;
  // At first, the widest value's room at the right, within a share of the chart.
  const firstRoom = compact
    ? px(ctx, 12)
    : Math.min(
        Math.ceil(chartWidth * VALUE_SHARE),
        Math.ceil(Math.max(...spec.rows.map(labelNeed))),
      );
  const axisTop = Math.max(...spec.rows.map((r) => r.end), ...references.map(referenceTop));
  /** The axis for a plot `plotWidth` wide: its divisions, its step (linear) and its end. */
  const axisFor = (plotWidth: number): { splitNumber: number; interval?: number; max: number } => {
    const label = (v: number): string => ctx.fmt.axisTick(v, spec.unit);
    const most = compact ? 3 : 5;
    if (!spec.log) return linearAxis(axisTop, plotWidth, label, px(ctx, 12), most);
    const splitNumber = splitNumberFor(
      plotWidth,
      tickCandidates(axisTop).map(label),
      px(ctx, 12),
      most,
    );
    return { splitNumber, max: logMax(spec.rows, references) };
  };
  /**
   * The value room for an axis: each value needs its room right of its own bar, not of the
   * axis's end, so the plot runs on as far as the bars leave room (Meta's range, whose widest
   * value stands at a bar half the axis long, had a third of a slide's width).
   */
  const roomFor = (max: number): number => {
    const share = (end: number): number =>
      spec.log ? Math.log10(Math.max(end, 1)) / Math.log10(max) : end / max;
    const widest = Math.min(
      span - px(ctx, 12),
      ...spec.rows.map((r) => {
        const f = share(r.end);
        return f > 0 ? (span - labelNeed(r)) / f : Infinity;
      }),
    );
    return Math.max(px(ctx, 12), Math.ceil(span - Math.max(widest, span - firstRoom)));
  };
  let axis = axisFor(span - firstRoom);
  let valueRoom = firstRoom;
  if (!compact) {
    // A wider plot may take more divisions, which may end the axis sooner: twice is enough
    // for the room and the axis to agree.
    for (let i = 0; i < 2; i++) {
      valueRoom = roomFor(axis.max);
      const next = axisFor(span - valueRoom);
      if (next.max === axis.max && next.splitNumber === axis.splitNumber) break;
      axis = next;
    }
    valueRoom = roomFor(axis.max);
  }
  const { splitNumber, interval, max: axisMax } = axis;
  const rich = {
    callout: { fontSize: px(ctx, CALLOUT_SIZE), color: ctx.colours.muted, fontWeight: 400 },
  };

  const base = spec.rows.map((r) => r.start);
  const needsBase = base.some((b) => b > 0);
  const series: object[] = [];
  if (needsBase) {
    series.push({
      type: 'bar',
      id: 'base',
      stack: 'marks',
      silent: true,
      itemStyle: { color: 'transparent' },
      emphasis: { disabled: true },
      tooltip: { show: false },
      data: spec.rows.map((r) => (spec.log ? Math.max(r.start, 1) : r.start)),
      barMaxWidth: px(ctx, 24),
    });
  }
  series.push({
    type: 'bar',
    // A stable id lets an update restyle the bars in place instead of redrawing them.
    id: 'marks',
    name: spec.title,
    stack: needsBase ? 'marks' : undefined,
    barMaxWidth: px(ctx, 24),
    data: spec.rows.map((r) => {
      const opacity = markOpacity(r.view);
      const derived = Boolean(r.view.figure.derived);
      const datum: EntityDatum & Record<string, unknown> = {
        value: r.end - (needsBase ? (spec.log ? Math.max(r.start, 1) : r.start) : 0),
        name: r.view.label,
        figureId: r.view.figure.id,
        eventId: r.view.figure.event,
        entity: r.view.entity,
        relates: r.view.relates,
        itemStyle: {
          color: r.view.colour,
          opacity,
          borderColor: derived ? ctx.colours.derived : undefined,
          borderWidth: derived ? 1.5 : 0,
          borderType: derived ? 'dashed' : 'solid',
          // Derived values alone are hatched: the note under the chart says so.
          decal: derived ? HATCH : undefined,
        },
        label: {
          // Phones and narrow slides: the label stands above the row (the 'labels' series).
          show: !compact,
          position: 'right',
          align: 'left',
          verticalAlign: 'middle',
          formatter: formatLabel(r),
          color: derived ? ctx.colours.derived : ctx.colours.text,
          fontWeight: 600,
          fontSize: px(ctx, VALUE_SIZE),
          lineHeight: px(ctx, 15),
          // A reference line behind a label never strikes through it.
          backgroundColor: ctx.colours.surface,
          padding: [1, 2],
          rich,
          opacity: opacity === 1 ? 1 : 0.55,
        },
      };
      return datum;
    }),
    markLine: referenceLines(references, ctx, Math.max(...spec.rows.map((r) => r.end)), lead),
  });
  if (compact) {
    // Above each row, from the plot's left edge whatever the bar's start (a waterfall step or a
    // range begins far right): a bar of no length at the axis minimum carries the label.
    series.push({
      type: 'bar',
      id: 'labels',
      silent: true,
      barGap: '-100%',
      barMaxWidth: px(ctx, 24),
      itemStyle: { color: 'transparent' },
      emphasis: { disabled: true },
      tooltip: { show: false },
      data: spec.rows.map((r) => ({
        value: spec.log ? 1 : 0,
        label: {
          show: true,
          position: [0, -px(ctx, 18) - extraLines(r) * px(ctx, 15)],
          align: 'left',
          verticalAlign: 'top',
          // Wrapped by formatLabel (ECharts' own wrapping mixes rich-text lines up).
          formatter: formatLabel(r),
          color: r.view.figure.derived ? ctx.colours.derived : ctx.colours.text,
          fontWeight: 600,
          fontSize: px(ctx, VALUE_SIZE),
          lineHeight: px(ctx, 15),
          rich,
          opacity: markOpacity(r.view) === 1 ? 1 : 0.55,
        },
      })),
    });
  }

  const axisMin = spec.log ? 1 : 0;
  return {
    kind: 'echarts',
    height,
    rows: spec.tableRows,
    description: spec.description,
    option: {
      animationDuration: 300,
      ...chartBase(spec.description, { decal: false }),
      grid: {
        top,
        bottom: px(ctx, AXIS_ROOM),
        left: px(ctx, 4),
        right: valueRoom,
        containLabel: true,
      },
      xAxis: {
        type: spec.log ? 'log' : 'value',
        logBase: 10,
        min: axisMin,
        max: axisMax,
        interval,
        splitNumber,
        splitLine: { lineStyle: { color: ctx.colours.grid } },
        axisLabel: {
          color: ctx.colours.muted,
          fontSize: px(ctx, 12),
          hideOverlap: true,
          formatter: (v: number) => ctx.fmt.axisTick(v, spec.unit),
        },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: spec.rows.map((r) => r.view.label),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: ctx.colours.grid } },
        axisLabel: compact
          ? { show: false }
          : {
              color: ctx.colours.text,
              // Wrapped already (rowNames), and the rows are as tall as those lines: ECharts,
              // measuring in the browser's font (wider than the estimate by up to a fifth),
              // must not break a line again; a word longer than the column still breaks.
              width: Math.round(labelWidth * 1.25),
              overflow: 'break',
              fontSize: px(ctx, LABEL_SIZE),
              lineHeight: px(ctx, LABEL_LINE),
              // Every row keeps its name: the rows are tall enough for it (above).
              interval: 0,
              formatter: (name: string) => (rowNames.get(name) ?? [name]).join('\n'),
            },
      },
      series,
      tooltip: {
        ...tooltipStyle(ctx),
        trigger: 'item',
        confine: true,
        formatter: (p: { data?: EntityDatum }) => {
          const row = spec.rows.find((r) => r.view.figure.id === p.data?.figureId);
          return row ? markTooltip(row.view, ctx) : '';
        },
      },
    },
  };
}

function referenceTop(r: ReferenceView): number {
  return r.figure.value.kind === 'range' ? r.figure.value.high : r.figure.value.value;
}

/** The top of a log axis: the next power of ten above every mark. */
function logMax(rows: readonly HRow[], references: readonly ReferenceView[]): number {
  const top = Math.max(...rows.map((r) => r.end), ...references.map(referenceTop), 10);
  return 10 ** Math.ceil(Math.log10(top));
}

/** Reference values as dashed lines (point values only: a reference range is a row). */
function referenceLines(
  lines: readonly ReferenceView[],
  ctx: ChartContext,
  dataMax: number,
  lead: number,
): object | undefined {
  if (lines.length === 0) return undefined;
  const top = Math.max(dataMax, ...lines.map(referenceTop));
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: ctx.colours.text, type: 'dashed', width: 1.5 },
    label: {
      // The category axis runs downwards (inverse), so the line's start is its top.
      position: 'start',
      distance: px(ctx, 5) + lead,
      color: ctx.colours.text,
      fontSize: px(ctx, 12),
      fontWeight: 600,
      backgroundColor: ctx.colours.surface,
      padding: [2, 4],
    },
    data: lines.map((r) => {
      const at = referenceTop(r);
      // A line in the right half labels leftwards, so its label stays inside the chart.
      return {
        xAxis: at,
        label: { formatter: `${r.label} ${r.value}`, align: at > top / 2 ? 'right' : 'left' },
      };
    }),
  };
}

/** A mark's tooltip: label, value as hedged, derivation, note, section. Text is escaped. */
export function markTooltip(view: MarkView, ctx: ChartContext): string {
  const fig = view.figure;
  const lines = [`<strong>${escapeHtml(ctx.text(fig.label))}</strong>`, escapeHtml(view.value)];
  if (fig.derived) {
    lines.push(
      `${escapeHtml(ctx.fmt.derivedMarker())}: ${escapeHtml(ctx.text(fig.derived.formula))}`,
    );
  }
  for (const callout of view.callouts) lines.push(escapeHtml(callout));
  if (fig.note) lines.push(`<em>${escapeHtml(ctx.text(fig.note))}</em>`);
  lines.push(escapeHtml(ctx.t('charts.sourceSection', { section: fig.provenance.section })));
  return lines.join('<br/>');
}
