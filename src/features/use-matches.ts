import { useMemo } from 'react';
import type { Report } from '../data/schema';
import { selectMatches, type Matches } from '../data/selectors';
import { formatterFor } from '../lib/format';
import { useDashboard } from '../state/store';

/**
 * What the filters and selection let through, shared by every panel. With
 * `ignoreRange`, the date range is left out (the timeline draws the range itself).
 */
export function useMatches(report: Report, ignoreRange = false): Matches {
  const filters = useDashboard((s) => s.filters);
  const selection = useDashboard((s) => s.selection);
  const lang = useDashboard((s) => s.lang);
  return useMemo(() => {
    const fmt = formatterFor(lang);
    const effective = ignoreRange ? { ...filters, range: null } : filters;
    return selectMatches(report, effective, selection, (f) => fmt.figure(f));
  }, [report, filters, selection, lang, ignoreRange]);
}
