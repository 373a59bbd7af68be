/**
 * Estimates of how wide a text is, for laying labels out before anything is drawn (ECharts
 * measures only once it renders). Widths per kind of character, in em, measured on the
 * widest fonts the page's stack falls back to (DejaVu Sans, Noto Sans CJK): elsewhere the
 * estimate errs wide, which leaves room. The end-to-end tests measure the real result.
 */

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u201c\u201d]/;
const NARROW = /[il.,:;'|!()[\]]/;
const UPPER = /[A-Z0-9$%×]/;
const SPACE = /\s/;
/** Bold (600 and more) runs this much wider. */
const BOLD = 1.13;

/** Roughly how wide `text` is at `size` px (`bold` for weights of 600 and more). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    em += WIDE.test(ch)
      ? 1
      : NARROW.test(ch)
        ? 0.35
        : SPACE.test(ch)
          ? 0.32
          : UPPER.test(ch)
            ? 0.68
            : 0.57;
  }
  return em * size * (bold ? BOLD : 1);
}

/** The widest line of a multi-line text. */
export function blockWidth(text: string, size: number, bold = false): number {
  return Math.max(0, ...text.split('\n').map((line) => textWidth(line, size, bold)));
}

const TOKEN =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g;

/** Break text into lines no wider than `max` (by words, or by characters for CJK). */
export function wrapText(
  text: string,
  max: number,
  size: number,
  maxLines = 3,
  bold = false,
): string[] {
  const tokens = text.match(TOKEN) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line && textWidth(next.trimEnd(), size, bold) > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
    return kept;
  }
  return lines;
}
