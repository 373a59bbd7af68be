import { describe, expect, it } from 'vitest';
import { barOf, built, drawBars, loadReport, matchesFor } from '../../test/chart-context';
import { osworldChart } from './osworld';

const report = loadReport();
const matches = matchesFor(report);

describe.each(['en', 'zh'] as const)('OSWorld chart (%s)', (lang) => {
  const { ctx, chart, option } = drawBars(osworldChart, lang, report);

  it('draws the human baseline as a line at 72.4, labelled in this language', () => {
    const scores = barOf(chart, 'gpt-5-4-osworld').series;
    expect(scores.markLine?.data).toEqual([{ xAxis: 72.4 }]);
    expect(scores.markLine?.label.formatter).toBe(
      lang === 'zh' ? '人类基线 72.4%' : 'Human baseline 72.4%',
    );
    // The gains axis is in percentage points: the baseline does not belong there.
    expect(barOf(chart, 'gpt-5-4-gain-over-gpt-5-2').series.markLine).toBeUndefined();
  });

  it('leaves the line out when the baseline is filtered out', () => {
    const figureIds = new Set(
      [...matches.figureIds].filter((id) => id !== 'osworld-human-baseline'),
    );
    const without = built(osworldChart.build({ report, matches: { ...matches, figureIds } }, ctx));
    expect(barOf(without, 'gpt-5-4-osworld').series.markLine).toBeUndefined();
  });

  it('marks GPT-5.2’s score as derived: dashed, hatched, labelled', () => {
    const gpt52 = barOf(chart, 'gpt-5-2-osworld').datum;
    expect(gpt52.value).toBe(47.3);
    expect(gpt52.itemStyle.borderType).toBe('dashed');
    expect(gpt52.itemStyle.decal).toBeDefined();
    expect(gpt52.label.formatter).toBe(lang === 'zh' ? '47.3% · 推算' : '47.3% · derived');
    const gpt54 = barOf(chart, 'gpt-5-4-osworld').datum;
    expect(gpt54.itemStyle.borderType).toBe('solid');
    expect(gpt54.itemStyle.decal).toBeUndefined();
    expect(gpt54.label.formatter).toBe('75%');
  });

  it('keeps scores (percent) and gains (points) on different axes', () => {
    expect(barOf(chart, 'gpt-5-4-osworld').series.xAxisIndex).toBe(0);
    expect(barOf(chart, 'gpt-5-4-gain-over-gpt-5-2').series.xAxisIndex).toBe(1);
    expect(option.xAxis[0]?.axisLabel.formatter(50)).toBe('50%');
    expect(option.xAxis[1]?.axisLabel.formatter(20)).not.toContain('%');
  });

  it('describes the derivation in the description', () => {
    expect(chart.description).toContain(
      lang === 'zh' ? '75% − 27.7 个百分点 = 47.3%' : '75% − 27.7 pp = 47.3%',
    );
  });
});
