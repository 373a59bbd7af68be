/**
 * A space where Chinese meets Latin letters or digits, as the dataset writes its Chinese
 * ("Meta 宣布", "2026 年"): for texts put together from parts, where a template cannot know
 * whether its neighbour is a Chinese or a Latin name ("据{{by}}表示" → "据 Meta 表示", but
 * "据美国全国零售联合会表示").
 */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const LATIN = 'A-Za-z0-9';
const HAN_THEN_LATIN = new RegExp(`([${HAN}])([${LATIN}])`, 'gu');
const LATIN_THEN_HAN = new RegExp(`([${LATIN}])([${HAN}])`, 'gu');

export function spaceScripts(text: string): string {
  return text.replace(HAN_THEN_LATIN, '$1 $2').replace(LATIN_THEN_HAN, '$1 $2');
}
