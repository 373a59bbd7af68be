/**
 * Every panel of the report, in the file's order, linked through the store: the same
 * filters, the same focus (hover, else selection), one click handler. Loaded lazily with
 * ECharts.
 */
import type { Report } from '../../data/schema';
import { retryChartModule } from '../../charts/load-charts';
import { PanelBoundary } from '../../shared/PanelBoundary';
import { useWords } from '../../shared/use-words';
import { useDashboard } from '../../state/store';
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

  return (
    <section className="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="visually-hidden">
        {t('charts.sectionHeading')}
      </h2>
      <div className="panel-grid">
        {panels.map((spec) => (
          // Each panel is built inside its own error boundary: one failing builder costs one panel.
          <PanelBoundary key={spec.panel.id} name={spec.panel.id} onRetry={retryChartModule}>
            <PanelView
              report={report}
              spec={spec}
              ctx={ctx}
              onHover={setHover}
              onClick={spec.onClick}
              onZoom={spec.onZoom}
            />
          </PanelBoundary>
        ))}
      </div>
      {present !== null && <Presentation report={report} panels={panels} />}
    </section>
  );
}
