/** Sorting the figures table: pure, so it is tested without rendering. */
import type { Figure, Unit } from '../../data/schema';
import { UNITS } from '../../data/report-format';
import { figureMagnitude } from '../../data/selectors';
import type { FigureSort } from '../../state/view-state';

export interface FigureRow {
  figure: Figure;
  label: string;
  organisation: string;
}

/** Units in the format's fixed order, so "by value" groups like with like before comparing. */
const UNIT_ORDER: readonly Unit[] = UNITS;

export function sortFigureRows(
  rows: readonly FigureRow[],
  sort: FigureSort,
  locale: string,
): FigureRow[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.dir === 'asc' ? 1 : -1;
  const bySection = (a: FigureRow, b: FigureRow): number =>
    a.figure.provenance.section - b.figure.provenance.section;
  const compare: Record<FigureSort['key'], (a: FigureRow, b: FigureRow) => number> = {
    section: (a, b) => sign * bySection(a, b),
    // Numbers of different units do not compare ("9 months" against "10%"): by unit first
    // (always in the same order), then by value in the chosen direction.
    value: (a, b) =>
      UNIT_ORDER.indexOf(a.figure.unit) - UNIT_ORDER.indexOf(b.figure.unit) ||
      sign * (figureMagnitude(a.figure) - figureMagnitude(b.figure)),
    label: (a, b) => sign * collator.compare(a.label, b.label),
    organisation: (a, b) => {
      // Figures about no organisation sort last in either direction.
      if (!a.organisation !== !b.organisation) return a.organisation ? -1 : 1;
      return sign * collator.compare(a.organisation, b.organisation);
    },
  };
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => compare[sort.key](x.row, y.row) || bySection(x.row, y.row) || x.i - y.i)
    .map((x) => x.row);
}
