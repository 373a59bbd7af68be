/**
 * Text measurement without a renderer. PowerPoint only applies "shrink text on overflow" when
 * a text box is edited, so a box that must not overflow gets a size chosen here: Arial's own
 * advance widths for printable ASCII (the deck sets every Latin run in Arial; Liberation Sans,
 * which LibreOffice substitutes, has the same metrics; bold type its Arial Bold widths: bold
 * figures set up to a tenth wider), 1 em for CJK and full-width forms,
 * and greedy wrapping. Latin text is counted a few per cent wider than Arial sets it, and
 * characters outside the table as wide as a digit: the estimate errs on the safe side.
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Arial's advance widths in thousandths of an em, for the characters U+0020 to U+007E. */
// prettier-ignore
const ARIAL = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
];
/** Arial Bold's advance widths, for the same characters. */
// prettier-ignore
const ARIAL_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, // 0 to ?
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, // P to _
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, // ` to o
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, // p to ~
];
/** Other characters the decks use, e.g. typographic quotes, dashes and the middle dot. */
const OTHER: Record<string, number> = {
  '\u2018': 222,
  '\u2019': 222,
  '\u201c': 333,
  '\u201d': 333,
  '\u2013': 556,
  '\u2014': 1000,
  '\u2026': 1000,
  '\u00b7': 278,
  '\u00d7': 584,
};
/** The same in Arial Bold, where they differ. */
const OTHER_BOLD: Record<string, number> = {
  ...OTHER,
  '\u2018': 278,
  '\u2019': 278,
  '\u201c': 500,
  '\u201d': 500,
};
/** Arial as LibreOffice and PowerPoint set it runs a little wider than its advance widths sum. */
const LATIN_MARGIN = 1.04;

/** Width of one character in em, regular or bold. */
function charEm(ch: string, bold: boolean): number {
  if (WIDE.test(ch)) return 1;
  const code = ch.codePointAt(0) ?? 0;
  const width =
    (bold ? ARIAL_BOLD : ARIAL)[code - 32] ??
    (bold ? OTHER_BOLD : OTHER)[ch] ??
    (/\s/.test(ch) ? 278 : 556);
  return (width / 1000) * LATIN_MARGIN;
}

/**
 * Space LibreOffice adds where Chinese meets Latin letters or digits (its Asian/Western
 * autospacing), with or without a space between them: "Meta 发布" sets wider than its
 * characters sum. Counted for PowerPoint too, on the safe side.
 */
const SCRIPT_GAP = 0.25;

/** Width of a text in inches at a font size in points, in regular or bold type. */
export function textWidth(text: string, pt: number, bold = false): number {
  let em = 0;
  let previous: boolean | null = null;
  for (const ch of text) {
    em += charEm(ch, bold);
    if (/\s/.test(ch)) continue;
    const wide = WIDE.test(ch);
    if (previous !== null && previous !== wide && /[\p{L}\p{N}]/u.test(ch)) em += SCRIPT_GAP;
    previous = wide;
  }
  return (em * pt) / 72;
}

/** Where a line may break: after spaces, and between CJK characters. */
function tokens(text: string): string[] {
  return (
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g,
    ) ?? []
  );
}

/** How many lines a text takes in a box `width` inches wide (each "\n" starts a line). */
export function lineCount(text: string, pt: number, width: number, bold = false): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines += 1;
    for (const token of tokens(paragraph)) {
      const w = textWidth(token, pt, bold);
      const trimmed = textWidth(token.trimEnd(), pt, bold);
      if (line > 0 && line + trimmed > width) {
        lines += 1;
        line = w;
      } else {
        line += w;
      }
    }
  }
  return lines;
}

/** Line height (inches) at a size, with PowerPoint's single spacing of about 1.2. */
export function lineHeight(pt: number): number {
  return (pt * 1.2) / 72;
}

/**
 * The largest size from `max` down to `min` (points, in steps of 1) at which the text fits a
 * box, given its inner width and height in inches; `min` when nothing fits.
 */
export function fitSize(
  text: string,
  box: { w: number; h: number },
  max: number,
  min: number,
  bold = false,
): number {
  for (let pt = max; pt > min; pt -= 1) {
    if (lineCount(text, pt, box.w, bold) * lineHeight(pt) <= box.h) return pt;
  }
  return min;
}
