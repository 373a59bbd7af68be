/**
 * Decks as files: the model built in each language asked for, written by the deck writer in a
 * worker (deck-worker.ts: pptxgenjs and JSZip load only then) and handed to the browser's
 * downloads. The timeline and the treemap are drawn off screen by the exporter's renderer.
 */
import { exportFileName } from '../../charts/export/file-name';
import { offscreenRenderer, type OffscreenRenderer } from '../../charts/offscreen';
import type { Deck } from '../../deck/model';
import { activeFilterCount } from '../../data/filters';
import type { Figure, Report } from '../../data/schema';
import type { Lang } from '../../i18n/languages';
import type { Words } from '../../i18n/words';
import { buildDeck, type DeckView, type RenderImage } from './deck-model';
import type { WorkerAnswer } from './deck-worker';

/** The writer could not be fetched (offline, or a deploy replaced its files). */
export class DeckLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeckLoadError';
  }
}

/** The timeline and the treemap drawn off screen as SVG, then rasterised at 2×. */
function imageRenderer(renderer: OffscreenRenderer): RenderImage {
  return async (chart, size, lang) => {
    const svg = renderer.renderOptionSvg(chart.option, size.width, size.height, lang);
    const blob = await renderer.svgToPng(svg, size.width, size.height, 2);
    return {
      png: new Uint8Array(await blob.arrayBuffer()),
      width: size.width * 2,
      height: size.height * 2,
    };
  };
}

/** A worker that writes decks, one at a time, until it is terminated. */
function deckWriter(): { write: (deck: Deck) => Promise<Blob>; close: () => void } {
  const worker = new Worker(new URL('./deck-worker.ts', import.meta.url), { type: 'module' });
  let pending: { resolve: (blob: Blob) => void; reject: (error: Error) => void } | null = null;
  worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data;
    if (answer.ok) pending?.resolve(new Blob([answer.bytes as BlobPart], { type: answer.type }));
    else pending?.reject(new Error(answer.message));
    pending = null;
  });
  // The worker's script failed to load or run: the writer is not there.
  worker.addEventListener('error', (event) => {
    pending?.reject(new DeckLoadError(event.message || 'deck writer'));
    pending = null;
  });
  return {
    write: (deck) =>
      new Promise<Blob>((resolve, reject) => {
        pending = { resolve, reject };
        worker.postMessage(deck);
      }),
    close: () => worker.terminate(),
  };
}

/**
 * The deck's name in its file: a filtered or focused view is not the whole edition, and its
 * file must not take the whole edition's name (a download would replace the other).
 */
export function deckSlug(view: DeckView | null): string {
  return view && activeFilterCount(view.filters, view.selection) > 0 ? 'deck-filtered' : 'deck';
}

/**
 * Write and download one deck per language, in order. Resolves to the file names; throws
 * DeckLoadError when the writer cannot be fetched.
 */
export async function downloadDecks(
  report: Report,
  langs: readonly Lang[],
  view: DeckView | null,
  page: { words: (lang: Lang) => Words; valueText: (f: Figure) => string },
): Promise<string[]> {
  const renderer = await offscreenRenderer().catch((error: unknown) => {
    throw new DeckLoadError(error instanceof Error ? error.message : String(error));
  });
  const renderImage = imageRenderer(renderer);
  const writer = deckWriter();
  try {
    const names: string[] = [];
    for (const lang of langs) {
      const { deck } = await buildDeck({
        report,
        lang,
        view,
        renderImage,
        words: page.words,
        valueText: page.valueText,
      });
      const name = exportFileName(report.report.id, deckSlug(view), lang, 'pptx');
      renderer.downloadBlob(await writer.write(deck), name);
      names.push(name);
    }
    return names;
  } finally {
    writer.close();
  }
}
