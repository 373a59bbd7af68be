import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/init';
import { capitalChart } from '../options/capital';
import { buildTimeline } from '../options/timeline';
import { selectMatches } from '../../data/selectors';
import { EMPTY_FILTERS } from '../../data/filters';
import { makeChartContext } from '../../features/charts/make-chart-context';
import { loadReport } from '../../test/chart-context';
import { BOM, chartCsv } from './csv';
import { composeSlideSvg, layoutSlide, textWidth, wrapText } from './compose-svg';
import { exportOption } from './export-option';
import { CHART_SLUGS, exportFileName } from './file-name';
import { EXPORT_PRESETS, layoutSize, pixelSize, PRESET_IDS } from './presets';

const report = loadReport();

beforeAll(() => {
  initI18n('en');
});

describe('file names', () => {
  it('say what the chart is and in which language', () => {
    expect(exportFileName('capital', 'en', 'png')).toBe('q1-2026-ai-venture-funding.en.png');
    expect(exportFileName('capital', 'zh', 'svg')).toBe('q1-2026-ai-venture-funding.zh.svg');
    expect(exportFileName('retail', 'zh', 'csv')).toBe('us-retail-returns-2025.zh.csv');
  });

  it('has a distinct slug for every chart', () => {
    const slugs = Object.values(CHART_SLUGS);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('makes an unknown id safe for a file name', () => {
    expect(exportFileName('My Chart/..', 'en', 'png')).toBe('my-chart-.en.png');
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
  const matches = selectMatches(report, EMPTY_FILTERS, null);

  it('starts with a BOM, quotes every cell and keeps Chinese text', () => {
    const ctx = makeChartContext(report, 'zh', 'light', null);
    const built = capitalChart.build({ report, matches }, ctx);
    if (!built) throw new Error('capital chart is empty');
    const csv = chartCsv(report, built.rows, ctx);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + built.rows.length);
    expect(lines[0]).toContain('"指标"');
    const total = lines.find((l) => l.includes('2026 年 Q1 AI 风险投资总额'));
    expect(total).toContain('"2672 亿美元"');
    expect(total).toContain('"267200000000"');
    expect(total).toContain('2026 年第一季度 AI 风险投资总额达到 2672 亿美元');
  });

  it('writes a range as low and high, and marks derived rows', () => {
    const ctx = makeChartContext(report, 'en', 'light', null);
    const built = capitalChart.build({ report, matches }, ctx);
    if (!built) throw new Error('capital chart is empty');
    const csv = chartCsv(report, built.rows, ctx);
    const derived = csv.split('\r\n').find((l) => l.includes('Rest of Q1'));
    expect(derived).toContain('$267.2B − $122B (OpenAI) − $30B (Anthropic) = $115.2B');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const ctx = makeChartContext(report, 'en', 'light', null);
    const csv = chartCsv(
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
    source: 'Source: report §7',
    stamp: 'April 2026 · AI Technology',
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

  it('cuts text that needs too many lines with an ellipsis', () => {
    const lines = wrapText('a '.repeat(400), 100, 14, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('puts title, subtitle, chart, source and stamp in one SVG, escaped', () => {
    const svg = composeSlideSvg(
      text,
      {
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
    expect(svg).toContain('April 2026 · AI Technology');
    expect(svg).not.toContain('<?xml');
    expect(svg).toContain('viewBox="0 0 800 400"');
    expect(svg).toContain('fill="#ffffff"');
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
    const ctx = makeChartContext(report, 'en', 'light', null);
    const built = buildTimeline(
      report,
      report.events,
      { from: '2026-04-01', to: '2026-04-30' },
      ctx,
    );
    if (!built) throw new Error('timeline is empty');
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
    const ctx = makeChartContext(report, 'en', 'light', null);
    const built = capitalChart.build(
      { report, matches: selectMatches(report, EMPTY_FILTERS, null) },
      ctx,
    );
    if (!built) throw new Error('capital chart is empty');
    const out = exportOption(built.option) as Record<string, unknown>;
    expect(out.series).toBe((built.option as Record<string, unknown>).series);
    expect(out.animation).toBe(false);
  });
});
