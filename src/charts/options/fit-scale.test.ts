import { describe, expect, it } from 'vitest';
import { buildOf, loadReport } from '../../test/chart-context';
import { scaleToFit } from './fit-scale';
import type { BuiltChart } from './types';

const report = loadReport();
const LIMITS = { min: 0.75, max: 1.8 };

/** A chart whose height grows less than in proportion to its scale, as type and rows do. */
const uneven = (scale: number): BuiltChart => ({
  kind: 'list',
  height: 120 + 300 * scale ** 1.3,
  groups: [],
  rows: [],
  description: '',
});

describe('scaleToFit', () => {
  it('fills the room, never taller than it, when type does not scale in proportion', () => {
    for (const room of [360, 420, 560, 700]) {
      const { scale, chart } = scaleToFit(uneven, room, LIMITS);
      expect(chart?.height, `room ${room}`).toBeLessThanOrEqual(room);
      // Within a few per cent of the room: not left much smaller than it could be.
      expect(chart?.height, `room ${room}`).toBeGreaterThan(room * 0.95);
      expect(scale).toBeGreaterThanOrEqual(LIMITS.min);
    }
  });

  it('stops at the limits: the largest type in a tall room, the smallest in a low one', () => {
    expect(scaleToFit(uneven, 5000, LIMITS).scale).toBe(LIMITS.max);
    const low = scaleToFit(uneven, 100, LIMITS);
    expect(low.scale).toBe(LIMITS.min);
    expect(low.chart?.height).toBeGreaterThan(100);
  });

  it('keeps the chart and its scale when a smaller scale draws nothing', () => {
    const patchy = (scale: number) => (scale < 1 ? null : uneven(scale));
    const { scale, chart } = scaleToFit(patchy, 400, LIMITS);
    expect(scale).toBe(1);
    expect(chart?.height).toBe(uneven(1).height);
  });

  it('returns no chart when there is nothing to draw', () => {
    expect(scaleToFit(() => null, 400, LIMITS).chart).toBeNull();
  });

  it('fits a real panel into a slide body', () => {
    const build = (scale: number) =>
      buildOf(report, 'q1-venture', 'en', { ctx: { scale, width: 1300 } });
    for (const room of [380, 520, 640]) {
      expect(scaleToFit(build, room, LIMITS).chart?.height).toBeLessThanOrEqual(room);
    }
  });
});
