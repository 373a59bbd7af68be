/**
 * The type scale at which a chart fills a height: a slide on screen (presentation mode) and
 * a slide exported as a picture both build their chart again at it, so that its type grows
 * with the room instead of the picture being stretched.
 */
import type { BuiltChart } from './types';

/** Rebuilds after the first, when type and spacing did not scale in proportion. */
const RETRIES = 3;

/**
 * The chart `build` makes at the largest scale between `min` and `max` whose height fits
 * `room`, and that scale. Type and spacing scale with the chart, so its height is not quite
 * proportional to the scale: a chart built too tall is built again smaller, up to RETRIES
 * times. At `min` the chart may still be taller than the room.
 */
export function scaleToFit(
  build: (scale: number) => BuiltChart | null,
  room: number,
  limits: { min: number; max: number },
): { scale: number; chart: BuiltChart | null } {
  const clamp = (s: number): number => Math.min(limits.max, Math.max(limits.min, s));
  const natural = build(1);
  if (!natural) return { scale: 1, chart: null };
  const first = clamp(room / natural.height);
  const fitted = build(first);
  let scale = fitted ? first : 1;
  let chart = fitted ?? natural;
  for (let tries = 0; chart.height > room && scale > limits.min && tries < RETRIES; tries++) {
    const smaller = clamp(scale * (room / chart.height) - 0.01);
    const rebuilt = build(smaller);
    // Nothing at that scale: keep the chart and the scale it was built at.
    if (!rebuilt) break;
    scale = smaller;
    chart = rebuilt;
  }
  return { scale, chart };
}
