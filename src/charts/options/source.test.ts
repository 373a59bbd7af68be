import { describe, expect, it } from 'vitest';
import { buildOf, chartContext, loadReport } from '../../test/chart-context';
import { sourceLine } from './source';

const report = loadReport();

describe.each(['en', 'zh'] as const)('source line (%s)', (lang) => {
  const ctx = chartContext(report, lang);
  const publisher = ctx.text(report.report.publisher);
  const title = ctx.text(report.report.title);

  it('names the report, its month and the section of capital’s figures', () => {
    const rows = buildOf(report, 'q1-venture', lang).rows;
    const line = sourceLine(report, rows, ctx);
    expect(line).toBe(
      lang === 'zh'
        ? `来源：${publisher}《${title}》（2026 年 4 月），第 7 节`
        : `Source: ${publisher}, “${title}” (April 2026), §7`,
    );
  });

  it('names the references the figures cite', () => {
    const rows = buildOf(report, 'efficiency', lang).rows;
    const line = sourceLine(report, rows, ctx);
    expect(line).toContain('ScienceDaily (Tufts University) [3]');
    expect(line).toContain('NVIDIA Blog [8]');
    expect(line).toContain(lang === 'zh' ? '；参考来源：' : '; references: ');
    for (const section of ['3', '6', '13']) expect(line).toContain(section);
    expect(line.startsWith(lang === 'zh' ? '来源：' : 'Source: ')).toBe(true);
  });

  it('names the references events cite, for the timeline’s rows', () => {
    const rows = buildOf(report, 'timeline', lang).rows;
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
