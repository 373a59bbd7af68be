/**
 * `writeDeck(deck)`: the deck model as .pptx bytes. pptxgenjs lays out the slides and writes
 * the charts with their data; package.ts then patches what it cannot express (per-point
 * labels, derived points, East Asian typefaces, notes paragraphs). Runs in the browser and in
 * Node; load it with `import()`, as pptxgenjs and JSZip are large.
 */
import PptxGenJS from 'pptxgenjs';
import { addChartContent, addOverflowPage } from './chart-slide';
import { addFrame } from './frame';
import type { ChartSlide, Deck } from './model';
import { finishPackage, type WrittenSlide } from './package';
import { addStats } from './stats-slide';
import { deckFonts, COLOUR, type DeckFonts } from './theme';
import { addTitleSlide } from './title-slide';

/** The MIME type of the bytes `writeDeck` returns: `new Blob([bytes], { type: PPTX_MIME })`. */
export const PPTX_MIME =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

function newSlide(pptx: PptxGenJS, notes: string): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  slide.background = { color: COLOUR.surface };
  slide.addNotes(notes);
  return slide;
}

/** A chart slide and the slides its table or grid spills onto. */
function writeChartSlide(
  pptx: PptxGenJS,
  deck: Deck,
  model: ChartSlide,
  fonts: DeckFonts,
): WrittenSlide[] {
  const slide = newSlide(pptx, model.notes);
  const box = addFrame(slide, model, deck.stamp, fonts);
  const result = addChartContent(slide, model, box, fonts);
  const written: WrittenSlide[] = [{ notes: model.notes, chart: result.plans }];
  const { chart } = model;
  if (chart.kind === 'native') return written;
  const following = { ...model, title: model.continuedTitle ?? model.title };
  for (const rows of result.overflow) {
    const page = newSlide(pptx, model.notes);
    const box = addFrame(page, following, deck.stamp, fonts);
    addOverflowPage(page, chart, rows, box, fonts, result.grid);
    written.push({ notes: model.notes });
  }
  return written;
}

/**
 * Write a deck. Resolves to the .pptx file's bytes (a Uint8Array works in both the browser,
 * wrapped in a Blob of type PPTX_MIME, and Node, with fs.writeFile).
 */
export async function writeDeck(deck: Deck): Promise<Uint8Array> {
  const fonts = deckFonts(deck.lang);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = deck.stamp;
  if (deck.author) pptx.author = deck.author;
  pptx.theme = { headFontFace: fonts.latin, bodyFontFace: fonts.latin };
  const written: WrittenSlide[] = [];
  for (const model of deck.slides) {
    if (model.kind === 'chart') {
      written.push(...writeChartSlide(pptx, deck, model, fonts));
      continue;
    }
    const slide = newSlide(pptx, model.notes);
    if (model.kind === 'title') addTitleSlide(slide, model, deck.stamp, fonts);
    else addStats(slide, model, addFrame(slide, model, deck.stamp, fonts), fonts);
    written.push({ notes: model.notes });
  }
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return finishPackage(bytes, written, fonts);
}
