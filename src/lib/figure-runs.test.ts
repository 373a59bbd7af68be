import { describe, expect, it } from 'vitest';
import { figureRuns } from './figure-runs';

const held = (text: string): string[] =>
  figureRuns(text)
    .filter((r) => r.held)
    .map((r) => r.text);

describe('figure runs', () => {
  it('keeps a number with its unit and the range joiner after it', () => {
    expect(held('1150 亿至 1350 亿美元')).toEqual(['1150 亿至', '1350 亿美元']);
    expect(held('$115B–$135B')).toEqual(['$115B–', '$135B']);
    expect(held('15.8%')).toEqual(['15.8%']);
    expect(held('2672 亿美元')).toEqual(['2672 亿美元']);
  });

  it('keeps an English number with the word it counts, and lets the words before it break', () => {
    const runs = figureRuns('more than 97M installs');
    expect(runs).toEqual([
      { text: 'more than ', held: false },
      { text: '97M installs', held: true },
    ]);
    expect(held('up to 100×')).toEqual(['100×']);
    expect(held('多达 100 倍')).toEqual(['100 倍']);
    expect(held('fewer than 500K users')).toEqual(['500K users']);
  });

  it('loses and adds no text', () => {
    for (const text of ['1150 亿至 1350 亿美元', 'more than 97M installs', 'about $6B', '—', '']) {
      expect(
        figureRuns(text)
          .map((r) => r.text)
          .join(''),
      ).toBe(text);
    }
  });
});
