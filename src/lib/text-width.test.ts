import { describe, expect, it } from 'vitest';
import { textWidth, wrapKeepingTail, wrapText } from './text-width';

describe('wrapKeepingTail', () => {
  const head = 'Data centres and AI compute';
  const tail = 'about $6B';
  // As wide as the head, its separator and the tail's first word: wrapped as one text, the
  // value breaks after "about".
  const width = textWidth(`${head} · about`, 13, true) + 1;

  it('never breaks a value that fits a line: it takes a line of its own', () => {
    expect(wrapText(`${head} · ${tail}`, width, 13, 3, true)).toEqual([`${head} · about`, '$6B']);
    expect(wrapKeepingTail(head, ' · ', tail, width, 13, 3, true)).toEqual([`${head} ·`, tail]);
  });

  it('ends the head’s last line with the value when there is room', () => {
    expect(wrapKeepingTail('Total commitment', ' · ', '$10B', 400, 13, 3, true)).toEqual([
      'Total commitment · $10B',
    ]);
    const narrow = textWidth('Data centres and AI', 13, true) + 1;
    expect(wrapKeepingTail(head, ' · ', '$6B', narrow, 13, 3, true)).toEqual([
      'Data centres and AI',
      'compute · $6B',
    ]);
    expect(wrapKeepingTail('数据中心与 AI 计算', ' · ', '约 60 亿美元', 400, 13, 3, true)).toEqual([
      '数据中心与 AI 计算 · 约 60 亿美元',
    ]);
  });

  it('wraps as one text when the value is wider than a line, or no line is left for it', () => {
    const tiny = textWidth('about', 13, true) + 1;
    expect(wrapKeepingTail('Rest', ' · ', tail, tiny, 13, 3, true)).toEqual(
      wrapText(`Rest · ${tail}`, tiny, 13, 3, true),
    );
    expect(wrapKeepingTail(head, ' · ', tail, width, 13, 1, true)).toEqual(
      wrapText(`${head} · ${tail}`, width, 13, 1, true),
    );
  });
});
