/**
 * Reading wrapped text back, for tests: a label's lines joined as the text they were wrapped
 * from, and text compared without the spaces a line break may take beside Chinese.
 */

const CJK = /[\u2e80-\u9fff\uff00-\uffef]/;

/**
 * Lines joined again: a space where a line broke between two words; nothing after a line
 * that ends a hyphenated word's first half ("Neuro-" / "symbolic") or beside a Chinese
 * character.
 */
export function joinLines(lines: readonly string[]): string {
  let joined = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const tight =
      joined === '' ||
      joined.endsWith('-') ||
      CJK.test(joined.slice(-1)) ||
      CJK.test(line[0] ?? '');
    joined += (tight ? '' : ' ') + line;
  }
  return joined;
}

/** Text with runs of space made one, and none beside a Chinese character. */
export function withoutCjkSpaces(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*([\u2e80-\u9fff\uff00-\uffef])\s*/g, '$1')
    .trim();
}
