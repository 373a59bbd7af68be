import type { DateRef } from './schema-base';
import { entityName } from './entity-name';
import type { EntityRef, Filters } from './filters';
import type { Bilingual, Report } from './schema';

/** What describing filters needs of a language's words. */
export interface FilterWords {
  t: (key: string, vars?: Record<string, unknown>) => string;
  fmt: { date: (d: DateRef) => string; number: (n: number) => string };
  text: (value: Bilingual) => string;
}

/** The active filters and selection as names, in order (an empty list when none). */
export function filterNames(
  report: Report,
  filters: Filters,
  selection: EntityRef | null,
  words: FilterWords,
): string[] {
  const parts: string[] = [];
  const names = (kind: 'thread' | 'category' | 'organisation', ids: readonly string[]) =>
    ids.flatMap((id) => {
      const name = entityName(report, { kind, id }, words.text);
      return name ? [name] : [];
    });
  parts.push(...names('thread', filters.threads));
  parts.push(...names('category', filters.categories));
  parts.push(...names('organisation', filters.organisations));
  if (selection) {
    const name = entityName(report, selection, words.text);
    if (name) parts.push(name);
  }
  if (filters.range) {
    parts.push(
      words.t('filters.rangeValue', {
        from: words.fmt.date({ precision: 'day', value: filters.range.from }),
        to: words.fmt.date({ precision: 'day', value: filters.range.to }),
      }),
    );
  }
  if (filters.search) parts.push(words.t('filters.quoted', { text: filters.search }));
  return parts;
}

/**
 * The active filters and selection in words ("Filtered: OpenAI, 6 Apr 2026 – 20 Apr 2026"),
 * for exports, print, presentation and decks; '' when nothing is filtered.
 */
export function describeFilters(
  report: Report,
  filters: Filters,
  selection: EntityRef | null,
  words: FilterWords,
): string {
  const parts = filterNames(report, filters, selection, words);
  if (parts.length === 0) return '';
  return words.t('export.filtered', { filters: parts.join(words.t('charts.listSeparator')) });
}

/**
 * A filter line with how many of the report's events the chart under it shows, where it
 * draws events ("Filtered: Meta · 3 of the 15 events shown"): a slide's subtitle counts
 * the whole edition's events, and the filter alone does not say how many are left.
 */
export function withSubset(
  line: string,
  subset: { shown: number; of: number } | undefined,
  words: FilterWords,
): string {
  if (!line || !subset) return line;
  return words.t('export.filteredSubset', {
    line,
    shown: words.fmt.number(subset.shown),
    of: words.fmt.number(subset.of),
  });
}
