import { expect, it } from 'vitest';
import { estimateWidth } from '../../lib/text-width';
import { widestRun } from './StatTiles';

it('sizes a stat by its widest run, in em of bold type', () => {
  expect(widestRun(['more', 'than', '97M installs'])).toBeCloseTo(
    estimateWidth('97M installs', 1, true),
  );
  expect(widestRun(['超过', '9700 万次'])).toBeCloseTo(estimateWidth('9700 万次', 1, true));
  expect(widestRun([])).toBe(1);
});
