/** A 1, 2, 2.5 or 5 × 10^k step giving about `ticks` intervals over `range`. */
export function niceStep(range: number, ticks = 5): number {
  const raw = range / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}
