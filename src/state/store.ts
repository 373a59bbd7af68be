/** The one store: the user's intent (view state) plus the transient hover. Nothing derived. */
import { create } from 'zustand';
import type { ExportScale, PresetId } from '../lib/export-presets';
import { langCodes, type Lang } from '../i18n/languages';
import type { ThemePref } from './theme-pref';
import { clipSearch } from './url-state';
import {
  DEFAULT_VIEW,
  EMPTY_FILTERS,
  sameEntity,
  slideNumber,
  type DaySpan,
  type EntityRef,
  type FigureSortKey,
  type Filters,
  type ViewState,
} from './view-state';

type ListFilter = 'threads' | 'categories' | 'organisations';

/**
 * The ids a report has, by kind; `slides` in presentation order; `days` the first and last
 * day its events cover (a date range is kept inside them).
 */
export type KnownIds = Record<EntityRef['kind'] | 'panel', ReadonlySet<string>> & {
  slides: readonly string[];
  days?: DaySpan;
};

/**
 * A range kept inside the report's days; null when it covers them all (no filter) or none
 * of them (a range outside the report filters nothing it could show, so it is dropped too).
 */
export function clampRange(range: DaySpan | null, days: DaySpan | undefined): DaySpan | null {
  if (!range || !days) return range;
  const from = range.from < days.from ? days.from : range.from;
  const to = range.to > days.to ? days.to : range.to;
  if (from > to) return null;
  if (from === days.from && to === days.to) return null;
  return from === range.from && to === range.to ? range : { from, to };
}

export interface DashboardState extends ViewState {
  /** What the pointer or focus is on right now; never in the URL. */
  hover: EntityRef | null;
  /** Remembered on this device, not shared in links. */
  theme: ThemePref;
  setTheme: (theme: ThemePref) => void;
  /** Whether the single-key shortcut (L) is on; a reader can turn it off (WCAG 2.1.4). */
  shortcuts: boolean;
  setShortcuts: (on: boolean) => void;
  /** The export size and pixel ratio last chosen, for every chart. */
  exportPreset: PresetId;
  exportScale: ExportScale;
  setExport: (preset: PresetId, scale: ExportScale) => void;
  setLang: (lang: Lang) => void;
  toggleLang: () => void;
  setReport: (id: string | null) => void;
  toggleFilter: (list: ListFilter, id: string) => void;
  removeFilter: (list: ListFilter, id: string) => void;
  setRange: (range: DaySpan | null) => void;
  setSearch: (search: string) => void;
  clearAll: () => void;
  /** Click on an entity: select it, or clear the selection when it is already selected. */
  toggleSelection: (ref: EntityRef) => void;
  clearSelection: () => void;
  setHover: (ref: EntityRef | null) => void;
  openEventCard: (id: string | null) => void;
  sortFigures: (key: FigureSortKey) => void;
  /** Show a chart's data table instead of the chart, or back. */
  toggleTable: (chartId: string) => void;
  /** Enter presentation mode at a slide (by id), move between slides, or leave (null). */
  setPresent: (slide: string | null) => void;
  /**
   * Drop what the loaded report does not have: unknown thread, category and
   * organisation ids, a selection or event card that points nowhere, unknown tables.
   */
  restrictTo: (known: KnownIds) => void;
  /** Replace the whole view state (URL load, back/forward). */
  hydrate: (view: ViewState) => void;
}

function toggled(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

export const LIST_FOR_KIND = {
  organisation: 'organisations',
  thread: 'threads',
  category: 'categories',
} as const satisfies Partial<Record<EntityRef['kind'], ListFilter>>;

export const useDashboard = create<DashboardState>()((set) => ({
  ...DEFAULT_VIEW,
  hover: null,
  theme: 'system',
  setTheme: (theme) => set({ theme }),
  shortcuts: true,
  setShortcuts: (shortcuts) => set({ shortcuts }),
  exportPreset: '16x9',
  exportScale: 2,
  setExport: (exportPreset, exportScale) => set({ exportPreset, exportScale }),
  setLang: (lang) => set({ lang }),
  toggleLang: () =>
    set((s) => {
      const codes = langCodes();
      return { lang: codes[(codes.indexOf(s.lang) + 1) % codes.length] ?? s.lang };
    }),
  setReport: (reportId) =>
    set({ reportId, filters: EMPTY_FILTERS, selection: null, openEvent: null, hover: null }),
  toggleFilter: (list, id) =>
    set((s) => ({ filters: { ...s.filters, [list]: toggled(s.filters[list], id) } })),
  removeFilter: (list, id) =>
    set((s) => ({ filters: { ...s.filters, [list]: s.filters[list].filter((x) => x !== id) } })),
  setRange: (range) => set((s) => ({ filters: { ...s.filters, range } })),
  setSearch: (search) => set((s) => ({ filters: { ...s.filters, search: clipSearch(search) } })),
  clearAll: () => set({ filters: EMPTY_FILTERS, selection: null }),
  toggleSelection: (ref) => set((s) => ({ selection: sameEntity(s.selection, ref) ? null : ref })),
  clearSelection: () => set({ selection: null }),
  setHover: (hover) => set((s) => (sameEntity(s.hover, hover) ? s : { hover })),
  openEventCard: (openEvent) => set({ openEvent }),
  sortFigures: (key) =>
    set((s) => ({
      figureSort:
        s.figureSort.key === key
          ? { key, dir: s.figureSort.dir === 'asc' ? 'desc' : 'asc' }
          : { key, dir: 'asc' },
    })),
  toggleTable: (chartId) => set((s) => ({ tables: toggled(s.tables, chartId) })),
  setPresent: (present) => set({ present, hover: null }),
  restrictTo: (known) =>
    set((s) => {
      const keep = (ids: string[], valid: ReadonlySet<string>): string[] =>
        ids.every((id) => valid.has(id)) ? ids : ids.filter((id) => valid.has(id));
      const filters = {
        ...s.filters,
        threads: keep(s.filters.threads, known.thread),
        categories: keep(s.filters.categories, known.category),
        organisations: keep(s.filters.organisations, known.organisation),
        range: clampRange(s.filters.range, known.days),
      };
      const unchanged =
        filters.threads === s.filters.threads &&
        filters.categories === s.filters.categories &&
        filters.organisations === s.filters.organisations &&
        filters.range === s.filters.range;
      const selection =
        s.selection && known[s.selection.kind].has(s.selection.id) ? s.selection : null;
      const openEvent = s.openEvent && known.event.has(s.openEvent) ? s.openEvent : null;
      const tables = keep(s.tables, known.panel);
      const embed = s.embed && known.panel.has(s.embed) ? s.embed : null;
      const number = s.present === null ? null : slideNumber(s.present);
      const present =
        number !== null
          ? (known.slides[number - 1] ?? null)
          : s.present !== null && known.slides.includes(s.present)
            ? s.present
            : null;
      return {
        filters: unchanged ? s.filters : filters,
        selection,
        openEvent,
        tables,
        present,
        embed,
      };
    }),
  hydrate: (view) => set({ ...view, hover: null }),
}));

/** The URL-carried part of the state. */
export function viewOf(s: DashboardState): ViewState {
  return {
    lang: s.lang,
    reportId: s.reportId,
    filters: s.filters,
    selection: s.selection,
    openEvent: s.openEvent,
    figureSort: s.figureSort,
    present: s.present,
    tables: s.tables,
    embed: s.embed,
  };
}

export type { Filters };
