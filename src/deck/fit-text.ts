/**
 * Text measurement without a renderer. PowerPoint only applies "shrink text on overflow" when
 * a text box is edited, so a box that must not overflow gets a size chosen here: estimated
 * widths (CJK 1 em, Latin capitals ~0.67 em, other Latin ~0.52 em for Arial) and greedy
 * wrapping, on the safe side.
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Width of one character in em. */
function charEm(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (/[A-Z0-9$%#@&MW]/.test(ch)) return ch === 'M' || ch === 'W' ? 0.85 : 0.67;
  if (/[ilj.,:;'|!·\s]/.test(ch)) return 0.3;
  return 0.54;
}

/** Width of a text in inches at a font size in points. */
export function textWidth(text: string, pt: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
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
export function lineCount(text: string, pt: number, width: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines += 1;
    for (const token of tokens(paragraph)) {
      const w = textWidth(token, pt);
      const trimmed = textWidth(token.trimEnd(), pt);
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
): number {
  for (let pt = max; pt > min; pt -= 1) {
    if (lineCount(text, pt, box.w) * lineHeight(pt) <= box.h) return pt;
  }
  return min;
}
