/**
 * The dashboard's charts as an ordered list of slides: how each is built, what a click
 * on it does, and how it is exported. The dashboard, presentation mode and export all
 * draw from this one list.
 */
import { useMemo } from 'react';
import { chartCsv } from '../../charts/export/csv';
import { sourceLine } from '../../charts/options/source';
import { buildThemes } from '../../charts/options/themes';
import { buildTimeline, dayToMs, msToDay, timelineBounds } from '../../charts/options/timeline';
import type { BuiltChart, ChartContext, EntityDatum } from '../../charts/options/types';
import type { Report } from '../../data/schema';
import type { Lang } from '../../i18n/languages';
import { useDashboard } from '../../state/store';
import { describeFilters } from '../filters/describe-filters';
import { useMatches } from '../use-matches';
import type { ExportJob } from './ExportMenu';
import { makeChartContext } from './make-chart-context';
import { FIGURE_CHARTS } from './registry';

const DAY_MS = 86_400_000;

export interface Slide {
  id: string;
  wide?: boolean;
  build: (ctx: ChartContext) => BuiltChart | null;
  /**
   * What `build` depends on besides the context, as text: two slides of the same id with
   * the same key build the same chart (see useBuilt in ChartsSection.tsx).
   */
  dataKey: string;
  source: (built: BuiltChart | null, ctx: ChartContext) => string;
  onClick: (datum: EntityDatum) => void;
  onZoom?: (start: number, end: number) => void;
  onOpenRow?: (id: string) => void;
  hintKey?: string;
  prepareExport: (lang: Lang) => ExportJob | null;
}

export function useSlides(report: Report): Slide[] {
  const filters = useDashboard((s) => s.filters);
  const selection = useDashboard((s) => s.selection);
  const toggleSelection = useDashboard((s) => s.toggleSelection);
  const toggleFilter = useDashboard((s) => s.toggleFilter);
  const openEventCard = useDashboard((s) => s.openEventCard);
  const setRange = useDashboard((s) => s.setRange);
  const matches = useMatches(report);
  // The timeline shows what every filter but the date range lets through, so the
  // brushed window can always be moved back out.
  const timelineEvents = useMatches(report, true).events;

  return useMemo(() => {
    const source = (built: BuiltChart | null, c: ChartContext): string =>
      sourceLine(report, built?.rows ?? [], c);

    /** Export draws the chart afresh in the asked language, light, as currently filtered. */
    const exporter =
      (id: string, build: (c: ChartContext) => BuiltChart | null) =>
      (l: Lang): ExportJob | null => {
        const c = makeChartContext(report, l, 'light', selection, false);
        const built = build(c);
        if (!built) return null;
        const subtitle = [
          c.text(`charts.${id}.subtitle`),
          describeFilters(report, filters, selection, c),
        ]
          .filter(Boolean)
          .join(' ');
        return {
          slide: {
            option: built.option,
            height: built.height,
            lang: l,
            text: {
              title: c.text(`charts.${id}.title`),
              subtitle,
              source: source(built, c),
              stamp: c.text('export.stamp', {
                month: c.fmt.date(report.report.month),
                title: report.report.title[l],
              }),
            },
          },
          csv: chartCsv(report, built.rows, c),
        };
      };

    const onBarClick = (d: EntityDatum): void => {
      if (d.entity) toggleSelection(d.entity);
    };
    const onZoom = (start: number, end: number): void => {
      const bounds = timelineBounds(report.events);
      if (!bounds) return;
      // Dragging back to the full extent clears the filter rather than storing it.
      if (start <= dayToMs(bounds.from) && end >= dayToMs(bounds.to) + DAY_MS) {
        setRange(null);
        return;
      }
      setRange({ from: msToDay(start), to: msToDay(Math.max(start, end - DAY_MS)) });
    };

    const timelineBuild = (c: ChartContext) =>
      buildTimeline(report, timelineEvents, filters.range, c);
    const themesBuild = (c: ChartContext) => buildThemes(report, matches.events, c);
    const ids = (items: readonly { id: string }[]): string => items.map((x) => x.id).join(',');
    const eventsKey = ids(matches.events);
    const matchesKey = `${ids(matches.figures)}/${eventsKey}`;
    const timelineKey = `${ids(timelineEvents)}/${filters.range?.from ?? ''}-${filters.range?.to ?? ''}`;

    const slides: Slide[] = [
      {
        id: 'timeline',
        wide: true,
        build: timelineBuild,
        dataKey: timelineKey,
        source,
        onClick: (d) => {
          if (d.eventId) openEventCard(d.eventId);
        },
        onZoom,
        onOpenRow: (id) => openEventCard(id),
        hintKey: 'charts.timeline.hint',
        prepareExport: exporter('timeline', timelineBuild),
      },
      ...FIGURE_CHARTS.map((def): Slide => {
        const build = (c: ChartContext) => def.build({ report, matches }, c);
        return {
          id: def.id,
          build,
          dataKey: matchesKey,
          source,
          onClick: onBarClick,
          prepareExport: exporter(def.id, build),
        };
      }),
      {
        id: 'themes',
        wide: true,
        build: themesBuild,
        dataKey: eventsKey,
        source,
        onClick: (d) => {
          if (!d.entity) return;
          if (d.entity.kind === 'thread') toggleFilter('threads', d.entity.id);
          else if (d.entity.kind === 'category') toggleFilter('categories', d.entity.id);
          else if (d.eventId) openEventCard(d.eventId);
        },
        prepareExport: exporter('themes', themesBuild),
      },
    ];
    return slides;
  }, [
    report,
    matches,
    timelineEvents,
    filters,
    selection,
    toggleSelection,
    toggleFilter,
    openEventCard,
    setRange,
  ]);
}
