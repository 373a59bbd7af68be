import { describe, expect, it } from 'vitest';
import {
  contrast,
  ORG_PALETTE,
  ORG_PALETTE_DARK,
  readableOn,
  THREAD_PALETTE,
  THREAD_PALETTE_DARK,
} from './theme';

const LIGHT_SURFACE = '#ffffff';
const DARK_SURFACE = '#1a1d24';

describe('palettes', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  });

  it.each([
    ['light organisations', ORG_PALETTE, LIGHT_SURFACE],
    ['dark organisations', ORG_PALETTE_DARK, DARK_SURFACE],
    ['light threads', THREAD_PALETTE, LIGHT_SURFACE],
    ['dark threads', THREAD_PALETTE_DARK, DARK_SURFACE],
  ])('%s stand out from the panel (≥ 3:1 for marks)', (_name, palette, surface) => {
    for (const colour of palette)
      expect(contrast(colour, surface), colour).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['light', THREAD_PALETTE],
    ['dark', THREAD_PALETTE_DARK],
  ])('%s thread colours carry readable labels (≥ 4.5:1)', (_name, palette) => {
    for (const colour of palette) {
      expect(contrast(readableOn(colour), colour), colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});
