/**
 * Where a formatted figure may break across lines. A number stays with its scale and unit
 * ("1350 亿美元", "$135B", "97M installs") and with the range joiner after it ("1150 亿至",
 * "$115B–"), so that a narrow card breaks "1150 亿至 / 1350 亿美元" or "$115B– / $135B",
 * never "1350 / 亿美元" or "亿 / 美元"; words around the numbers ("more than", "多达") break
 * as text does.
 */

/** A number with its currency sign, scale letters or symbol, a unit of CJK characters, or
 * one English word after a scale letter or a bare number; then a range joiner. */
const HELD =
  /[$€£¥]?\d[\d.,]*(?:[A-Za-z%×]+|\s?[\u4e00-\u9fff]{1,4})?(?:\s(?![a-z]*\b(?:to|and|or|of)\b)[a-z]+(?=$|[\s–—.,;]))?(?:\s?(?:–|—|~|至|to)(?=\s?[$€£¥\d]))?/gu;

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
