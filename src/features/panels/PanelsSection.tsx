/**
 * Every panel of the report, in the file's order, linked through the store: the same
 * filters, the same focus (hover, else selection), one click handler. Loaded lazily with
 * ECharts.
 */
import { startTransition, useLayoutEffect, useRef, useState } from 'react';
import type { Report } from '../../data/schema';
import { retryChartModule } from '../../charts/load-charts';
import { PanelBoundary } from '../../shared/PanelBoundary';
import { useWords } from '../../shared/use-words';
import { useDashboard } from '../../state/store';
import { measureGridWidths, type GridWidths } from './grid-widths';
import { PanelView } from './PanelView';
import { Presentation } from './Presentation';
import { useChartContext } from './use-chart-context';
import { usePanels } from './use-panels';

export default function PanelsSection({ report }: { report: Report }) {
  const { t } = useWords();
  const present = useDashboard((s) => s.present);
  const setHover = useDashboard((s) => s.setHover);
  const ctx = useChartContext(report);
  const panels = usePanels(report);
  // The panels wait (behind a placeholder the size of the chunk's loading one) until the
  // grid has been laid out, and are first built for the widths it gives them.
  const grid = useRef<HTMLDivElement>(null);
  const probe = useRef<HTMLDivElement>(null);
  const [widths, setWidths] = useState<GridWidths | 'none' | null>(null);
  useLayoutEffect(() => {
    if (widths !== null || !grid.current || !probe.current) return;
    const measured = measureGridWidths(grid.current, probe.current) ?? 'none';
    startTransition(() => setWidths(measured));
  }, [widths]);

  return (
    <section className="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="visually-hidden">
        {t('charts.sectionHeading')}
      </h2>
      <div className="panel-grid" ref={grid}>
        {widths === null && (
          <div
            ref={probe}
            className="panel skeleton__block skeleton__block--charts panel-grid__probe"
          />
        )}
        {widths !== null &&
          panels.map((spec) => (
            // Each panel is built inside its own error boundary: one failing builder costs one panel.
            <PanelBoundary key={spec.panel.id} name={spec.panel.id} onRetry={retryChartModule}>
              <PanelView
                report={report}
                spec={spec}
                ctx={ctx}
                onHover={setHover}
                onClick={spec.onClick}
                onZoom={spec.onZoom}
                initialWidth={widths === 'none' ? 0 : spec.panel.wide ? widths.wide : widths.normal}
              />
            </PanelBoundary>
          ))}
      </div>
      {present !== null && <Presentation report={report} panels={panels} />}
    </section>
  );
}
