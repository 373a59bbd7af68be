import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name';
import { buildOf, chartContext, loadReport } from '../../test/chart-context';
import { BOM, csvOf } from './csv';
import { composeSlideSvg, layoutSlide } from './compose-svg';
import { textWidth, wrapText } from '../../lib/text-width';
import { exportOption } from './export-option';
import { EXPORT_PRESETS, layoutSize, pixelSize, PRESET_IDS } from '../../lib/export-presets';
import type { EChartsBuilt } from '../options/types';
import { UNITS } from '../../data/report-format';
import { langCodes } from '../../i18n/languages';

const report = loadReport();

describe('file names', () => {
  it('name the edition, the panel and the language', () => {
    expect(exportFileName('ai-2026-04', 'q1-2026-ai-venture-funding', 'en', 'png')).toBe(
      'ai-2026-04-q1-2026-ai-venture-funding.en.png',
    );
    expect(exportFileName('ai-2026-04', 'us-retail-returns-2025', 'zh', 'csv')).toBe(
      'ai-2026-04-us-retail-returns-2025.zh.csv',
    );
  });

  it('give every panel of the edition its own name', () => {
    const names = report.panels.map((p) => exportFileName(report.report.id, p.slug, 'en', 'png'));
    expect(new Set(names).size).toBe(names.length);
  });

  it('make anything safe for a file name', () => {
    expect(exportFileName('x', 'My Chart/..', 'en', 'png')).toBe('x-my-chart-.en.png');
  });
});

describe('presets', () => {
  it('give exactly the preset size at 2× and half again at 3×', () => {
    for (const id of PRESET_IDS) {
      expect(pixelSize(id, 2)).toEqual(EXPORT_PRESETS[id]);
      expect(pixelSize(id, 3)).toEqual({
        width: (EXPORT_PRESETS[id].width * 3) / 2,
        height: (EXPORT_PRESETS[id].height * 3) / 2,
      });
    }
    expect(layoutSize('16x9')).toEqual({ width: 960, height: 540 });
  });
});

describe('CSV', () => {
  it('starts with a BOM, quotes every cell and keeps Chinese text', () => {
    const ctx = chartContext(report, 'zh');
    const built = buildOf(report, 'q1-venture', 'zh');
    const csv = csvOf(report, built.rows, ctx);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + built.rows.length);
    expect(lines[0]).toContain('"指标"');
    const total = lines.find((l) => l.includes('Q1 总额'));
    expect(total).toContain('"2672 亿美元"');
    expect(total).toContain('"267200000000"');
    expect(total).toContain('2026 年第一季度 AI 风险投资总额达到 2672 亿美元');
    // The unit is named in the reader's language, not by its code.
    expect(total).toContain('"美元"');
    expect(total).not.toContain('"usd"');
    const sora = csvOf(report, buildOf(report, 'sora', 'zh').rows, ctx);
    expect(sora).toContain('"用户数"');
    expect(sora).not.toMatch(/"users"|"usd"/);
  });

  it('names every unit a report may use, in every language', () => {
    for (const lang of langCodes()) {
      const ctx = chartContext(report, lang);
      for (const unit of UNITS) {
        const name = ctx.t(`csv.unitName.${unit}`);
        expect(name, `${lang}: ${unit}`).not.toBe('');
        expect(name, `${lang}: ${unit}`).not.toContain('unitName');
      }
      // And every panel's CSV writes (the mythos panel counts vulnerabilities and companies).
      for (const panel of report.panels) {
        expect(() => csvOf(report, buildOf(report, panel.id, lang).rows, ctx)).not.toThrow();
      }
    }
  });

  it('marks derived rows as derived, never "as stated", with their formula', () => {
    const ctx = chartContext(report, 'en');
    const csv = csvOf(report, buildOf(report, 'q1-venture', 'en').rows, ctx);
    const derived = csv.split('\r\n').find((l) => l.includes('All other deals'));
    expect(derived).toContain('$267.2B − $122B (OpenAI) − $30B (Anthropic) = $115.2B');
    expect(derived).toContain('"derived"');
    expect(derived).not.toContain('"as stated"');
    const zh = csvOf(report, buildOf(report, 'q1-venture', 'zh').rows, chartContext(report, 'zh'));
    const zhDerived = zh.split('\r\n').find((l) => l.includes('其余交易'));
    expect(zhDerived).toContain('"推算"');
    expect(zhDerived).not.toContain('"原文数值"');
  });

  it('writes a range as low and high', () => {
    const csv = csvOf(report, buildOf(report, 'meta-capex', 'en').rows, chartContext(report, 'en'));
    const meta = csv.split('\r\n').find((l) => l.includes('2026 (as Meta announced)'));
    expect(meta).toContain('"115000000000","135000000000"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const ctx = chartContext(report, 'en');
    const csv = csvOf(
      report,
      [{ id: 'x', group: '=HYPERLINK("http://evil")', label: '+1', value: '@x', section: 1 }],
      ctx,
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(`"'+1"`);
    expect(csv).toContain(`"'@x"`);
  });
});

describe('slide composition', () => {
  const text = {
    title: 'Capital: Q1 2026 AI venture funding',
    subtitle: 'US dollars. <script>alert(1)</script>',
    notes: ['A note under the chart'],
    source: 'Source: report §7',
    stamp: 'April 2026 · AI Technology · ai-2026-04',
  };

  it('measures CJK wider than Latin and wraps within the width', () => {
    expect(textWidth('数据', 10)).toBeGreaterThan(textWidth('ab', 10));
    const lines = wrapText('one two three four five six seven eight nine ten', 100, 14, 10);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 14)).toBeLessThanOrEqual(100);
    const zh = wrapText('资本与融资资本与融资资本与融资资本与融资', 100, 20, 10);
    expect(zh.join('')).toBe('资本与融资资本与融资资本与融资资本与融资');
    expect(zh.length).toBe(4);
  });

  it('breaks a hyphenated word after its hyphen, and no other word', () => {
    const narrow = textWidth('symbolic AI', 12) + 1;
    expect(wrapText('Neuro-symbolic AI', narrow, 12, 5)).toEqual(['Neuro-', 'symbolic AI']);
    // Wide enough: the word stays whole. A minus sign is not a hyphen to break after.
    expect(wrapText('Neuro-symbolic AI', 500, 12, 5)).toEqual(['Neuro-symbolic AI']);
    expect(wrapText('-5% prescriptions', textWidth('-5%', 12) + 1, 12, 5)).toEqual([
      '-5%',
      'prescriptions',
    ]);
    // Only between two letters: a model's name and an edition's id stay whole.
    for (const word of ['GPT-5.4', 'ai-2026-04', 'Gemini-3']) {
      expect(wrapText(`${word} launches`, textWidth('launches', 12) + 1, 12, 5)).toEqual([
        word,
        'launches',
      ]);
    }
  });

  it('breaks after a hyphen only for a word too long for a line', () => {
    // "AI virtual try-" / "on in retail" would fit; "AI virtual" / "try-on in retail" is kept.
    const width = textWidth('try-on in retail', 12) + 1;
    expect(wrapText('AI virtual try-on in retail', width, 12, 5)).toEqual([
      'AI virtual',
      'try-on in retail',
    ]);
  });

  it('keeps a number with its Chinese unit, and no Chinese character alone on a last line', () => {
    const text = 'Meta 宣布 2026 年 AI 相关资本支出将达 1150 亿至 1350 亿美元';
    const width = textWidth('Meta 宣布 2026 年 AI 相关资本支出将达 1150 亿至 1350', 12) + 1;
    const lines = wrapText(text, width, 12, 5);
    expect(lines.join('')).toBe(text.replace(/ (?=1350)/, ''));
    for (const line of lines) expect(line).not.toMatch(/^亿/);
    const mcp = wrapText(
      'MCP 安装量突破 9700 万次',
      textWidth('MCP 安装量突破 9700 万', 12) + 1,
      12,
      5,
    );
    expect(mcp.at(-1)).not.toMatch(/^.$/u);
    expect(mcp.join(' ')).toBe('MCP 安装量突破 9700 万次');
  });

  it('never starts a line with closing punctuation', () => {
    const width = textWidth('略高于人类基线', 12) + 1;
    for (const line of wrapText('略高于人类基线，比 GPT-5.2 提升 27.7 个百分点。', width, 12, 9)) {
      expect(line).not.toMatch(/^[，。、；：]/);
    }
  });

  it('cuts text that needs too many lines with an ellipsis', () => {
    const lines = wrapText('a '.repeat(400), 100, 14, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('puts title, subtitle, chart, source and stamp in one SVG, escaped', () => {
    const svg = composeSlideSvg(
      text,
      {
        kind: 'chart',
        svg: '<?xml version="1.0"?><svg width="800" height="400" xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
        width: 800,
        height: 400,
      },
      960,
      540,
    );
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="960" height="540"/,
    );
    expect(svg).toContain('>Capital: Q1 2026 AI venture funding</text>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Source: report §7');
    expect(svg).toContain('April 2026 · AI Technology · ai-2026-04');
    expect(svg).toContain('A note under the chart');
    expect(svg).not.toContain('<?xml');
    expect(svg).toContain('viewBox="0 0 800 400"');
    expect(svg).toContain('fill="#ffffff"');
  });

  it('draws big numbers for a stat panel', () => {
    const stat = buildOf(report, 'mcp', 'en');
    if (stat.kind !== 'stat') throw new Error('not a stat');
    const svg = composeSlideSvg(text, { kind: 'stats', stats: stat.stats }, 960, 540);
    expect(svg).toContain('>more than 97M installs</text>');
    expect(svg).toContain('text-anchor="middle"');
    // The two numbers side by side at one size.
    const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const sizes = stat.stats.map(
      (s) => new RegExp(`font-size="([\\d.]+)"[^>]*>${escaped(s.value)}</text>`).exec(svg)?.[1],
    );
    expect(sizes[0]).toBeDefined();
    expect(new Set(sizes).size).toBe(1);
  });

  it('keeps the edition and month whole under a source too long for its lines', () => {
    const long = { ...text, source: `Source: ${'§1, §2, §3, reference [7], '.repeat(20)}` };
    const svg = composeSlideSvg(long, { kind: 'stats', stats: [] }, 540, 540);
    expect(svg).toContain(text.stamp);
    expect(svg).toContain('…');
  });

  it('keeps a source of up to five lines whole: a square slide’s ten references', () => {
    const refs = Array.from({ length: 10 }, (_, i) => `Publisher ${i + 1} [${i + 1}]`).join(', ');
    const cited = { ...text, source: `Source: the report, §1, §2, §5, §7; references: ${refs}` };
    const layout = layoutSlide(cited, 540, 540);
    expect(layout.sourceLines.length).toBeGreaterThan(3);
    expect(layout.sourceLines.join(' ')).not.toContain('…');
    expect(layout.sourceLines.join(' ')).toContain('Publisher 10 [10]');
    expect(layout.sourceLines.at(-1)).toBe(text.stamp);
  });

  it('marks each of several notes, and a lone note not at all', () => {
    const two = layoutSlide({ ...text, notes: ['First note.', 'Second note.'] }, 960, 540);
    expect(two.noteLines).toEqual(['• First note.', '• Second note.']);
    expect(layoutSlide(text, 960, 540).noteLines).toEqual(['A note under the chart']);
  });

  it('leaves room for the chart between header and footer', () => {
    const layout = layoutSlide(text, 960, 540);
    expect(layout.chart.y).toBeGreaterThan(40);
    expect(layout.chart.y + layout.chart.height).toBeLessThan(540);
    expect(layout.chart.width).toBe(960 - 64);
  });
});

describe('export option', () => {
  it('drops the zoom slider and tooltip, and pins the axis to the brushed range', () => {
    const built = buildOf(report, 'timeline', 'en', {
      filters: { range: { from: '2026-04-01', to: '2026-04-30' } },
    }) as EChartsBuilt;
    const out = exportOption(built.option) as Record<string, unknown> & {
      xAxis: { min: number; max: number }[];
    };
    expect(out.dataZoom).toBeUndefined();
    expect(out.tooltip).toBeUndefined();
    expect(out.animation).toBe(false);
    expect(out.xAxis[0]?.min).toBe(Date.UTC(2026, 3, 1));
    expect(out.xAxis[0]?.max).toBe(Date.UTC(2026, 4, 1));
  });

  it('leaves a chart without zoom as it is, but still', () => {
    const built = buildOf(report, 'q1-venture', 'en') as EChartsBuilt;
    const out = exportOption(built.option) as Record<string, unknown>;
    expect(out.series).toBe((built.option as Record<string, unknown>).series);
    expect(out.animation).toBe(false);
  });
});
