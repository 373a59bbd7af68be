/**
 * The one way into ECharts for the rest of the app: the chart module, loaded once, on first
 * need. A failed load (offline, a deploy that replaced the files) stays failed, so that every
 * chart waiting for it shows its error instead of asking again and again, until a retry the
 * reader asks for (a panel's "Try again", an export or a deck) calls `retryChartModule`.
 */
import type * as ChartModuleExports from './chart-module';

export type ChartModule = typeof ChartModuleExports;

let loading: Promise<ChartModule> | null = null;
let loaded: ChartModule | null = null;
let failed = false;

export function loadChartModule(): Promise<ChartModule> {
  loading ??= import('./chart-module').then(
    (module) => (loaded = module),
    (error: unknown) => {
      failed = true;
      throw error;
    },
  );
  return loading;
}

/** The chart module if it has loaded already (a chart made after the first needs no wait). */
export function loadedChartModule(): ChartModule | null {
  return loaded;
}

/** After a failed load, the next need loads again; a load under way or done is kept. */
export function retryChartModule(): void {
  if (!failed) return;
  failed = false;
  loading = null;
}
