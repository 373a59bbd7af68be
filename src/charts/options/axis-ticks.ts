/**
 * How finely a value axis is divided, from the room its tick labels have. ECharts rounds the
 * interval it is asked for to 1, 2, 3 or 5 × 10ⁿ, which can give up to about 1.4 times the
 * intervals asked for; labels closer than their width are then dropped by `hideOverlap`,
 * and the axis reads 0, 300, 900 with a gap (Meta's capex on a 1920-pixel slide did).
 */
import { axisEnd, roundStep } from '../../lib/nice-step';
import { textWidth } from '../../lib/text-width';

/** ECharts' rounding can turn n intervals asked for into about this many times n. */
const ROUNDING = 1.4;
/**
 * Space kept between two tick labels, as a share of the label size: less, and a row of
 * Chinese ticks ("0 500 亿 1000 亿 1500 亿") reads as one run of text.
 */
const GAP = 2.5;

/**
 * The `splitNumber` for an axis `plotWidth` wide whose labels read like `labels` at
 * `fontSize`: as many intervals as fit, between 2 and `most`.
 */
export function splitNumberFor(
  plotWidth: number,
  labels: readonly string[],
  fontSize: number,
  most = 5,
): number {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, fontSize)));
  const each = ROUNDING * (widest + GAP * fontSize);
  return Math.max(2, Math.min(most, Math.floor(plotWidth / each)));
}

/**
 * Values like the ticks of an axis up to `top`, for their labels' widths: `top` and round
 * values at its quarters (a middle tick can read wider than the last: "$750B" beside "$1T").
 */
export function tickCandidates(top: number): number[] {
  return [top, ...[1, 0.75, 0.5, 0.25].map((f) => Number((top * f).toPrecision(2)))];
}

/** A linear value axis from 0: how finely it is divided, its step, and its end. */
export interface LinearAxis {
  splitNumber: number;
  interval: number;
  max: number;
}

/**
 * A linear axis from 0 to at least `top`, `plotWidth` wide, its ticks labelled by `label` at
 * `fontSize`: as many intervals as the labels leave room for (at most `most`), a round step,
 * and an end on the first labelled tick at or past `top` (never a little past it, on a line
 * with no label).
 */
export function linearAxis(
  top: number,
  plotWidth: number,
  label: (v: number) => string,
  fontSize: number,
  most: number,
): LinearAxis {
  const splitNumber = splitNumberFor(plotWidth, tickCandidates(top).map(label), fontSize, most);
  const interval = roundStep(top, splitNumber);
  return { splitNumber, interval, max: axisEnd(top, interval) };
}
