import { describe, expect, it } from 'vitest';
import { axisEnd, niceStep, roundStep } from './nice-step';

describe('axis steps', () => {
  it('round to 1, 2, 2.5 or 5 × 10^k, the nearest for an axis and at least as large for the deck', () => {
    expect(roundStep(1e6, 5)).toBe(2e5);
    expect(roundStep(1350, 2)).toBe(500);
    expect(roundStep(1e6, 3)).toBe(2.5e5);
    expect(niceStep(2672)).toBe(1000);
  });

  it('end an axis on the first step at or past its top, at the step’s precision', () => {
    expect(axisEnd(1e6, 2e5)).toBe(1e6);
    expect(axisEnd(1350, 500)).toBe(1500);
    expect(axisEnd(0.3, 0.1)).toBe(0.3);
    expect(axisEnd(0.25, 0.1)).toBe(0.3);
  });

  it('give an axis of nothing but zeros one unit step, never NaN', () => {
    const step = roundStep(0, 5);
    expect(step).toBe(1);
    expect(axisEnd(0, step)).toBe(1);
    expect(Number.isFinite(roundStep(-5, 5))).toBe(true);
  });
});
