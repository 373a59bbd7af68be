/**
 * A figure panel as a chart PowerPoint draws itself, with its data: values in the display unit
 * the axis title names, each point labelled with the value as the app words it (qualifier,
 * 亿/万 or B/M, the derived marker) and derived points marked. How each form maps:
 *
 * - bars, reference, multiples: one bar per mark, in its organisation's colour (a log axis for
 *   multiples); a point reference is a labelled dashed line.
 * - range: floating bars. A hidden series holds each bar's low end and a visible one the
 *   stated span (high − low), so a bar starts at the low value and ends at the high one, as
 *   on the page; never a bar to the midpoint. A range reference becomes a row of its own.
 * - part-to-whole: two rows of stacked bars, the total and its parts, so the parts visibly add
 *   up to the total.
 * - before-after: a slope, before to after, one line per pair.
 *
 * A reference line needs two categories to be drawn as a line; beside a single mark it is a
 * grey bar of its own. Marks the filters leave as context, or that the selection does not
 * concern, are drawn pale, as the page dims them.
 */
import { markOpacity, markViews, referenceViews, type MarkView } from '../../charts/options/marks';
import type { ChartContext, PanelInput } from '../../charts/options/types';
import type { Figure, FigureValue, Panel, Unit } from '../../data/schema';
import type { NativeChart, NativeSeries, ReferenceLine } from '../../deck/model';
import { textWidth } from '../../deck/fit-text';
import { displayUnit, inUnit, type DisplayUnit } from './display-unit';

/** A native chart and the callouts too long for a point's label (the slide's note). */
export interface NativeResult {
  chart: NativeChart;
  note?: string;
}

/** A point label longer than this (inches at 16 pt) keeps its callout for the note. */
const LABEL_ROOM = 3.4;
const LABEL_PT = 16;

/** One row of a bar chart: a mark, or a reference drawn as a bar. */
interface BarRow {
  label: string;
  value: FigureValue;
  text: string;
  colour: string;
  derived: boolean;
}

const high = (v: FigureValue): number => (v.kind === 'range' ? v.high : v.value);
const low = (v: FigureValue): number => (v.kind === 'range' ? v.low : 0);

/** `colour` as it shows at `opacity` on white: a dimmed mark stays a solid, editable fill. */
export function onWhite(colour: string, opacity: number): string {
  if (opacity >= 1) return colour;
  const n = Number.parseInt(colour.replace('#', ''), 16);
  const channel = (shift: number): string =>
    Math.round(255 - (255 - ((n >> shift) & 255)) * opacity)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

const PALE = 0.45;

function markColour(view: MarkView): string {
  return onWhite(view.colour, markOpacity(view) < 1 ? PALE : 1);
}

/** Labels and the note: callouts join a label while it stays short, else go to the note. */
class Callouts {
  private readonly long: string[] = [];
  constructor(private readonly ctx: ChartContext) {}

  label(text: string, callouts: readonly string[]): string {
    let label = text;
    for (const callout of callouts) {
      // Joined as the derived marker is ("75% · 27.7 pp above GPT-5.2"): a point's label is
      // one line.
      const joined = this.ctx.t('charts.valueDerived', { value: label, marker: callout });
      if (textWidth(joined, LABEL_PT) <= LABEL_ROOM) label = joined;
      else if (!this.long.includes(callout)) this.long.push(callout);
    }
    return label;
  }

  note(): string | undefined {
    return this.long.length ? this.long.join(this.ctx.t('punct.semicolon')) : undefined;
  }
}

function unitFor(figures: readonly Figure[], ctx: ChartContext): DisplayUnit {
  const unit: Unit = figures[0]?.unit ?? 'usd';
  return displayUnit(unit, Math.max(0, ...figures.map((f) => high(f.value))), ctx);
}

/** Bars, reference, multiples and range: one bar per mark (floating when a value is a range). */
function barChart(input: PanelInput, panel: Panel, ctx: ChartContext): NativeResult | null {
  if (!('marks' in panel)) return null;
  const views = markViews(input, panel.marks, ctx);
  if (views.length === 0) return null;
  const refs = referenceViews(input.report, panel, ctx);
  const log = panel.form === 'multiples';
  const unit = unitFor([...views.map((v) => v.figure), ...refs.map((r) => r.figure)], ctx);
  const callouts = new Callouts(ctx);
  const rows: BarRow[] = views.map((v) => ({
    label: v.label,
    value: v.figure.value,
    text: callouts.label(v.valueLabel, v.callouts),
    colour: markColour(v),
    derived: Boolean(v.figure.derived),
  }));
  const lines: ReferenceLine[] = [];
  for (const ref of refs) {
    const v = ref.figure.value;
    if (v.kind === 'point' && views.length > 1) {
      lines.push({ value: inUnit(v.value, unit), label: `${ref.label} ${ref.value}` });
    } else {
      rows.push({
        label: ref.label,
        value: v,
        text: ref.value,
        colour: ctx.colours.muted,
        derived: Boolean(ref.figure.derived),
      });
    }
  }
  const floating = !log && rows.some((r) => low(r.value) > 0);
  const name = ctx.text(panel.name);
  const visible: NativeSeries = {
    name,
    values: rows.map((r) => inUnit(high(r.value) - (floating ? low(r.value) : 0), unit)),
    colour: rows[0]?.colour ?? ctx.colours.accent,
    colours: rows.map((r) => r.colour),
    labels: rows.map((r) => r.text),
    derived: rows.map((r) => r.derived),
  };
  const series: NativeSeries[] = floating
    ? [
        {
          // Named for "Edit data", where it is the column of low ends.
          name: ctx.t('filters.from'),
          values: rows.map((r) => inUnit(low(r.value), unit)),
          colour: ctx.colours.surface,
          labels: rows.map(() => ''),
          hidden: true,
        },
        visible,
      ]
    : [visible];
  return {
    chart: {
      kind: 'native',
      type: floating ? 'stacked-bar' : 'bar',
      categories: rows.map((r) => r.label),
      series,
      // A log axis says so under its ticks (1, 10, 100): a lone "×" told nothing.
      valueAxisTitle: log ? ctx.t('deck.logAxis', { unit: unit.title }) : unit.title,
      log,
      ...(lines.length ? { referenceLines: lines } : {}),
      legend: false,
    },
    note: callouts.note(),
  };
}

/** Part-to-whole: the total on one row, its parts stacked on the next. */
function partsChart(input: PanelInput, panel: Panel, ctx: ChartContext): NativeResult | null {
  if (panel.form !== 'part-to-whole') return null;
  const [total, ...parts] = markViews(input, [panel.total, ...panel.parts], ctx);
  if (!total) return null;
  const unit = unitFor([total.figure, ...parts.map((p) => p.figure)], ctx);
  const callouts = new Callouts(ctx);
  // The total's colour counts as used: a part of the same organisation as the total is told
  // apart from it in the legend (Microsoft's $10B and its "about $6B" for data centres).
  const used = new Set<string>([markColour(total)]);
  const series: NativeSeries[] = [total, ...parts].map((view, i) => {
    const isTotal = i === 0;
    let colour = markColour(view);
    // Parts of one organisation stay apart: a repeated colour is lightened (a derived part is
    // told apart by its hatch already, in the legend too).
    if (!isTotal && used.has(colour) && !view.figure.derived) colour = onWhite(colour, 0.6);
    if (!isTotal) used.add(colour);
    const value = inUnit(high(view.figure.value), unit);
    const label = callouts.label(view.valueLabel, view.callouts);
    return {
      name: view.label,
      values: isTotal ? [value, null] : [null, value],
      colour,
      labels: isTotal ? [label, ''] : ['', label],
      derived: isTotal
        ? [Boolean(view.figure.derived), false]
        : [false, Boolean(view.figure.derived)],
    };
  });
  return {
    chart: {
      kind: 'native',
      type: 'stacked-bar',
      // The parts' row is named by its parts: "OpenAI + Anthropic Series G + All other deals".
      categories: [total.label, parts.map((p) => p.label).join(' + ')],
      series,
      valueAxisTitle: unit.title,
      legend: true,
    },
    note: callouts.note(),
  };
}

/** Before and after: a slope per pair (a range is placed at its middle, as on the page). */
function slopeChart(input: PanelInput, panel: Panel, ctx: ChartContext): NativeResult | null {
  if (panel.form !== 'before-after') return null;
  const pairs = panel.pairs.flatMap((p) => {
    const [before, after] = markViews(input, [p.before, p.after], ctx);
    return before && after && (before.matched || after.matched)
      ? [{ label: ctx.text(p.label), before, after }]
      : [];
  });
  const first = pairs[0];
  if (!first) return null;
  const unit = unitFor(
    pairs.flatMap((p) => [p.before.figure, p.after.figure]),
    ctx,
  );
  const middle = (v: FigureValue): number => (v.kind === 'range' ? (v.low + v.high) / 2 : v.value);
  const callouts = new Callouts(ctx);
  return {
    chart: {
      kind: 'native',
      type: 'line',
      categories: [first.before.label, first.after.label],
      series: pairs.map((p) => ({
        name: p.label,
        values: [p.before, p.after].map((v) => inUnit(middle(v.figure.value), unit)),
        colour: markColour(p.after),
        labels: [p.before, p.after].map((v) => callouts.label(v.valueLabel, v.callouts)),
        derived: [Boolean(p.before.figure.derived), Boolean(p.after.figure.derived)],
      })),
      valueAxisTitle: unit.title,
      min: 0,
    },
    note: callouts.note(),
  };
}

/** The native chart for a figure panel; null for the forms drawn as a picture or as stats. */
export function nativeChart(input: PanelInput, ctx: ChartContext): NativeResult | null {
  switch (input.panel.form) {
    case 'bars':
    case 'reference':
    case 'multiples':
    case 'range':
      return barChart(input, input.panel, ctx);
    case 'part-to-whole':
      return partsChart(input, input.panel, ctx);
    case 'before-after':
      return slopeChart(input, input.panel, ctx);
    default:
      return null;
  }
}
