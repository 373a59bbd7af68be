import {
  memo,
  startTransition,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
} from 'react';
import type { ChartEvents } from '../../charts/chart';
import { sourceLine } from '../../charts/options/source';
import { coloursFor } from '../../charts/theme';
import type { BuiltChart, ChartContext, EntityDatum } from '../../charts/options/types';
import { entityName } from '../../data/entity-name';
import type { Report } from '../../data/schema';
import { headingLine, panelHeadline, panelNotes, storyText } from '../../data/story-text';
import { useDashboard, viewOf } from '../../state/store';
import { serializeViewState } from '../../state/url-state';
import { ChartTable } from './ChartTable';
import { ExportMenu } from './ExportMenu';
import { LazyChart } from './LazyChart';
import { FigureText } from '../../shared/FigureText';
import { Icon } from '../../shared/Icon';
import { usePrinting } from '../../shared/use-printing';
import { PRINT_CONTENT_WIDTH } from '../../lib/print';
import { StatTiles } from './StatTiles';
import { ThemeList } from './ThemeList';
import { useBuilt } from './use-built';
import { usePanelPlace } from './use-panel-place';
import { readerHasMoved } from './reader-moved';
import type { PanelSpec } from './use-panels';

interface Props extends ChartEvents {
  report: Report;
  spec: PanelSpec;
  ctx: ChartContext;
  /** An embedded panel: no export menu (the page around it has its own ways). */
  minimal?: boolean;
  /** Its content width as its grid gives it, before it can be measured (0: unknown). */
  initialWidth?: number;
}

/** Widths are rounded to this many pixels: a few pixels of resize never rebuild a chart. */
const WIDTH_STEP = 40;

/**
 * A panel with everything a reader and a presenter need around its chart: the finding as
 * the title, what is measured, the chart in its form (or big numbers, or a list), a table
 * view, a generated description, notes, the report's heading, an empty state and the source.
 */
export const PanelView = memo(function PanelView({
  report,
  spec,
  ctx: pageCtx,
  minimal = false,
  initialWidth = 0,
  ...events
}: Props) {
  const { panel } = spec;
  const id = panel.id;
  const t = pageCtx.t;
  // The context's language (deferred: see useChartContext), so that title and chart agree.
  const lang = pageCtx.lang;
  const showTable = useDashboard((s) => s.tables.includes(id));
  const toggleTable = useDashboard((s) => s.toggleTable);
  const descriptionId = useId();
  const [section, setSection] = useState<HTMLElement | null>(null);
  const width = useWidth(section, initialWidth);
  // Printed, a chart is a still picture: the timeline drops its range slider. On paper it is
  // built for the sheet's column at once (the page is laid out for paper only after
  // `beforeprint`, when the browser takes its picture: no measure would arrive in time).
  const printing = usePrinting();
  const paperWidth = printing === 'paper' && section ? widthOnPaper(section) : 0;
  // Paper is white whatever the page's theme (the print rules make the page light): so are
  // the charts printed on it.
  const paperColours = useMemo(
    () => (printing ? coloursFor(report, 'light') : null),
    [printing, report],
  );
  const ctx =
    width || printing
      ? {
          ...pageCtx,
          colours: paperColours ?? pageCtx.colours,
          width: paperWidth || width || undefined,
          widthError: WIDTH_STEP / 2,
          still: Boolean(printing),
        }
      : pageCtx;
  const built = useBuilt(spec, ctx);
  const title = panelHeadline(report, panel, ctx, built?.view);
  const subtitle = storyText(report, panel.subtitle, ctx);
  const notes = panelNotes(report, panel, ctx, built?.view);
  const heading = headingLine(report, panel, ctx);
  const hasDerived = built?.rows.some((r) => r.derived) ?? false;
  /** This panel on its own, pinned to its edition, as the view is now. */
  const embedUrl = (): string => {
    const view = viewOf(useDashboard.getState());
    const query = serializeViewState({
      ...view,
      reportId: report.report.id,
      embed: id,
      present: null,
      openEvent: null,
      tables: [],
    });
    const params = new URLSearchParams(query);
    if (!params.has('lang')) params.set('lang', view.lang);
    const theme = useDashboard.getState().theme;
    if (theme !== 'system') params.set('theme', theme);
    return `${location.origin}${location.pathname}?${params.toString()}`;
  };
  // What a touch reader's second tap on a tooltip does: open an event, or select the rest.
  const selectLabel = (d: EntityDatum): string | null => {
    const name = d.entity ? entityName(report, d.entity, ctx.text) : null;
    if (!name) return null;
    return t(d.entity?.kind === 'event' ? 'charts.openEntity' : 'charts.selectEntity', { name });
  };

  // The chart's lifetime. It is created when the panel, with data to draw, comes near the
  // view (or the page is printed). While the filters leave the panel without data, the chart
  // stays, hidden: when the data returns, the same ECharts instance is updated instead of a
  // new one made (creating one takes several frames). It goes when the panel goes, when the
  // panel shows its table, or when printing ends for a chart made only to be printed.
  const drawable = built !== null && built.kind === 'echarts' && !showTable;
  const { near: shown, inView } = usePanelPlace(section, drawable, Boolean(printing));
  const [kept, setKept] = useState(built);
  if (built && built !== kept) setKept(built);
  const current = built ?? kept;
  // A chart made for printing, dropped after it and made again as the reader comes near, does
  // not replay its entrance animation; nor does a chart of the opening view grow in.
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
  // The chart's slot is on the page, and the chart in it: a chart is first made only with data
  // to draw. A panel that came near in the very render in which the filters emptied it (its
  // geometry changed as they did) made its chart in the hidden slot, 0 × 0, its drawing then
  // depending on the panel's history.
  const slotRendered =
    !showTable && !(built && built.kind !== 'echarts') && drawn?.kind === 'echarts';
  const [chartMade, setChartMade] = useState(false);
  const makeChart = slotRendered && shown && (built !== null || chartMade);
  if (makeChart !== chartMade) setChartMade(makeChart);

  return (
    <section
      ref={setSection}
      className={`panel chart-panel chart-panel--${panel.form}${panel.wide ? ' chart-panel--wide' : ''}`}
      aria-labelledby={`${id}-title`}
      data-panel={id}
      data-form={panel.form}
      // The width its chart is built for (tests read it: the first must be the last).
      data-width={width || undefined}
    >
      <div className="chart-panel__head">
        <div className="chart-panel__titles">
          <h3 className="panel__title" id={`${id}-title`}>
            <FigureText text={title} />
          </h3>
          <p className="panel__subtitle">{subtitle}</p>
          {built?.subset && (
            <p className="panel__subset">
              {t('charts.subset', {
                shown: ctx.fmt.number(built.subset.shown),
                of: ctx.fmt.number(built.subset.of),
              })}
            </p>
          )}
        </div>
        {built && (
          <div className="chart-panel__tools">
            {!minimal && (
              <ExportMenu
                name={ctx.text(panel.name)}
                prepare={spec.prepareExport}
                embedUrl={embedUrl}
                lang={lang}
              />
            )}
            <button
              type="button"
              className="button button--small button--icon"
              aria-pressed={showTable}
              aria-label={showTable ? t('charts.hideTable') : t('charts.showTable')}
              title={showTable ? t('charts.hideTable') : t('charts.showTable')}
              onClick={() => toggleTable(id)}
            >
              <Icon name={showTable ? 'chart' : 'table'} />
              <span className="button__text">
                {showTable ? t('charts.hideTable') : t('charts.showTable')}
              </span>
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
      {showTable ? (
        built && <ChartTable title={title} rows={built.rows} onOpen={spec.onOpenRow} lang={lang} />
      ) : built && built.kind !== 'echarts' ? (
        built.kind === 'stat' ? (
          <LinkedStatTiles
            stats={built.stats}
            label={title}
            onHover={events.onHover}
            onSelect={events.onClick}
          />
        ) : (
          <ThemeList
            groups={built.groups}
            label={title}
            onHover={events.onHover}
            onOpen={spec.onOpenRow}
            onSelect={events.onClick}
          />
        )
      ) : (
        drawn &&
        drawn.kind === 'echarts' && (
          <div
            className="chart-slot"
            style={{ minHeight: drawn.height }}
            hidden={!built}
            // Whether the chart has been asked for: a slot without a chart says whether it
            // waits for the reader to come near or for the chart module (tests read it).
            data-near={shown ? '' : undefined}
          >
            {makeChart && (
              <LinkedChart
                chart={drawn}
                animateEntry={!drawnBefore && readerHasMoved()}
                lang={lang}
                label={title}
                descriptionId={descriptionId}
                selectLabel={selectLabel}
                // Printed before the chart module has loaded (a phone whose reader has not
                // moved yet has loaded none), the panel shows its data as a table, not an
                // empty box.
                paperWidth={paperWidth || undefined}
                fallback={
                  printing && built ? (
                    <ChartTable title={title} rows={built.rows} lang={lang} />
                  ) : null
                }
                {...events}
              />
            )}
          </div>
        )
      )}
      {built && notes.length > 0 && (
        <ul className="chart-panel__notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {hasDerived && <p className="chart-panel__note">{t('charts.derivedLegend')}</p>}
      {spec.hintKey && built && <p className="chart-panel__hint">{t(spec.hintKey)}</p>}
      {heading && <p className="chart-panel__heading">{heading}</p>}
      <p className="chart-panel__source">{sourceLine(report, built?.rows ?? [], ctx)}</p>
    </section>
  );
});

/**
 * The chart, following the entity hovered anywhere on the page. The hover is read here, not
 * by the panel: a hover re-renders the chart's wrapper alone, and the chart highlights its
 * marks in place. It is a deferred value: the frame of a tap or a pointer move shows the
 * chart under the finger (its own emphasis and tooltip), and the linked panels light up in
 * the render right after.
 */
function LinkedChart(props: Omit<ComponentProps<typeof LazyChart>, 'hover'>) {
  const hover = useDeferredValue(useDashboard((s) => s.hover));
  return <LazyChart {...props} hover={hover} />;
}

/** The big numbers, dimming those unrelated to the hovered entity (as LinkedChart). */
function LinkedStatTiles(props: Omit<ComponentProps<typeof StatTiles>, 'hover'>) {
  const hover = useDeferredValue(useDashboard((s) => s.hover));
  return <StatTiles {...props} hover={hover} />;
}

/**
 * The content width `section` has on paper: the printed sheet's (one column of panels, see
 * the print rules of app/styles.css) less the section's own padding and border.
 */
function widthOnPaper(section: HTMLElement): number {
  const style = getComputedStyle(section);
  const sides = [
    style.paddingLeft,
    style.paddingRight,
    style.borderLeftWidth,
    style.borderRightWidth,
  ].reduce((sum, v) => sum + (Number.parseFloat(v) || 0), 0);
  return Math.floor(PRINT_CONTENT_WIDTH - sides);
}

/**
 * The element's content width, rounded to WIDTH_STEP (from `initial` until measured; 0:
 * unknown). A new width is a transition: the first measure arrives for every panel in one
 * task, and the panels rebuilt for it render in slices instead of one long task (about
 * 190 ms at 4x CPU, measured); with `initial` right (see grid-widths.ts) there is nothing
 * to rebuild. A change of height alone (a filter removed rows) schedules nothing: a
 * transition started then would restart the panels' deferred render of that filter.
 */
function useWidth(element: HTMLElement | null, initial: number): number {
  const [width, setWidth] = useState(() => Math.round(initial / WIDTH_STEP) * WIDTH_STEP);
  const last = useRef(width);
  useEffect(() => {
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[entries.length - 1]?.contentRect.width ?? 0;
      const rounded = Math.round(w / WIDTH_STEP) * WIDTH_STEP;
      if (rounded === last.current) return;
      last.current = rounded;
      startTransition(() => setWidth(rounded));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

export type { BuiltChart };
