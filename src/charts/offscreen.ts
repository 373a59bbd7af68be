/**
 * The off-screen renderer of export-render.ts, handed over when the chunk that holds ECharts
 * (the charts, loaded after the first paint) has run. Code loaded on demand that must not
 * bring ECharts into a chunk of its own, the deck, waits for it here: a second chunk that
 * imports ECharts makes the bundler split the app's first chunk to share modules with it,
 * which costs the first load about 1.5 kB gzip.
 */
import type { downloadBlob, renderOptionSvg, svgToPng } from './export-render';

export interface OffscreenRenderer {
  renderOptionSvg: typeof renderOptionSvg;
  svgToPng: typeof svgToPng;
  downloadBlob: typeof downloadBlob;
}

let provide: (renderer: OffscreenRenderer) => void = () => undefined;
const ready = new Promise<OffscreenRenderer>((resolve) => {
  provide = resolve;
});

/** Called once by export-render.ts when it loads. */
export function provideOffscreenRenderer(renderer: OffscreenRenderer): void {
  provide(renderer);
}

/** The renderer, once the charts' chunk has loaded; rejects after `timeoutMs`. */
export function offscreenRenderer(timeoutMs = 30_000): Promise<OffscreenRenderer> {
  return Promise.race([
    ready,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('the charts did not load')), timeoutMs),
    ),
  ]);
}
