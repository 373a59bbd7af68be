/**
 * Speaker notes as paragraphs. pptxgenjs puts the whole text in one run with CRLFs inside
 * `<a:t>`, which PowerPoint shows as one run-on paragraph; each "\n" of the model becomes a
 * paragraph of its own here.
 */
import type { DeckFonts } from './theme';
import { escapeXml } from './xml';

const BODY =
  /(<p:ph type="body"[^>]*\/>[\s\S]*?<p:txBody>[\s\S]*?<a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/;

/** The notes text as DrawingML paragraphs. */
export function notesParagraphs(notes: string, fonts: DeckFonts): string {
  const rPr = `<a:rPr lang="${fonts.lang}" dirty="0"/>`;
  return notes
    .split(/\r?\n/)
    .map((line) =>
      line.trim()
        ? `<a:p><a:r>${rPr}<a:t>${escapeXml(line)}</a:t></a:r></a:p>`
        : `<a:p><a:endParaRPr lang="${fonts.lang}"/></a:p>`,
    )
    .join('');
}

/** Replace the notes placeholder's text in a notes slide part. */
export function patchNotesXml(xml: string, notes: string, fonts: DeckFonts): string {
  if (!BODY.test(xml)) throw new Error('Notes slide without a body placeholder');
  return xml.replace(
    BODY,
    (_all, head: string, tail: string) => `${head}${notesParagraphs(notes, fonts)}${tail}`,
  );
}
