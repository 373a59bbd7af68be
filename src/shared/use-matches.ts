import { useMemo } from 'react';
import type { Figure, Report } from '../data/schema';
import { selectMatches, type Matches } from '../data/selectors';
import type { EntityRef, Filters } from '../data/filters';
import { langCodes } from '../i18n/languages';
import { wordsFor } from '../i18n/words';
import { useDashboard } from '../state/store';

/**
 * A figure's value in every language the app speaks ("$267.2B 2672 亿美元"), so a search
 * finds the same figures whichever language the reader, or the link's sender, uses.
 */
export function valueInEveryLanguage(fig: Figure): string {
  return langCodes()
    .map((lang) => wordsFor(lang).fmt.figure(fig))
    .join(' ');
}

/**
 * What the filters and selection let through, shared by every panel. With
 * `ignoreRange`, the date range is left out (the timeline draws the range itself).
 */
export function useMatches(report: Report, ignoreRange = false): Matches {
  const filters = useDashboard((s) => s.filters);
  const selection = useDashboard((s) => s.selection);
  return useMatchesOf(report, filters, selection, ignoreRange);
}

/** `useMatches` for given values (a panel that renders a deferred view passes its own). */
export function useMatchesOf(
  report: Report,
  filters: Filters,
  selection: EntityRef | null,
  ignoreRange = false,
): Matches {
  return useMemo(() => {
    const effective = ignoreRange ? { ...filters, range: null } : filters;
    return selectMatches(report, effective, selection, valueInEveryLanguage);
  }, [report, filters, selection, ignoreRange]);
}
