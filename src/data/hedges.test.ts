/**
 * The words around the numbers are as faithful as the numbers: every text of the dataset
 * against the report's sentence it rests on (wording-checks.ts, with the hedge table of
 * hedges.ts). The committed dataset passes; copies with a hedge, a claimant, a date or a
 * claim planted out fail, and say where.
 */
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../i18n/words';
import { readRepoFile, readRepoJson } from '../test/repo';
import {
  carriesHedge,
  claimantAt,
  CLAIMANTS,
  findHedges,
  HEDGES,
  hedgeIds,
  latinWords,
} from '../test/hedges';
import { reportSchema, type Report } from './schema';
import {
  checkAttributions,
  claimantsFor,
  checkEventClaims,
  checkHedges,
  checkLanguages,
  checkNaming,
  checkPopulations,
  checkProseNumbers,
  checkQualifiers,
  checkRankClaims,
  checkStatedDates,
  checkWording,
  dateSources,
  EXCEPTIONS,
  expectedDateHedge,
  figureSources,
  reportLatinWords,
  staleExceptions,
  textRecords,
  type Languages,
} from '../test/wording-checks';

const dataset: Report = reportSchema.parse(readRepoJson('data/ai-2026-04.json'));
const source = readRepoFile('data/source/ai-2026-04.zh.txt');
const words: Languages = { zh: wordsFor('zh'), en: wordsFor('en') };

const copy = (): Report => structuredClone(dataset);
const problemsOf = (r: Report): string[] => checkWording(r, source, words);
const records = (r: Report) => textRecords(r, source, words);

function event(r: Report, id: string) {
  const e = r.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
}
function figure(r: Report, id: string) {
  const f = r.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
}
function panel(r: Report, id: string) {
  const p = r.panels.find((x) => x.id === id);
  if (!p) throw new Error(`no panel ${id}`);
  return p;
}

describe('the hedge table', () => {
  it('gives every hedge an English counterpart, and finds each of its Chinese words', () => {
    for (const h of HEDGES) {
      expect(h.zh.flags, h.id).toContain('g');
      expect(h.en.flags, h.id).not.toContain('g');
    }
    expect(new Set(HEDGES.map((h) => h.id)).size).toBe(HEDGES.length);
  });

  it.each([
    [
      'OpenAI 年化收入已超过 250 亿美元，可能最早在 2026 年底进行公开上市。',
      ['more-than', 'possibly', 'earliest'],
    ],
    ['美国全国零售联合会估计，2025 年零售销售额中有 15.8% 被退回', ['estimate']],
    ['行业分析师预计该投资将在未来五年内在日本创造约 5 万个', ['expect', 'within', 'about']],
    ['TurboQuant 承诺在保持前沿性能的同时将内存需求降低六倍', ['promise']],
    ['安装量突破了 9700 万次', ['more-than']],
    ['活跃用户数从 100 万跌至不足 50 万', ['fewer-than']],
    ['能够将 AI 能耗降低多达 100 倍', ['up-to']],
    ['进行了近 8 次在线退货', ['nearly']],
    ['是前一季度纪录的两倍多', ['more-than']],
    ['这是一个与 40 多家公司的有限合作项目', ['plus', 'limited']],
    ['略高于人类基线的 72.4%', ['slightly']],
    ['越来越不是单点模型能力', ['increasingly']],
    ['AI 开始全面进入“系统竞争”阶段', ['begin']],
  ] as const)('finds the hedges of 「%s」', (text, ids) => {
    expect([...hedgeIds(text)].sort()).toEqual([...ids].sort());
  });

  it.each([
    ['数据', 'data: 数据 holds 据'],
    ['占据了独特的生态位', '占据 holds 据'],
    ['据此假定两笔融资计入总额', '据此 is "on that basis", not "according to"'],
    ['双方签约', '签约 holds 约'],
    ['为算力、内存与能耗约束提供了新的解法', '约束 holds 约'],
    ['名称', '名称 holds 称'],
    ['单靠开源叙事已不足以支撑顶层战略', '不足以 is "not enough to"; 战略 holds 略'],
    ['原生多模态与超长上下文能力持续突破', '突破 as a noun, "breakthrough"'],
    ['这一突破意义重大', '突破 as a noun'],
    ['这是西方科技公司在亚洲的最大单笔 AI 基础设施承诺。', '承诺 as a noun, "commitment"'],
    ['从零开始重建了整个 AI 技术栈', '从零开始 is "from scratch"'],
    ['多模态推理和多步 workflow', '多模态 and 多步 hold 多'],
    ['首次在桌面任务上超越人类', '超越 is "outperform", not a qualifier'],
    ['完全开源策略', '策略 holds 略'],
    ['有限公司', '有限公司 is "Ltd"'],
    ['面积表示事件所含数字的个数', '面积表示 is "area stands for"'],
    ['三笔合计超过总额，不可能都在总额之内', '不可能 is "cannot", not "may"'],
  ])('is not fooled by 「%s」 (%s)', (text) => {
    const kept = findHedges(text).filter((h) => h.hedge.id !== 'more-than');
    expect(kept.map((h) => `${h.hedge.id}:${h.text}`)).toEqual([]);
  });

  it('reads 突破 before a number as "more than", and not elsewhere', () => {
    expect([...hedgeIds('MCP 协议突破 9700 万安装量')]).toEqual(['more-than']);
    expect([...hedgeIds('AI 能耗降低 100 倍的突破')]).toEqual([]);
    expect([...hedgeIds('月收入破 20 亿美元')]).toEqual(['more-than']);
  });

  it('reads 承诺 as a promise only as a verb', () => {
    expect([...hedgeIds('TurboQuant 承诺的内存降幅')]).toEqual(['promise']);
    expect([...hedgeIds('亚洲最大的单笔 AI 基础设施承诺；')]).toEqual([]);
  });

  it('knows the English counterparts', () => {
    expect(carriesHedge('it may list as early as the end of 2026', 'possibly')).toBe(true);
    expect(carriesHedge('it lists at the end of 2026', 'possibly')).toBe(false);
    expect(carriesHedge('The NRF estimates that 15.8% …', 'estimate')).toBe(true);
    expect(carriesHedge('Industry analysts expect about 50,000 jobs', 'expect')).toBe(true);
    expect(carriesHedge('Industry analysts estimate 50,000 jobs', 'expect')).toBe(false);
  });

  it('finds the claimant before an attribution word (after 据), and none where there is none', () => {
    const claimants = claimantsFor(dataset);
    const at = (text: string) => {
      const hit = findHedges(text).find((h) => h.hedge.kind === 'attribution');
      if (!hit) throw new Error(`no attribution in ${text}`);
      return claimantAt(text, hit, claimants)?.id;
    };
    expect(at('美国全国零售联合会估计，2025 年')).toBe('nrf');
    expect(at('微软宣布向日本投资 100 亿美元')).toBe('microsoft');
    expect(at('公司仍然宣布关停 AI 视频生成应用 Sora')).toBe('company');
    expect(at('Linux 基金会还宣布将把 Anthropic 的 MCP 纳入开放治理')).toBe('linux-foundation');
    expect(at('业内将这一现象称为“SaaS 末日”')).toBe('industry');
    expect(at('据美国全国零售联合会估计')).toBe('nrf');
    expect(at('被视为构建从模型到分发渠道的生态')).toBeUndefined();
    expect(CLAIMANTS.length).toBeGreaterThan(5);
  });
});

describe('sources are scoped to the clause', () => {
  it('gives the IPO’s 可能 to the listing, not to the revenue in the same sentence', () => {
    const f = figure(dataset, 'openai-annualised-revenue');
    const sources = figureSources(f, words.zh);
    expect(sources.join()).toContain('250 亿美元');
    expect(sources.join()).not.toContain('可能');
  });

  it('lets "X 估计，" govern the rest of its sentence', () => {
    const sources = figureSources(figure(dataset, 'us-online-return-rate'), words.zh);
    expect(sources[0]).toBe('美国全国零售联合会估计');
    expect(sources.join()).toContain('19.3%');
  });

  it('reads a stated date’s hedge from its clause', () => {
    const ipo = '可能最早在 2026 年底进行公开上市';
    expect(
      expectedDateHedge(`OpenAI 年化收入已超过 250 亿美元，${ipo}。`, {
        precision: 'year',
        value: '2026',
        part: 'end',
      }),
    ).toBe('possibly-as-early-as');
    expect(
      dateSources(`OpenAI 年化收入已超过 250 亿美元，${ipo}。`, {
        precision: 'year',
        value: '2026',
      }),
    ).toEqual([ipo]);
    expect(
      expectedDateHedge(
        'Google 的虚拟试穿技术也将从 4 月 30 日起直接在 Google 平台的产品搜索结果中提供。',
        { precision: 'day', value: '2026-04-30' },
      ),
    ).toBe('from');
    expect(
      expectedDateHedge('研究成果将在 5 月于维也纳举行的国际机器人与自动化会议上展示。', {
        precision: 'month',
        value: '2026-05',
      }),
    ).toBe('planned');
  });
});

describe('the committed dataset', () => {
  it('keeps every hedge, claimant, date and claim of the report, in both languages', () => {
    expect(problemsOf(dataset)).toEqual([]);
  });

  it('reads every kind of text', () => {
    const paths = records(dataset).map((r) => r.path);
    for (const prefix of [
      'report.abstract',
      'threads.',
      'events.',
      'figures.',
      'cards.',
      'panels.',
    ]) {
      expect(
        paths.some((p) => p.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    expect(paths).toContain('events.virtual-try-on.statedDates[0]');
    expect(paths).toContain('events.utah-ai-prescriptions.claims[0]');
  });

  it('lists few exceptions, each with its reason, each still needed', () => {
    expect(EXCEPTIONS.length).toBeLessThanOrEqual(8);
    expect(staleExceptions(records(dataset))).toEqual([]);
    for (const x of EXCEPTIONS) {
      expect(x.reason.length, x.path).toBeGreaterThan(40);
      const without = EXCEPTIONS.filter((y) => y !== x);
      expect(
        checkWording(dataset, source, words, without).join('\n'),
        `${x.path} ${x.what}`,
      ).toContain(x.path);
    }
  });

  it('allows in Chinese only the Latin words the report itself writes', () => {
    const allowed = reportLatinWords(source, dataset);
    for (const w of [
      'Gemini',
      'GPT-5.4',
      'OSWorld-V',
      'MCP',
      'TurboQuant',
      'token',
      'workflow',
      'SaaS',
      'NDA',
      'Gen',
      'ICLR',
      'KV',
      'VLA',
      'API',
    ]) {
      expect(allowed.has(w), w).toBe(true);
    }
    // Words of the English reference titles are not names.
    expect(allowed.has('boosting')).toBe(false);
    expect(latinWords('GPT-5.4 在 OSWorld-V 上')).toEqual(['GPT-5.4', 'OSWorld-V']);
  });

  it('holds the dates the report states', () => {
    const tryOn = event(dataset, 'virtual-try-on');
    expect(tryOn.date).toEqual({ precision: 'month', value: '2026-04' });
    expect(tryOn.statedDates).toContainEqual(
      expect.objectContaining({ date: { precision: 'day', value: '2026-04-30' }, hedge: 'from' }),
    );
    expect(event(dataset, 'openai-revenue-sora').statedDates).toContainEqual(
      expect.objectContaining({
        date: { precision: 'year', value: '2026', part: 'end' },
        hedge: 'possibly-as-early-as',
      }),
    );
    expect(event(dataset, 'neuro-symbolic').statedDates).toContainEqual(
      expect.objectContaining({ date: { precision: 'month', value: '2026-05' }, hedge: 'planned' }),
    );
    expect(event(dataset, 'neuro-symbolic').date).toEqual({ precision: 'month', value: '2026-04' });
  });
});

describe('planted slips are caught', () => {
  it('a dropped 可能 on the IPO, in either language', () => {
    const r = copy();
    const e = event(r, 'openai-revenue-sora');
    e.summary.zh = e.summary.zh.replace(/可能最早/g, '最早');
    expect(problemsOf(r)).toContainEqual(
      expect.stringMatching(
        /^events\.openai-revenue-sora\.summary: the source says “可能”.*the Chinese drops it/,
      ),
    );
    const r2 = copy();
    const e2 = event(r2, 'openai-revenue-sora');
    e2.summary.en = e2.summary.en.replace(/may list/g, 'lists').replace(/\bcould\b/g, 'would');
    expect(problemsOf(r2)).toContainEqual(
      expect.stringMatching(/^events\.openai-revenue-sora\.summary: .*the English drops it/),
    );
  });

  it('the NRF’s estimate stated as fact (label and attribution gone)', () => {
    const r = copy();
    const f = figure(r, 'us-retail-return-rate');
    delete f.attribution;
    f.label = { zh: '美国零售销售额退货率', en: 'US retail return rate' };
    delete f.note;
    const problems = checkAttributions(records(r), claimantsFor(r)).concat(checkHedges(records(r)));
    expect(problems).toContainEqual(
      'figures.us-retail-return-rate: the Chinese does not name the claimant (nrf)',
    );
    expect(problems).toContainEqual(
      'figures.us-retail-return-rate: the English does not name the claimant (nrf)',
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^figures\.us-retail-return-rate: the source says “估计”/),
    );
  });

  it('a dropped claimant in prose (宣布 without Microsoft)', () => {
    const r = copy();
    const e = event(r, 'microsoft-japan');
    e.summary.en = e.summary.en.replace(/Microsoft announced/g, 'There is');
    expect(checkAttributions(records(r), claimantsFor(r))).toContainEqual(
      'events.microsoft-japan.summary: the English does not name the claimant (microsoft)',
    );
  });

  it('the Sora panel without 宣布 / announced', () => {
    const r = copy();
    const p = panel(r, 'sora');
    p.title = { zh: p.title.zh.replace('宣布', ''), en: p.title.en.replace(/ announced it/, '') };
    for (const a of p.annotations ?? []) {
      if (a.kind === 'note' || a.kind === 'callout') {
        a.text = { zh: a.text.zh.replace(/宣布/g, ''), en: a.text.en.replace(/announc\w*/g, '') };
      }
    }
    p.subtitle = {
      zh: p.subtitle.zh.replace(/宣布/g, ''),
      en: p.subtitle.en.replace(/announc\w*/g, ''),
    };
    expect(checkHedges(records(r))).toContainEqual(
      expect.stringMatching(/^panels\.sora: the source says “宣布”/),
    );
  });

  it('a qualifier set to exact where the report hedged', () => {
    const r = copy();
    figure(r, 'openai-annualised-revenue').qualifier = 'exact';
    expect(checkQualifiers(r, words.zh)).toContainEqual(
      'figures.openai-annualised-revenue: the report hedges its number (more-than); the qualifier says exact',
    );
  });

  it('千亿 as "hundreds of billions"', () => {
    const r = copy();
    const f = figure(r, 'meta-capex-2026');
    f.note = { zh: f.note!.zh, en: 'The heading’s "hundreds of billions" is a round figure.' };
    expect(checkHedges(records(r))).toContainEqual(
      'figures.meta-capex-2026.note: 千亿 is "a hundred billion"',
    );
  });

  it('Gen Z for shoppers aged 18 to 30', () => {
    const r = copy();
    const f = figure(r, 'gen-z-online-returns');
    f.label = { zh: 'Gen Z 购物者人均在线退货次数', en: 'Online returns per Gen Z shopper' };
    delete f.note;
    expect(checkPopulations(r, words.zh).join('\n')).toMatch(
      /gen-z-online-returns: the clause counts “18 至 30 岁”/,
    );
  });

  it('a date the report states held only as prose', () => {
    const r = copy();
    const e = event(r, 'virtual-try-on');
    e.statedDates = (e.statedDates ?? []).filter((d) => d.date.precision !== 'day');
    expect(checkStatedDates(r, source)).toContainEqual(
      'events.virtual-try-on: the report states “4月30日” in section 15; no stated date holds it',
    );
  });

  it('a stated date with the wrong hedge', () => {
    const r = copy();
    const d = (event(r, 'openai-revenue-sora').statedDates ?? []).find(
      (x) => x.date.part === 'end',
    );
    if (!d) throw new Error('no listing date');
    d.hedge = 'as-early-as';
    expect(checkStatedDates(r, source).join('\n')).toMatch(
      /possibly-as-early-as; the hedge says as-early-as/,
    );
  });

  it('a claim of rank stated as fact', () => {
    const r = copy();
    const e = event(r, 'claude-cowork');
    e.claims = [];
    e.summary = {
      zh: 'Claude Cowork 是 AI 智能体首次直接冲击传统 SaaS 商业模式。',
      en: 'Claude Cowork is the first time AI agents directly hit the traditional SaaS business model.',
    };
    expect(checkEventClaims(r, source)).toContainEqual(
      'events.claude-cowork: the body of section 11 claims “首次”; no claim holds it',
    );
    expect(checkRankClaims(records(r)).join('\n')).toMatch(
      /claude-cowork\.summary: “Claude Cowork 是 AI 智能体首次/,
    );
  });

  it('Chinese in English and stray English in Chinese', () => {
    const r = copy();
    event(r, 'gpt-5-4').summary.en += ' （见原文）';
    event(r, 'gpt-5-4').summary.zh += '这是 breakthrough。';
    const problems = checkLanguages(records(r), reportLatinWords(source, r));
    expect(problems).toContain('events.gpt-5-4.summary: the English holds Chinese (“（”)');
    expect(problems).toContain('events.gpt-5-4.summary: the Chinese holds English (breakthrough)');
  });

  it('compact numbers in prose and inconsistent names', () => {
    const r = copy();
    event(r, 'microsoft-japan').summary.en += ' It is $10B.';
    event(r, 'gpt-5-4').summary.en += ' Nvidia agrees.';
    expect(checkProseNumbers(r)).toContain(
      'events.microsoft-japan.summary: “$10B” is a chart form; prose spells it out',
    );
    expect(checkNaming(records(r)).join('\n')).toMatch(/events\.gpt-5-4\.summary: “Nvidia”/);
  });
});
