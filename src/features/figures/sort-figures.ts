/** Sorting the figures table: pure, so it is tested without rendering. */
import type { Figure } from '../../data/schema';
import type { FigureSort } from '../../state/view-state';
import { figureMagnitude } from '../../data/selectors';

export interface FigureRow {
  figure: Figure;
  label: string;
  organisation: string;
}

export function sortFigureRows(
  rows: readonly FigureRow[],
  sort: FigureSort,
  locale: string,
): FigureRow[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const bySection = (a: FigureRow, b: FigureRow): number =>
    a.figure.provenance.section - b.figure.provenance.section;
  const compare: Record<FigureSort['key'], (a: FigureRow, b: FigureRow) => number> = {
    section: bySection,
    value: (a, b) => figureMagnitude(a.figure) - figureMagnitude(b.figure),
    label: (a, b) => collator.compare(a.label, b.label),
    organisation: (a, b) => {
      // Figures about no organisation sort last in either direction.
      if (!a.organisation !== !b.organisation) return a.organisation ? -1 : 1;
      return collator.compare(a.organisation, b.organisation);
    },
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => sign * compare[sort.key](x.row, y.row) || bySection(x.row, y.row) || x.i - y.i)
    .map((x) => x.row);
}
