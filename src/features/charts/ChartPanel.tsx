import { useDeferredValue, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartEvents } from '../../charts/chart';
import type { BuiltChart } from '../../charts/options/types';
import { useDashboard } from '../../state/store';
import { ChartTable } from './ChartTable';
import { usePanelPlace } from './use-panel-place';
import { ExportMenu, type ExportJob } from './ExportMenu';
import type { Lang } from '../../i18n/languages';

interface Props extends ChartEvents {
  id: string;
  title: string;
  subtitle: string;
  built: BuiltChart | null;
  source: string;
  wide?: boolean;
  /** Extra controls or notes under the chart. */
  footer?: ReactNode;
  /** Makes table rows actionable (the timeline opens an event's card). */
  onOpenRow?: (id: string) => void;
  /** Prepares this chart for export in a language; absent means no export menu. */
  prepareExport?: (lang: Lang) => ExportJob | null;
}

/**
 * A chart with everything a reader and a presenter need around it: title, unit line,
 * a table view, a generated description, an empty state, and the source.
 */
export function ChartPanel({
  id,
  title,
  subtitle,
  built,
  source,
  wide,
  footer,
  onOpenRow,
  prepareExport,
  ...events
}: Props) {
  const { t } = useTranslation();
  const lang = useDashboard((s) => s.lang);
  const showTable = useDashboard((s) => s.tables.includes(id));
  const toggleTable = useDashboard((s) => s.toggleTable);
  const descriptionId = useId();
  const hasDerived = built?.rows.some((r) => r.derived) ?? false;

  // The chart's lifetime. It is created when the panel, with data to draw, comes near the
  // view (or the page is printed). While the filters leave the panel without data, the chart
  // stays, hidden: when the data returns, the same ECharts instance is updated instead of a
  // new one made (creating one takes several frames). It goes when the panel goes, when the
  // panel shows its table, or when printing ends for a chart made only to be printed.
  const [panel, setPanel] = useState<HTMLElement | null>(null);
  const { near: shown, inView } = usePanelPlace(panel, built !== null && !showTable);
  const [kept, setKept] = useState(built);
  if (built && built !== kept) setKept(built);
  const current = built ?? kept;
  // A chart made for printing, dropped after it and made again as the reader comes near, does
  // not replay its entrance animation.
  const [drawnBefore, setDrawnBefore] = useState(false);
  useEffect(() => {
    if (!shown) return;
    return () => setDrawnBefore(true);
  }, [shown]);

  // A language switch redraws the charts on screen in its own frame; a chart off screen
  // keeps its drawing for that frame and follows in the deferred render right after (its
  // title and description switch at once). Every other change redraws it at once.
  const deferredLang = useDeferredValue(lang);
  const lagging = !inView && lang !== deferredLang;
  const [drawnLast, setDrawnLast] = useState(current);
  if (!lagging && current !== drawnLast) setDrawnLast(current);
  const drawn = lagging ? drawnLast : current;
  return (
    <section
      ref={setPanel}
      className={`panel chart-panel${wide ? ' chart-panel--wide' : ''}`}
      aria-labelledby={`${id}-title`}
      data-chart={id}
    >
      <div className="chart-panel__head">
        <div>
          <h3 className="panel__title" id={`${id}-title`}>
            {title}
          </h3>
          <p className="panel__subtitle">{subtitle}</p>
        </div>
        {built && (
          <div className="chart-panel__tools">
            {prepareExport && <ExportMenu chartId={id} title={title} prepare={prepareExport} />}
            <button
              type="button"
              className="button button--small"
              aria-pressed={showTable}
              onClick={() => toggleTable(id)}
            >
              {showTable ? t('charts.hideTable') : t('charts.showTable')}
            </button>
          </div>
        )}
      </div>
      {!built && (
        <p className="empty-state" role="status">
          {t('charts.empty')}
        </p>
      )}
      {built && (
        <p id={descriptionId} className="visually-hidden">
          {built.description}
        </p>
      )}
      {showTable
        ? built && <ChartTable title={title} rows={built.rows} onOpen={onOpenRow} />
        : drawn && (
            <div className="chart-slot" style={{ minHeight: drawn.height }} hidden={!built}>
              {shown && (
                <Chart
                  chart={drawn}
                  animateEntry={!drawnBefore}
                  lang={lang}
                  label={title}
                  descriptionId={descriptionId}
                  {...events}
                />
              )}
            </div>
          )}
      {hasDerived && <p className="chart-panel__note">{t('charts.derivedLegend')}</p>}
      {footer}
      <p className="chart-panel__source">{source}</p>
    </section>
  );
}
