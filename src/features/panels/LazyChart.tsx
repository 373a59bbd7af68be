import { Suspense, use, type ComponentProps, type ReactNode } from 'react';
import type { Chart } from '../../charts/chart';
import { loadChartModule } from '../../charts/load-charts';

type ChartProps = ComponentProps<typeof Chart>;

/**
 * A chart, drawn once the chart module (ECharts) has loaded. The first waits for it, showing
 * `fallback` meanwhile (nothing by default: the slot around it keeps the chart's room); the
 * later ones draw at once. A failed load throws to the error boundary, whose retry loads again.
 */
export function LazyChart({ fallback = null, ...props }: ChartProps & { fallback?: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <LoadedChart {...props} />
    </Suspense>
  );
}

function LoadedChart(props: ChartProps) {
  const { Chart: Loaded } = use(loadChartModule());
  return <Loaded {...props} />;
}
