import { expect, it } from 'vitest';
import { FIGURE_CHARTS } from './registry';

it('lists each of the eight figure charts once, in reading order', () => {
  expect(FIGURE_CHARTS.map((d) => d.id)).toEqual([
    'capital',
    'osworld',
    'revenue',
    'capex',
    'efficiency',
    'context',
    'retail',
    'adoption',
  ]);
});
