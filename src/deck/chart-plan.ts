/**
 * A native chart as pptxgenjs arguments plus a plan for each `<c:ser>` it will write: the
 * per-point labels, their positions and colours, and which points are derived. pptxgenjs
 * writes the data (caches and the embedded workbook); chart-xml.ts redraws each series from
 * its plan.
 */
import type PptxGenJS from 'pptxgenjs';
import { lineHeight, textWidth } from './fit-text';
import type { NativeChart, NativeSeries } from './model';
import { referenceSeries } from './reference-lines';
import { valueScale, type ValueScale } from './scale';
import { COLOUR, hex, SIZE } from './theme';

/** Where a point's label sits (OOXML `c:dLblPos`). */
export type LabelPosition = 'outEnd' | 'inEnd' | 'ctr' | 'inBase' | 't' | 'b' | 'l' | 'r';

/** How chart-xml.ts draws one series. */
export interface SeriesPlan {
  kind: 'bar' | 'line' | 'scatter';
  colour: string;
  /** Per point; '' for no label. */
  labels: string[];
  labelColours: string[];
  positions: LabelPosition[];
  derived: boolean[];
  line: 'none' | 'solid' | 'dash';
  marker: boolean;
  /** Per point: a label moved off its default spot, as a fraction of the chart's size. */
  offsets?: ({ x: number; y: number } | null)[];
  /** Bars: per-point fill where it differs from `colour`. */
  pointColours?: (string | undefined)[];
  /** No fill, outline, labels or legend entry (a floating bar's base). */
  hidden?: boolean;
}

/** Everything `slide.addChart` needs, and the series plans in the order pptxgenjs writes them. */
export interface ChartPlan {
  type: PptxGenJS.CHART_NAME | PptxGenJS.IChartMulti[];
  data: PptxGenJS.OptsChartData[];
  options: PptxGenJS.IChartOpts;
  series: SeriesPlan[];
}

/** The chart's frame on the slide, inches. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const LABEL_GAP = 0.12;

/** pptxgenjs types values as number[], but writes a blank cell for null (a gap). */
function values(series: NativeSeries): number[] {
  return series.values as number[];
}

function dataPlan(
  s: NativeSeries,
  kind: SeriesPlan['kind'],
  position: LabelPosition,
  inside: boolean,
): SeriesPlan {
  const derived = s.values.map((_, i) => s.derived?.[i] ?? false);
  const hidden = kind === 'bar' && Boolean(s.hidden);
  return {
    kind,
    colour: hex(s.colour),
    ...(kind === 'bar' && s.colours
      ? { pointColours: s.colours.map((c) => (c ? hex(c) : undefined)) }
      : {}),
    ...(hidden ? { hidden } : {}),
    labels: s.values.map((v, i) => (v === null || hidden ? '' : (s.labels[i] ?? ''))),
    // White reads on a solid segment; a derived one is pale (patterned), so it keeps dark text.
    labelColours: derived.map((d) => (inside && !d ? COLOUR.surface : COLOUR.text)),
    positions: s.values.map(() => position),
    derived,
    line: kind === 'bar' || kind === 'scatter' ? 'none' : 'solid',
    marker: kind !== 'bar',
  };
}

function axisText(): PptxGenJS.IChartOpts {
  return {
    catAxisLabelFontSize: SIZE.axis,
    catAxisLabelColor: COLOUR.text,
    catAxisLineColor: COLOUR.rule,
    catAxisMajorTickMark: 'none',
    catGridLine: { style: 'none' },
    valAxisLabelFontSize: SIZE.axis,
    valAxisLabelColor: COLOUR.muted,
    valAxisLineShow: false,
    valAxisMajorTickMark: 'none',
    valGridLine: { color: COLOUR.grid, size: 1 },
    showValAxisTitle: true,
    valAxisTitleFontSize: SIZE.axis,
    valAxisTitleColor: COLOUR.muted,
    legendFontSize: SIZE.axis,
    legendColor: COLOUR.text,
    legendPos: 't',
    dataLabelFontSize: SIZE.label,
    chartArea: { roundedCorners: false },
  };
}

function scaleOptions(scale: ValueScale, log: boolean): PptxGenJS.IChartOpts {
  return {
    valAxisMinVal: scale.min,
    valAxisMaxVal: scale.max,
    valAxisLabelFormatCode: scale.formatCode,
    ...(scale.majorUnit !== undefined ? { valAxisMajorUnit: scale.majorUnit } : {}),
    ...(log ? { valAxisLogScaleBase: 10 } : {}),
  };
}

/** What every native chart's options share: type, value scale, box, legend, colours, title. */
function frameOptions(
  chart: NativeChart,
  box: Box,
  scale: ValueScale,
  legend: boolean,
): PptxGenJS.IChartOpts {
  const refs = chart.referenceLines ?? [];
  return {
    ...axisText(),
    ...scaleOptions(scale, chart.log ?? false),
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h,
    showLegend: legend,
    chartColors: [...chart.series.map((s) => hex(s.colour)), ...refs.map(() => COLOUR.reference)],
    valAxisTitle: chart.valueAxisTitle,
  };
}

/** The plot's length along the value axis, leaving room for axis labels, titles and legend. */
function valueAxisLength(
  chart: NativeChart,
  box: Box,
  horizontal: boolean,
  legend: boolean,
): number {
  if (horizontal) {
    const longest = Math.max(0, ...chart.categories.map((c) => textWidth(c, SIZE.axis)));
    return box.w - Math.min(longest, box.w * 0.3) - 0.4;
  }
  return box.h - (legend ? 0.45 : 0) - 2 * lineHeight(SIZE.axis) - 0.35;
}

/**
 * A stacked segment too short for its label gets the label beside the bar instead, in dark
 * text: above (or right of) the bar, alternating sides for neighbours so they do not collide.
 */
function moveCrampedLabels(
  chart: NativeChart,
  plans: SeriesPlan[],
  box: Box,
  how: { horizontal: boolean; legend: boolean; scale: ValueScale },
): void {
  const length = valueAxisLength(chart, box, how.horizontal, how.legend);
  const across = how.horizontal ? box.h - (how.legend ? 0.45 : 0) - 0.8 : length;
  // A bar takes 1 / (1 + gap) of its category's band (gap width 60%).
  const thickness = across / Math.max(chart.categories.length, 1) / 1.6;
  chart.categories.forEach((_, i) => {
    let side = -1;
    plans.forEach((plan, k) => {
      const value = chart.series[k]?.values[i] ?? 0;
      const label = plan.labels[i] ?? '';
      const segment = (value / (how.scale.max - how.scale.min)) * length;
      const need = how.horizontal
        ? textWidth(label, SIZE.label) + 0.15
        : lineHeight(SIZE.label) + 0.05;
      if (!label || need <= segment) return;
      plan.offsets ??= plan.labels.map(() => null);
      plan.offsets[i] = how.horizontal
        ? { x: 0, y: (side * (thickness / 2 + lineHeight(SIZE.label) / 2 + 0.1)) / box.h }
        : { x: (side * (thickness / 2 + textWidth(label, SIZE.label) / 2 + 0.1)) / box.w, y: 0 };
      plan.labelColours[i] = COLOUR.text;
      side = -side;
    });
  });
}

/** The plan for a bar, stacked bar or line chart. */
function categoryPlan(chart: NativeChart, box: Box, legend: boolean): ChartPlan {
  const stacked = chart.type === 'stacked-bar';
  const isBar = chart.type !== 'line';
  const refs = chart.referenceLines ?? [];
  const horizontal = isBar && refs.length === 0 && chart.direction !== 'vertical';
  const position: LabelPosition = stacked ? 'ctr' : isBar ? 'outEnd' : 't';
  const plans = chart.series.map((s) => dataPlan(s, isBar ? 'bar' : 'line', position, stacked));

  const length = valueAxisLength(chart, box, horizontal, legend);
  const extent = (label: string): number =>
    label ? (horizontal ? textWidth(label, SIZE.label) : lineHeight(SIZE.label)) + LABEL_GAP : 0;
  const points = stacked
    ? chart.categories.map((_, i) =>
        chart.series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0),
      )
    : chart.series.flatMap((s) => s.values.map((v) => v ?? 0));
  const extents = stacked ? points.map(() => 0) : plans.flatMap((p) => p.labels.map(extent));
  const scale = valueScale({
    values: [...points, ...refs.map((r) => r.value)],
    labelExtents: [...extents, ...refs.map(() => lineHeight(SIZE.label) + LABEL_GAP)],
    axisLength: length,
    log: chart.log ?? false,
    min: chart.min,
    max: chart.max,
  });

  const labels = [chart.categories];
  const data = chart.series.map((s) => ({ name: s.name, labels, values: values(s) }));
  const refData = refs.map((r) => ({
    name: r.label,
    labels,
    values: chart.categories.map(() => r.value),
  }));
  const refPlans = refs.map((r) => referenceSeries(chart, r, 'line'));
  const options: PptxGenJS.IChartOpts = {
    ...frameOptions(chart, box, scale, legend),
    barDir: horizontal ? 'bar' : 'col',
    barGrouping: stacked ? 'stacked' : 'clustered',
    barGapWidthPct: stacked ? 60 : 50,
    ...(horizontal
      ? // First category on top, and the value axis kept at the bottom (pptxgenjs writes
        // catAxisCrossesAt into the value axis's <c:crosses>).
        ({
          catAxisOrientation: 'maxMin',
          catAxisCrossesAt: 'max',
          valAxisLabelPos: 'nextTo',
        } as unknown as PptxGenJS.IChartOpts)
      : {}),
  };
  if (stacked) moveCrampedLabels(chart, plans, box, { horizontal, legend, scale });
  const series = [...plans, ...refPlans];
  if (!isBar) return { type: 'line', data: [...data, ...refData], options, series };
  if (refs.length === 0) return { type: 'bar', data, options, series };
  const multi: PptxGenJS.IChartMulti[] = [
    {
      type: 'bar',
      data,
      options: { barDir: 'col', barGrouping: stacked ? 'stacked' : 'clustered' },
    },
    { type: 'line', data: refData, options: {} },
  ];
  return { type: multi, data: [], options, series };
}

/** The plan for a scatter: shared x values, each series non-blank at its own points. */
function scatterPlan(chart: NativeChart, box: Box, legend: boolean): ChartPlan {
  const xs = chart.categories.map((_, i) => chart.x?.[i] ?? i + 1);
  const plans = chart.series.map((s) => ({
    ...dataPlan(s, 'scatter', 'r', false),
    line: chart.connect ? ('solid' as const) : ('none' as const),
  }));
  const refs = chart.referenceLines ?? [];
  const xScale = valueScale({
    values: xs,
    labelExtents: xs.map((_, i) =>
      Math.max(
        0,
        ...plans.map((p) => (p.labels[i] ? textWidth(p.labels[i] ?? '', SIZE.label) + 0.2 : 0)),
      ),
    ),
    axisLength: box.w - 1,
    log: false,
  });
  const yScale = valueScale({
    values: [
      ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)),
      ...refs.map((r) => r.value),
    ],
    labelExtents: [],
    axisLength: box.h - 1,
    log: chart.log ?? false,
    min: chart.min,
    max: chart.max,
  });
  // A reference line is a series of two points at the ends of the x axis.
  const refXs = refs.flatMap(() => [xScale.min, xScale.max]);
  const blanks = (n: number): null[] => Array.from({ length: n }, () => null);
  const data = [
    { name: chart.xAxisTitle ?? '', values: [...xs, ...refXs] },
    ...chart.series.map((s) => ({
      name: s.name,
      values: [...s.values, ...blanks(refXs.length)] as number[],
    })),
    ...refs.map((r, k) => ({
      name: r.label,
      values: [
        ...blanks(xs.length + 2 * k),
        r.value,
        r.value,
        ...blanks(refXs.length - 2 * k - 2),
      ] as number[],
    })),
  ];
  const pad = (p: SeriesPlan): SeriesPlan => ({
    ...p,
    labels: [...p.labels, ...refXs.map(() => '')],
    labelColours: [...p.labelColours, ...refXs.map(() => COLOUR.text)],
    positions: [...p.positions, ...refXs.map(() => 'r' as const)],
    derived: [...p.derived, ...refXs.map(() => false)],
  });
  const refPlans = refs.map((r, k) => {
    const plan = referenceSeries(chart, r, 'scatter');
    const at = xs.length + 2 * k + 1;
    const labels = data[0]?.values.map((_, i) => (i === at ? r.label : '')) ?? [];
    return {
      ...plan,
      labels,
      labelColours: labels.map(() => plan.colour),
      positions: labels.map(() => 't' as const),
      derived: labels.map(() => false),
    };
  });
  const options: PptxGenJS.IChartOpts = {
    ...frameOptions(chart, box, yScale, legend),
    showCatAxisTitle: Boolean(chart.xAxisTitle),
    catAxisTitle: chart.xAxisTitle ?? '',
    catAxisTitleFontSize: SIZE.axis,
    catAxisTitleColor: COLOUR.muted,
    catAxisMinVal: xScale.min,
    catAxisMaxVal: xScale.max,
    catAxisMajorUnit: xScale.majorUnit,
    lineSize: chart.connect ? 2 : 0,
    // pptxgenjs puts a scatter's x axis at the bottom only for column charts.
    barDir: 'col',
    displayBlanksAs: 'span',
  };
  return { type: 'scatter', data, options, series: [...plans.map(pad), ...refPlans] };
}

/** Plan a native chart inside a box on the slide. */
export function planChart(chart: NativeChart, box: Box): ChartPlan {
  const legend = chart.legend ?? chart.series.filter((s) => !s.hidden).length > 1;
  return chart.type === 'scatter'
    ? scatterPlan(chart, box, legend)
    : categoryPlan(chart, box, legend);
}
