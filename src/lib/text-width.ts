/**
 * Estimates of how wide a text is, for laying labels out before anything is drawn (ECharts
 * measures only once it renders). Widths per kind of character, in em, measured on the
 * widest fonts the page's stack falls back to (DejaVu Sans, Noto Sans CJK): elsewhere the
 * estimate errs wide, which leaves room. The end-to-end tests measure the real result.
 */

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u201c\u201d]/;
const NARROW = /[il.,:;'|!()[\]]/;
const UPPER = /[A-Z0-9$%×]/;
const SPACE = /\s/;
/** Bold (600 and more) runs this much wider. */
const BOLD = 1.13;

/** Roughly how wide `text` is, by kind of character (the same in Node and in a browser). */
export function estimateWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    em += WIDE.test(ch)
      ? 1
      : NARROW.test(ch)
        ? 0.35
        : SPACE.test(ch)
          ? 0.32
          : UPPER.test(ch)
            ? 0.68
            : 0.57;
  }
  return em * size * (bold ? BOLD : 1);
}

/** The font stack chart text is drawn in (the page's). */
export const TEXT_FONT =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'Liberation Sans', sans-serif";

type Measure = (text: string, font: string) => number;
let measurer: Measure | null | undefined;

/** A canvas that measures text in the browser's own fonts; none in Node or jsdom. */
function canvasMeasure(): Measure | null {
  if (measurer !== undefined) return measurer;
  measurer = null;
  if (typeof document === 'undefined' || /jsdom/i.test(navigator.userAgent)) return measurer;
  const context = document.createElement('canvas').getContext('2d');
  if (context) {
    measurer = (text, font) => {
      context.font = font;
      return context.measureText(text).width;
    };
  }
  return measurer;
}

const measured = new Map<string, number>();

/**
 * How wide `text` is at `size` px (`bold` for weights of 600 and more): in a browser the
 * wider of the canvas's measure in the chart font and the estimate (a picture opened where
 * other fonts stand in still has room); in Node, the estimate.
 */
export function textWidth(text: string, size: number, bold = false): number {
  const estimate = estimateWidth(text, size, bold);
  const measure = canvasMeasure();
  if (!measure) return estimate;
  const key = `${bold ? 'b' : ''}${size}|${text}`;
  let width = measured.get(key);
  if (width === undefined) {
    width = measure(text, `${bold ? '600 ' : ''}${size}px ${TEXT_FONT}`);
    if (measured.size > 5000) measured.clear();
    measured.set(key, width);
  }
  return Math.max(width, estimate);
}

/**
 * How wide `text` is at `size` px and a font `weight`, as the browser sets it in the page's
 * fonts (no floor under it, unlike textWidth); the estimate where nothing can measure.
 */
export function fontWidth(text: string, size: number, weight: number): number {
  const measure = canvasMeasure();
  return measure
    ? measure(text, `${weight} ${size}px ${TEXT_FONT}`)
    : estimateWidth(text, size, weight >= 600);
}

/** The widest line of a multi-line text. */
export function blockWidth(text: string, size: number, bold = false): number {
  return Math.max(0, ...text.split('\n').map((line) => textWidth(line, size, bold)));
}

/** CJK characters and their punctuation, as a character class's inside. */
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
/** A run of CJK characters (and their punctuation); a word; a run of space. */
const TOKEN = new RegExp(`[${CJK}]+|[^\\s${CJK}]+|\\s+`, 'g');
const CJK_RUN = new RegExp(`^[${CJK}]`);

/**
 * Words of AI-industry reporting that a line of Chinese never breaks inside ("风投", not "风" /
 * "投"; "试穿", not "试" / "穿"). Elsewhere a line may break between any two characters, as
 * Chinese typesetting allows. A word list rather than ICU's segmenter (Intl.Segmenter): that
 * loads a dictionary taking about 30 ms on the page's first wrapped label, and it cuts many of
 * these words in two (风投, 试穿, 能耗, 估值, 芯片, 开源 …).
 */
const ZH_WORDS = new Set(
  (
    '风投 风险 投资 融资 融资额 估值 营收 收入 年化 资本 支出 成本 运营 上市 收购 交易 总额 ' +
    '美元 季度 纪录 创纪录 百分点 比例 倍数 推算 ' +
    '模型 大模型 发布 推出 亮相 突破 展示 允许 筹备 关停 冲击 进入 降低 提升 超越 达到 超过 ' +
    '重塑 宣布 建设 创造 预计 承诺 连接 ' +
    '智能 智能体 多模态 上下文 窗口 参数 效率 优化 扩张 推理 训练 算力 算法 芯片 开源 闭源 ' +
    '内存 需求 样本 速度 收敛 能耗 电力 能源 神经 符号 人类 基线 得分 桌面 任务 ' +
    '协议 标准 安装 安装量 基础 设施 基础设施 数据 中心 计算 机器人 物理 世界 具身 生成式 ' +
    '企业 软件 市场 媒体 内容 播客 零售 零售业 消费 试穿 虚拟 退货 退货率 销售 在线 购物 ' +
    '监管 政策 处方 续开 药物 医疗 漏洞 零日 安全 合作 公司 用户 活跃 岗位 日本 美国 微软 ' +
    '英伟达 谷歌 研究 成果 报告 行业 全面 系统 竞争 阶段 主线 同时 推进 加速 成型'
  ).split(' '),
);
const ZH_WORD_MAX = 4;

const cjkWordCache = new Map<string, string[]>();

/** A run of Chinese as the pieces a line may break between: ZH_WORDS whole, else characters. */
function cjkWords(run: string): string[] {
  const cached = cjkWordCache.get(run);
  if (cached) return cached;
  const chars = [...run];
  const words: string[] = [];
  for (let i = 0; i < chars.length;) {
    let len = Math.min(ZH_WORD_MAX, chars.length - i);
    while (len > 1 && !ZH_WORDS.has(chars.slice(i, i + len).join(''))) len -= 1;
    words.push(chars.slice(i, i + len).join(''));
    i += len;
  }
  if (cjkWordCache.size > 2000) cjkWordCache.clear();
  cjkWordCache.set(run, words);
  return words;
}

/** The text as the pieces a line may break between: words, CJK words, runs of space. */
function wordTokens(text: string): string[] {
  return (text.match(TOKEN) ?? []).flatMap((t) => (CJK_RUN.test(t) ? cjkWords(t) : [t]));
}

/** The same, every CJK character a piece of its own: for a word too long for any line. */
function characterTokens(text: string): string[] {
  return (text.match(TOKEN) ?? []).flatMap((t) => (CJK_RUN.test(t) ? [...t] : [t]));
}
/** Where a word may break: after a hyphen between two letters ("Neuro-" / "symbolic"). */
const HYPHEN_BREAK = /(?<=\p{L}-)(?=\p{L})/u;

/** Closing punctuation at the end of a line, left out when counting what else it holds. */
const NO_LINE_END_PUNCT = /[，。、；：？！）」』】》〉”’…%,.;:?!)\]]+$/;

/** Punctuation that never starts a line (it closes what stands before it): ，。、 and the like. */
const NO_LINE_START = /^[，。、；：？！）」』】》〉”’…%,.;:?!)\]]/;

/**
 * Break text into lines no wider than `max`: by words, Chinese ones too ("AI 虚拟试穿" /
 * "进入零售", never "AI 虚拟试" / "穿进入零售"); a word too long for a line may break after a
 * hyphen between two letters ("Neuro-" / "symbolic", never "GPT-" / "5.4" or "ai-" /
 * "2026-04"), a Chinese one between any two characters; closing punctuation stays on the line
 * it closes.
 */
export function wrapText(
  text: string,
  max: number,
  size: number,
  maxLines = 3,
  bold = false,
): string[] {
  if (!text.includes('\n') && textWidth(text.trim(), size, bold) <= max) {
    return text.trim() ? [text.trim()] : [];
  }
  let lines = wrapTokens(wordTokens(text), max, size, bold);
  if (lines.some((l) => textWidth(l, size, bold) > max)) {
    lines = wrapTokens(
      characterTokens(text).flatMap((t) => t.split(HYPHEN_BREAK)),
      max,
      size,
      bold,
    );
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
    return kept;
  }
  return lines;
}

/**
 * `head`, `separator` and `tail` wrapped as one text (see `wrapText`), except that a `tail`
 * that fits a line is never broken: it ends the head's last line when there is room, else it
 * takes a line of its own ("Data centres and AI compute ·" / "about $6B", never "… · about" /
 * "$6B"). Within `maxLines`, or else as one text.
 */
export function wrapKeepingTail(
  head: string,
  separator: string,
  tail: string,
  max: number,
  size: number,
  maxLines = 3,
  bold = false,
): string[] {
  const whole = wrapText(`${head}${separator}${tail}`, max, size, maxLines, bold);
  if (whole.length < 2 || textWidth(tail, size, bold) > max) return whole;
  // The head in full (no ellipsis): whether the lines fit `maxLines` is judged at the end.
  const lines = wrapText(`${head}${separator}`.trimEnd(), max, size, Infinity, bold);
  const joined = `${lines[lines.length - 1] ?? ''}${separator.slice(separator.trimEnd().length)}${tail}`;
  const kept =
    textWidth(joined, size, bold) <= max ? [...lines.slice(0, -1), joined] : [...lines, tail];
  return kept.length <= maxLines ? kept : whole;
}

/** A CJK character (a unit such as 亿 or 万 after a number, or one left alone on a line). */
const CJK_CHAR = /^[\u2e80-\u9fff\uf900-\ufaff]$/;
/** A number at the end of a line, with the space after it: "1350 " of "…至 1350 ". */
const TRAILING_NUMBER = /(?<=^|\s)[^\s]*\d\s*$/;

/**
 * Greedy lines of tokens, each line as full as `max` allows; a number moves down with the
 * Chinese unit after it ("1350 亿美元", never "1350" / "亿美元"), and a last line of one
 * Chinese character takes the one before it ("超过 9700" / "万次", not "超过 9700 万" / "次").
 */
function wrapTokens(tokens: readonly string[], max: number, size: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line.trim() && !NO_LINE_START.test(token) && textWidth(next.trimEnd(), size, bold) > max) {
      const number = CJK_CHAR.test(token) ? TRAILING_NUMBER.exec(line) : null;
      const kept = number ? line.slice(0, number.index).trimEnd() : '';
      if (number && kept) {
        lines.push(kept);
        line = number[0] + token;
      } else {
        lines.push(line.trimEnd());
        line = token.trimStart();
      }
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  // A last line of one Chinese character takes the word before it (with that word's number,
  // if it is a unit: "9700 万"; a word of ZH_WORDS whole: "发布" / "会", not "发" / "布会").
  const last = lines[lines.length - 1] ?? '';
  const before = lines[lines.length - 2] ?? '';
  const alone = [...last.replace(NO_LINE_END_PUNCT, '')];
  const run = /[\u2e80-\u9fff\uf900-\ufaff]+$/.exec(before)?.[0] ?? '';
  const word = run ? (cjkWords(run).at(-1) ?? '') : '';
  const carried = word ? new RegExp(`(?:(?<=^|\\s)[^\\s]*\\d\\s*)?${word}$`).exec(before) : null;
  if (alone.length === 1 && CJK_CHAR.test(alone[0] ?? '') && carried && carried.index > 0) {
    lines[lines.length - 2] = before.slice(0, carried.index).trimEnd();
    lines[lines.length - 1] = carried[0] + last;
  }
  return lines;
}

/**
 * `text` wrapped into as few lines as `width` allows, each as long as the others can be
 * (the narrowest width giving that many lines, with no more hyphenated words broken):
 * "AI 虚拟试穿 / 进入零售", not "AI 虚拟试穿进入零 / 售".
 */
export function wrapBalanced(text: string, width: number, size: number, bold: boolean): string[] {
  const lines = wrapText(text, width, size, 99, bold);
  if (lines.length < 2) return lines;
  let low = 0;
  let high = width;
  let best = lines;
  for (let i = 0; i < 12; i++) {
    const mid = (low + high) / 2;
    const tried = wrapText(text, mid, size, 99, bold);
    if (tried.length <= lines.length && hyphenBreaks(tried) <= hyphenBreaks(lines)) {
      high = mid;
      best = tried;
    } else {
      low = mid;
    }
  }
  return best;
}

/** How many lines end inside a hyphenated word. */
function hyphenBreaks(lines: readonly string[]): number {
  return lines.slice(0, -1).filter((line) => line.endsWith('-')).length;
}
