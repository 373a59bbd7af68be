/**
 * A small but realistic deck in both languages, from the April 2026 report, for the tests and
 * for looking at the output. Test data: not imported by the deck module.
 */
import type { Deck, DeckLang, ImageChart, NativeChart } from '../deck/model';

/** A valid 1×1 PNG (a real picture is not needed to test the package). */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const OPENAI = '#3b3fd8';
const ANTHROPIC = '#c2410c';
const GOOGLE = '#0f8a5f';
const REST = '#475569';

type Words = Record<DeckLang, string>;
const w = (zh: string, en: string): Words => ({ zh, en });

const T = {
  title: w('AI 技术 4 月深度观察', 'AI Technology: April 2026 Deep Dive'),
  stamp: w(
    '2026 年 4 月 · AI 技术 4 月深度观察 · ai-2026-04',
    'April 2026 · AI Technology: April 2026 Deep Dive · ai-2026-04',
  ),
  source: w(
    '来源：AI 技术 4 月深度观察，2026 年 4 月',
    'Source: AI Technology: April 2026 Deep Dive, April 2026',
  ),
  derived: w('推算', 'derived'),
};

function venture(lang: DeckLang): NativeChart {
  const d = lang === 'zh';
  return {
    kind: 'native',
    type: 'stacked-bar',
    categories: [d ? '2026 年第一季度' : 'Q1 2026'],
    valueAxisTitle: d ? '亿美元' : '$B',
    series: [
      {
        name: 'OpenAI',
        values: [d ? 1220 : 122],
        colour: OPENAI,
        labels: [d ? '1,220 亿美元' : '$122B'],
      },
      {
        name: 'Anthropic',
        values: [d ? 300 : 30],
        colour: ANTHROPIC,
        labels: [d ? '300 亿美元' : '$30B'],
      },
      {
        name: d ? '其余交易' : 'All other deals',
        values: [d ? 1152 : 115.2],
        colour: REST,
        labels: [d ? '1,152 亿美元 · 推算' : '$115.2B · derived'],
        derived: [true],
      },
    ],
  };
}

function multiples(lang: DeckLang): NativeChart {
  const d = lang === 'zh';
  return {
    kind: 'native',
    type: 'bar',
    log: true,
    categories: d
      ? [
          '神经符号 AI 能耗降幅',
          'mimic-video 样本效率',
          'TurboQuant 内存降幅',
          'Meta 资本支出（对比去年）',
        ]
      : [
          'Energy reduction from neuro-symbolic AI',
          'mimic-video sample efficiency',
          'Memory reduction promised by TurboQuant',
          "Meta's 2026 capex vs last year",
        ],
    valueAxisTitle: d ? '倍数（对数刻度）' : 'Multiple (log scale)',
    series: [
      {
        name: d ? '声称的提升' : 'Claimed gain',
        values: [100, 10, 6, 2],
        colour: OPENAI,
        labels: d
          ? ['最高 100 倍', '10 倍', '6 倍', '近 2 倍']
          : ['up to 100×', '10×', '6×', 'nearly 2×'],
      },
    ],
  };
}

function osworld(lang: DeckLang): NativeChart {
  const d = lang === 'zh';
  return {
    kind: 'native',
    type: 'bar',
    categories: ['GPT-5.2', 'GPT-5.4'],
    valueAxisTitle: d ? 'OSWorld-V 得分（%）' : 'OSWorld-V score (%)',
    min: 0,
    max: 100,
    series: [
      {
        name: 'OSWorld-V',
        values: [47.3, 75],
        colour: OPENAI,
        labels: d ? ['47.3% · 推算', '75.0%'] : ['47.3% · derived', '75.0%'],
        derived: [true, false],
      },
    ],
    referenceLines: [{ value: 72.4, label: d ? '人类基线 72.4%' : 'Human baseline 72.4%' }],
  };
}

function context(lang: DeckLang): NativeChart {
  const d = lang === 'zh';
  return {
    kind: 'native',
    type: 'scatter',
    connect: true,
    categories: ['GPT-5.2', 'GPT-5.4', 'Gemini 3 Pro', 'Gemini 3.1 Ultra'],
    x: [1, 2, 1, 2],
    xAxisTitle: d
      ? '模型代际（1 = 上一代，2 = 本代）'
      : 'Model generation (1 = previous, 2 = current)',
    valueAxisTitle: d ? '上下文窗口（万 token）' : 'Context window (M tokens)',
    series: [
      {
        name: 'OpenAI',
        values: d ? [40, 100, null, null] : [0.4, 1, null, null],
        colour: OPENAI,
        labels: d
          ? ['GPT-5.2 · 40 万', 'GPT-5.4 · 100 万', '', '']
          : ['GPT-5.2 · 0.4M', 'GPT-5.4 · 1M', '', ''],
      },
      {
        name: 'Google',
        values: d ? [null, null, 100, 200] : [null, null, 1, 2],
        colour: GOOGLE,
        labels: d
          ? ['', '', 'Gemini 3 Pro · 100 万', 'Gemini 3.1 Ultra · 200 万']
          : ['', '', 'Gemini 3 Pro · 1M', 'Gemini 3.1 Ultra · 2M'],
      },
    ],
  };
}

function sora(lang: DeckLang): NativeChart {
  const d = lang === 'zh';
  return {
    kind: 'native',
    type: 'line',
    categories: d ? ['2026 年 1 月', '2 月', '3 月', '4 月'] : ['Jan 2026', 'Feb', 'Mar', 'Apr'],
    valueAxisTitle: d ? '活跃用户（万）' : 'Active users (M)',
    series: [
      {
        name: 'Sora',
        values: d ? [100, 100, 75, 50] : [1, 1, 0.75, 0.5],
        colour: OPENAI,
        labels: d
          ? ['100 万', '', '约 75 万 · 推算', '不到 50 万']
          : ['1M', '', 'about 0.75M · derived', 'fewer than 0.5M'],
        derived: [false, false, true, false],
      },
    ],
  };
}

/** The timeline as a picture with its table. */
export function timeline(
  lang: DeckLang,
  png: Uint8Array | string = TINY_PNG,
  width = 1200,
  height = 800,
): ImageChart {
  const d = lang === 'zh';
  return {
    kind: 'image',
    png,
    width,
    height,
    table: {
      header: d ? ['时间', '事件'] : ['When', 'Event'],
      rows: d
        ? [
            ['4 月初', 'Gemini 3.1 Ultra 发布，上下文窗口 200 万 token'],
            ['4 月', 'GPT-5.4 在 OSWorld-V 上首次超越人类基线'],
            ['4 月', 'MCP 协议移交开放治理'],
            ['4 月下旬', 'OpenAI 宣布关停 Sora'],
          ]
        : [
            ['Early April', 'Gemini 3.1 Ultra launches with a 2M-token context window'],
            ['April', 'GPT-5.4 beats the human baseline on OSWorld-V for the first time'],
            ['April', 'MCP moves to open governance'],
            ['Late April', 'OpenAI announces it will shut Sora down'],
          ],
    },
  };
}

/** The fixture deck in one language. */
export function fixtureDeck(lang: DeckLang, png?: Uint8Array | string): Deck {
  const d = lang === 'zh';
  const source = T.source[lang];
  return {
    lang,
    title: T.title[lang],
    stamp: T.stamp[lang],
    slides: [
      {
        kind: 'title',
        title: T.title[lang],
        publisher: d
          ? '中国高技术产业发展促进会新质生产力工作委员会'
          : 'New Quality Productive Forces Working Committee, China High-Tech Industry Promotion Association',
        month: d ? '2026 年 4 月' : 'April 2026',
        bullets: d
          ? [
              { lead: '原生多模态与超长上下文', text: '' },
              { lead: '从参数扩张到效率优化', text: '' },
              { lead: 'AI 智能体基础设施成型', text: '' },
              { lead: '资本、算力与物理世界深度绑定', text: '' },
            ]
          : [
              { lead: 'Native multimodality and long context', text: '' },
              { lead: 'From scale to efficiency', text: '' },
              { lead: 'Agent infrastructure takes shape', text: '' },
              { lead: 'Capital, compute and the physical world bind together', text: '' },
            ],
        notes: d
          ? 'AI 竞争已进入“模型、协议、能源、机器人、数据中心”并行重写的新阶段。'
          : 'AI competition has entered a stage where models, protocols, energy, robots and data centres are rewritten in parallel.',
        source,
      },
      {
        kind: 'stats',
        title: d
          ? '一季度 AI 风投超过前纪录两倍'
          : 'Q1 AI venture funding more than doubled the previous record',
        subtitle: d ? '2026 年 4 月报告中的关键数字' : 'Key figures from the April 2026 report',
        stats: [
          {
            value: d ? '2,672 亿美元' : '$267.2B',
            label: d ? '一季度风投（示例）' : 'Venture funding, Q1 (sample)',
            context: d ? '超过前一季度纪录的 2 倍' : 'more than 2× the previous quarterly record',
          },
          {
            value: d ? '超过 250 亿美元' : 'more than $25B',
            label: d ? 'OpenAI 年化收入' : 'OpenAI annualised revenue',
            context: d ? '月收入 20 亿美元' : '$2B a month',
          },
          {
            value: d ? '超过 9,700 万' : 'more than 97M',
            label: d ? 'MCP 安装量' : 'MCP installs',
            context: d ? '一年内成为跨公司标准' : 'a cross-company standard within a year',
          },
          {
            value: d ? '2.6 个百分点' : '2.6 pp',
            label: d ? 'GPT-5.4 高出人类基线' : "GPT-5.4's margin over humans",
            context: d ? '推算：75% − 72.4%' : 'derived: 75% − 72.4%',
            derived: true,
          },
        ],
        notes: d
          ? '四个数字概括本期报告。\n2.6 个百分点为推算：75% − 72.4%。'
          : 'Four numbers sum up the edition.\n2.6 pp is derived: 75% − 72.4%.',
        source,
      },
      {
        kind: 'chart',
        title: d
          ? '一季度 AI 风投 2,672 亿美元，OpenAI 一家占近一半'
          : 'Q1 AI venture funding reached $267.2B, nearly half of it OpenAI',
        subtitle: d ? '2026 年第一季度 AI 风险投资，亿美元' : 'AI venture funding, Q1 2026, $B',
        chart: venture(lang),
        notes: d
          ? '2026 年 Q1 AI 风投总额 2672 亿美元。\n其余交易为推算：2672 − 1220 − 300 = 1152 亿美元。'
          : 'AI venture funding in Q1 2026 was $267.2B.\nAll other deals is derived: $267.2B − $122B − $30B = $115.2B.',
        source,
        filterLine: d ? '筛选：资本' : 'Filter: capital',
      },
      {
        kind: 'chart',
        title: d
          ? '效率提升的声称从 2 倍到最高 100 倍'
          : 'Efficiency claims range from 2× to up to 100×',
        subtitle: d
          ? '各方声称的提升倍数，对数刻度'
          : 'Improvement multiples as claimed, log scale',
        chart: multiples(lang),
        note: d
          ? '倍数均为各公司或研究者的声称，未经独立验证。'
          : 'Each multiple is the claimant’s own figure, not independently verified.',
        notes: d
          ? '神经符号 AI 声称能耗最多降低 100 倍。'
          : 'Neuro-symbolic AI claims up to 100× lower energy use.',
        source,
      },
      {
        kind: 'chart',
        title: d
          ? 'GPT-5.4 首次在桌面任务上超越人类'
          : 'GPT-5.4 outperforms humans on desktop tasks for the first time',
        subtitle: d
          ? 'OSWorld-V 得分，%；人类基线 72.4%'
          : 'OSWorld-V score, %; human baseline 72.4%',
        chart: osworld(lang),
        notes: d
          ? 'GPT-5.4 得分 75%，人类基线 72.4%。\nGPT-5.2 的 47.3% 为推算：75% − 27.7 个百分点。'
          : 'GPT-5.4 scored 75% against a human baseline of 72.4%.\nGPT-5.2’s 47.3% is derived: 75% − 27.7 pp.',
        source,
      },
      {
        kind: 'chart',
        title: d ? '上下文窗口一代之内翻倍' : 'Context windows doubled or more within a generation',
        subtitle: d ? '上下文窗口，万 token' : 'Context window, millions of tokens',
        chart: context(lang),
        notes: d
          ? 'Gemini 3.1 Ultra 达到 200 万 token，GPT-5.4 达到 100 万 token。'
          : 'Gemini 3.1 Ultra reaches 2M tokens and GPT-5.4 1M.',
        source,
      },
      {
        kind: 'chart',
        title: d ? 'Sora 活跃用户跌去一半以上' : 'Sora lost more than half of its active users',
        subtitle: d ? 'Sora 活跃用户，万' : 'Sora active users, millions',
        chart: sora(lang),
        notes: d
          ? '活跃用户从 100 万跌至不到 50 万。\n3 月数值为推算。'
          : 'Active users fell from 1M to fewer than 0.5M.\nThe March value is derived.',
        source,
      },
      {
        kind: 'chart',
        title: d
          ? '4 月：模型、协议与产品同时改写'
          : 'April: models, protocols and products rewritten at once',
        subtitle: d ? '2026 年 4 月主要事件' : 'Main events, April 2026',
        chart: timeline(lang, png),
        notes: d
          ? '按月份精度标注的事件时间线。'
          : 'The month’s events, at the precision the report gives.',
        source,
      },
    ],
  };
}
