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

/** Roughly how wide `text` is, by kind of character (the same in Node and in a browser). */
export function estimateWidth(text: string, size: number, bold = false): number {
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

/** The font stack chart text is drawn in (the page's). */
export const TEXT_FONT =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'Liberation Sans', sans-serif";

type Measure = (text: string, font: string) => number;
let measurer: Measure | null | undefined;

/** A canvas that measures text in the browser's own fonts; none in Node or jsdom. */
function canvasMeasure(): Measure | null {
  if (measurer !== undefined) return measurer;
  measurer = null;
  if (typeof document === 'undefined' || /jsdom/i.test(navigator.userAgent)) return measurer;
  const context = document.createElement('canvas').getContext('2d');
  if (context) {
    measurer = (text, font) => {
      context.font = font;
      return context.measureText(text).width;
    };
  }
  return measurer;
}

const measured = new Map<string, number>();

/**
 * How wide `text` is at `size` px (`bold` for weights of 600 and more): in a browser the
 * wider of the canvas's measure in the chart font and the estimate (a picture opened where
 * other fonts stand in still has room); in Node, the estimate.
 */
export function textWidth(text: string, size: number, bold = false): number {
  const estimate = estimateWidth(text, size, bold);
  const measure = canvasMeasure();
  if (!measure) return estimate;
  const key = `${bold ? 'b' : ''}${size}|${text}`;
  let width = measured.get(key);
  if (width === undefined) {
    width = measure(text, `${bold ? '600 ' : ''}${size}px ${TEXT_FONT}`);
    if (measured.size > 5000) measured.clear();
    measured.set(key, width);
  }
  return Math.max(width, estimate);
}

/** The widest line of a multi-line text. */
export function blockWidth(text: string, size: number, bold = false): number {
  return Math.max(0, ...text.split('\n').map((line) => textWidth(line, size, bold)));
}

/** A CJK character; a word; a run of space. */
const TOKEN =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g;
/** Where a word may break: after a hyphen between two letters ("Neuro-" / "symbolic"). */
const HYPHEN_BREAK = /(?<=\p{L}-)(?=\p{L})/u;

/** Closing punctuation at the end of a line, left out when counting what else it holds. */
const NO_LINE_END_PUNCT = /[，。、；：？！）」』】》〉”’…%,.;:?!)\]]+$/;

/** Punctuation that never starts a line (it closes what stands before it): ，。、 and the like. */
const NO_LINE_START = /^[，。、；：？！）」』】》〉”’…%,.;:?!)\]]/;

/**
 * Break text into lines no wider than `max`: by words, or by characters for CJK; a word too
 * long for a line may break after a hyphen between two letters ("Neuro-" / "symbolic", never
 * "GPT-" / "5.4" or "ai-" / "2026-04"); closing punctuation stays on the line it closes.
 */
export function wrapText(
  text: string,
  max: number,
  size: number,
  maxLines = 3,
  bold = false,
): string[] {
  const words = text.match(TOKEN) ?? [];
  let lines = wrapTokens(words, max, size, bold);
  if (lines.some((l) => textWidth(l, size, bold) > max)) {
    lines = wrapTokens(
      words.flatMap((t) => t.split(HYPHEN_BREAK)),
      max,
      size,
      bold,
    );
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
    return kept;
  }
  return lines;
}

/**
 * `head`, `separator` and `tail` wrapped as one text (see `wrapText`), except that a `tail`
 * that fits a line is never broken: it ends the head's last line when there is room, else it
 * takes a line of its own ("Data centres and AI compute ·" / "about $6B", never "… · about" /
 * "$6B"). Within `maxLines`, or else as one text.
 */
export function wrapKeepingTail(
  head: string,
  separator: string,
  tail: string,
  max: number,
  size: number,
  maxLines = 3,
  bold = false,
): string[] {
  const whole = wrapText(`${head}${separator}${tail}`, max, size, maxLines, bold);
  if (whole.length < 2 || textWidth(tail, size, bold) > max) return whole;
  // The head in full (no ellipsis): whether the lines fit `maxLines` is judged at the end.
  const lines = wrapText(`${head}${separator}`.trimEnd(), max, size, Infinity, bold);
  const joined = `${lines[lines.length - 1] ?? ''}${separator.slice(separator.trimEnd().length)}${tail}`;
  const kept =
    textWidth(joined, size, bold) <= max ? [...lines.slice(0, -1), joined] : [...lines, tail];
  return kept.length <= maxLines ? kept : whole;
}

/** A CJK character (a unit such as 亿 or 万 after a number, or one left alone on a line). */
const CJK_CHAR = /^[\u2e80-\u9fff\uf900-\ufaff]$/;
/** A number at the end of a line, with the space after it: "1350 " of "…至 1350 ". */
const TRAILING_NUMBER = /(?<=^|\s)[^\s]*\d\s*$/;

/**
 * Greedy lines of tokens, each line as full as `max` allows; a number moves down with the
 * Chinese unit after it ("1350 亿美元", never "1350" / "亿美元"), and a last line of one
 * Chinese character takes the one before it ("超过 9700" / "万次", not "超过 9700 万" / "次").
 */
function wrapTokens(tokens: readonly string[], max: number, size: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line.trim() && !NO_LINE_START.test(token) && textWidth(next.trimEnd(), size, bold) > max) {
      const number = CJK_CHAR.test(token) ? TRAILING_NUMBER.exec(line) : null;
      const kept = number ? line.slice(0, number.index).trimEnd() : '';
      if (number && kept) {
        lines.push(kept);
        line = number[0] + token;
      } else {
        lines.push(line.trimEnd());
        line = token.trimStart();
      }
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  // A last line of one Chinese character takes the character before it (with that
  // character's number, if it is a unit: "9700 万").
  const last = lines[lines.length - 1] ?? '';
  const before = lines[lines.length - 2] ?? '';
  const alone = [...last.replace(NO_LINE_END_PUNCT, '')];
  const carried = /(?:(?<=^|\s)[^\s]*\d\s*)?[\u2e80-\u9fff\uf900-\ufaff]$/.exec(before);
  if (alone.length === 1 && CJK_CHAR.test(alone[0] ?? '') && carried && carried.index > 0) {
    lines[lines.length - 2] = before.slice(0, carried.index).trimEnd();
    lines[lines.length - 1] = carried[0] + last;
  }
  return lines;
}

/**
 * `text` wrapped into as few lines as `width` allows, each as long as the others can be
 * (the narrowest width giving that many lines, with no more hyphenated words broken):
 * "AI 虚拟试穿 / 进入零售", not "AI 虚拟试穿进入零 / 售".
 */
export function wrapBalanced(text: string, width: number, size: number, bold: boolean): string[] {
  const lines = wrapText(text, width, size, 99, bold);
  if (lines.length < 2) return lines;
  let low = 0;
  let high = width;
  let best = lines;
  for (let i = 0; i < 12; i++) {
    const mid = (low + high) / 2;
    const tried = wrapText(text, mid, size, 99, bold);
    if (tried.length <= lines.length && hyphenBreaks(tried) <= hyphenBreaks(lines)) {
      high = mid;
      best = tried;
    } else {
      low = mid;
    }
  }
  return best;
}

/** How many lines end inside a hyphenated word. */
function hyphenBreaks(lines: readonly string[]): number {
  return lines.slice(0, -1).filter((line) => line.endsWith('-')).length;
}
