/**
 * What every figure-bars chart must hold, in both languages: translated titles,
 * figure labels on the category axes, bars labelled as the report hedged them,
 * one axis per group (so units never share an axis), locale axis ticks, escaped
 * tooltips, a description and table rows generated from the data, an empty state
 * and focus dimming.
 */
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../data/schema';
import { indexReport } from '../../data/selectors';
import type { Lang } from '../../i18n/languages';
import {
  barOf,
  barOption,
  built,
  chartContext,
  loadReport,
  matchesFor,
  rawReport,
  visibleBars,
} from '../../test/chart-context';
import { reportSchema } from '../../data/schema';
import { adoptionChart } from './adoption';
import { capexChart } from './capex';
import { capitalChart } from './capital';
import { contextChart } from './context';
import { efficiencyChart } from './efficiency';
import { osworldChart } from './osworld';
import { retailChart } from './retail';
import { revenueChart } from './revenue';
import type { ChartDefinition } from './types';

// Imported one by one: src/charts/options may not depend on src/features (the registry).
const FIGURE_CHARTS: readonly ChartDefinition[] = [
  capitalChart,
  osworldChart,
  revenueChart,
  capexChart,
  efficiencyChart,
  contextChart,
  retailChart,
  adoptionChart,
];

const report = loadReport();
const matches = matchesFor(report);
const idx = indexReport(report);

interface Expected {
  title: Record<Lang, string>;
  groups: Record<Lang, string[]>;
  figures: string[][];
  labels: Record<Lang, string[][]>;
}

/** The layout each chart must draw, with its strings written out in both languages. */
const EXPECTED: Record<string, Expected> = {
  capital: {
    title: { en: 'Capital: Q1 2026 AI venture funding', zh: '资本：2026 年 Q1 AI 风险投资' },
    groups: {
      en: ['Venture funding, Q1 2026', 'Acquisition (not venture funding)'],
      zh: ['2026 年 Q1 风险投资', '收购（不属于风险投资）'],
    },
    figures: [
      ['q1-venture-total', 'openai-funding-round', 'anthropic-series-g', 'q1-other-venture'],
      ['xai-acquisition'],
    ],
    labels: {
      en: [['$267.2B', '$122B', '$30B', '$115.2B · derived'], ['$250B']],
      zh: [['2672 亿美元', '1220 亿美元', '300 亿美元', '1152 亿美元 · 推算'], ['2500 亿美元']],
    },
  },
  osworld: {
    title: {
      en: 'OSWorld-V: desktop tasks, model against human',
      zh: 'OSWorld-V：桌面任务，模型对比人类',
    },
    groups: { en: ['Score', 'Gains, percentage points'], zh: ['得分', '提升（百分点）'] },
    figures: [
      ['gpt-5-4-osworld', 'osworld-human-baseline', 'gpt-5-2-osworld'],
      ['gpt-5-4-gain-over-gpt-5-2', 'gpt-5-4-margin-over-human'],
    ],
    labels: {
      en: [
        ['75%', '72.4%', '47.3% · derived'],
        ['27.7 pp', '2.6 pp · derived'],
      ],
      zh: [
        ['75%', '72.4%', '47.3% · 推算'],
        ['27.7 个百分点', '2.6 个百分点 · 推算'],
      ],
    },
  },
  revenue: {
    title: { en: 'Revenue: OpenAI and Anthropic', zh: '收入：OpenAI 与 Anthropic' },
    groups: { en: ['Annualised revenue', 'Monthly revenue'], zh: ['年化收入', '月收入'] },
    figures: [
      ['openai-annualised-revenue', 'anthropic-annualised-revenue'],
      ['openai-monthly-revenue'],
    ],
    labels: {
      en: [['more than $25B', 'nearly $19B'], ['$2B']],
      zh: [['超过 250 亿美元', '近 190 亿美元'], ['20 亿美元']],
    },
  },
  capex: {
    title: { en: 'Capex and infrastructure', zh: '资本支出与基础设施' },
    groups: {
      en: ['Investment (US dollars)', 'Jobs expected'],
      zh: ['投资（美元）', '预计工作岗位'],
    },
    figures: [
      ['meta-capex-2026', 'microsoft-japan-investment', 'microsoft-japan-datacentres'],
      ['microsoft-japan-jobs'],
    ],
    labels: {
      en: [['$115B–$135B', '$10B', 'about $6B'], ['about 50K jobs']],
      zh: [['1150 亿至 1350 亿美元', '100 亿美元', '约 60 亿美元'], ['约 5 万个']],
    },
  },
  efficiency: {
    title: { en: 'Efficiency claims', zh: '效率提升' },
    groups: { en: ['Improvement (×, log scale)'], zh: ['提升倍数（对数坐标）'] },
    figures: [
      [
        'neuro-symbolic-energy-reduction',
        'mimic-sample-efficiency',
        'turboquant-memory-reduction',
        'mimic-convergence-speed',
      ],
    ],
    labels: {
      en: [['up to 100×', '10×', '6×', '2×']],
      zh: [['多达 100 倍', '10 倍', '6 倍', '2 倍']],
    },
  },
  context: {
    title: { en: 'Context windows', zh: '上下文窗口' },
    groups: { en: ['Context window'], zh: ['上下文窗口'] },
    figures: [['gemini-context-window', 'gpt-5-4-context-window']],
    labels: { en: [['2M tokens', '1M tokens']], zh: [['200 万 token', '100 万 token']] },
  },
  retail: {
    title: { en: 'Retail returns, US 2025', zh: '美国 2025 年零售退货' },
    groups: {
      en: ['Return rate', 'Total returned', 'Gen Z (aged 18–30) online returns per shopper'],
      zh: ['退货率', '退货总额', 'Gen Z（18 至 30 岁）人均在线退货次数'],
    },
    figures: [
      ['us-retail-return-rate', 'us-online-return-rate'],
      ['us-retail-returns-total'],
      ['gen-z-online-returns'],
    ],
    labels: {
      en: [['15.8%', '19.3%'], ['$849.9B'], ['nearly 8 returns per shopper']],
      zh: [['15.8%', '19.3%'], ['8499 亿美元'], ['近 8 次']],
    },
  },
  adoption: {
    title: { en: 'Adoption and attention', zh: '采用与关注度' },
    groups: {
      en: ['MCP installs', 'Sora active users', 'Sora daily operating cost (US dollars)'],
      zh: ['MCP 安装量', 'Sora 活跃用户', 'Sora 每日运营成本（美元）'],
    },
    figures: [['mcp-installs'], ['sora-users-before', 'sora-users-after'], ['sora-daily-cost']],
    labels: {
      en: [['more than 97M installs'], ['1M users', 'fewer than 500K users'], ['as much as $1M']],
      zh: [['超过 9700 万次'], ['100 万', '不足 50 万'], ['高达 100 万美元']],
    },
  },
};

/** An axis tick per unit, in each language: [value, en, zh]. */
const TICKS: Partial<Record<Unit, [number, string, string]>> = {
  usd: [1e11, '$100B', '1000 亿'],
  percent: [50, '50%', '50%'],
  'percentage-points': [20, '20', '20'],
  multiple: [10, '10×', '10 倍'],
  tokens: [2e6, '2M', '200 万'],
  jobs: [5e4, '50K', '5 万'],
  installs: [1e8, '100M', '1 亿'],
  users: [5e5, '500K', '50 万'],
  'returns-per-shopper': [5, '5', '5'],
};

function figure(id: string) {
  const f = idx.figures.get(id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
}

function expected(def: ChartDefinition): Expected {
  const e = EXPECTED[def.id];
  if (!e) throw new Error(`no expectations for chart ${def.id}`);
  return e;
}

const CASES = FIGURE_CHARTS.flatMap((def) =>
  (['en', 'zh'] as const).map((lang) => [def.id, lang, def] as const),
);

it('describes every bar chart', () => {
  expect(FIGURE_CHARTS.map((d) => d.id).sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(CASES)('%s chart (%s)', (_id, lang, def) => {
  const ctx = chartContext(report, lang);
  const exp = expected(def);
  const chart = built(def.build({ report, matches }, ctx));
  const option = barOption(chart);

  it('titles each group with the translated string', () => {
    expect(option.title.map((t) => t.text)).toEqual(exp.groups[lang]);
  });

  it('puts the figure labels in this language on the category axes', () => {
    expect(option.yAxis.map((y) => y.data)).toEqual(
      exp.figures.map((ids) => ids.map((id) => figure(id).label[lang])),
    );
    expect(option.yAxis.every((y) => y.type === 'category')).toBe(true);
  });

  it('labels each bar with the figure as hedged, marking derived values', () => {
    const labels = exp.figures.map((ids) =>
      ids.map((id) => barOf(chart, id).datum.label.formatter),
    );
    expect(labels).toEqual(exp.labels[lang]);
    for (const { datum } of visibleBars(chart)) {
      const fig = figure(datum.figureId);
      const marker = lang === 'zh' ? ' · 推算' : ' · derived';
      expect(datum.label.formatter).toBe(ctx.fmt.figure(fig) + (fig.derived ? marker : ''));
      expect(datum.label.show).toBe(true);
    }
  });

  it('gives every group its own grid and axes, and no series mixes groups or units', () => {
    expect(option.grid).toHaveLength(exp.figures.length);
    expect(option.xAxis.map((x) => x.gridIndex)).toEqual(exp.figures.map((_, i) => i));
    expect(option.yAxis.map((y) => y.gridIndex)).toEqual(exp.figures.map((_, i) => i));
    exp.figures.forEach((ids, i) => {
      for (const id of ids) {
        const { series } = barOf(chart, id);
        expect(series.xAxisIndex, id).toBe(i);
        expect(series.yAxisIndex, id).toBe(i);
      }
    });
    for (const series of option.series) {
      const units = new Set(
        series.data.flatMap((d) => (typeof d === 'number' ? [] : [figure(d.figureId).unit])),
      );
      expect(units.size, series.name).toBeLessThanOrEqual(1);
    }
    // Groups stack downwards without overlapping.
    option.grid.slice(1).forEach((g, i) => {
      const prev = option.grid[i];
      expect(prev && g.top >= prev.top + prev.height).toBe(true);
    });
  });

  it('formats axis ticks in the locale', () => {
    exp.figures.forEach((ids, i) => {
      const unit = figure(ids[0] ?? '').unit;
      const tick = TICKS[unit];
      if (!tick) throw new Error(`no tick expectation for unit ${unit}`);
      const [value, en, zh] = tick;
      const axis = option.xAxis[i];
      expect(axis?.axisLabel.formatter(value)).toBe(lang === 'zh' ? zh : en);
    });
  });

  it('describes the chart from the data, in this language', () => {
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toBe(chart.description);
    expect(chart.description.startsWith(exp.title[lang])).toBe(true);
    for (const group of exp.groups[lang]) expect(chart.description).toContain(group);
    exp.figures.flat().forEach((id) => {
      expect(chart.description).toContain(figure(id).label[lang]);
      expect(chart.description).toContain(ctx.fmt.figure(figure(id)));
    });
    if (lang === 'zh') expect(chart.description).not.toMatch(/\b(derived|more than|about)\b/);
    else expect(chart.description).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('gives the table formatted rows, one per bar', () => {
    expect(chart.rows.map((r) => r.id)).toEqual(exp.figures.flat());
    for (const row of chart.rows) {
      const fig = figure(row.id);
      expect(row.label).toBe(fig.label[lang]);
      expect(row.value).toBe(ctx.fmt.figure(fig));
      expect(row.section).toBe(fig.provenance.section);
      expect(row.derived).toBe(fig.derived?.formula[lang]);
    }
    exp.figures.forEach((ids, i) => {
      for (const id of ids) {
        expect(chart.rows.find((r) => r.id === id)?.group).toBe(exp.groups[lang][i]);
      }
    });
  });

  it('builds to null (the empty state) when the filters exclude everything', () => {
    const none = matchesFor(report, { search: 'zzzz-nothing' });
    expect(def.build({ report, matches: none }, ctx)).toBeNull();
  });

  it('draws only the figures the filters let through', () => {
    const keep = exp.figures.flat()[0] ?? '';
    const only = { ...matches, figureIds: new Set([keep]) };
    const one = built(def.build({ report, matches: only }, ctx));
    expect(visibleBars(one).map((b) => b.datum.figureId)).toEqual([keep]);
    expect(barOption(one).title).toHaveLength(1);
    expect(barOption(one).xAxis).toHaveLength(1);
  });

  it('tooltips name the figure and its section', () => {
    const id = exp.figures.flat()[0] ?? '';
    const html = option.tooltip.formatter({ data: { figureId: id } });
    expect(html).toContain(ctx.fmt.figure(figure(id)));
    expect(html).toContain(
      lang === 'zh'
        ? `第 ${figure(id).provenance.section} 节`
        : `§${figure(id).provenance.section}`,
    );
    expect(option.tooltip.formatter({})).toBe('');
  });

  it('escapes data text in the HTML tooltip', () => {
    const hostileLabel = '<img src=x onerror=alert(1)>';
    const raw = rawReport() as { figures: { id: string; label: { zh: string; en: string } }[] };
    const ids = new Set(exp.figures.flat());
    for (const f of raw.figures)
      if (ids.has(f.id)) f.label = { zh: hostileLabel, en: hostileLabel };
    const hostile = reportSchema.parse(raw);
    const hostileCtx = chartContext(hostile, lang);
    const hostileChart = built(
      def.build({ report: hostile, matches: matchesFor(hostile) }, hostileCtx),
    );
    for (const id of ids) {
      const html = barOption(hostileChart).tooltip.formatter({ data: { figureId: id } });
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).not.toContain('<img');
    }
  });
});

describe.each(['en', 'zh'] as const)('focus dims what it is not about (%s)', (lang) => {
  const focus = { kind: 'organisation', id: 'openai' } as const;

  it.each(['capital', 'revenue', 'osworld', 'adoption', 'context'])('%s', (id) => {
    const def = FIGURE_CHARTS.find((d) => d.id === id);
    if (!def) throw new Error(id);
    const chart = built(def.build({ report, matches }, chartContext(report, lang, focus)));
    for (const { datum } of visibleBars(chart)) {
      const fig = figure(datum.figureId);
      const about =
        fig.organisations.length > 0
          ? fig.organisations.includes('openai')
          : (idx.events.get(fig.event ?? '')?.organisations.includes('openai') ?? false);
      if (about) {
        expect(datum.itemStyle.opacity, fig.id).toBe(1);
        expect(datum.label.opacity, fig.id).toBe(1);
      } else {
        expect(datum.itemStyle.opacity, fig.id).toBeLessThan(1);
        expect(datum.label.opacity, fig.id).toBeLessThan(1);
      }
    }
  });

  it('in the capital chart, OpenAI’s round stays and Anthropic’s and xAI’s are dimmed', () => {
    const def = FIGURE_CHARTS.find((d) => d.id === 'capital');
    if (!def) throw new Error('capital');
    const chart = built(def.build({ report, matches }, chartContext(report, lang, focus)));
    expect(barOf(chart, 'openai-funding-round').datum.itemStyle.opacity).toBe(1);
    expect(barOf(chart, 'anthropic-series-g').datum.itemStyle.opacity).toBeLessThan(1);
    expect(barOf(chart, 'xai-acquisition').datum.itemStyle.opacity).toBeLessThan(1);
  });

  it('without focus nothing is dimmed', () => {
    for (const def of FIGURE_CHARTS) {
      const chart = built(def.build({ report, matches }, chartContext(report, lang)));
      for (const { datum } of visibleBars(chart)) expect(datum.itemStyle.opacity).toBe(1);
    }
  });
});
