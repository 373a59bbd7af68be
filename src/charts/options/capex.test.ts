import { describe, expect, it } from 'vitest';
import { barOf, drawBars, loadReport } from '../../test/chart-context';
import { capexChart } from './capex';

const report = loadReport();

describe.each(['en', 'zh'] as const)('capex chart (%s)', (lang) => {
  const { chart, option } = drawBars(capexChart, lang, report);

  it('draws Meta’s range from low to high on a transparent base', () => {
    const meta = barOf(chart, 'meta-capex-2026');
    expect(meta.datum.value).toBe(20e9);
    expect(meta.series.stack).toBeDefined();
    const base = option.series.find(
      (s) => s !== meta.series && s.stack === meta.series.stack && s.xAxisIndex === 0,
    );
    expect(base).toBeDefined();
    expect(base?.data[0]).toBe(115e9);
    expect(base?.itemStyle?.color).toBe('transparent');
    expect(base?.silent).toBe(true);
    expect(base?.tooltip?.show).toBe(false);
    // Point values in the same group start at zero.
    expect(base?.data.slice(1)).toEqual([0, 0]);
    expect(barOf(chart, 'microsoft-japan-investment').datum.value).toBe(10e9);
  });

  it('labels the range with both ends', () => {
    expect(barOf(chart, 'meta-capex-2026').datum.label.formatter).toBe(
      lang === 'zh' ? '1150 亿至 1350 亿美元' : '$115B–$135B',
    );
  });

  it('puts jobs on their own grid and axis, away from dollars', () => {
    const jobs = barOf(chart, 'microsoft-japan-jobs');
    const dollars = barOf(chart, 'microsoft-japan-investment');
    expect(jobs.series.xAxisIndex).toBe(1);
    expect(dollars.series.xAxisIndex).toBe(0);
    expect(jobs.series).not.toBe(dollars.series);
    expect(option.xAxis[1]?.axisLabel.formatter(5e4)).toBe(lang === 'zh' ? '5 万' : '50K');
    expect(option.xAxis[1]?.axisLabel.formatter(5e4)).not.toMatch(/\$|美元/);
    expect(jobs.datum.label.formatter).toBe(lang === 'zh' ? '约 5 万个' : 'about 50K jobs');
  });
});
