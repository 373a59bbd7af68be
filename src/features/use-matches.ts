import { useMemo } from 'react';
import type { Report } from '../data/schema';
import { selectMatches, type Matches } from '../data/selectors';
import { formatterFor } from '../lib/format';
import type { Lang } from '../i18n/languages';
import { useDashboard } from '../state/store';
import type { EntityRef, Filters } from '../state/view-state';

/**
 * What the filters and selection let through, shared by every panel. With
 * `ignoreRange`, the date range is left out (the timeline draws the range itself).
 */
export function useMatches(report: Report, ignoreRange = false): Matches {
  const filters = useDashboard((s) => s.filters);
  const selection = useDashboard((s) => s.selection);
  const lang = useDashboard((s) => s.lang);
  return useMatchesOf(report, filters, selection, lang, ignoreRange);
}

/** `useMatches` for given values (a panel that renders a deferred view passes its own). */
export function useMatchesOf(
  report: Report,
  filters: Filters,
  selection: EntityRef | null,
  lang: Lang,
  ignoreRange = false,
): Matches {
  return useMemo(() => {
    const fmt = formatterFor(lang);
    const effective = ignoreRange ? { ...filters, range: null } : filters;
    return selectMatches(report, effective, selection, (f) => fmt.figure(f));
  }, [report, filters, selection, lang, ignoreRange]);
}
