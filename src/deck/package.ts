/**
 * The second pass over the package pptxgenjs wrote: charts redrawn from their plans, every run
 * given the deck's language and typefaces, one set of properties per paragraph, notes split
 * into paragraphs, the theme's East Asian face set, and the embedded workbooks repaired.
 */
import JSZip from 'jszip';
import type { SeriesPlan } from './chart-plan';
import { patchChartXml } from './chart-xml';
import { patchRunFonts } from './east-asian-fonts';
import { patchNotesXml } from './notes';
import { keepFirstParagraphProps } from './paragraph-props';
import type { DeckFonts } from './theme';
import { escapeXml } from './xml';
import { repairWorkbook } from './workbook';

/** What the second pass needs to know about each written slide (1-based, in order). */
export interface WrittenSlide {
  notes: string;
  /** Series plans of the slide's chart, if it has one. */
  chart?: SeriesPlan[];
}

const TEXT_PARTS = /^ppt\/(slides|notesSlides|slideLayouts|slideMasters|notesMasters)\/[^/]+\.xml$/;

async function edit(zip: JSZip, path: string, change: (xml: string) => string): Promise<void> {
  const file = zip.file(path);
  if (!file) throw new Error(`Missing part ${path}`);
  zip.file(path, change(await file.async('string')));
}

/** The chart part a slide refers to, from the slide's relationships. */
async function chartPath(zip: JSZip, slide: number): Promise<string> {
  const rels = (await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)?.async('string')) ?? '';
  const target = /Target="[^"]*\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1];
  if (!target) throw new Error(`Slide ${slide} has no chart`);
  return `ppt/charts/${target}`;
}

/** Apply the second pass to the package bytes pptxgenjs wrote. */
export async function finishPackage(
  bytes: Uint8Array,
  slides: WrittenSlide[],
  fonts: DeckFonts,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [i, slide] of slides.entries()) {
    const n = i + 1;
    if (slide.chart) {
      const plans = slide.chart;
      await edit(zip, await chartPath(zip, n), (xml) => patchChartXml(xml, plans, fonts));
    }
    await edit(zip, `ppt/notesSlides/notesSlide${n}.xml`, (xml) =>
      patchNotesXml(xml, slide.notes, fonts),
    );
  }
  for (const path of Object.keys(zip.files).filter((p) => TEXT_PARTS.test(p))) {
    await edit(zip, path, (xml) => patchRunFonts(keepFirstParagraphProps(xml), fonts));
  }
  // Text that names only theme fonts (+mn-ea) resolves here: give the theme a Chinese face too.
  await edit(zip, 'ppt/theme/theme1.xml', (xml) =>
    xml.replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${escapeXml(fonts.eastAsian)}"/>`),
  );
  for (const path of Object.keys(zip.files).filter((p) => /^ppt\/embeddings\/.+\.xlsx$/.test(p))) {
    const file = zip.file(path);
    if (file) zip.file(path, await repairWorkbook(await file.async('uint8array')));
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}
