/**
 * Before and after: one row per pair, a dot for each value joined by an arrow that points
 * the way it moved, each dot labelled with its value as the report hedged it.
 */
import type { PanelOf } from '../../../data/schema';
import { blockWidth } from '../../../lib/text-width';
import { CHART_FONT, chartBase } from '../../theme';
import { linearAxis } from '../axis-ticks';
import { richRun, tooltipStyle } from '../escape';
import { markTooltip } from '../horizontal';
import {
  describeRows,
  figureRow,
  markOpacity,
  markViews,
  panelTitle,
  type MarkView,
} from '../marks';
import { px, type ChartContext, type EntityDatum, type FormBuilder } from '../types';

interface PairView {
  label: string;
  before: MarkView;
  after: MarkView;
}

const DOT = 14;
const VALUE_SIZE = 13;

function point(view: MarkView): number {
  const v = view.figure.value;
  return v.kind === 'range' ? (v.low + v.high) / 2 : v.value;
}

/** "Before: 1M users" — the mark's own label, then its value. */
function dotText(view: MarkView, ctx: ChartContext): string {
  return ctx.t('charts.beforeAfter.dot', { label: view.label, value: view.valueLabel });
}

/** The label and its callouts, one per line: the width they take. */
function dotLabel(view: MarkView, ctx: ChartContext): string {
  return [dotText(view, ctx), ...view.callouts].join('\n');
}

/**
 * The same as rich text: the value in bold, the callouts under it in the muted ink and regular
 * weight, so that a remark anchored on the mark does not read as the mark's own value.
 */
function dotRichText(view: MarkView, ctx: ChartContext): string {
  return [
    richRun('value', dotText(view, ctx)),
    ...view.callouts.map((c) => richRun('callout', c)),
  ].join('\n');
}

export const beforeAfterForm: FormBuilder = (input, ctx) => {
  const panel: PanelOf<'before-after'> | null =
    input.panel.form === 'before-after' ? input.panel : null;
  if (!panel) return null;
  const pairs: PairView[] = panel.pairs.flatMap((p) => {
    const [before, after] = markViews(input, [p.before, p.after], ctx);
    return before && after && (before.matched || after.matched)
      ? [{ label: ctx.text(p.label), before, after }]
      : [];
  });
  if (pairs.length === 0) return null;
  const title = panelTitle(input.report, panel, ctx);
  const rows = pairs.flatMap((p) => [
    figureRow(p.before.figure, p.before.label, p.label, ctx, p.before.matched),
    figureRow(p.after.figure, p.after.label, p.label, ctx, p.after.matched),
  ]);
  const description = describeRows(title, rows, ctx);
  const lines = (view: MarkView): number => 1 + view.callouts.length;
  const lineHeight = px(ctx, 16);
  const above = Math.max(...pairs.map((p) => lines(p.before))) * lineHeight;
  const below = Math.max(...pairs.map((p) => lines(p.after))) * lineHeight;
  const heading = pairs.length > 1 ? px(ctx, 20) : 0;
  const rowHeight = heading + above + below + 2 * DOT + px(ctx, 10);
  const height = pairs.length * rowHeight + px(ctx, 30);
  // A label is centred on its dot unless that would take it past the chart's edge; then it
  // stops at the edge (renderItem), so the plot keeps the width instead of a margin for it.
  const labelWidth = (view: MarkView): number =>
    blockWidth(dotLabel(view, ctx), px(ctx, VALUE_SIZE), true);
  const edge = px(ctx, 4);
  const max = Math.max(...pairs.flatMap((p) => [point(p.before), point(p.after)]));
  const unit = pairs[0]?.after.figure.unit ?? 'users';
  const axis = linearAxis(
    max,
    (ctx.width ?? 720) - 2 * px(ctx, 24),
    (v) => ctx.fmt.axisTick(v, unit),
    px(ctx, 12),
    ctx.compact ? 3 : 5,
  );

  const data = pairs.map((p, i) => {
    const datum: EntityDatum & Record<string, unknown> = {
      value: [point(p.before), point(p.after), i],
      figureId: p.after.figure.id,
      entity: p.after.entity,
      relates: [...new Set([...p.before.relates, ...p.after.relates])],
      name: p.label,
    };
    return datum;
  });

  return {
    kind: 'echarts',
    height,
    rows,
    description,
    option: {
      animationDuration: 300,
      ...chartBase(description),
      grid: {
        top: 0,
        bottom: px(ctx, 30),
        left: px(ctx, 24),
        right: px(ctx, 24),
        containLabel: false,
      },
      xAxis: {
        type: 'value',
        min: 0,
        // The axis ends on a labelled round tick at or past the larger value ("1M" at the
        // 1M dot), not a little past it on an unlabelled line.
        max: axis.max,
        interval: axis.interval,
        splitLine: { lineStyle: { color: ctx.colours.grid } },
        axisLabel: {
          color: ctx.colours.muted,
          fontSize: px(ctx, 12),
          hideOverlap: true,
          formatter: (v: number) => ctx.fmt.axisTick(v, unit),
        },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: pairs.map((p) => p.label),
        axisLabel: { show: false },
        axisTick: { show: false },
        axisLine: { show: false },
      },
      tooltip: {
        ...tooltipStyle(ctx),
        trigger: 'item',
        confine: true,
        formatter: (p: { data?: EntityDatum }) => {
          const pair = pairs.find((x) => x.after.figure.id === p.data?.figureId);
          return pair
            ? `${markTooltip(pair.before, ctx)}<br/><br/>${markTooltip(pair.after, ctx)}`
            : '';
        },
      },
      series: [
        {
          type: 'custom',
          id: 'pairs',
          name: title,
          encode: { x: [0, 1], y: 2 },
          data,
          renderItem: (
            _params: unknown,
            api: {
              value: (i: number) => number;
              coord: (p: [number, number]) => [number, number];
              getWidth: () => number;
            },
          ) => {
            const index = api.value(2);
            const pair = pairs[index];
            if (!pair) return null;
            const [x0, y] = api.coord([api.value(0), index]);
            const [x1] = api.coord([api.value(1), index]);
            // The band's centre, moved down by the heading and the labels above the line.
            const lineY = y - rowHeight / 2 + heading + above + DOT + px(ctx, 4);
            const falling = x1 < x0;
            const arrow = px(ctx, 9);
            const tip = x1 + (falling ? DOT / 2 + 2 : -(DOT / 2 + 2));
            const back = tip + (falling ? arrow : -arrow);
            const styleOf = (view: MarkView) => ({
              fill: view.colour,
              opacity: markOpacity(view),
              stroke: view.figure.derived ? ctx.colours.derived : view.colour,
              lineWidth: 2,
            });
            const inside = (view: MarkView, x: number): number => {
              const half = labelWidth(view) / 2;
              return Math.min(Math.max(x, half + edge), api.getWidth() - half - edge);
            };
            const label = (view: MarkView, x: number, side: 'above' | 'below') => ({
              type: 'text',
              x: inside(view, x),
              y: side === 'above' ? lineY - DOT : lineY + DOT,
              style: {
                text: dotRichText(view, ctx),
                align: 'center',
                verticalAlign: side === 'above' ? 'bottom' : 'top',
                lineHeight: px(ctx, 16),
                opacity: markOpacity(view) === 1 ? 1 : 0.55,
                rich: {
                  value: {
                    fill: view.figure.derived ? ctx.colours.derived : ctx.colours.text,
                    font: `600 ${px(ctx, VALUE_SIZE)}px ${CHART_FONT}`,
                    lineHeight: px(ctx, 16),
                  },
                  callout: {
                    fill: ctx.colours.muted,
                    font: `400 ${px(ctx, VALUE_SIZE)}px ${CHART_FONT}`,
                    lineHeight: px(ctx, 16),
                  },
                },
              },
            });
            return {
              type: 'group',
              children: [
                {
                  type: 'text',
                  x: Math.min(x0, x1),
                  y: y - rowHeight / 2,
                  invisible: heading === 0,
                  style: {
                    text: pair.label,
                    fill: ctx.colours.muted,
                    font: `600 ${px(ctx, 12)}px ${CHART_FONT}`,
                    verticalAlign: 'top',
                  },
                },
                {
                  type: 'line',
                  shape: { x1: x0, y1: lineY, x2: back, y2: lineY },
                  style: { stroke: ctx.colours.muted, lineWidth: px(ctx, 3) },
                },
                {
                  type: 'polygon',
                  shape: {
                    points: [
                      [tip, lineY],
                      [back, lineY - arrow / 1.4],
                      [back, lineY + arrow / 1.4],
                    ],
                  },
                  style: { fill: ctx.colours.muted },
                },
                {
                  type: 'circle',
                  shape: { cx: x0, cy: lineY, r: DOT / 2 },
                  style: styleOf(pair.before),
                },
                {
                  type: 'circle',
                  shape: { cx: x1, cy: lineY, r: DOT / 2 },
                  style: styleOf(pair.after),
                },
                label(pair.before, x0, 'above'),
                label(pair.after, x1, 'below'),
              ],
            };
          },
        },
      ],
    },
  };
};
