/**
 * Every chart of the dashboard, linked through the store: the same filters, the same
 * focus (hover, else selection), one click handler. Loaded lazily with ECharts.
 */
import { useBuilt } from './use-built';
import { useTranslation } from 'react-i18next';
import { PanelBoundary } from '../../app/PanelBoundary';
import type { Report } from '../../data/schema';
import { useDashboard } from '../../state/store';
import { ChartPanel } from './ChartPanel';
import { Presentation } from './Presentation';
import { useSlides, type Slide } from './use-slides';
import type { ChartContext } from '../../charts/options/types';
import type { EntityRef } from '../../data/filters';
import { useChartContext } from './use-chart-context';

function SlidePanel({
  slide,
  ctx,
  onHover,
}: {
  slide: Slide;
  ctx: ChartContext;
  onHover: (entity: EntityRef | null) => void;
}) {
  const chart = useBuilt(slide, ctx);
  return (
    <ChartPanel
      id={slide.id}
      wide={slide.wide}
      title={ctx.text(`charts.${slide.id}.title`)}
      subtitle={ctx.text(`charts.${slide.id}.subtitle`)}
      built={chart}
      source={slide.source(chart, ctx)}
      onHover={onHover}
      onClick={slide.onClick}
      onZoom={slide.onZoom}
      onOpenRow={slide.onOpenRow}
      footer={slide.hintKey ? <p className="chart-panel__hint">{ctx.text(slide.hintKey)}</p> : null}
      prepareExport={slide.prepareExport}
    />
  );
}

export default function ChartsSection({ report }: { report: Report }) {
  const { t } = useTranslation();
  const present = useDashboard((s) => s.present);
  const setHover = useDashboard((s) => s.setHover);
  const ctx = useChartContext(report);
  const slides = useSlides(report);

  // Each chart is built inside its own error boundary: one failing builder costs one panel.
  const panel = (i: number) => {
    const slide = slides[i];
    if (!slide) return null;
    return (
      <PanelBoundary key={slide.id} name={slide.id}>
        <SlidePanel slide={slide} ctx={ctx} onHover={setHover} />
      </PanelBoundary>
    );
  };

  const wide = slides.flatMap((s, i) => (s.wide ? [i] : []));
  const grid = slides.flatMap((s, i) => (s.wide ? [] : [i]));
  const [first, ...restWide] = wide;

  return (
    <section className="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="visually-hidden">
        {t('charts.sectionHeading')}
      </h2>
      {first !== undefined && panel(first)}
      <div className="chart-grid">{grid.map(panel)}</div>
      {restWide.map(panel)}
      {present !== null && <Presentation report={report} slides={slides} />}
    </section>
  );
}
