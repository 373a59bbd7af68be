import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { useReport } from '../data/use-report';
import { HeadlineCards } from '../features/cards/HeadlineCards';
import { FilterBar } from '../features/filters/FilterBar';
import { FilterSheet } from '../features/filters/FilterSheet';
import { PHONE_QUERY, useMediaQuery } from '../shared/use-media-query';
import { EventCard } from '../features/timeline/EventCard';
import { FiguresTable } from '../features/figures/FiguresTable';
import { DeckButton } from '../features/deck/DeckButton';
import { Header } from '../features/header/Header';
import { KeyboardHelp } from '../features/help/KeyboardHelp';
import { LoadError } from '../features/status/LoadError';
import { LayoutSkeleton, ReportSkeleton } from '../features/status/ReportSkeleton';
import { ReportFooter } from '../features/status/ReportFooter';
import { useShownView } from '../shared/use-shown-view';
import { useDashboard } from '../state/store';
import { PanelBoundary } from '../shared/PanelBoundary';
import { useWords } from '../shared/use-words';
import { storySlides } from '../data/story';
import { describeFilters } from '../data/describe-filters';
import type { Report } from '../data/schema';
import { retryChartModule } from '../charts/load-charts';
import { timelineBounds } from '../charts/options/timeline';
import { afterNextPaint } from '../lib/after-paint';
import { importAgain } from '../lib/import-again';
import { withoutHistory } from './sync';

// ECharts is the bulk of the JavaScript: it loads after the cards have painted.
// Each retry makes a new lazy component, since React caches a failed import, and asks at a
// fresh address, since the browser may too.
const importPanels = importAgain(() => import('../features/panels/PanelsSection'));
const loadCharts = () => lazy(importPanels);
const Embed = lazy(() => import('../features/panels/EmbedPage'));

/**
 * True from the frame after `ready` first painted: the headline cards paint on their own,
 * and the filters, charts and table follow a frame later, rendered in a transition (in
 * slices, so the page answers input meanwhile).
 */
function useAfterFirstPaint(ready: boolean): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!ready || done) return;
    return afterNextPaint(() => startTransition(() => setDone(true)));
  }, [ready, done]);
  return done;
}

/** The page: the header always works; the body shows loading, an error, or the report. */
export function Dashboard() {
  const { t, text } = useWords();
  const reportId = useDashboard((s) => s.reportId);
  const embed = useDashboard((s) => s.embed);
  const { entry, report, failed, unknownId } = useReport(reportId);
  const data = report.data;
  const [ChartsSection, setCharts] = useState(loadCharts);
  const rest = useAfterFirstPaint(data !== undefined);
  // Phones meet the charts first: the filters live behind one button above them.
  const phone = useMediaQuery(PHONE_QUERY);

  // Ids from the address that this report lacks are dropped, in place (no new history entry).
  useEffect(() => {
    if (!data) return;
    withoutHistory(() =>
      useDashboard.getState().restrictTo({
        thread: new Set(data.threads.map((x) => x.id)),
        category: new Set(data.categories.map((x) => x.id)),
        organisation: new Set(data.organisations.map((x) => x.id)),
        event: new Set(data.events.map((x) => x.id)),
        panel: new Set(data.panels.map((x) => x.id)),
        slides: storySlides(data).map((s) => s.id),
        days: timelineBounds(data.events) ?? undefined,
      }),
    );
  }, [data]);

  useEffect(() => {
    document.title = data
      ? t('app.documentTitle', { title: text(data.report.title) })
      : t('app.documentTitleLoading');
  }, [data, t, text]);

  if (embed) {
    // One panel for another page's frame: no header, no cards, no filters.
    return failed ? (
      <LoadError
        error={failed.error}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    ) : data ? (
      <Suspense fallback={<div className="panel skeleton__block skeleton__block--tall" />}>
        <Embed report={data} panelId={embed} />
      </Suspense>
    ) : (
      <div className="panel skeleton__block skeleton__block--tall" role="status" />
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header report={data ?? null} entry={entry} actions={<DeckButton report={data ?? null} />} />
      <main id="main" className="page" tabIndex={-1}>
        {unknownId && (
          <p className="notice" role="status">
            {t('status.unknownReport', { id: unknownId })}
          </p>
        )}
        {failed ? (
          <LoadError
            error={failed.error}
            onRetry={() => void failed.refetch()}
            retrying={failed.isFetching}
          />
        ) : !data ? (
          <ReportSkeleton />
        ) : (
          <>
            <PanelBoundary name="cards">
              <HeadlineCards report={data} />
            </PanelBoundary>
            {!rest ? (
              <LayoutSkeleton />
            ) : (
              <div className="layout">
                {!phone && (
                  <div className="layout__sidebar">
                    <PanelBoundary name="filters">
                      <FilterBar report={data} />
                    </PanelBoundary>
                  </div>
                )}
                <div className="layout__main">
                  <PrintFilterLine report={data} />
                  {phone && (
                    <PanelBoundary name="filters">
                      <FilterSheet report={data} />
                    </PanelBoundary>
                  )}
                  <PanelBoundary
                    name="charts"
                    onRetry={() => {
                      retryChartModule();
                      setCharts(() => loadCharts());
                    }}
                  >
                    <Suspense
                      fallback={<div className="panel skeleton__block skeleton__block--charts" />}
                    >
                      <ChartsSection report={data} />
                    </Suspense>
                  </PanelBoundary>
                  <PanelBoundary name="figures">
                    <FiguresTable report={data} />
                  </PanelBoundary>
                  <ReportFooter report={data} />
                </div>
                <EventCard report={data} />
                <KeyboardHelp />
              </div>
            )}
          </>
        )}
      </main>
    </>
  );
}

/** On paper, nothing says which filters made the view: this line does (print only). It
 * follows a click in the deferred render, with the panels it describes. */
function PrintFilterLine({ report }: { report: Report }) {
  const words = useWords();
  const { filters, selection } = useShownView();
  const line = describeFilters(report, filters, selection, words);
  return line ? <p className="print-only print-filter">{line}</p> : null;
}
