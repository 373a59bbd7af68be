/**
 * Every text run declares its language and an East Asian typeface. pptxgenjs writes only
 * `<a:latin>` into chart XML (its issue #1420) and nothing into notes, so PowerPoint and Keynote
 * can fall back to a face without Chinese glyphs and draw boxes. This pass rewrites every
 * `<a:rPr>`, `<a:defRPr>` and `<a:endParaRPr>` of a part: `lang`, then latin, ea and cs faces.
 */
import type { DeckFonts } from './theme';
import { childElements, escapeXml, setAttribute } from './xml';

const RUN_PROPS = /<a:(rPr|defRPr|endParaRPr)\b((?:"[^"]*"|[^">])*?)(\/>|>([\s\S]*?)<\/a:\1>)/g;

/** Children of a run's properties that the schema puts before the typefaces. */
const BEFORE_FACES = new Set([
  'a:ln',
  'a:noFill',
  'a:solidFill',
  'a:gradFill',
  'a:blipFill',
  'a:pattFill',
  'a:grpFill',
  'a:effectLst',
  'a:effectDag',
  'a:highlight',
  'a:uLnTx',
  'a:uLn',
  'a:uFillTx',
  'a:uFill',
]);
const FACES = new Set(['a:latin', 'a:ea', 'a:cs']);

/**
 * The typeface elements. charset -122 (GB2312) and pitchFamily 34 (proportional sans) tell
 * PowerPoint which face to substitute when the named one is missing.
 */
export function faceElements(fonts: DeckFonts): string {
  const latin = escapeXml(fonts.latin);
  const ea = escapeXml(fonts.eastAsian);
  return (
    `<a:latin typeface="${latin}" pitchFamily="34" charset="0"/>` +
    `<a:ea typeface="${ea}" pitchFamily="34" charset="-122"/>` +
    `<a:cs typeface="${latin}" pitchFamily="34" charset="0"/>`
  );
}

/** Rewrite one run-properties element with the deck's language and typefaces. */
function patchRunProps(tag: string, attrs: string, body: string, fonts: DeckFonts): string {
  const start = setAttribute(`<a:${tag}${attrs}>`, 'lang', fonts.lang);
  const kept = childElements(body).filter((child) => !FACES.has(child.name));
  let at = 0;
  kept.forEach((child, i) => {
    if (BEFORE_FACES.has(child.name)) at = i + 1;
  });
  const children = [
    ...kept.slice(0, at).map((c) => c.xml),
    faceElements(fonts),
    ...kept.slice(at).map((c) => c.xml),
  ];
  return `${start}${children.join('')}</a:${tag}>`;
}

/** Give every run in an XML part the deck's language and typefaces (idempotent). */
export function patchRunFonts(xml: string, fonts: DeckFonts): string {
  return xml.replace(RUN_PROPS, (_all, tag: string, attrs: string, _end, body?: string) =>
    patchRunProps(tag, attrs, body ?? '', fonts),
  );
}

/** The run-properties elements of a part that declare no East Asian typeface (for checks). */
export function runsWithoutEastAsian(xml: string): string[] {
  const missing: string[] = [];
  for (const match of xml.matchAll(RUN_PROPS)) {
    const body = match[4] ?? '';
    if (!/<a:ea\s[^>]*typeface="[^"]+"/.test(body)) missing.push(match[0]);
  }
  return missing;
}
