/**
 * The shared shape of most panels: one or more groups of horizontal bars, each group
 * on its own axis (so dollars never share an axis with jobs), each bar labelled with
 * the figure as the report hedged it, derived values patterned and marked.
 */
import type { Figure, Report, Unit } from '../../data/schema';
import { figureRelates, indexReport } from '../../data/selectors';
import { CHART_FONT } from '../theme';
import { escapeHtml, tooltipStyle } from './escape';
import { px, type BuiltChart, type ChartContext, type ChartRow, type EntityDatum } from './types';

export interface BarGroup {
  key: string;
  title: string;
  unit: Unit;
  figures: Figure[];
  /** A log axis, for multiples that span orders of magnitude. */
  log?: boolean;
  /** A reference line drawn across the group (e.g. the human baseline). */
  reference?: { value: number; label: string };
}

/**
 * Units whose axis carries a unit name. Percent and multiples are left out (every tick
 * shows % or ×); the remaining counts are named by their group title.
 */
const NAMED_UNITS: ReadonlySet<Unit> = new Set<Unit>([
  'usd',
  'percentage-points',
  'tokens',
  'installs',
  'users',
  'jobs',
  'returns-per-shopper',
  'months',
  'years',
  'hours',
  'age-years',
]);

const BAR_ROW = 46;
const GROUP_HEAD = 34;
const AXIS_ROOM = 28;
const DIMMED = 0.22;

/** The visible label of a figure's bar: the report's qualifier, plus the derived marker. */
export function barLabel(fig: Figure, ctx: ChartContext): string {
  const value = ctx.fmt.figure(fig);
  // On phones the marker goes on its own line, so the label fits beside the bar.
  if (!fig.derived) return value;
  return ctx.compact
    ? `${value}\n${ctx.fmt.derivedMarker()}`
    : `${value} · ${ctx.fmt.derivedMarker()}`;
}

/** One table/description row for a figure. */
export function figureRow(fig: Figure, group: string, ctx: ChartContext): ChartRow {
  return {
    id: fig.id,
    group,
    label: fig.label[ctx.lang],
    value: ctx.fmt.figure(fig),
    derived: fig.derived?.formula[ctx.lang],
    note: fig.note?.[ctx.lang],
    section: fig.provenance.section,
  };
}

/** A generated description: "Title. Group: label, value; …". */
export function describeRows(title: string, rows: readonly ChartRow[], ctx: ChartContext): string {
  const sep = ctx.lang === 'zh' ? '；' : '; ';
  const groups = new Map<string, ChartRow[]>();
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  const parts = [...groups].map(([group, items]) => {
    const list = items
      .map(
        (r) =>
          `${r.label}${ctx.lang === 'zh' ? '：' : ': '}${r.value}${r.derived ? (ctx.lang === 'zh' ? `（${ctx.fmt.derivedMarker()}：${r.derived}）` : ` (${ctx.fmt.derivedMarker()}: ${r.derived})`) : ''}`,
      )
      .join(sep);
    return group ? `${group}${ctx.lang === 'zh' ? '——' : ' — '}${list}` : list;
  });
  return `${title}${ctx.lang === 'zh' ? '。' : '. '}${parts.join(ctx.lang === 'zh' ? '。' : '. ')}`;
}

function figureColour(fig: Figure, ctx: ChartContext): string {
  const org = fig.organisations[0];
  return org ? ctx.colours.organisation(org) : ctx.colours.muted;
}

/** Build the option for groups of bars; null when every group is empty. */
export function buildFigureBars(
  report: Report,
  title: string,
  groups: readonly BarGroup[],
  ctx: ChartContext,
): BuiltChart | null {
  const live = groups.filter((g) => g.figures.length > 0);
  if (live.length === 0) return null;
  const idx = indexReport(report);
  const grids: object[] = [];
  const xAxes: object[] = [];
  const yAxes: object[] = [];
  const series: object[] = [];
  const titles: object[] = [];
  const rows: ChartRow[] = [];
  let top = 0;

  live.forEach((group, i) => {
    const height = group.figures.length * px(ctx, BAR_ROW);
    titles.push({
      text: group.title,
      top,
      left: 0,
      textStyle: { fontSize: px(ctx, 13), fontWeight: 600, color: ctx.colours.muted },
    });
    grids.push({
      top: top + px(ctx, GROUP_HEAD),
      height,
      left: 4,
      right: px(ctx, ctx.compact ? 104 : 132),
      containLabel: true,
    });
    top += px(ctx, GROUP_HEAD) + height + px(ctx, AXIS_ROOM);
    const hasRange = group.figures.some((f) => f.value.kind === 'range');
    const unitName = NAMED_UNITS.has(group.unit) ? ctx.text(`charts.axisUnit.${group.unit}`) : '';
    xAxes.push({
      gridIndex: i,
      name: unitName,
      nameLocation: 'end',
      nameGap: 16,
      nameTextStyle: {
        color: ctx.colours.muted,
        fontSize: px(ctx, 11),
        align: 'left',
        verticalAlign: 'middle',
      },
      type: group.log ? 'log' : 'value',
      logBase: 10,
      min: group.log ? 1 : 0,
      splitLine: { lineStyle: { color: ctx.colours.grid } },
      axisLabel: {
        color: ctx.colours.muted,
        fontSize: px(ctx, 12),
        hideOverlap: true,
        formatter: (v: number) => ctx.fmt.axisTick(v, group.unit),
      },
    });
    yAxes.push({
      gridIndex: i,
      type: 'category',
      inverse: true,
      data: group.figures.map((f) => f.label[ctx.lang]),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: ctx.colours.grid } },
      axisLabel: {
        color: ctx.colours.text,
        width: px(ctx, ctx.compact ? 92 : 150),
        overflow: 'break',
        fontSize: px(ctx, ctx.compact ? 11 : 12),
        lineHeight: px(ctx, 15),
      },
    });
    const stack = `g${i}`;
    if (hasRange) {
      series.push({
        type: 'bar',
        id: `${group.key}-base`,
        name: `${group.key}-base`,
        xAxisIndex: i,
        yAxisIndex: i,
        stack,
        silent: true,
        itemStyle: { color: 'transparent' },
        emphasis: { disabled: true },
        tooltip: { show: false },
        data: group.figures.map((f) => (f.value.kind === 'range' ? f.value.low : 0)),
      });
    }
    series.push({
      type: 'bar',
      // Stable ids let an update restyle the bars in place instead of redrawing them.
      id: group.key,
      name: group.title,
      xAxisIndex: i,
      yAxisIndex: i,
      stack: hasRange ? stack : undefined,
      barMaxWidth: px(ctx, 26),
      data: group.figures.map((f) => {
        const related = !ctx.focus || figureRelates(f, ctx.focus, idx);
        const datum: EntityDatum & Record<string, unknown> = {
          value: f.value.kind === 'range' ? f.value.high - f.value.low : f.value.value,
          figureId: f.id,
          eventId: f.event,
          entity: f.organisations[0] ? { kind: 'organisation', id: f.organisations[0] } : undefined,
          itemStyle: {
            color: figureColour(f, ctx),
            opacity: related ? 1 : DIMMED,
            borderColor: f.derived ? ctx.colours.derived : undefined,
            borderWidth: f.derived ? 1.5 : 0,
            borderType: f.derived ? 'dashed' : 'solid',
            decal: f.derived
              ? {
                  symbol: 'rect',
                  dashArrayX: [1, 0],
                  dashArrayY: [2, 4],
                  rotation: -Math.PI / 4,
                  color: 'rgba(255,255,255,0.55)',
                }
              : f.value.kind === 'range'
                ? {
                    symbol: 'rect',
                    dashArrayX: [1, 0],
                    dashArrayY: [3, 3],
                    rotation: 0,
                    color: 'rgba(255,255,255,0.35)',
                  }
                : undefined,
          },
          label: {
            show: true,
            position: 'right',
            formatter: barLabel(f, ctx),
            color: f.derived ? ctx.colours.derived : ctx.colours.text,
            fontWeight: 600,
            fontSize: px(ctx, 12),
            opacity: related ? 1 : 0.45,
          },
        };
        return datum;
      }),
      markLine: group.reference
        ? {
            silent: true,
            symbol: 'none',
            lineStyle: { color: ctx.colours.text, type: 'dashed', width: 1.5 },
            label: {
              formatter: group.reference.label,
              position: 'start',
              color: ctx.colours.text,
              fontSize: px(ctx, 11),
            },
            data: [{ xAxis: group.reference.value }],
          }
        : undefined,
    });
    rows.push(...group.figures.map((f) => figureRow(f, group.title, ctx)));
  });

  const byId = new Map(live.flatMap((g) => g.figures.map((f) => [f.id, f] as const)));
  const description = describeRows(title, rows, ctx);
  return {
    height: top,
    rows,
    description,
    option: {
      animationDuration: 300,
      textStyle: { fontFamily: CHART_FONT },
      aria: { enabled: true, label: { description }, decal: { show: false } },
      title: titles,
      grid: grids,
      xAxis: xAxes,
      yAxis: yAxes,
      series,
      tooltip: {
        ...tooltipStyle(ctx),
        trigger: 'item',
        confine: true,
        formatter: (p: { data?: EntityDatum }) => {
          const fig = p.data?.figureId ? byId.get(p.data.figureId) : undefined;
          if (!fig) return '';
          const lines = [
            `<strong>${escapeHtml(fig.label[ctx.lang])}</strong>`,
            escapeHtml(ctx.fmt.figure(fig)),
          ];
          if (fig.derived) {
            lines.push(
              `${escapeHtml(ctx.fmt.derivedMarker())}: ${escapeHtml(fig.derived.formula[ctx.lang])}`,
            );
          }
          if (fig.note) lines.push(`<em>${escapeHtml(fig.note[ctx.lang])}</em>`);
          lines.push(
            escapeHtml(ctx.text('charts.sourceSection', { section: fig.provenance.section })),
          );
          return lines.join('<br/>');
        },
      },
    },
  };
}

/** The figures among `ids` that the filters let through, in the order given. */
export function pick(
  report: Report,
  ids: readonly string[],
  allowed: ReadonlySet<string>,
): Figure[] {
  const idx = indexReport(report);
  return ids.flatMap((id) => {
    const f = idx.figures.get(id);
    return f && allowed.has(id) ? [f] : [];
  });
}
