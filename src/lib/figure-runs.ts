/**
 * Where a formatted figure may break across lines. A number stays with its scale and unit
 * ("1350 亿美元", "$135B", "267,2 Md $") and with the range joiner after it ("1150 亿至",
 * "$115B–"), so that a narrow card breaks "1150 亿至 / 1350 亿美元" or "$115B– / $135B",
 * never "1350 / 亿美元" or "亿 / 美元"; a hyphenated name stays whole; words around the
 * numbers ("more than", "多达", "installs") break as text does.
 */

/** A number (its group separators included) with its currency sign before or after it, its
 * scale letters or symbol, or a unit of CJK characters; then a range joiner. A lone Chinese
 * character before it (a qualifier such as 近 or 约) stays with it: "近 / 190 亿美元" would
 * leave it alone at a line's end. */
const FIGURE =
  /(?:(?<![\u4e00-\u9fff])[\u4e00-\u9fff] (?=[$€£¥]?\d))?[$€£¥]?\d(?:[\d.,]|[\u00a0\u202f](?=\d))*(?:\s?(?:[A-Za-z%×]+|[\u4e00-\u9fff]{1,4}))?(?:\s?[$€£¥](?!\d))?(?:\s?(?:–|—|~|至|to)(?=\s?[$€£¥\d]))?/u;
/** A hyphenated Latin name ("OSWorld-V", "GPT-5.4"): a break at its hyphen reads as two
 * words ("GPT-5.4 的 OSWorld- / V 得分"). */
const NAME = /(?<![A-Za-z\d.])[A-Za-z][A-Za-z\d.]*(?:-[A-Za-z\d][A-Za-z\d.]*)+/u;
const HELD = new RegExp(`${NAME.source}|${FIGURE.source}`, 'gu');

/** A figure's text as runs: `held` runs must not break inside, the others may. */
export interface FigureRun {
  text: string;
  held: boolean;
}

export function figureRuns(text: string): FigureRun[] {
  const runs: FigureRun[] = [];
  let at = 0;
  for (const match of text.matchAll(HELD)) {
    const start = match.index;
    if (start > at) runs.push({ text: text.slice(at, start), held: false });
    runs.push({ text: match[0], held: true });
    at = start + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), held: false });
  return runs;
}
