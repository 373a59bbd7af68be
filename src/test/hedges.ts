/**
 * The report's hedges and attributions as data: which Chinese words hedge a statement, and
 * which English words carry the same hedge. The wording checks (wording-checks.ts) read every
 * text of a report file against the sentence it rests on with these tables.
 *
 * Each Chinese pattern is written against its substring traps: 数据 holds 据, 签约 and 约束
 * hold 约, 名称 holds 称, 不足以 holds 不足, 多模态 holds 多, 突破 is also a noun
 * ("breakthrough"), 承诺 is also a noun ("commitment"), 从零开始 is "from scratch", 战略
 * holds 略, 有限公司 holds 有限. The tests in hedges.test.ts hold each trap.
 */

/** What a hedge does to a statement. */
export type HedgeKind =
  /** A number's qualifier (约, 超过 …): a figure carries it in its `qualifier` field. */
  | 'numeric'
  /** Someone other than the report says it (估计, 宣布 …): the claimant must be named. */
  | 'attribution'
  /** Possibility, tense, scope or degree (可能, 开始, 等 …). */
  | 'modal';

export interface Hedge {
  id: string;
  kind: HedgeKind;
  /** The Chinese words, as a global pattern that skips the traps. */
  zh: RegExp;
  /** The English words that carry the same hedge. */
  en: RegExp;
  /** How the hedge reads in English, for messages. */
  gloss: string;
}

/** A digit or Chinese numeral, for hedges that only hedge a number (近 8 次, 破 20 亿). */
const NUM = '[0-9０-９一二两三四五六七八九十百千万亿几半]';

/**
 * The hedge table: every hedge the report uses, with its English counterparts. Several
 * Chinese words can share an id when they hedge the same way (突破 / 超过 / 以上).
 */
export const HEDGES: readonly Hedge[] = [
  // Numeric qualifiers (DATA.md rule 1).
  {
    id: 'about',
    kind: 'numeric',
    zh: /大约|(?<![签制节契预公隐简婚])约(?![束定会谈请翰])/g,
    en: /\b(?:about|around|approximately|roughly)\b/i,
    gloss: 'about',
  },
  {
    id: 'nearly',
    kind: 'numeric',
    zh: new RegExp(`接近|几乎|(?<![最附靠将亲临逼贴])近(?=\\s*${NUM})`, 'g'),
    en: /\b(?:nearly|almost|close to)\b/i,
    gloss: 'nearly',
  },
  {
    id: 'more-than',
    kind: 'numeric',
    zh: new RegExp(
      `超过|倍多|(?:突破|(?<!突)破)了?(?=\\s*${NUM})|(?<=[0-9%万亿千百十]\\s*)以上`,
      'g',
    ),
    en: /\b(?:more than|over|exceeds?|exceeded|exceeding|above|tops?|passe[sd]|pass(?:ing)?|surpass\w*)\b/i,
    gloss: 'more than',
  },
  {
    id: 'plus',
    kind: 'numeric',
    zh: /(?<=[0-9十百千]\s*)多(?![达模步年种样元数少])/g,
    en: /-plus\b|\bplus\b|\bmore than\b/i,
    gloss: '-plus',
  },
  {
    id: 'up-to',
    kind: 'numeric',
    zh: /多达|最多/g,
    en: /\bup to\b/i,
    gloss: 'up to',
  },
  {
    id: 'as-much-as',
    kind: 'numeric',
    zh: /高达/g,
    en: /\b(?:as much as|as high as|up to)\b/i,
    gloss: 'as much as',
  },
  {
    id: 'fewer-than',
    kind: 'numeric',
    zh: /不足(?!以)/g,
    en: /\b(?:fewer than|less than|under|below)\b/i,
    gloss: 'fewer than',
  },
  {
    id: 'thousands',
    kind: 'numeric',
    zh: /数千|几千/g,
    en: /\bthousands\b/i,
    gloss: 'thousands',
  },
  {
    id: 'within',
    kind: 'numeric',
    zh: new RegExp(`(?<=${NUM}\\s*个?\\s*(?:年|月|天|日|周|小时))\\s*内`, 'g'),
    en: /\b(?:within|over the next|in the next|in under)\b/i,
    gloss: 'within',
  },
  // Attributions: someone other than the report says it.
  {
    id: 'estimate',
    kind: 'attribution',
    zh: /估计|估算/g,
    en: /\bestimat\w*/i,
    gloss: 'estimates',
  },
  {
    id: 'expect',
    kind: 'attribution',
    zh: /预计|预期/g,
    en: /\b(?:expect\w*|forecast\w*|project(?:s|ed|ion))\b/i,
    gloss: 'expects',
  },
  {
    id: 'promise',
    kind: 'attribution',
    // The verb and its attributive use (承诺的降幅), not the noun (最大单笔…承诺。).
    zh: /承诺(?=\s*[在将把要会能的])/g,
    en: /\b(?:promis\w*|pledg\w*)\b/i,
    gloss: 'promises',
  },
  {
    id: 'announce',
    kind: 'attribution',
    zh: /宣布/g,
    en: /\bannounc\w*/i,
    gloss: 'announced',
  },
  {
    id: 'say',
    kind: 'attribution',
    // Not 面积表示 / 颜色表示 ("stands for").
    zh: /(?<![积色线轴点])表示/g,
    en: /\b(?:say|says|said|saying|state[sd]?|stating|according to)\b/i,
    gloss: 'says',
  },
  {
    id: 'call',
    kind: 'attribution',
    zh: /(?<![名对相匀简职号俗统昵尊通别堪])称(?![号职])/g,
    en: /\b(?:calls?|called|calling|claims?|claimed|says?|said|describe[sd]?|dub\w*|term(?:s|ed)|in the report's words|puts it|as the report)\b/i,
    gloss: 'calls / says',
  },
  {
    id: 'according-to',
    kind: 'attribution',
    // Not 数据, 占据, 根据, 依据, 证据; not 据此 ("on that basis").
    zh: /(?<![数占根依证凭票单收论盘])据(?!此)/g,
    en: /\b(?:according to|says?|said|estimat\w*|reports?|reported)\b/i,
    gloss: 'according to',
  },
  {
    id: 'believe',
    kind: 'attribution',
    zh: /认为/g,
    en: /\b(?:believes?|believed|argues?|argued|thinks?|views?|considers?|sees?|seen)\b/i,
    gloss: 'believes',
  },
  {
    id: 'seen-as',
    kind: 'attribution',
    zh: /视为|视之为|视作/g,
    en: /\b(?:seen as|sees? (?:it|this|them) as|regard\w*|views?|viewed|considers?|considered)\b/i,
    gloss: 'is seen as',
  },
  // Possibility, tense, scope and degree.
  {
    id: 'possibly',
    kind: 'modal',
    zh: /(?<!不)可能/g,
    en: /\b(?:may|might|could|possibl[ey]|likely|perhaps)\b/i,
    gloss: 'may',
  },
  {
    id: 'earliest',
    kind: 'modal',
    zh: /最早/g,
    en: /\b(?:as early as|earliest)\b/i,
    gloss: 'as early as',
  },
  {
    id: 'increasingly',
    kind: 'modal',
    zh: /越来越/g,
    en: /\b(?:increasing(?:ly)?|growing|more and more|ever more)\b/i,
    gloss: 'increasingly',
  },
  {
    id: 'begin',
    kind: 'modal',
    // Not 从零开始 ("from scratch") or 一开始 ("at first").
    zh: /(?<!从零|从头|一)开始/g,
    en: /\b(?:begins?|began|begun|beginning|starts?|started|starting)\b/i,
    gloss: 'begins to',
  },
  {
    id: 'try',
    kind: 'modal',
    zh: /试图|企图/g,
    en: /\b(?:try|tries|tried|trying|attempt\w*|seek\w*|sought)\b/i,
    gloss: 'tries to',
  },
  {
    id: 'in-progress',
    kind: 'modal',
    zh: /正在/g,
    en: /\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?\w+ing\b|\b(?:ongoing|under way|in progress)\b/i,
    gloss: 'is …-ing',
  },
  {
    id: 'such-as',
    kind: 'modal',
    // A list left open (X、Y 等); not 等待, 等于, 平等, 同等, 高等, 等级.
    zh: /(?<![平同均对相高初中优次上下何不])等(?![待于级同候到])/g,
    en: /\b(?:such as|among others|and others|and other|and similar|including|among them|and so on|e\.g\.)\b/i,
    gloss: 'such as',
  },
  {
    id: 'mere',
    kind: 'modal',
    zh: /单纯/g,
    en: /\b(?:mere|merely|sheer|simply|purely|pure)\b/i,
    gloss: 'mere',
  },
  {
    id: 'previously',
    kind: 'modal',
    zh: /此前/g,
    en: /\b(?:previously|hitherto|until then|before)\b/i,
    gloss: 'previously',
  },
  {
    id: 'limited',
    kind: 'modal',
    zh: /有限(?!公司)/g,
    en: /\blimited\b/i,
    gloss: 'limited',
  },
  {
    id: 'slightly',
    kind: 'modal',
    // 略高于, not 战略 / 策略 / 省略.
    zh: /(?<![战策省忽领侵粗概])略(?=[高低多少微有])/g,
    en: /\b(?:slightly|just|a little|marginally)\b/i,
    gloss: 'slightly',
  },
  {
    id: 'if',
    kind: 'modal',
    zh: /如果说|如果|假如/g,
    en: /\b(?:if|as the report puts it)\b/i,
    gloss: 'if',
  },
  {
    id: 'not-necessarily',
    kind: 'modal',
    zh: /未必/g,
    en: /\bnot necessarily\b/i,
    gloss: 'not necessarily',
  },
  {
    id: 'often',
    kind: 'modal',
    zh: /往往/g,
    en: /\b(?:often|tends? to)\b/i,
    gloss: 'often',
  },
  {
    id: 'hope',
    kind: 'modal',
    zh: /希望/g,
    en: /\bhop(?:e|es|ed|ing)\b/i,
    gloss: 'hopes',
  },
];

export const HEDGE_BY_ID: ReadonlyMap<string, Hedge> = new Map(HEDGES.map((h) => [h.id, h]));

/** One hedge found in a Chinese text. */
export interface HedgeHit {
  hedge: Hedge;
  /** Where it starts in the text. */
  index: number;
  /** The words found. */
  text: string;
}

/** Every hedge in a Chinese text, in reading order. */
export function findHedges(zh: string): HedgeHit[] {
  const hits: HedgeHit[] = [];
  for (const hedge of HEDGES) {
    for (const m of zh.matchAll(hedge.zh)) {
      hits.push({ hedge, index: m.index, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The ids of the hedges of a Chinese text. */
export function hedgeIds(zh: string): Set<string> {
  return new Set(findHedges(zh).map((h) => h.hedge.id));
}

/** Whether an English text carries a hedge. */
export function carriesHedge(en: string, id: string): boolean {
  const hedge = HEDGE_BY_ID.get(id);
  if (!hedge) throw new Error(`no hedge "${id}"`);
  return hedge.en.test(en);
}

/**
 * Who says it: the claimants the report names before (or, for 据, after) an attribution
 * word, and how a dataset text names them in each language. The report file's organisations
 * are claimants too (organisationClaimants); these are the others. A claimant neither knows
 * is itself a problem the checks report, so a new edition adds its claimants here.
 */
export interface Claimant {
  id: string;
  /** How the report (or a dataset text) names the claimant in Chinese. */
  source: RegExp;
  /** Names that count as naming it in a Chinese text. */
  zh: RegExp;
  /** Names that count as naming it in an English text. */
  en: RegExp;
}

export const CLAIMANTS: readonly Claimant[] = [
  {
    id: 'industry-analysts',
    source: /行业分析师|分析人士|分析师/g,
    zh: /分析师|分析人士/,
    en: /\banalysts?\b/i,
  },
  { id: 'turboquant-team', source: /TurboQuant/g, zh: /TurboQuant/, en: /TurboQuant/ },
  { id: 'industry', source: /业内|业界/g, zh: /业内|业界|行业/, en: /\bindustry\b/i },
  { id: 'supporters', source: /支持者/g, zh: /支持者/, en: /\b(?:supporters|proponents)\b/i },
  { id: 'opponents', source: /反对者/g, zh: /反对者/, en: /\b(?:opponents|critics)\b/i },
  {
    // "公司" in the report is the company of its section (OpenAI in §8, Meta in §5).
    id: 'company',
    source: /公司(?=[^，。；、]{0,4}(?:宣布|表示|称|承诺))/g,
    zh: /OpenAI|Meta|公司/,
    en: /\bOpenAI\b|\bMeta\b|\bthe company\b/i,
  },
  { id: 'report', source: /报告/g, zh: /报告/, en: /\b(?:the report|report's)\b/i },
  {
    id: 'dataset',
    source: /本数据集/g,
    zh: /本数据集/,
    en: /\bthis dataset\b/i,
  },
];

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A report's organisations as claimants: their Chinese names and aliases, their English
 * names (and the short form an English text may use on second mention). */
export function organisationClaimants(
  organisations: readonly { id: string; name: { zh: string; en: string }; aliases?: string[] }[],
): Claimant[] {
  const SHORT: Record<string, string> = { nrf: 'NRF' };
  return organisations.map((o) => {
    const zhNames = [o.name.zh, ...(o.aliases ?? [])].map((n) => escapeRe(n).replace(/ /g, '\\s*'));
    const en = o.name.en.replace(/^(?:US|State of) /, '');
    const enNames = [escapeRe(en), ...(SHORT[o.id] ? [SHORT[o.id]!] : [])];
    return {
      id: o.id,
      source: new RegExp(zhNames.join('|'), 'g'),
      zh: new RegExp(zhNames.join('|')),
      en: new RegExp(`\\b(?:${enNames.join('|')})\\b`),
    };
  });
}

/** Where a text splits into clauses: a hedge belongs to its clause (the 可能 of a listing is
 * not the revenue's, though one sentence holds both). */
const CLAUSE_END = /[，,；;。！？!?：:]/;

/** A sentence's clauses, with their punctuation left off. */
export function clauses(sentence: string): string[] {
  return sentence
    .split(CLAUSE_END)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** Where a sentence ends: a claimant named earlier in the sentence (its subject) still counts. */
const SENTENCE_END = /[；;。！？!?\n]/;

/** The claimant named for an attribution word: the last one before it in its clause, else
 * the last one before it in its sentence (its subject); for 据, the first one after it.
 * Undefined when none is named. */
export function claimantAt(
  text: string,
  hit: HedgeHit,
  claimants: readonly Claimant[] = CLAIMANTS,
): Claimant | undefined {
  const before = (start: number): Claimant | undefined => {
    let best: { claimant: Claimant; at: number } | undefined;
    for (const claimant of claimants) {
      for (const m of text.matchAll(claimant.source)) {
        if (m.index >= start && m.index < hit.index && (!best || m.index > best.at)) {
          best = { claimant, at: m.index };
        }
      }
    }
    return best?.claimant;
  };
  if (hit.hedge.id === 'according-to') {
    const end = nextClauseEnd(text, hit.index);
    let best: { claimant: Claimant; at: number } | undefined;
    for (const claimant of claimants) {
      for (const m of text.matchAll(claimant.source)) {
        if (m.index > hit.index && m.index < end && (!best || m.index < best.at)) {
          best = { claimant, at: m.index };
        }
      }
    }
    return best?.claimant;
  }
  return (
    before(lastStart(text, hit.index, CLAUSE_END)) ??
    before(lastStart(text, hit.index, SENTENCE_END))
  );
}

function lastStart(text: string, index: number, end: RegExp): number {
  for (let i = index - 1; i >= 0; i--) if (end.test(text[i] ?? '')) return i + 1;
  return 0;
}

function nextClauseEnd(text: string, index: number): number {
  for (let i = index; i < text.length; i++) if (CLAUSE_END.test(text[i] ?? '')) return i;
  return text.length;
}

/**
 * Words of rank: "the first", "a record", "the largest". A sentence holding one is a claim,
 * the report's (or the claimant's it names), never a fact the dataset states in its own voice.
 */
export const RANK_ZH =
  /首次|首个|首创|创纪录|最大|最重磅|最强|标志性|里程碑|元年|极少见|首选|革命性|默认机制|重大胜利|热门/g;
export const RANK_EN =
  /\b(?:(?:the|a) first|(?:a|new) record|record(?:-setting|-breaking)?(?= (?:AI |Q1 )*(?:venture )?funding)|set a record|largest|biggest|most significant|landmark|milestone|year one|rare|tool of choice|revolutionary|default|major victory|popular)\b/i;

/** Words by which a dataset text says whose claim it states. */
export const CLAIM_MARKER_ZH = /报告|业内|业界|分析人士|分析师|视为|视之为|称/;
export const CLAIM_MARKER_EN =
  /\b(?:the report|report's|industry|analysts|seen as|calls?|called|says?)\b/i;

/**
 * Magnitude words whose translation is a known slip: 千亿 is "a hundred billion", not
 * "hundreds of billions"; "hundreds of" needs 数百, "thousands of" needs 数千.
 */
export const MAGNITUDES: readonly { zh: RegExp; en: RegExp; gloss: string }[] = [
  {
    zh: /千亿/,
    en: /\bhundred[- ]billion\b|\b100 billion\b|\$100B\b/i,
    gloss: '千亿 is "a hundred billion"',
  },
  { zh: /数百|几百|上百/, en: /\bhundreds of\b/i, gloss: '"hundreds of" is 数百' },
  { zh: /数千|几千|上千/, en: /\bthousands of\b/i, gloss: '"thousands of" is 数千' },
];

/** Chinese characters and full-width punctuation: none belongs in an English text. */
export const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The Latin words of a text (names and terms: "GPT-5.4", "OSWorld-V", "token"). */
export function latinWords(text: string): string[] {
  return [...text.matchAll(/[A-Za-z][A-Za-z0-9]*(?:[.\-'’][A-Za-z0-9]+)*/g)].map((m) => m[0]);
}
