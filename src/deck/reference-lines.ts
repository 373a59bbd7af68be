/**
 * A reference line (a baseline, a target) is one more series in the chart: a dashed line
 * with one label, so it moves with "Edit data" and renders in PowerPoint and LibreOffice alike.
 * Its label goes where the data is farthest from the line, on the side away from it, so it
 * does not sit on a bar or on a bar's label.
 */
import type { LabelPosition, SeriesPlan } from './chart-plan';
import type { NativeChart, ReferenceLine } from './model';
import { COLOUR, hex } from './theme';

/** The category whose largest value is farthest from the line, and the clear side there. */
export function referenceLabelSpot(
  chart: NativeChart,
  value: number,
): { index: number; position: LabelPosition } {
  let best = { index: chart.categories.length - 1, distance: -1, below: false };
  chart.categories.forEach((_, i) => {
    const top = Math.max(...chart.series.map((s) => s.values[i] ?? 0));
    const distance = Math.abs(top - value);
    // Prefer a category whose data is under the line: the label then sits above, in the clear.
    const score = top < value ? distance * 2 : distance;
    if (score > best.distance) best = { index: i, distance: score, below: top < value };
  });
  return { index: best.index, position: best.below ? 't' : 'b' };
}

/** The plan of a reference line's series (for scatter the caller places the label). */
export function referenceSeries(
  chart: NativeChart,
  line: ReferenceLine,
  kind: 'line' | 'scatter',
): SeriesPlan {
  const colour = hex(line.colour ?? COLOUR.reference);
  const spot = referenceLabelSpot(chart, line.value);
  const labels = chart.categories.map((_, i) => (i === spot.index ? line.label : ''));
  return {
    kind,
    colour,
    labels,
    labelColours: labels.map(() => colour),
    positions: labels.map(() => spot.position),
    derived: labels.map(() => false),
    line: 'dash',
    marker: false,
  };
}
