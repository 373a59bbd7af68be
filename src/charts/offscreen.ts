/**
 * The exporter's off-screen renderer (export-render.ts), for code that draws charts without
 * showing them (the deck): it comes with the chart module, loaded on first need.
 */
import type { downloadBlob, renderOptionSvg, svgToPng } from './export-render';
import { loadChartModule, retryChartModule } from './load-charts';

export interface OffscreenRenderer {
  renderOptionSvg: typeof renderOptionSvg;
  svgToPng: typeof svgToPng;
  downloadBlob: typeof downloadBlob;
}

/** The renderer, once the chart module has loaded; rejects after `timeoutMs` or on failure. */
export function offscreenRenderer(timeoutMs = 30_000): Promise<OffscreenRenderer> {
  // Called for a deck the reader asked for: a chart module that failed to load is retried.
  retryChartModule();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    loadChartModule(),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the charts did not load')), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
}
