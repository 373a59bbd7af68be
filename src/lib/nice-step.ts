/** A 1, 2, 2.5 or 5 × 10^k step giving at most about `ticks` intervals over `range`. */
export function niceStep(range: number, ticks = 5): number {
  const raw = range / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

/**
 * The 1, 2, 2.5 or 5 × 10^k step nearest to `range / ticks`, as ECharts rounds an axis's
 * interval (but with 2.5 where ECharts has 3: 250K, 500K, 750K, 1M rather than 300K … 1.2M).
 * It may give up to about 1.4 times `ticks` intervals: axis-ticks.ts' `splitNumberFor`
 * allows for that.
 */
export function roundStep(range: number, ticks = 5): number {
  // Nothing to divide (every value 0): a unit step, so the axis still reads 0 to 1.
  if (!(range > 0)) return 1;
  const raw = range / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  const step = f < 1.5 ? 1 : f < 2.25 ? 2 : f < 3.5 ? 2.5 : f < 7 ? 5 : 10;
  return step * power;
}

/** The axis's end: the first multiple of `step` at or past `top`. */
export function axisEnd(top: number, step: number): number {
  // At least one step; rounded to the step's precision (0.30000000000000004 is 0.3).
  const end = Math.max(1, Math.ceil(top / step - 1e-9)) * step;
  return Number(end.toPrecision(12));
}
