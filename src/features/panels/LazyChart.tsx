import { use, type ComponentProps } from 'react';
import type { Chart } from '../../charts/chart';
import { loadChartModule, loadedChartModule } from '../../charts/load-charts';

/**
 * A chart, drawn once the chart module (ECharts) has loaded: the first suspends until then,
 * so it sits inside a Suspense boundary whose fallback keeps the chart's place; the later
 * ones draw at once. A failed load throws to the error boundary, whose retry loads again.
 */
export function LazyChart(props: ComponentProps<typeof Chart>) {
  const { Chart: Loaded } = loadedChartModule() ?? use(loadChartModule());
  return <Loaded {...props} />;
}
