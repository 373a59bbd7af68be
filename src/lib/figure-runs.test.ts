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

  it('keeps a number with its scale and currency in other locales too', () => {
    expect(held('267,2\u00a0Md\u00a0$')).toEqual(['267,2\u00a0Md\u00a0$']);
    expect(held('1\u202f150 €')).toEqual(['1\u202f150 €']);
  });

  it('lets the words around a number break as text does', () => {
    expect(figureRuns('more than 97M installs')).toEqual([
      { text: 'more than ', held: false },
      { text: '97M', held: true },
      { text: ' installs', held: false },
    ]);
    expect(held('up to 100×')).toEqual(['100×']);
    expect(held('多达 100 倍')).toEqual(['100 倍']);
  });

  it('keeps a lone Chinese qualifier with its number, not a word’s last character', () => {
    expect(held('Anthropic 近 190 亿美元')).toEqual(['近 190 亿美元']);
    expect(held('约 6 倍')).toEqual(['约 6 倍']);
    expect(held('Meta 宣布的 2026 年 AI 相关资本支出')).toEqual(['2026 年']);
  });

  it('keeps a hyphenated name whole, and its number with it', () => {
    expect(held('GPT-5.4 的 OSWorld-V 得分')).toEqual(['GPT-5.4', 'OSWorld-V']);
    expect(held('GPT-5.4 scores 75% on OSWorld-V')).toEqual(['GPT-5.4', '75%', 'OSWorld-V']);
    expect(held('a neuro-symbolic AI')).toEqual(['neuro-symbolic']);
    // A dash between figures is a range, not a name: its figures are held as before.
    expect(held('$115B–$135B')).toEqual(['$115B–', '$135B']);
    expect(held('well - said')).toEqual([]);
  });

  it('loses and adds no text', () => {
    for (const text of [
      '1150 亿至 1350 亿美元',
      'more than 97M installs',
      'about $6B',
      'GPT-5.4 的 OSWorld-V 得分',
      '—',
      '',
    ]) {
      expect(
        figureRuns(text)
          .map((r) => r.text)
          .join(''),
      ).toBe(text);
    }
  });
});
