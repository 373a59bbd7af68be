import { describe, expect, it } from 'vitest';
import { built, chartContext, loadReport, matchesFor } from '../../test/chart-context';
import { capitalChart } from './capital';
import { efficiencyChart } from './efficiency';
import { sourceLine } from './source';
import { buildTimeline } from './timeline';

const report = loadReport();
const matches = matchesFor(report);

describe.each(['en', 'zh'] as const)('source line (%s)', (lang) => {
  const ctx = chartContext(report, lang);
  const publisher = report.report.publisher[lang];
  const title = report.report.title[lang];

  it('names the report, its month and the section of capital’s figures', () => {
    const rows = built(capitalChart.build({ report, matches }, ctx)).rows;
    const line = sourceLine(report, rows, ctx);
    expect(line).toBe(
      lang === 'zh'
        ? `来源：${publisher}《${title}》（2026 年 4 月），第 7 节`
        : `Source: ${publisher}, “${title}” (April 2026), §7`,
    );
  });

  it('names the references the figures cite', () => {
    const rows = built(efficiencyChart.build({ report, matches }, ctx)).rows;
    const line = sourceLine(report, rows, ctx);
    expect(line).toContain('ScienceDaily (Tufts University) [3]');
    expect(line).toContain('NVIDIA Blog [8]');
    expect(line).toContain(lang === 'zh' ? '；另见 ' : '; via ');
    for (const section of ['3', '6', '13']) expect(line).toContain(section);
    expect(line.startsWith(lang === 'zh' ? '来源：' : 'Source: ')).toBe(true);
  });

  it('names the references events cite, for the timeline’s rows', () => {
    const rows = built(buildTimeline(report, report.events, null, ctx)).rows;
    const line = sourceLine(report, rows, ctx);
    expect(line).toContain('CNBC [7]');
    expect(line).toContain('ScienceDaily (Tufts University) [3]');
    expect(line).toContain('NVIDIA Blog [8]');
    expect(line).toContain('CNBC [10]');
  });

  it('falls back to the report alone, without a trailing separator', () => {
    const line = sourceLine(report, [], ctx);
    expect(line).toBe(
      lang === 'zh'
        ? `来源：${publisher}《${title}》（2026 年 4 月）`
        : `Source: ${publisher}, “${title}” (April 2026)`,
    );
    expect(line).not.toMatch(/[,，;；]\s*$/);
  });
});
