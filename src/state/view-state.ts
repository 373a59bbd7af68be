/** The user's intent: what they chose. Everything shown is derived from this plus the report. */
import type { Lang } from '../i18n/languages';

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

export const FIGURE_SORT_KEYS = ['section', 'value', 'label', 'organisation'] as const;
export type FigureSortKey = (typeof FIGURE_SORT_KEYS)[number];
export interface FigureSort {
  key: FigureSortKey;
  dir: 'asc' | 'desc';
}

/** Everything the URL can carry. */
export interface ViewState {
  lang: Lang;
  /** null = the newest report in the index. */
  reportId: string | null;
  filters: Filters;
  selection: EntityRef | null;
  /** The event whose card is open. */
  openEvent: string | null;
  figureSort: FigureSort;
}

export const EMPTY_FILTERS: Filters = {
  threads: [],
  categories: [],
  organisations: [],
  range: null,
  search: '',
};

export const DEFAULT_VIEW: ViewState = {
  lang: 'en',
  reportId: null,
  filters: EMPTY_FILTERS,
  selection: null,
  openEvent: null,
  figureSort: { key: 'section', dir: 'asc' },
};

export function sameEntity(a: EntityRef | null, b: EntityRef | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
