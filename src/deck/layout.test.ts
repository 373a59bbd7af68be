import { describe, expect, it } from 'vitest';
import { fitSize, lineCount, textWidth } from './fit-text';
import { childElements } from './xml';
import { niceStep } from '../lib/nice-step';
import { valueScale } from './scale';
import { cardHeight, statGrid, statSizes, valueLines } from './stats-slide';
import { referenceLabelSpot } from './reference-lines';
import { TINY_PNG } from '../test/deck-fixture';
import { placeImage } from './image-chart';
import { breakAtClause } from './frame';
import type { ImageChart, NativeChart } from './model';

describe('text measurement', () => {
  it('counts CJK characters as wider than Latin ones', () => {
    expect(textWidth('人工智能', 20)).toBeGreaterThan(textWidth('AI AI', 20));
  });

  it('measures Latin text by Arial’s advance widths, a few per cent on the safe side', () => {
    // At 72 pt an em is an inch: "W" is 0.944 em in Arial, "i" 0.222, a space 0.278.
    expect(textWidth('W', 72) / textWidth('i', 72)).toBeCloseTo(944 / 222, 6);
    expect(textWidth('Wi i', 72)).toBeGreaterThan((944 + 222 + 278 + 222) / 1000);
    expect(textWidth('Wi i', 72)).toBeLessThan(((944 + 222 + 278 + 222) / 1000) * 1.06);
    expect(textWidth('人', 72)).toBe(1);
  });

  it('measures bold type by Arial Bold’s widths, so that a bold figure is not overestimated to fit', () => {
    // "more than 97M installs" set bold: lower-case letters are wider (n 611 against 556).
    const figure = 'more than 97M installs';
    expect(textWidth(figure, 36, true)).toBeGreaterThan(textWidth(figure, 36) * 1.05);
    expect(textWidth('n', 72, true) / textWidth('n', 72)).toBeCloseTo(611 / 556, 6);
    // Digits have the same width in both faces; CJK is 1 em either way.
    expect(textWidth('2026', 72, true)).toBe(textWidth('2026', 72));
    expect(textWidth('人', 72, true)).toBe(1);
    // A box that holds the text in regular type may need a second line in bold.
    const w = textWidth(figure, 36) + 0.02;
    expect(lineCount(figure, 36, w)).toBe(1);
    expect(lineCount(figure, 36, w, true)).toBe(2);
  });

  it('counts the space set where Chinese meets Latin letters or digits', () => {
    const apart = textWidth('Meta ', 20) + textWidth('发布', 20);
    expect(textWidth('Meta 发布', 20)).toBeGreaterThan(apart);
    expect(textWidth('2026 年', 20)).toBeGreaterThan(textWidth('2026 ', 20) + textWidth('年', 20));
    // Chinese punctuation is no such meeting.
    expect(textWidth('发布，', 20)).toBe(textWidth('发布', 20) + textWidth('，', 20));
  });

  it('wraps by words, and between CJK characters', () => {
    expect(lineCount('one two three four', 20, 1.2)).toBeGreaterThan(1);
    expect(lineCount('一季度风投超过前纪录两倍', 20, 1.5)).toBe(3);
    expect(lineCount('a\nb', 20, 5)).toBe(2);
  });

  it('shrinks a long title to fit two lines, never below the minimum', () => {
    const title =
      'GPT-5.4 outperforms humans on desktop tasks for the first time, by 2.6 percentage points';
    const size = fitSize(title, { w: 12, h: 2 * ((32 * 1.2) / 72) }, 32, 28);
    expect(size).toBeGreaterThanOrEqual(28);
    expect(lineCount(title, size, 12)).toBeLessThanOrEqual(2);
    expect(fitSize('x '.repeat(400), { w: 2, h: 0.5 }, 32, 28)).toBe(28);
  });
});

describe('source lines', () => {
  it('breaks a two-line source after a clause, never inside a word', () => {
    const zh =
      '来源：中国高技术产业发展促进会新质生产力工作委员会《AI 技术 4 月深度观察》（2026 年 4 月），第 2 节、第 3 节、第 5–7 节、第 15 节；参考来源：ScienceDaily (Tufts University) [3]、CNBC [7]、CNBC [10]';
    const width = 12.2;
    expect(lineCount(zh, 12, width)).toBe(2);
    const broken = breakAtClause(zh, 12, width);
    const [first, second] = broken.split('\n');
    expect(first?.endsWith('第 15 节；')).toBe(true);
    expect(second?.startsWith('参考来源：')).toBe(true);
    for (const line of [first, second]) expect(lineCount(line ?? '', 12, width)).toBe(1);
    // No clause leaves both lines whole: unchanged.
    expect(breakAtClause('x'.repeat(300), 12, width)).toBe('x'.repeat(300));
  });
});

describe('value scales', () => {
  it('steps by 1, 2, 2.5 or 5 × 10^k', () => {
    expect(niceStep(2672)).toBe(1000);
    expect(niceStep(100)).toBe(20);
  });

  it('leave room beyond the longest bar for its label', () => {
    const scale = valueScale({ values: [75], labelExtents: [2], axisLength: 8, log: false });
    expect(scale.max).toBeGreaterThanOrEqual(100);
    expect(
      valueScale({ values: [75], labelExtents: [2], axisLength: 8, log: false, max: 90 }).max,
    ).toBe(90);
  });

  it('start a log axis at a power of ten below the smallest value', () => {
    const scale = valueScale({
      values: [100, 10, 6, 2],
      labelExtents: [1, 0.5, 0.5, 1],
      axisLength: 8,
      log: true,
    });
    expect(scale.min).toBe(1);
    expect(scale.max).toBeGreaterThan(100);
    expect(scale.majorUnit).toBeUndefined();
  });

  it('write as many decimals as the step has, and group digits only from 10 000 up', () => {
    const users = valueScale({ values: [1.2, 0.5], labelExtents: [], axisLength: 4, log: false });
    expect(users.majorUnit).toBe(0.25);
    expect(users.formatCode).toBe('0.00');
    const tenths = valueScale({ values: [0.7], labelExtents: [], axisLength: 4, log: false });
    expect(tenths.formatCode).toBe('0.0');
    expect(
      valueScale({ values: [2672], labelExtents: [], axisLength: 4, log: false }).formatCode,
    ).toBe('0');
    expect(
      valueScale({ values: [26720], labelExtents: [], axisLength: 4, log: false }).formatCode,
    ).toBe('#,##0');
  });
});

describe('stat cards', () => {
  it('hold their figure, label and context, shrinking together when one is full', () => {
    const stats = [
      {
        value: '$267.2B',
        label: 'AI venture funding, Q1 2026',
        context: 'more than 2× the previous quarterly record',
      },
      {
        value: '6× / up to 100×',
        label: 'Efficiency claims',
        context: 'TurboQuant memory cut (promised) / Neuro-symbolic energy cut',
      },
      {
        value: '15.8% / 19.3%',
        label: 'US retail returns, 2025',
        context:
          'of all retail sales / of online sales; Estimates by the US National Retail Federation',
      },
    ];
    const [w, h] = [3.87, 2.45];
    const sizes = statSizes(stats, w, h);
    for (const stat of stats) expect(cardHeight(stat, sizes, w - 0.6)).toBeLessThanOrEqual(h);
    expect(sizes.value).toBeGreaterThanOrEqual(24);
    // Roomy cards keep the full sizes.
    expect(statSizes([{ value: '75%', label: 'GPT-5.4' }], 6, 3.4)).toEqual({
      value: 54,
      label: 20,
      context: 16,
      wrap: false,
    });
  });

  it('breaks a figure too wide for one line at the floor in two, a number kept with its unit', () => {
    const stats = [
      { value: '2672 亿美元', label: '2026 年 Q1 AI 风险投资', context: '是前一季度纪录的 2 倍多' },
      {
        value: '1150 亿至 1350 亿美元',
        label: 'Meta 宣布的 2026 年 AI 相关资本支出',
        context: '几乎是去年的两倍',
      },
    ];
    const [w, h] = [3.05, 2.45];
    const sizes = statSizes(stats, w, h);
    expect(sizes.wrap).toBe(true);
    expect(sizes.value).toBeGreaterThanOrEqual(20);
    expect(sizes.value).toBeGreaterThan(sizes.label);
    expect(valueLines(stats[1]!.value, sizes.value, w - 0.6, sizes.wrap)).toEqual([
      '1150 亿至',
      '1350 亿美元',
    ]);
    expect(valueLines(stats[0]!.value, sizes.value, w - 0.6, sizes.wrap)).toEqual(['2672 亿美元']);
    for (const stat of stats) expect(cardHeight(stat, sizes, w - 0.6)).toBeLessThanOrEqual(h);
    // Without wrapping, the wide figure has no size at the floor.
    expect(valueLines(stats[1]!.value, 24, w - 0.6, false)).toBeNull();
  });
});

describe('image charts', () => {
  const rows = Array.from({ length: 15 }, (_, i) => ['Thread', `Event ${i + 1}`, 'April 2026']);
  const chart: ImageChart = {
    kind: 'image',
    png: TINY_PNG,
    width: 2400,
    height: 1220,
    table: { header: ['Group', 'Measure', 'Value'], rows },
  };
  const box = { x: 0.55, y: 2, w: 12.2, h: 4.6 };

  it('keep a picture inside the box when its table leaves no room under it', () => {
    const place = placeImage(chart, box);
    expect(place.table).toBeUndefined();
    expect(place.image.h).toBeLessThanOrEqual(box.h + 1e-9);
    expect(place.image.w).toBeLessThanOrEqual(box.w + 1e-9);
    expect(place.overflow.flat().at(-1)).toBe(rows.length);
  });
});

describe('layout helpers', () => {
  it('puts up to three stats in a row, more in two rows', () => {
    expect(statGrid(2)).toEqual({ cols: 2, rows: 1 });
    expect(statGrid(4)).toEqual({ cols: 2, rows: 2 });
    expect(statGrid(5)).toEqual({ cols: 3, rows: 2 });
  });

  it('labels a reference line where the data is under it and far from it', () => {
    const chart: NativeChart = {
      kind: 'native',
      type: 'bar',
      categories: ['GPT-5.2', 'GPT-5.4'],
      valueAxisTitle: '%',
      series: [{ name: 's', values: [47.3, 75], colour: '#000', labels: ['', ''] }],
    };
    expect(referenceLabelSpot(chart, 72.4)).toEqual({ index: 0, position: 't' });
  });

  it('splits an element into its top-level children', () => {
    const kids = childElements(
      '<c:idx val="0"/><c:tx><c:v>a</c:v></c:tx> <c:spPr><a:ln/></c:spPr>',
    );
    expect(kids.map((k) => k.name)).toEqual(['c:idx', 'c:tx', 'c:spPr']);
    expect(kids[1]?.xml).toBe('<c:tx><c:v>a</c:v></c:tx>');
  });
});
