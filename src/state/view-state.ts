/** The user's intent: what they chose. Everything shown is derived from this plus the report. */
import { EMPTY_FILTERS, type EntityRef, type Filters } from '../data/filters';
import type { Lang } from '../i18n/languages';

export { ENTITY_KINDS, EMPTY_FILTERS, sameEntity } from '../data/filters';
export type { DaySpan, EntityKind, EntityRef, Filters } from '../data/filters';

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
  /**
   * The presentation slide shown, by id ('title', 'headline' or a panel id), or null outside
   * presentation mode. A number ("3", from an old link) is the third slide, resolved to its
   * id once the report is loaded.
   */
  present: string | null;
  /** Chart panels showing their data table instead of the chart. */
  tables: string[];
  /** The one panel an embedded page shows (`?embed=<panel id>`), or null for the dashboard. */
  embed: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  lang: 'en',
  reportId: null,
  filters: EMPTY_FILTERS,
  selection: null,
  openEvent: null,
  figureSort: { key: 'section', dir: 'asc' },
  present: null,
  tables: [],
  embed: null,
};

/** More slides than any report could have: a bound for junk in the URL. */
export const MAX_SLIDES = 50;

/** An old link's slide number ("3"), or null for a slide id. */
export function slideNumber(present: string): number | null {
  return /^[1-9][0-9]?$/.test(present) ? Number(present) : null;
}
