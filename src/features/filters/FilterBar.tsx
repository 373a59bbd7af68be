import { memo, useMemo, useState, type PointerEvent } from 'react';
import { coloursFor } from '../../charts/theme';
import type { Report } from '../../data/schema';
import { useShownPending, useShownView } from '../../shared/use-shown-view';
import { useDashboard } from '../../state/store';
import { useMatchesOf } from '../../shared/use-matches';
import { ActiveFilters } from './ActiveFilters';
import { DateRange } from './DateRange';
import { useScheme } from '../../shared/use-scheme';
import { useWords } from '../../shared/use-words';

type ListKey = 'threads' | 'categories' | 'organisations';

interface Option {
  id: string;
  name: string;
  colour?: string;
}

const COLLAPSED = 8;

/** A hover from a mouse (or pen): a finger's tap is a click, not a hover to link. */
const fromMouse = (e: PointerEvent): boolean => e.pointerType !== 'touch';

/**
 * One list of filters as chips. A click re-renders only the group it changed (each group
 * reads its own list from the store).
 */
const CheckGroup = memo(function CheckGroup({
  list,
  legend,
  options,
}: {
  list: ListKey;
  legend: string;
  options: Option[];
}) {
  const { t } = useWords();
  const chosen = useDashboard((s) => s.filters[list]);
  const toggleFilter = useDashboard((s) => s.toggleFilter);
  const setHover = useDashboard((s) => s.setHover);
  const [expanded, setExpanded] = useState(false);
  const kind = list === 'threads' ? 'thread' : list === 'categories' ? 'category' : 'organisation';
  const shown = expanded ? options : options.slice(0, COLLAPSED);
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <div className="filter-group__options">
        {shown.map((o) => (
          <label
            key={o.id}
            className="check-chip"
            onPointerEnter={(e) => fromMouse(e) && setHover({ kind, id: o.id })}
            onPointerLeave={(e) => fromMouse(e) && setHover(null)}
          >
            <input
              type="checkbox"
              checked={chosen.includes(o.id)}
              onChange={() => toggleFilter(list, o.id)}
            />
            {o.colour && (
              <span className="swatch" style={{ background: o.colour }} aria-hidden="true" />
            )}
            <span>{o.name}</span>
          </label>
        ))}
      </div>
      {options.length > COLLAPSED && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setExpanded((v) => !v)}
        >
          {expanded ? t('filters.showFewer') : t('filters.showAll', { count: options.length })}
        </button>
      )}
    </fieldset>
  );
});

/**
 * How many events and figures the filters let through. It follows a click in the deferred
 * render, with the panels (see usePanels): the click's own frame shows the chip.
 */
function MatchCount({ report }: { report: Report }) {
  const { t } = useWords();
  const { filters, selection } = useShownView();
  const pending = useShownPending();
  const matches = useMatchesOf(report, filters, selection);
  return (
    <p className="filters__count" role="status" aria-live="polite" aria-busy={pending}>
      {t('filters.matching', {
        events: matches.events.length,
        totalEvents: report.events.length,
        figures: matches.figures.length,
        totalFigures: report.figures.length,
      })}
    </p>
  );
}

/**
 * Thread, category and organisation filters, the search box, the date range, chips and the
 * match count: in the sidebar on wide screens, in the filter sheet on phones (`inSheet`).
 */
export const FilterBar = memo(function FilterBar({
  report,
  inSheet = false,
}: {
  report: Report;
  inSheet?: boolean;
}) {
  const { t, text } = useWords();
  // The bar itself reads only the search: a chip's click re-renders its group, the chips of
  // the active filters and the count, not every list.
  const search = useDashboard((s) => s.filters.search);
  const setSearch = useDashboard((s) => s.setSearch);
  const scheme = useScheme();
  const colours = coloursFor(report, scheme);

  // The lists change with the language and the colours, not with a click.
  const { threads, categories, organisations } = useMemo(() => {
    const threads = [...report.threads]
      .sort((a, b) => a.order - b.order)
      .map((x) => ({ id: x.id, name: text(x.name), colour: colours.thread(x.id) }));
    const categories = report.categories
      .filter((c) => report.events.some((e) => e.category === c.id))
      .map((c) => ({ id: c.id, name: text(c.name) }));
    // Organisations that events name, most-mentioned first.
    const counts = new Map<string, number>();
    for (const e of report.events)
      for (const o of e.organisations) counts.set(o, (counts.get(o) ?? 0) + 1);
    const organisations = report.organisations
      .filter((o) => counts.has(o.id))
      .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))
      .map((o) => ({ id: o.id, name: text(o.name), colour: colours.organisation(o.id) }));
    return { threads, categories, organisations };
  }, [report, text, colours]);

  return (
    <section
      className={inSheet ? 'filters filters--sheet' : 'panel filters'}
      aria-labelledby={inSheet ? 'filter-sheet-title' : 'filters-heading'}
    >
      <div className="filters__top">
        {!inSheet && (
          <h2 id="filters-heading" className="panel__title">
            {t('filters.heading')}
          </h2>
        )}
        <div className="filters__search">
          <label htmlFor="global-search">{t('filters.search')}</label>
          <input
            id="global-search"
            type="search"
            value={search}
            placeholder={t('filters.searchPlaceholder')}
            onChange={(e) => setSearch(e.target.value)}
            autoComplete="off"
          />
        </div>
      </div>
      <div className="filters__groups">
        <CheckGroup list="threads" legend={t('filters.threads')} options={threads} />
        <CheckGroup list="categories" legend={t('filters.categories')} options={categories} />
        <CheckGroup
          list="organisations"
          legend={t('filters.organisations')}
          options={organisations}
        />
        <DateRange report={report} />
      </div>
      <ActiveFilters report={report} />
      <MatchCount report={report} />
    </section>
  );
});
