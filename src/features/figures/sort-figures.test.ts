/** The figures table's order: by value within a unit, rows about no organisation last. */
import { describe, expect, it } from 'vitest';
import { UNITS } from '../../data/report-format';
import { figureMagnitude } from '../../data/selectors';
import { loadReport } from '../../test/chart-context';
import { type FigureRow, sortFigureRows } from './sort-figures';

const report = loadReport();
const rows: FigureRow[] = report.figures.map((figure) => ({
  figure,
  label: figure.label.en,
  organisation: figure.organisations[0] ?? '',
}));

describe('sortFigureRows', () => {
  for (const dir of ['asc', 'desc'] as const) {
    it(`by value (${dir}) groups units in the format's order, then orders values`, () => {
      const sorted = sortFigureRows(rows, { key: 'value', dir }, 'en');
      const units = sorted.map((r) => UNITS.indexOf(r.figure.unit));
      expect(units).toEqual([...units].sort((a, b) => a - b));
      for (let i = 1; i < sorted.length; i++) {
        const [a, b] = [sorted[i - 1]!.figure, sorted[i]!.figure];
        if (a.unit !== b.unit) continue;
        const step = figureMagnitude(b) - figureMagnitude(a);
        expect(dir === 'asc' ? step : -step, `${a.id} then ${b.id}`).toBeGreaterThanOrEqual(0);
      }
      expect(sorted).toHaveLength(rows.length);
    });

    it(`by organisation (${dir}) keeps the rows about no organisation last`, () => {
      const sorted = sortFigureRows(rows, { key: 'organisation', dir }, 'en');
      const firstEmpty = sorted.findIndex((r) => !r.organisation);
      expect(firstEmpty).toBeGreaterThan(0);
      expect(sorted.slice(firstEmpty).every((r) => !r.organisation)).toBe(true);
    });
  }
});
