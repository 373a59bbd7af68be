import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../i18n/words';
import { displayUnit, inUnit } from './display-unit';

describe('displayUnit', () => {
  it.each([
    ['zh', 'usd', 267.2e9, 1e8, '亿美元'],
    ['en', 'usd', 267.2e9, 1e9, '$B'],
    ['zh', 'usd', 10e9, 1e8, '亿美元'],
    ['en', 'tokens', 2e6, 1e6, 'M tokens'],
    ['zh', 'tokens', 2e6, 1e4, '万 token'],
    ['en', 'users', 1e6, 1e6, 'M users'],
    ['zh', 'users', 1e6, 1e4, '万人'],
    ['en', 'percent', 75, 1, '%'],
    ['zh', 'percent', 75, 1, '%'],
    ['en', 'multiple', 100, 1, '×'],
    ['zh', 'multiple', 100, 1, '倍'],
    ['zh', 'percentage-points', 27.7, 1, '个百分点'],
  ] as const)('%s %s up to %d: values ÷ %d, axis “%s”', (lang, unit, max, factor, title) => {
    expect(displayUnit(unit, max, wordsFor(lang))).toEqual({ factor, title });
  });

  it('writes values without float noise', () => {
    expect(inUnit(267.2e9, { factor: 1e9, title: '$B' })).toBe(267.2);
    expect(inUnit(115.2e9, { factor: 1e8, title: '亿美元' })).toBe(1152);
    expect(inUnit(0.3e6, { factor: 1e6, title: 'M' })).toBe(0.3);
  });
});
