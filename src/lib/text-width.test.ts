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

describe('wrapText in Chinese', () => {
  const em = (n: number) => textWidth('中'.repeat(n), 12);

  it('breaks between words, never inside a word of the field (风投, 试穿)', () => {
    // Five to seven characters a line: the balanced breaks fall inside 试穿 and 风投 by
    // character; by word they do not.
    for (let n = 5; n <= 8; n++) {
      const tryOn = wrapText('AI 虚拟试穿进入零售', em(n), 12, 3);
      expect(tryOn.join('|'), `${n} em`).not.toMatch(/试\|穿/);
      expect(tryOn.join('')).toBe('AI 虚拟试穿进入零售');
      const venture = wrapText('Q1 AI 风投创纪录', em(n), 12, 3);
      expect(venture.join('|'), `${n} em`).not.toMatch(/风\|投/);
    }
    expect(wrapText('微软投资日本 AI', em(4), 12, 3).join('|')).not.toMatch(/投\|资|日\|本/);
  });

  it('still breaks a word longer than a line between its characters', () => {
    const lines = wrapText('多模态多模态多模态', em(2), 12, 9);
    expect(lines.every((l) => textWidth(l, 12) <= em(2) + 1e-6)).toBe(true);
    expect(lines.join('')).toBe('多模态多模态多模态');
  });

  it('keeps a line’s closing punctuation, and a number with its unit', () => {
    const lines = wrapText(
      'OpenAI 筹备 IPO、关停 Sora',
      textWidth('OpenAI 筹备 IPO', 12) + 1,
      12,
      3,
    );
    expect(lines[0]).toBe('OpenAI 筹备 IPO、');
    expect(
      wrapText('MCP 安装量突破 9700 万', textWidth('MCP 安装量突破 9700', 12) + 1, 12, 3),
    ).toEqual(['MCP 安装量突破', '9700 万']);
  });
});

describe('wrapText: a last line of one Chinese character', () => {
  it('takes the word before it, never half of one', () => {
    const em = (n: number) => textWidth('中'.repeat(n), 12);
    const lines = wrapText('模型发布会', em(4), 12, 3);
    expect(lines.join('|')).not.toMatch(/发\|布/);
    expect(lines.join('')).toBe('模型发布会');
    expect(lines.at(-1)?.length).toBeGreaterThan(1);
  });
});
