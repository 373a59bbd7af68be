/** The shapes selectors take: what the user filters by and which entity they point at. */

export const ENTITY_KINDS = ['organisation', 'event', 'thread', 'category'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** A reference to one organisation, event, thread or category of the report. */
export interface EntityRef {
  kind: EntityKind;
  id: string;
}

/** An inclusive span of days, `YYYY-MM-DD`. */
export interface DaySpan {
  from: string;
  to: string;
}

export interface Filters {
  threads: string[];
  categories: string[];
  organisations: string[];
  range: DaySpan | null;
  search: string;
}

export const EMPTY_FILTERS: Filters = {
  threads: [],
  categories: [],
  organisations: [],
  range: null,
  search: '',
};

/** How many filters are on, the selection counted as one (the phone's filter button says it). */
export function activeFilterCount(f: Filters, selection: EntityRef | null): number {
  return (
    f.threads.length +
    f.categories.length +
    f.organisations.length +
    (f.range ? 1 : 0) +
    (f.search ? 1 : 0) +
    (selection ? 1 : 0)
  );
}

export function sameEntity(a: EntityRef | null, b: EntityRef | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
