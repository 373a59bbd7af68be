/**
 * Every chart of the dashboard, linked through the store: the same filters, the same
 * focus (hover, else selection), one click handler. Loaded lazily with ECharts.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityDatum } from '../../charts/options/types';
import { sourceLine } from '../../charts/options/source';
import { buildThemes } from '../../charts/options/themes';
import { buildTimeline, dayToMs, msToDay, timelineBounds } from '../../charts/options/timeline';
import type { Report } from '../../data/schema';
import { useDashboard } from '../../state/store';
import { PanelBoundary } from '../../app/PanelBoundary';
import { useMatches } from '../use-matches';
import { ChartPanel } from './ChartPanel';
import type { ExportJob } from './ExportMenu';
import { makeChartContext } from './make-chart-context';
import { chartCsv } from '../../charts/export/csv';
import type { BuiltChart, ChartContext } from '../../charts/options/types';
import type { Lang } from '../../i18n/languages';
import { describeFilters } from '../filters/describe-filters';
import { FIGURE_CHARTS } from './registry';
import { useChartContext } from './use-chart-context';

const DAY_MS = 86_400_000;

export default function ChartsSection({ report }: { report: Report }) {
  const { t } = useTranslation();
  const filters = useDashboard((s) => s.filters);
  const selection = useDashboard((s) => s.selection);
  const setHover = useDashboard((s) => s.setHover);
  const toggleSelection = useDashboard((s) => s.toggleSelection);
  const toggleFilter = useDashboard((s) => s.toggleFilter);
  const openEventCard = useDashboard((s) => s.openEventCard);
  const setRange = useDashboard((s) => s.setRange);
  const ctx = useChartContext(report);

  const matches = useMatches(report);
  // The timeline shows what every filter but the date range lets through, so the
  // brushed window can always be moved back out.
  const timelineEvents = useMatches(report, true).events;

  const figureCharts = useMemo(
    () => FIGURE_CHARTS.map((def) => ({ def, built: def.build({ report, matches }, ctx) })),
    [report, matches, ctx],
  );
  const timeline = useMemo(
    () => buildTimeline(report, timelineEvents, filters.range, ctx),
    [report, timelineEvents, filters.range, ctx],
  );
  const themes = useMemo(
    () => buildThemes(report, matches.events, ctx),
    [report, matches.events, ctx],
  );

  const onBarClick = (d: EntityDatum): void => {
    if (d.entity) toggleSelection(d.entity);
  };
  const onTimelineClick = (d: EntityDatum): void => {
    if (d.eventId) openEventCard(d.eventId);
  };
  const onThemeClick = (d: EntityDatum): void => {
    if (!d.entity) return;
    if (d.entity.kind === 'thread') toggleFilter('threads', d.entity.id);
    else if (d.entity.kind === 'category') toggleFilter('categories', d.entity.id);
    else if (d.eventId) openEventCard(d.eventId);
  };
  const onZoom = (start: number, end: number): void => {
    const bounds = timelineBounds(report.events);
    if (!bounds) return;
    // Dragging back to the full extent clears the filter rather than storing it.
    if (start <= dayToMs(bounds.from) && end >= dayToMs(bounds.to) + DAY_MS) {
      setRange(null);
      return;
    }
    const from = msToDay(start);
    const to = msToDay(Math.max(start, end - DAY_MS));
    setRange({ from, to });
  };

  const source = (rows: Parameters<typeof sourceLine>[1]): string => sourceLine(report, rows, ctx);

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
            source: sourceLine(report, built.rows, c),
            stamp: c.text('export.stamp', {
              month: c.fmt.date(report.report.month),
              title: report.report.title[l],
            }),
          },
        },
        csv: chartCsv(report, built.rows, c),
      };
    };

  return (
    <section className="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="visually-hidden">
        {t('charts.sectionHeading')}
      </h2>
      <PanelBoundary name="timeline">
        <ChartPanel
          id="timeline"
          wide
          title={t('charts.timeline.title')}
          subtitle={t('charts.timeline.subtitle')}
          built={timeline}
          source={source(timeline?.rows ?? [])}
          onHover={setHover}
          onClick={onTimelineClick}
          onZoom={onZoom}
          onOpenRow={(id) => openEventCard(id)}
          footer={<p className="chart-panel__hint">{t('charts.timeline.hint')}</p>}
          prepareExport={exporter('timeline', (c) =>
            buildTimeline(report, timelineEvents, filters.range, c),
          )}
        />
      </PanelBoundary>
      <div className="chart-grid">
        {figureCharts.map(({ def, built }) => (
          <PanelBoundary key={def.id} name={def.id}>
            <ChartPanel
              id={def.id}
              title={ctx.text(`charts.${def.id}.title`)}
              subtitle={ctx.text(`charts.${def.id}.subtitle`)}
              built={built}
              source={source(built?.rows ?? [])}
              onHover={setHover}
              onClick={onBarClick}
              prepareExport={exporter(def.id, (c) => def.build({ report, matches }, c))}
            />
          </PanelBoundary>
        ))}
      </div>
      <PanelBoundary name="themes">
        <ChartPanel
          id="themes"
          wide
          title={t('charts.themes.title')}
          subtitle={t('charts.themes.subtitle')}
          built={themes}
          source={source(
            themes
              ? matches.events.map((e) => ({
                  id: e.id,
                  group: '',
                  label: '',
                  value: '',
                  section: e.section,
                }))
              : [],
          )}
          onHover={setHover}
          onClick={onThemeClick}
          prepareExport={exporter('themes', (c) => buildThemes(report, matches.events, c))}
        />
      </PanelBoundary>
    </section>
  );
}
