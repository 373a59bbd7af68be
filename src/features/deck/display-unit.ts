/**
 * The unit a native chart's values are written in. PowerPoint shows plain numbers on its axis
 * and in "Edit data", so a panel's values are divided by the scale the language writes its
 * largest value with (亿 in 2672 亿美元, B in $267.2B, 万 in 200 万 token) and the axis title
 * names that unit ("亿美元", "$B", "万 token"). The scale comes from CLDR's compact notation
 * as in src/lib/format.ts, and the title from the formatter itself: the unit written around
 * the number 2 at that scale, without the 2 ("$2B" → "$B", "2 亿美元" → "亿美元").
 */
import type { Unit } from '../../data/schema';
import type { ChartWords } from '../../charts/options/types';
import { getNumberFormat } from '../../lib/format';

export interface DisplayUnit {
  /** Base-unit values are divided by this (1e8 for 亿, 1e9 for B, 1 for none). */
  factor: number;
  /** The axis title, e.g. "亿美元", "$B", "M tokens", "%", "×". */
  title: string;
}

/** The compact scale `n` is written with in `locale`: its word and its factor. */
function compactScale(n: number, locale: string): { symbol: string; factor: number } {
  if (!(n > 0) || !Number.isFinite(n)) return { symbol: '', factor: 1 };
  const parts = getNumberFormat(locale, {
    notation: 'compact',
    maximumSignificantDigits: 4,
  }).formatToParts(n);
  const symbol = parts
    .filter((p) => p.type === 'compact')
    .map((p) => p.value)
    .join('')
    .trim();
  if (!symbol) return { symbol: '', factor: 1 };
  const digits = (type: string): string =>
    parts
      .filter((p) => p.type === type)
      .map((p) => p.value)
      .join('');
  const shown = Number(`${digits('integer').replace(/\D/g, '')}.${digits('fraction') || '0'}`);
  if (!(shown > 0)) return { symbol: '', factor: 1 };
  return { symbol, factor: 10 ** Math.round(Math.log10(n / shown)) };
}

/** The display unit of values in `unit` whose largest is `max`, in the language of `words`. */
export function displayUnit(
  unit: Unit,
  max: number,
  words: Pick<ChartWords, 't' | 'fmt'>,
): DisplayUnit {
  const { symbol, factor } = compactScale(max, words.fmt.locale);
  // Two, not one: the unit's plural ("M tokens"), and a digit no scale word contains.
  let title = words.fmt
    .amount(2 * factor, unit)
    .replace(words.fmt.number(2), '')
    .trim();
  // A unit the language leaves unsaid after a number (Chinese users: "100 万") is named on
  // the axis with the chart's own axis word (万人).
  if (title === symbol) {
    const key = `charts.axisUnit.${unit}`;
    const word = words.t(key);
    if (word !== key) title = `${symbol}${word}`;
  }
  return { factor, title };
}

/** A base-unit value in a display unit, without float noise (267.2, not 267.20000000000002). */
export function inUnit(value: number, unit: DisplayUnit): number {
  return Number((value / unit.factor).toPrecision(12));
}
