/**
 * The report's panels as the page drives them: how each is built, what a click on it does,
 * and how it is exported. The dashboard, presentation mode and export all use this list.
 */
import { useMemo } from 'react';
import { buildPanel } from '../../charts/options/forms';
import { dayToMs, msToDay, timelineBounds } from '../../charts/options/timeline';
import type { BuiltChart, ChartContext, EntityDatum, PanelInput } from '../../charts/options/types';
import type { Panel, Report } from '../../data/schema';
import type { Lang } from '../../i18n/languages';
import { useMatchesOf } from '../../shared/use-matches';
import { useShownView } from '../../shared/use-shown-view';
import { useDashboard } from '../../state/store';
import { prepareExport, type ExportJob } from './export-job';

const DAY_MS = 86_400_000;

export interface PanelSpec {
  panel: Panel;
  build: (ctx: ChartContext) => BuiltChart | null;
  /**
   * What `build` depends on besides the context, as text: two specs of the same panel with
   * the same key build the same chart (see useBuilt).
   */
  dataKey: string;
  onClick: (datum: EntityDatum) => void;
  onZoom?: (start: number, end: number) => void;
  /** Makes table rows actionable (the timeline opens an event's card). */
  onOpenRow?: (id: string) => void;
  hintKey?: string;
  prepareExport: (lang: Lang) => ExportJob | null;
}

export function usePanels(report: Report): PanelSpec[] {
  // As shown: a filter click paints its chip at once; the panels follow in a render React
  // can interrupt (see useShownView).
  const { filters, selection } = useShownView();
  const toggleSelection = useDashboard((s) => s.toggleSelection);
  const toggleFilter = useDashboard((s) => s.toggleFilter);
  const openEventCard = useDashboard((s) => s.openEventCard);
  const setRange = useDashboard((s) => s.setRange);
  const matches = useMatchesOf(report, filters, selection);
  // The timeline shows what every filter but the date range lets through, so the
  // brushed window can always be moved back out.
  const timelineEvents = useMatchesOf(report, filters, selection, true).events;

  return useMemo(() => {
    const ids = (items: readonly { id: string }[]): string => items.map((x) => x.id).join(',');
    const matchesKey = `${ids(matches.figures)}/${ids(matches.events)}`;
    const range = filters.range;
    const timelineKey = `${ids(timelineEvents)}/${range?.from ?? ''}-${range?.to ?? ''}`;

    const onMarkClick = (d: EntityDatum): void => {
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
    const onThemeClick = (d: EntityDatum): void => {
      if (!d.entity) return;
      if (d.entity.kind === 'thread') toggleFilter('threads', d.entity.id);
      else if (d.entity.kind === 'category') toggleFilter('categories', d.entity.id);
      else if (d.eventId) openEventCard(d.eventId);
    };

    return report.panels.map((panel): PanelSpec => {
      const input: PanelInput = { report, panel, matches, timelineEvents, range };
      const build = (c: ChartContext) => buildPanel(input, c);
      const common = {
        panel,
        build,
        prepareExport: (lang: Lang) => prepareExport(input, lang, filters, selection),
      };
      switch (panel.form) {
        case 'timeline':
          return {
            ...common,
            dataKey: timelineKey,
            onClick: (d) => {
              if (d.eventId) openEventCard(d.eventId);
            },
            onZoom,
            onOpenRow: (id) => openEventCard(id),
            hintKey: 'charts.timeline.hint',
          };
        case 'themes':
          return {
            ...common,
            dataKey: ids(matches.events),
            onClick: onThemeClick,
            onOpenRow: (id) => openEventCard(id),
          };
        default:
          return { ...common, dataKey: matchesKey, onClick: onMarkClick };
      }
    });
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
