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

/** Whether any filter is set (as the active-filter chips count them). */
export function filtersSet(f: Filters): boolean {
  return (
    f.threads.length + f.categories.length + f.organisations.length > 0 ||
    f.range !== null ||
    f.search !== ''
  );
}

export function sameEntity(a: EntityRef | null, b: EntityRef | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
