import { describe, expect, it } from 'vitest';
import { dayOf, parseTypedDate, parseTypedMonth } from './parse-date';

const en = { defaultYear: 2026, monthFirst: true };
const zh = { defaultYear: 2026, monthFirst: false };

describe('parseTypedDate', () => {
  it.each([
    ['2026-04-05', '2026-04-05'],
    ['2026/4/5', '2026-04-05'],
    ['2026.04.05', '2026-04-05'],
    ['20260405', '2026-04-05'],
    ['04052026', '2026-04-05'],
    ['04/05/2026', '2026-04-05'],
    ['Apr 5, 2026', '2026-04-05'],
    ['April 5 2026', '2026-04-05'],
    ['5 Apr 2026', '2026-04-05'],
    ['5th April', '2026-04-05'],
    ['Apr 5', '2026-04-05'],
    ['  apr.  5 ,2026 ', '2026-04-05'],
  ])('reads %j in English as %s', (input, want) => {
    expect(parseTypedDate(input, en)).toBe(want);
  });

  it.each([
    ['2026年4月5日', '2026-04-05'],
    ['2026 年 4 月 5 日', '2026-04-05'],
    ['4月5日', '2026-04-05'],
    ['4月5号', '2026-04-05'],
    ['20260405', '2026-04-05'],
    ['05/04/2026', '2026-04-05'],
    ['２０２６年４月５日', '2026-04-05'],
  ])('reads %j in Chinese as %s', (input, want) => {
    expect(parseTypedDate(input, zh)).toBe(want);
  });

  it.each([
    '',
    '0405',
    '2026-02-30',
    '13/13/2026',
    'yesterday',
    '2026年13月1日',
    'Foo 5, 2026',
    'Marathon 5, 2026',
    '1899-12-31',
    '0405202',
  ])('refuses %j', (input) => {
    expect(parseTypedDate(input, en)).toBeNull();
    expect(parseTypedDate(input, zh)).toBeNull();
  });

  it('never reads a partial date as a date (what a reader has typed so far)', () => {
    for (const partial of [
      '0',
      '04',
      '040',
      '0405',
      '04052',
      '040520',
      '0405202',
      '2026',
      '202604',
    ]) {
      expect(parseTypedDate(partial, en), partial).toBeNull();
    }
  });
});

describe('parseTypedMonth', () => {
  const april = { from: '2026-04-01', to: '2026-04-30' };
  it.each([
    ['April 2026', april],
    ['apr 2026', april],
    ['Apr. 2026', april],
    ['April', april],
    ['2026-04', april],
    ['2026/4', april],
    ['2026 4', april],
    ['04/2026', april],
    ['4/2026', april],
    ['Sept 2026', { from: '2026-09-01', to: '2026-09-30' }],
    ['2026年4月', april],
    ['2026 年 4 月', april],
    ['4月', april],
    ['４月份', april],
    ['February 2024', { from: '2024-02-01', to: '2024-02-29' }],
    ['2026-02', { from: '2026-02-01', to: '2026-02-28' }],
  ])('reads %j as a whole month', (input, want) => {
    expect(parseTypedMonth(input, { defaultYear: 2026 })).toEqual(want);
  });

  it.each([
    '',
    'Foo 2026',
    '2026-13',
    '13月',
    '2026',
    'Apr 5',
    '2026-04-05',
    'ma',
    'Market',
    'Marathon 2026',
    'Decade',
    'Mayhem',
    '13/2026',
  ])('refuses %j', (input) => {
    expect(parseTypedMonth(input, { defaultYear: 2026 })).toBeNull();
  });
});

describe('dayOf', () => {
  it('knows month lengths and leap years', () => {
    expect(dayOf(2024, 2, 29)).toBe('2024-02-29');
    expect(dayOf(2026, 2, 29)).toBeNull();
    expect(dayOf(2026, 4, 31)).toBeNull();
  });
});
