/**
 * The exporter's off-screen renderer (export-render.ts), for code that draws charts without
 * showing them (the deck): it comes with the chart module, loaded on first need.
 */
import type { downloadBlob, renderOptionSvg, svgToPng } from './export-render';
import { loadChartModule } from './load-charts';

export interface OffscreenRenderer {
  renderOptionSvg: typeof renderOptionSvg;
  svgToPng: typeof svgToPng;
  downloadBlob: typeof downloadBlob;
}

/** The renderer, once the chart module has loaded; rejects after `timeoutMs`. */
export function offscreenRenderer(timeoutMs = 30_000): Promise<OffscreenRenderer> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    loadChartModule(),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the charts did not load')), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
}
