import { describe, expect, it } from 'vitest';
import { buildOf, chartContext, loadReport } from '../../test/chart-context';
import { sectionRuns, sourceLine } from './source';

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

  it('writes three or more consecutive sections as a range, two as a list', () => {
    const rows = buildOf(report, 'timeline', lang).rows;
    const sections = new Set(rows.map((r) => r.section));
    // The timeline's events come from every numbered section.
    for (let s = 1; s <= 15; s += 1) expect(sections.has(s)).toBe(true);
    const line = sourceLine(report, rows, ctx);
    expect(line).toContain(lang === 'zh' ? '第 1–15 节' : '§1–§15');
    expect(line).not.toContain(lang === 'zh' ? '第 2 节' : '§2,');
    const two = rows.filter((r) => r.section === 2 || r.section === 3);
    expect(sourceLine(report, two, ctx)).toMatch(lang === 'zh' ? /第 2 节、第 3 节$/ : /§2, §3$/);
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

describe('section runs', () => {
  const conclusion = report.report.conclusionSection;
  it('join consecutive numbered sections, and leave the abstract and the conclusion alone', () => {
    expect(sectionRuns(report, [2, 3, 5, 6, 7, 15])).toEqual([
      [2, 3],
      [5, 7],
      [15, 15],
    ]);
    expect(sectionRuns(report, [0, 1, 2, 3])).toEqual([
      [0, 0],
      [1, 3],
    ]);
    expect(sectionRuns(report, [conclusion - 2, conclusion - 1, conclusion])).toEqual([
      [conclusion - 2, conclusion - 1],
      [conclusion, conclusion],
    ]);
  });
});
