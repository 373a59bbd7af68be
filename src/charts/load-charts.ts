/**
 * The one way into ECharts for the rest of the app: the chart module, loaded once, on first
 * need. A failed load (offline, a deploy that replaced the files) stays failed, so that every
 * chart waiting for it shows its error instead of asking again and again, until a retry the
 * reader asks for (a panel's "Try again", an export or a deck) calls `retryChartModule`.
 */
import { importAgain } from '../lib/import-again';
import type * as ChartModuleExports from './chart-module';

export type ChartModule = typeof ChartModuleExports;

/**
 * The load, carrying its outcome in the fields React's `use()` reads (`status`, `value`,
 * `reason`): once settled, every chart made after the first reads the module at once
 * instead of suspending for a tick.
 */
export type ChartModuleLoad = Promise<ChartModule> & {
  status?: 'fulfilled' | 'rejected';
  value?: ChartModule;
  reason?: unknown;
};

let loading: ChartModuleLoad | null = null;
// A retry asks at a fresh address: the browser may keep the failed one failed.
const importChartModule = importAgain(() => import('./chart-module'));

export function loadChartModule(): Promise<ChartModule> {
  if (loading) return loading;
  const load: ChartModuleLoad = importChartModule();
  load.then(
    (module) => {
      load.status = 'fulfilled';
      load.value = module;
    },
    (error: unknown) => {
      load.status = 'rejected';
      load.reason = error;
    },
  );
  loading = load;
  return load;
}

/** After a failed load, the next need loads again; a load under way or done is kept. */
export function retryChartModule(): void {
  if (loading?.status === 'rejected') loading = null;
}
