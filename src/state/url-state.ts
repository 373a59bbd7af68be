/**
 * The view state in the URL: only what differs from the defaults, and junk in any
 * one parameter falls back to the default for that value alone, never throwing.
 */
import { isLang } from '../i18n/languages';
import {
  DEFAULT_VIEW,
  ENTITY_KINDS,
  FIGURE_SORT_KEYS,
  MAX_SLIDES,
  slideNumber,
  type DaySpan,
  type EntityKind,
  type EntityRef,
  type FigureSort,
  type ViewState,
} from './view-state';

/** Every query parameter the view state uses. */
export const URL_KEYS = [
  'lang',
  'report',
  'thread',
  'cat',
  'org',
  'from',
  'to',
  'q',
  'sel',
  'event',
  'sort',
  'present',
  'table',
  'embed',
] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_IDS = 50;
/** The longest search kept, in UTF-16 code units. */
export const MAX_SEARCH = 200;

/**
 * Cut a search to MAX_SEARCH without splitting a surrogate pair: half an emoji would
 * serialize as U+FFFD, so the URL would change on every round trip.
 */
export function clipSearch(text: string): string {
  if (text.length <= MAX_SEARCH) return text;
  const cut = text.slice(0, MAX_SEARCH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function parseIds(raw: string | null): string[] {
  if (!raw) return [];
  const ids = raw.split(',').filter((id) => id.length <= 80 && ID.test(id));
  return [...new Set(ids)].slice(0, MAX_IDS);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day between 1900 and 2100. */
export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function parseRange(from: string | null, to: string | null): DaySpan | null {
  if (!from || !to || !isDay(from) || !isDay(to) || from > to) return null;
  return { from, to };
}

function parseEntity(raw: string | null): EntityRef | null {
  if (!raw) return null;
  const colon = raw.indexOf(':');
  if (colon < 0) return null;
  const kind = raw.slice(0, colon);
  const id = raw.slice(colon + 1);
  if (!(ENTITY_KINDS as readonly string[]).includes(kind) || id.length > 80 || !ID.test(id)) {
    return null;
  }
  return { kind: kind as EntityKind, id };
}

function parseSort(raw: string | null): FigureSort {
  if (!raw) return DEFAULT_VIEW.figureSort;
  const [key, dir] = raw.split('-');
  if (
    (FIGURE_SORT_KEYS as readonly string[]).includes(key ?? '') &&
    (dir === 'asc' || dir === 'desc')
  ) {
    return { key: key as FigureSort['key'], dir };
  }
  return DEFAULT_VIEW.figureSort;
}

function parseId(raw: string | null): string | null {
  return raw && raw.length <= 80 && ID.test(raw) ? raw : null;
}

/** `present=osworld` names a slide; `present=3` (an older link) is the third slide. */
function parseSlide(raw: string | null): string | null {
  if (!raw) return null;
  const n = slideNumber(raw);
  if (n !== null) return n <= MAX_SLIDES ? raw : null;
  // Digits that are no slide number ("0", "03", "999") are junk, not an id.
  return /^\d+$/.test(raw) ? null : parseId(raw);
}

/**
 * Parse a query string into a full view state. `fallbackLang` is used when the URL
 * names no valid language (it comes from the saved choice or the browser).
 */
export function parseViewState(search: string, fallbackLang = DEFAULT_VIEW.lang): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const lang = params.get('lang');
  return {
    lang: isLang(lang) ? lang : fallbackLang,
    reportId: parseId(params.get('report')),
    filters: {
      threads: parseIds(params.get('thread')),
      categories: parseIds(params.get('cat')),
      organisations: parseIds(params.get('org')),
      range: parseRange(params.get('from'), params.get('to')),
      search: clipSearch(params.get('q') ?? ''),
    },
    selection: parseEntity(params.get('sel')),
    openEvent: parseId(params.get('event')),
    figureSort: parseSort(params.get('sort')),
    present: parseSlide(params.get('present')),
    tables: parseIds(params.get('table')),
    embed: parseId(params.get('embed')),
  };
}

/** Serialize a view state: only values that differ from the defaults, in a stable order. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_VIEW;
  if (state.lang !== d.lang) params.set('lang', state.lang);
  if (state.reportId !== null) params.set('report', state.reportId);
  const f = state.filters;
  if (f.threads.length) params.set('thread', f.threads.join(','));
  if (f.categories.length) params.set('cat', f.categories.join(','));
  if (f.organisations.length) params.set('org', f.organisations.join(','));
  if (f.range) {
    params.set('from', f.range.from);
    params.set('to', f.range.to);
  }
  if (f.search) params.set('q', f.search);
  if (state.selection) params.set('sel', `${state.selection.kind}:${state.selection.id}`);
  if (state.openEvent) params.set('event', state.openEvent);
  const s = state.figureSort;
  if (s.key !== d.figureSort.key || s.dir !== d.figureSort.dir)
    params.set('sort', `${s.key}-${s.dir}`);
  if (state.present !== null) params.set('present', state.present);
  if (state.tables.length) params.set('table', state.tables.join(','));
  if (state.embed) params.set('embed', state.embed);
  const out = params.toString();
  return out ? `?${out}` : '';
}
