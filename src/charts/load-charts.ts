/**
 * The one way into ECharts for the rest of the app: the chart module, loaded once, on first
 * need. A failed load (offline, a deploy that replaced the files) is forgotten, so the next
 * need tries again.
 */
import type * as ChartModuleExports from './chart-module';

export type ChartModule = typeof ChartModuleExports;

let loading: Promise<ChartModule> | null = null;
let loaded: ChartModule | null = null;

export function loadChartModule(): Promise<ChartModule> {
  loading ??= import('./chart-module').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The chart module if it has loaded already (a chart made after the first needs no wait). */
export function loadedChartModule(): ChartModule | null {
  return loaded;
}
