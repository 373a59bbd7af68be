/**
 * Pure derivations: report + the user's intent → what each panel shows.
 * No React, no store: every function here is a plain function of its arguments.
 */
import type { DateRef, Figure, Organisation, Report, ReportEvent, Thread } from './schema';
import type { DaySpan, EntityRef, Filters } from './filters';

/** Lookup tables for a report, built once per report object. */
export interface ReportIndexes {
  events: Map<string, ReportEvent>;
  figures: Map<string, Figure>;
  organisations: Map<string, Organisation>;
  threads: Map<string, Thread>;
  figuresByEvent: Map<string, Figure[]>;
}

const indexCache = new WeakMap<Report, ReportIndexes>();

export function indexReport(report: Report): ReportIndexes {
  const cached = indexCache.get(report);
  if (cached) return cached;
  const figuresByEvent = new Map<string, Figure[]>();
  for (const f of report.figures) {
    if (!f.event) continue;
    const list = figuresByEvent.get(f.event) ?? [];
    list.push(f);
    figuresByEvent.set(f.event, list);
  }
  const built: ReportIndexes = {
    events: new Map(report.events.map((e) => [e.id, e])),
    figures: new Map(report.figures.map((f) => [f.id, f])),
    organisations: new Map(report.organisations.map((o) => [o.id, o])),
    threads: new Map(report.threads.map((t) => [t.id, t])),
    figuresByEvent,
  };
  indexCache.set(report, built);
  return built;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The inclusive span of days a date covers at its precision (a month spans the month). */
export function dateSpan(date: DateRef): DaySpan {
  const year = Number(date.value.slice(0, 4));
  switch (date.precision) {
    case 'day':
      return { from: date.value, to: date.value };
    case 'month': {
      const month = Number(date.value.slice(5, 7));
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return { from: `${date.value}-01`, to: `${date.value}-${pad(last)}` };
    }
    case 'quarter': {
      const q = Number(date.value.slice(-1));
      const first = (q - 1) * 3 + 1;
      const lastMonth = first + 2;
      const last = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
      return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(lastMonth)}-${pad(last)}` };
    }
    case 'year':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

export function spansOverlap(a: DaySpan, b: DaySpan): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * Lower-case, width-folded text without spaces, for searching in either script: "2672亿"
 * finds "2672 亿美元", "97m" finds "97M", whatever spacing either side uses.
 */
export function normaliseSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function intersects(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

/** The filters in force, with a sticky selection acting as one more filter. */
export function effectiveFilters(filters: Filters, selection: EntityRef | null): Filters {
  if (!selection) return filters;
  const add = (list: string[], id: string): string[] => (list.includes(id) ? list : [...list, id]);
  switch (selection.kind) {
    case 'organisation':
      return { ...filters, organisations: add(filters.organisations, selection.id) };
    case 'thread':
      return { ...filters, threads: add(filters.threads, selection.id) };
    case 'category':
      return { ...filters, categories: add(filters.categories, selection.id) };
    case 'event':
      return filters;
  }
}

function eventText(report: Report, event: ReportEvent, idx: ReportIndexes): string {
  const orgs = event.organisations.map((id) => idx.organisations.get(id));
  return normaliseSearch(
    [
      event.title.zh,
      event.title.en,
      event.summary.zh,
      event.summary.en,
      event.shortTitle.zh,
      event.shortTitle.en,
      ...orgs.flatMap((o) => (o ? [o.name.zh, o.name.en, ...(o.aliases ?? [])] : [])),
      ...report.categories
        .filter((c) => c.id === event.category)
        .flatMap((c) => [c.name.zh, c.name.en]),
    ].join(' '),
  );
}

/** Does an event pass the thread, category, organisation and date filters (not search)? */
export function eventPassesFacets(event: ReportEvent, f: Filters): boolean {
  if (f.threads.length && !intersects(event.threads, f.threads)) return false;
  if (f.categories.length && !f.categories.includes(event.category)) return false;
  if (f.organisations.length && !intersects(event.organisations, f.organisations)) return false;
  if (f.range && !spansOverlap(dateSpan(event.date), f.range)) return false;
  return true;
}

export interface Matches {
  events: ReportEvent[];
  figures: Figure[];
  eventIds: Set<string>;
  figureIds: Set<string>;
}

/**
 * Which events and figures match the filters and selection. A figure matches when
 * its event passes the facets (for the organisation facet, the figure's own
 * organisations count too) and, with a search, when the figure or its event
 * mentions the query. `valueText` gives a figure's formatted value so that
 * searching "267.2" or "2672" finds it in either language.
 */
export function selectMatches(
  report: Report,
  filters: Filters,
  selection: EntityRef | null,
  valueText: (f: Figure) => string = () => '',
): Matches {
  const idx = indexReport(report);
  const f = effectiveFilters(filters, selection);
  const query = normaliseSearch(f.search);
  const selectedEvent = selection?.kind === 'event' ? selection.id : null;

  const facetEvents = new Set(
    report.events
      .filter((e) => eventPassesFacets(e, f) && (!selectedEvent || e.id === selectedEvent))
      .map((e) => e.id),
  );
  const eventMatchesQuery = (e: ReportEvent): boolean =>
    !query || eventText(report, e, idx).includes(query);

  const anyFacet =
    f.threads.length > 0 || f.categories.length > 0 || f.range !== null || selectedEvent !== null;

  const figures = report.figures.filter((fig) => {
    const event = fig.event ? idx.events.get(fig.event) : undefined;
    if (event) {
      const withoutOrg = { ...f, organisations: [] };
      if (!eventPassesFacets(event, withoutOrg)) return false;
      if (selectedEvent && event.id !== selectedEvent) return false;
      if (
        f.organisations.length &&
        !intersects(fig.organisations, f.organisations) &&
        !(fig.organisations.length === 0 && intersects(event.organisations, f.organisations))
      ) {
        return false;
      }
    } else if (anyFacet || f.organisations.length) {
      return false;
    }
    if (!query) return true;
    const own = normaliseSearch(
      [
        fig.label.zh,
        fig.label.en,
        valueText(fig),
        ...fig.organisations.flatMap((id) => {
          const o = idx.organisations.get(id);
          return o ? [o.name.zh, o.name.en, ...(o.aliases ?? [])] : [];
        }),
      ].join(' '),
    );
    return own.includes(query) || (event !== undefined && eventMatchesQuery(event));
  });
  const figureEvents = new Set(figures.flatMap((fig) => (fig.event ? [fig.event] : [])));
  const events = report.events.filter(
    (e) => facetEvents.has(e.id) && (eventMatchesQuery(e) || figureEvents.has(e.id)),
  );
  return {
    events,
    figures,
    eventIds: new Set(events.map((e) => e.id)),
    figureIds: new Set(figures.map((fig) => fig.id)),
  };
}

/** The organisations a figure is about: its own, else (with `inherit`) its event's. */
export function figureOrganisations(
  fig: Figure,
  idx: ReportIndexes,
  inherit = true,
): Organisation[] {
  const ids = fig.organisations.length
    ? fig.organisations
    : inherit && fig.event
      ? (idx.events.get(fig.event)?.organisations ?? [])
      : [];
  return ids.flatMap((id) => {
    const o = idx.organisations.get(id);
    return o ? [o] : [];
  });
}

/** A comparable magnitude for sorting figures of mixed units (a range sorts by its midpoint). */
export function figureMagnitude(fig: Figure): number {
  return fig.value.kind === 'range' ? (fig.value.low + fig.value.high) / 2 : fig.value.value;
}

/** Is an event about the entity (organisation, thread, category or the event itself)? */
/**
 * The threads `events` fall in (an event in its first thread), in the abstract's order, each
 * with how many of them it holds; threads holding none are left out.
 */
export function threadCounts(
  report: Report,
  events: readonly ReportEvent[],
): { thread: Thread; n: number }[] {
  return [...report.threads]
    .sort((a, b) => a.order - b.order)
    .map((thread) => ({ thread, n: events.filter((e) => e.threads[0] === thread.id).length }))
    .filter((c) => c.n > 0);
}

export function eventRelates(event: ReportEvent, ref: EntityRef): boolean {
  switch (ref.kind) {
    case 'event':
      return event.id === ref.id;
    case 'organisation':
      return event.organisations.includes(ref.id);
    case 'thread':
      return event.threads.includes(ref.id);
    case 'category':
      return event.category === ref.id;
  }
}

/** Is a figure about the entity? Its own organisations first, else its event's. */
export function figureRelates(fig: Figure, ref: EntityRef, idx: ReportIndexes): boolean {
  const event = fig.event ? idx.events.get(fig.event) : undefined;
  if (ref.kind === 'organisation' && fig.organisations.length) {
    return fig.organisations.includes(ref.id);
  }
  return event !== undefined && eventRelates(event, ref);
}

/** An entity as a key ("organisation:openai"), as marks list what they relate to. */
export function entityKey(ref: EntityRef): string {
  return `${ref.kind}:${ref.id}`;
}

/** Every entity an event relates to, as keys: itself, its organisations, threads, category. */
export function eventKeys(event: ReportEvent): string[] {
  return [
    `event:${event.id}`,
    `category:${event.category}`,
    ...event.organisations.map((o) => `organisation:${o}`),
    ...event.threads.map((t) => `thread:${t}`),
  ];
}

/**
 * Every entity a figure relates to, as keys (what `figureRelates` answers true for): its own
 * organisations, else its event's; its event, the event's threads and category.
 */
export function figureKeys(fig: Figure, idx: ReportIndexes): string[] {
  const event = fig.event ? idx.events.get(fig.event) : undefined;
  const keys = event ? eventKeys(event) : [];
  if (!fig.organisations.length) return keys;
  return [
    ...keys.filter((k) => !k.startsWith('organisation:')),
    ...fig.organisations.map((o) => `organisation:${o}`),
  ];
}
