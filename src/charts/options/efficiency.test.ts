import { describe, expect, it } from 'vitest';
import { barOf, drawBars, loadReport } from '../../test/chart-context';
import { efficiencyChart } from './efficiency';

const report = loadReport();

describe.each(['en', 'zh'] as const)('efficiency chart (%s)', (lang) => {
  const { chart, option } = drawBars(efficiencyChart, lang, report);

  it('uses a log axis from 1', () => {
    expect(option.xAxis).toHaveLength(1);
    expect(option.xAxis[0]?.type).toBe('log');
    expect(option.xAxis[0]).toMatchObject({ min: 1, logBase: 10 });
  });

  it('keeps the report’s hedge on the neuro-symbolic claim', () => {
    expect(barOf(chart, 'neuro-symbolic-energy-reduction').datum.label.formatter).toBe(
      lang === 'zh' ? '多达 100 倍' : 'up to 100×',
    );
    expect(barOf(chart, 'neuro-symbolic-energy-reduction').datum.value).toBe(100);
    expect(barOf(chart, 'turboquant-memory-reduction').datum.label.formatter).toBe(
      lang === 'zh' ? '6 倍' : '6×',
    );
  });

  it('writes multiples on the axis in the locale', () => {
    expect(option.xAxis[0]?.axisLabel.formatter(10)).toBe(lang === 'zh' ? '10 倍' : '10×');
  });
});
