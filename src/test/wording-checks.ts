/**
 * The words around the numbers, held to the report's: every text of a report file is read
 * against the sentence (or clause) it rests on, and the problems are returned as readable
 * lines. The unit tests run these checks on the committed dataset, where they must find
 * nothing, and on copies with a hedge or a claimant planted out, where they must find it.
 *
 * - Hedges: the hedges of a text's source must be in its Chinese and their counterparts in its
 *   English (hedges.ts). A figure carries its numeric hedge in `qualifier`, and its source is
 *   the clause holding its number: the 可能 of a listing is not the revenue's, though one
 *   sentence holds both. An attribution word whose clause is only "X 估计" governs the rest
 *   of its sentence.
 * - Attributions: a source that says 估计 / 称 / 表示 / 据 / 预计 / 认为 / 宣布 names its
 *   claimant; the text names the same claimant, in both languages.
 * - Parity: a hedge in a Chinese text has its counterpart in the English one, as often.
 * - Language: English texts hold no Chinese; Chinese texts no Latin words beyond the names and
 *   terms the report itself writes in Latin.
 * - Dates: every date a section states (a day, a month, a year, a quarter, "last year") lies in
 *   one of its event's stated dates, whose hedge ("from", "possibly as early as") is the one its
 *   clause gives.
 * - Claims: every word of rank in a section (首次, 创纪录, 最大 …) lies in one of its event's
 *   claims; prose that repeats one says whose claim it is.
 * - Headings, numbers, names: event titles are the headings and panels quote them alike; a
 *   summary states no number its quotes do not; prose spells numbers out; one name per company,
 *   one voice for the dataset; a figure's label names the population its clause counts.
 *
 * Deliberate exceptions live in one table, EXCEPTIONS, each with its reason.
 */
import {
  CJK,
  CLAIMANTS,
  organisationClaimants,
  CLAIM_MARKER_EN,
  CLAIM_MARKER_ZH,
  claimantAt,
  clauses,
  findHedges,
  HEDGE_BY_ID,
  latinWords,
  MAGNITUDES,
  RANK_EN,
  RANK_ZH,
  type Claimant,
  type HedgeHit,
} from './hedges';
import {
  panelMarks,
  PLACEHOLDER,
  type Bilingual,
  type DateRef,
  type Figure,
  type Qualifier,
  type Report,
} from '../data/schema';

/** What the checks need of a language. */
export interface CheckWords {
  text: (value: Bilingual) => string;
  t: (key: string, vars?: Record<string, unknown>) => string;
  fmt: {
    figure: (f: Figure) => string;
    derivedMarker: () => string;
    date: (d: DateRef) => string;
  };
}

export interface Languages {
  zh: CheckWords;
  en: CheckWords;
}

/** A deliberate exception to one check, for one record, with its reason. */
export interface WordingException {
  /** The record's path, as the problems name it ("figures.osworld-human-baseline"). */
  path: string;
  /** The hedge id, `claimant:<id>`, `rank` or `date:<words>` the exception is for. */
  what: string;
  reason: string;
}

/**
 * Every deliberate exception, in one place. Each says why the record may leave out what its
 * source holds; an exception that no longer applies fails the tests, so the table stays short.
 */
export const EXCEPTIONS: readonly WordingException[] = [
  {
    path: 'figures.osworld-human-baseline',
    what: 'slightly',
    reason:
      'In 「略高于人类基线的 72.4%」 the 略 says how far GPT-5.4’s 75% is above the baseline; ' +
      'it does not hedge the baseline itself. The panel and the event keep it.',
  },
  {
    path: 'events.nvidia-robotics-week',
    what: 'date:2026年',
    reason:
      '「2026 年“物理 AI 元年”」 calls 2026 "year one of physical AI": a characterisation, held ' +
      'as the report’s claim, not a date of anything that happens.',
  },
  {
    path: 'events.meta-muse-spark.statedDates[1]',
    what: 'try',
    reason:
      'The date (去年, 2025) belongs to the open-source models’ poor showing alone; the 试图 of ' +
      'the same sentence is Muse Spark’s attempt, the April 2026 event, whose text keeps it.',
  },
  {
    path: 'events.gemini-3-1-ultra',
    what: 'date:今年',
    reason:
      '「今年最重磅的模型发布」: "this year" scopes the report’s claim of rank (held in claims), ' +
      'it dates nothing.',
  },
];

/** One text of the report file, as the reader sees it, and what it rests on. */
export interface TextRecord {
  /** Where it lives: "events.gpt-5-4.summary", "figures.mcp-installs". */
  path: string;
  zh: string;
  en: string;
  /** The report's words it rests on; hedges there must be carried. Empty: parity only. */
  sources: string[];
  /** Numeric hedges of the sources must be words here (prose); else a figure's qualifier or
   * the app's formatting carries them. */
  numericInText: boolean;
  /** Prose where a claim of rank must say whose it is. */
  rankRule: boolean;
  /** Naming the claimant carries the source's attribution word (a claim shown "as X says"). */
  claimantsCarryVerb: boolean;
}

/** Squeeze white space, for comparing with the report's text. */
export const squeeze = (s: string): string => s.replace(/\s+/g, '');

const NUMERALS: Record<string, string> = {
  一: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** The report's spelling of numbers, for finding a figure's number: no spaces, digits for the
 * single Chinese numerals (六倍 → 6倍, 一年内 → 1年内). */
export function normaliseNumbers(s: string): string {
  return squeeze(s).replace(/[一二两三四五六七八九](?![十百千万])/g, (c) => NUMERALS[c] ?? c);
}

/** The numbers of a formatted Chinese value ("超过 250 亿美元" → ["250亿"]). */
function numberTokens(formatted: string): string[] {
  return [...normaliseNumbers(formatted).matchAll(/\d+(?:\.\d+)?[万亿]?/g)].map((m) => m[0]);
}

/** Whether a text holds a number, as a whole number, in dollars or not as the figure is. */
function hasNumber(text: string, token: string, usd?: boolean): boolean {
  const escaped = token.replace(/\./g, '\\.');
  const unit = usd === undefined ? '' : usd ? '(?=美元)' : '(?!美元)';
  return new RegExp(`(?<![\\d.])${escaped}(?![\\d.])${unit}`).test(normaliseNumbers(text));
}

/**
 * The clauses of `sentence` that `matches` picks, with the attribution clauses that govern
 * them ("美国全国零售联合会估计，" governs the rest of its sentence). The whole sentence
 * when no clause matches.
 */
export function scopedSources(sentence: string, matches: (clause: string) => boolean): string[] {
  const parts = clauses(sentence);
  const picked = parts.map(matches);
  if (!picked.some(Boolean)) return [sentence];
  const out: string[] = [];
  parts.forEach((clause, i) => {
    const governs =
      !picked[i] &&
      picked.slice(i + 1).some(Boolean) &&
      findHedges(clause).some(
        (h) =>
          h.hedge.kind === 'attribution' && squeeze(clause.slice(h.index + h.text.length)) === '',
      );
    if (picked[i] || governs) out.push(clause);
  });
  return out;
}

/** The clauses of a figure's sentence that hold its number (and the attributions governing it). */
export function figureSources(f: Figure, zh: CheckWords): string[] {
  const tokens = numberTokens(zh.fmt.figure(f));
  const quote = f.provenance.quote;
  if (tokens.length === 0) return [quote];
  const usd = f.unit === 'usd';
  return scopedSources(quote, (clause) => tokens.some((t) => hasNumber(clause, t, usd)));
}

/** How a DateRef may be written in the report ("4 月 30 日", "2026 年", "第一季度"). */
function dateSurfaces(d: DateRef): RegExp[] {
  const [y, a, b] = d.value.split(/[-Q]+/);
  const month = Number(a);
  switch (d.precision) {
    case 'day':
      return [new RegExp(`${month}\\s*月\\s*${Number(b)}\\s*日`)];
    case 'month':
      return [new RegExp(`(?<!\\d)${month}\\s*月`)];
    case 'quarter':
      return [new RegExp(`第[一二三四]季度|Q${a}`)];
    case 'year':
      return [new RegExp(`${y}`)];
  }
}

/** Relative years: where a sentence dates by "last year", the stated date reads it. */
const RELATIVE_YEAR = /去年|今年|明年/;

/** The clauses of a stated date's sentence that state it. */
export function dateSources(quote: string, date: DateRef): string[] {
  const surfaces = dateSurfaces(date);
  const stated = clauses(quote).some((c) => surfaces.some((s) => s.test(c)));
  const matches = stated
    ? (clause: string) => surfaces.some((s) => s.test(clause))
    : (clause: string) => date.precision === 'year' && RELATIVE_YEAR.test(clause);
  return scopedSources(quote, matches);
}

/** The hedge a stated date's sentence gives it, read from its clause. */
export function expectedDateHedge(quote: string, date: DateRef): string {
  const text = dateSources(quote, date).join('，');
  const ids = new Set(findHedges(text).map((h) => h.hedge.id));
  if (ids.has('possibly') && ids.has('earliest')) return 'possibly-as-early-as';
  if (ids.has('earliest')) return 'as-early-as';
  if (/(?:日|月|年)\s*起/.test(text)) return 'from';
  if (ids.has('expect')) return 'expected';
  // 将 as "will" (将在, 将达到, 将用于), not as the object marker (将内存需求降低).
  if (/将\s*(?:在|于|从|达|用|采|把|会|成|进|被|持续|直接|继续)/.test(text)) return 'planned';
  return 'on';
}

/** The report's section headings by number (the body's, not the contents page's). */
export function sectionHeadings(source: string): Map<number, string> {
  const body = source.slice(source.indexOf('\n1 Google'));
  const out = new Map<number, string>();
  for (const m of body.matchAll(/^(\d{1,2}) (\S.*)$/gm)) {
    const n = Number(m[1]);
    if (!out.has(n)) out.set(n, (m[2] ?? '').trim());
  }
  return out;
}

/** The report's sections by number, body text with the heading line, white space kept. */
export function sectionTexts(source: string): Map<number, { heading: string; body: string }> {
  const body = source.slice(source.indexOf('\n1 Google'));
  const headings = [...body.matchAll(/^(\d{1,2}) (\S.*)$/gm)];
  const out = new Map<number, { heading: string; body: string }>();
  headings.forEach((m, i) => {
    const end = headings[i + 1]?.index ?? body.length;
    const n = Number(m[1]);
    if (!out.has(n)) {
      out.set(n, {
        heading: (m[2] ?? '').trim(),
        body: body.slice((m.index ?? 0) + m[0].length, end),
      });
    }
  });
  return out;
}

/** The report's abstract paragraph. */
export function abstractText(source: string): string {
  return source.slice(source.indexOf('摘要') + 2, source.indexOf('Contents')).trim();
}

/** A heading compared with the report's: no spaces, one kind of comma. */
export const sameHeading = (a: string, b: string): boolean =>
  squeeze(a).replace(/,/g, '，').replace(/:/g, '：') ===
  squeeze(b).replace(/,/g, '，').replace(/:/g, '：');

/** `text`, its `{{figure-id}}` placeholders filled as the app fills them. */
function render(report: Report, text: string, words: CheckWords): string {
  const byId = new Map(report.figures.map((f) => [f.id, f]));
  return text.replace(PLACEHOLDER, (whole, id: string) => {
    const f = byId.get(id);
    if (!f) return whole;
    const value = words.fmt.figure(f);
    return f.derived
      ? words.t('story.derivedValue', { value, marker: words.fmt.derivedMarker() })
      : value;
  });
}

const both = (report: Report, b: Bilingual, w: Languages): { zh: string; en: string } => ({
  zh: render(report, b.zh, w.zh),
  en: render(report, b.en, w.en),
});

/** How a figure's attribution reads in the figures table, in each language. */
function attributionText(f: Figure, w: Languages): { zh: string; en: string } {
  if (!f.attribution) return { zh: '', en: '' };
  const key = `figures.attribution.${f.attribution.kind}`;
  return {
    zh: w.zh.t(key, { by: f.attribution.by.zh }),
    en: w.en.t(key, { by: f.attribution.by.en }),
  };
}

const join = (parts: (string | undefined)[]): string => parts.filter(Boolean).join('\n');

/** Every text of the report file, with what it rests on. */
export function textRecords(report: Report, source: string, w: Languages): TextRecord[] {
  const records: TextRecord[] = [];
  const add = (
    path: string,
    text: { zh: string; en: string },
    sources: string[] = [],
    opts: Partial<Pick<TextRecord, 'numericInText' | 'rankRule' | 'claimantsCarryVerb'>> = {},
  ): void => {
    records.push({
      path,
      zh: text.zh,
      en: text.en,
      sources,
      numericInText: opts.numericInText ?? true,
      rankRule: opts.rankRule ?? false,
      claimantsCarryVerb: opts.claimantsCarryVerb ?? false,
    });
  };
  const headings = sectionHeadings(source);
  const figures = new Map(report.figures.map((f) => [f.id, f]));

  const r = report.report;
  add('report.title', r.title);
  add('report.publisher', r.publisher);
  add('report.partners', r.partners);
  // The abstract and the conclusion are the report's own, in its words: no rank rule.
  add('report.abstract', r.abstract, [abstractText(source)]);
  const conclusion = sectionTexts(source).get(16);
  const conclusionSources = conclusion
    ? [conclusion.heading, ...sentencesWith(conclusion.body, /越来越不是/)]
    : [];
  add('report.conclusion', r.conclusion, conclusionSources);

  for (const t of report.threads) {
    add(`threads.${t.id}.name`, t.name);
    add(`threads.${t.id}.description`, t.description);
    add(
      `threads.${t.id}`,
      { zh: join([t.name.zh, t.description.zh]), en: join([t.name.en, t.description.en]) },
      [t.quote],
    );
  }
  for (const c of report.categories) add(`categories.${c.id}.name`, c.name);
  for (const o of report.organisations) add(`organisations.${o.id}.name`, o.name);

  for (const e of report.events) {
    const at = `events.${e.id}`;
    const heading = headings.get(e.section);
    add(`${at}.title`, e.title, heading ? [heading] : []);
    add(`${at}.shortTitle`, e.shortTitle);
    add(`${at}.summary`, e.summary, e.quotes, { rankRule: true });
    if (e.dateNote) add(`${at}.dateNote`, e.dateNote, [], { rankRule: true });
    (e.claims ?? []).forEach((c, i) => {
      const key = c.by ? 'eventCard.claimBy' : 'eventCard.claim';
      add(
        `${at}.claims[${i}]`,
        {
          zh: w.zh.t(key, { claim: c.text.zh, by: c.by?.zh }),
          en: w.en.t(key, { claim: c.text.en, by: c.by?.en }),
        },
        [c.quote],
        // Numbers in a claim's sentence are held by the figures; with `by`, the card's
        // "(as X says)" carries the attribution word.
        { numericInText: false, claimantsCarryVerb: c.by !== undefined },
      );
      if (c.by) add(`${at}.claims[${i}].by`, c.by);
    });
    (e.statedDates ?? []).forEach((d, i) => {
      const line = (words: CheckWords, what: string): string =>
        `${words.t(`eventCard.dateHedge.${d.hedge}`, { date: words.fmt.date(d.date) })} · ${what}`;
      add(
        `${at}.statedDates[${i}]`,
        { zh: line(w.zh, d.what.zh), en: line(w.en, d.what.en) },
        dateSources(d.quote, d.date),
      );
      if (d.note) add(`${at}.statedDates[${i}].note`, d.note, [], { rankRule: true });
    });
  }

  for (const f of report.figures) {
    const at = `figures.${f.id}`;
    add(`${at}.label`, f.label);
    if (f.note) add(`${at}.note`, f.note, [], { rankRule: true });
    if (f.derived) add(`${at}.derived.formula`, f.derived.formula);
    if (f.attribution) add(`${at}.attribution.by`, f.attribution.by);
    const attribution = attributionText(f, w);
    add(
      at,
      {
        zh: join([f.label.zh, f.note?.zh, attribution.zh]),
        en: join([f.label.en, f.note?.en, attribution.en]),
      },
      // A derived figure is the dataset's computation: its label says so and its note gives
      // the reasoning (checked on their own); its inputs carry the report's hedges.
      f.derived ? [] : figureSources(f, w.zh),
      { numericInText: false },
    );
  }

  for (const card of report.cards) {
    const at = `cards.${card.id}`;
    add(`${at}.title`, card.title);
    if (card.context) add(`${at}.context`, both(report, card.context, w), [], { rankRule: true });
    card.figures.forEach((f, i) => {
      if (f.label) add(`${at}.figures[${i}].label`, f.label);
    });
    const texts = [card.title, card.context, ...card.figures.map((f) => f.label)].filter(
      (t): t is Bilingual => t !== undefined,
    );
    const sources = [
      ...new Set(
        card.figures.flatMap((cf) => {
          const f = figures.get(cf.figure);
          return f && !f.derived ? figureSources(f, w.zh) : [];
        }),
      ),
    ];
    add(
      at,
      {
        zh: join(texts.map((t) => render(report, t.zh, w.zh))),
        en: join(texts.map((t) => render(report, t.en, w.en))),
      },
      sources,
      { numericInText: false },
    );
  }

  for (const panel of report.panels) {
    const at = `panels.${panel.id}`;
    const texts: Bilingual[] = [panel.name, panel.title, panel.subtitle];
    add(`${at}.name`, panel.name);
    add(`${at}.title`, both(report, panel.title, w));
    add(`${at}.subtitle`, both(report, panel.subtitle, w), [], { rankRule: true });
    if (panel.heading) {
      const heading = headings.get(panel.heading.section);
      add(`${at}.heading`, panel.heading, heading ? [panel.heading.zh] : []);
    }
    (panel.annotations ?? []).forEach((a, i) => {
      const text = a.kind === 'reference' ? a.label : a.text;
      texts.push(text);
      add(`${at}.annotations[${i}]`, both(report, text, w), [], {
        rankRule: a.kind !== 'reference',
      });
    });
    for (const m of panelMarks(panel)) {
      texts.push(m.label);
      add(`${at}.marks.${m.figure}`, m.label);
    }
    if (panel.form === 'before-after') {
      panel.pairs.forEach((p, i) => {
        texts.push(p.label);
        add(`${at}.pairs[${i}].label`, p.label);
      });
    }
    // A panel states findings: it keeps the non-numeric hedges and the claimants of the
    // sentences its figures come from (the numbers carry their own qualifiers).
    const cited = new Set(panelMarks(panel).map((m) => m.figure));
    for (const t of texts)
      for (const m of `${t.zh}\n${t.en}`.matchAll(PLACEHOLDER)) cited.add(m[1] ?? '');
    for (const a of panel.annotations ?? []) if (a.kind === 'reference') cited.add(a.figure);
    const sentences = [...cited].flatMap((id) => {
      const f = figures.get(id);
      return f && !f.derived ? [f.provenance.quote] : [];
    });
    add(
      at,
      {
        zh: join(texts.map((t) => render(report, t.zh, w.zh))),
        en: join(texts.map((t) => render(report, t.en, w.en))),
      },
      [...new Set(sentences)],
      { numericInText: false },
    );
  }
  return records;
}

/** The sentences of a text that match a pattern. */
function sentencesWith(text: string, pattern: RegExp): string[] {
  return text
    .split(/(?<=[。！？])/)
    .map((s) => s.trim())
    .filter((s) => pattern.test(s));
}

/** A problem found, as a line a person can act on. */
export type Problem = string;

type Exceptions = readonly WordingException[];

function excepted(path: string, what: string, list: Exceptions): boolean {
  return list.some((x) => x.path === path && x.what === what);
}

/** A record path's base ("figures.x" for "figures.x.label"), for exceptions. */
const base = (path: string): string => path.split('.').slice(0, 2).join('.');

function isExcepted(path: string, what: string, list: Exceptions): boolean {
  return excepted(path, what, list) || excepted(base(path), what, list);
}

/**
 * The hedges of each record's sources are in its Chinese, and their counterparts in its
 * English; the hedges of its Chinese have counterparts in its English.
 */
export function checkHedges(
  records: readonly TextRecord[],
  list: Exceptions = EXCEPTIONS,
): Problem[] {
  const problems: Problem[] = [];
  const count = (text: string, id: string): number =>
    findHedges(text).filter((h) => h.hedge.id === id).length;
  const countEn = (text: string, id: string): number =>
    (text.match(new RegExp(HEDGE_BY_ID.get(id)!.en.source, 'gi')) ?? []).length;
  for (const rec of records) {
    // How often each hedge occurs in the sources: a text that hedges two statements alike
    // (the IPO that "could" reshape the industry and "may" list by the end of 2026) keeps both.
    const required = new Map<string, { n: number; text: string }>();
    for (const s of rec.sources) {
      for (const hit of findHedges(s)) {
        if (hit.hedge.kind === 'numeric' && !rec.numericInText) continue;
        const seen = required.get(hit.hedge.id);
        required.set(hit.hedge.id, { n: (seen?.n ?? 0) + 1, text: seen?.text ?? hit.text });
      }
    }
    for (const [id, { n, text }] of required) {
      if (isExcepted(rec.path, id, list)) continue;
      const hedge = HEDGE_BY_ID.get(id)!;
      // The claimant is checked by checkAttributions; the shown "(as X says)" carries the verb.
      if (hedge.kind === 'attribution' && rec.claimantsCarryVerb) continue;
      const times = n > 1 ? ` ${n} times` : '';
      if (count(rec.zh, id) < n) {
        problems.push(
          `${rec.path}: the source says “${text}” (${hedge.gloss})${times}; the Chinese drops it`,
        );
      }
      if (countEn(rec.en, id) < n) {
        problems.push(
          `${rec.path}: the source says “${text}” (${hedge.gloss})${times}; the English drops it`,
        );
      }
    }
    // Parity: what the Chinese hedges, the English hedges too, as often.
    const parity = new Map<string, { n: number; text: string; gloss: string }>();
    for (const hit of findHedges(rec.zh)) {
      const seen = parity.get(hit.hedge.id);
      parity.set(hit.hedge.id, {
        n: (seen?.n ?? 0) + 1,
        text: seen?.text ?? hit.text,
        gloss: hit.hedge.gloss,
      });
    }
    for (const [id, { n, text, gloss }] of parity) {
      if (isExcepted(rec.path, id, list) || required.has(id)) continue;
      if (countEn(rec.en, id) < n) {
        problems.push(`${rec.path}: the Chinese says “${text}” (${gloss}); the English does not`);
      }
    }
    for (const m of MAGNITUDES) {
      if (m.zh.test(rec.zh) !== m.en.test(rec.en)) problems.push(`${rec.path}: ${m.gloss}`);
    }
  }
  return problems;
}

/** Every claimant a report's texts may name: the table's and the report's organisations. */
export function claimantsFor(report: Report): Claimant[] {
  const known = new Set(CLAIMANTS.map((c) => c.id));
  return [
    ...CLAIMANTS,
    ...organisationClaimants(report.organisations).filter((c) => !known.has(c.id)),
  ];
}

/** The claimant of each attribution in a Chinese text, or a problem when it names none. */
function claimantsOf(
  text: string,
  where: string,
  problems: Problem[],
  claimants: readonly Claimant[],
): Claimant[] {
  const out: Claimant[] = [];
  for (const hit of findHedges(text).filter((h: HedgeHit) => h.hedge.kind === 'attribution')) {
    const c = claimantAt(text, hit, claimants);
    if (c) out.push(c);
    else problems.push(`${where}: “${hit.text}” with no claimant named before it`);
  }
  return out;
}

/**
 * A source that attributes a statement (估计 / 称 / 表示 / 据 / 预计 / 认为 / 宣布 …) names
 * its claimant; the record names the same claimant in both languages. A dataset text that
 * attributes names its claimant in both languages too.
 */
export function checkAttributions(
  records: readonly TextRecord[],
  claimants: readonly Claimant[] = CLAIMANTS,
  list: Exceptions = EXCEPTIONS,
): Problem[] {
  const problems: Problem[] = [];
  for (const rec of records) {
    const needed = new Map<string, Claimant>();
    for (const s of rec.sources) {
      for (const c of claimantsOf(s, `${rec.path} (source “${s}”)`, problems, claimants)) {
        needed.set(c.id, c);
      }
    }
    for (const c of claimantsOf(rec.zh, rec.path, problems, claimants)) needed.set(c.id, c);
    for (const c of needed.values()) {
      if (isExcepted(rec.path, `claimant:${c.id}`, list)) continue;
      if (!c.zh.test(rec.zh))
        problems.push(`${rec.path}: the Chinese does not name the claimant (${c.id})`);
      if (!c.en.test(rec.en))
        problems.push(`${rec.path}: the English does not name the claimant (${c.id})`);
    }
  }
  return problems;
}

/** Latin words the report itself writes (its body and cover, not the reference list). */
export function reportLatinWords(source: string, report: Report): Set<string> {
  const body = source.slice(0, source.indexOf('\n17 参考来源'));
  const words = new Set(latinWords(body));
  for (const o of report.organisations) for (const x of latinWords(o.name.en)) words.add(x);
  // The publishers of the cited articles, which date notes name.
  for (const ref of report.references) for (const x of latinWords(ref.publisher)) words.add(x);
  return words;
}

/** English holds no Chinese; Chinese holds no Latin words but the report's names and terms. */
export function checkLanguages(
  records: readonly TextRecord[],
  allowed: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const rec of records) {
    const cjk = CJK.exec(rec.en);
    if (cjk) problems.push(`${rec.path}: the English holds Chinese (“${cjk[0]}”)`);
    const stray = latinWords(rec.zh).filter((word) => !allowed.has(word));
    if (stray.length > 0)
      problems.push(`${rec.path}: the Chinese holds English (${[...new Set(stray)].join(', ')})`);
  }
  return problems;
}

/** In prose, a sentence with a word of rank says whose claim it is, in both languages. */
export function checkRankClaims(
  records: readonly TextRecord[],
  list: Exceptions = EXCEPTIONS,
): Problem[] {
  const problems: Problem[] = [];
  const sentences = (s: string, end: RegExp): string[] => s.split(end).filter((x) => x.trim());
  for (const rec of records.filter((r) => r.rankRule)) {
    if (isExcepted(rec.path, 'rank', list)) continue;
    for (const s of sentences(rec.zh, /[。；;\n]/)) {
      if (new RegExp(RANK_ZH.source).test(s) && !CLAIM_MARKER_ZH.test(s)) {
        problems.push(`${rec.path}: “${s}” states a claim of rank without saying whose`);
      }
    }
    for (const s of sentences(rec.en, /(?<=[.;])\s+|\n/)) {
      if (RANK_EN.test(s) && !CLAIM_MARKER_EN.test(s)) {
        problems.push(`${rec.path}: "${s}" states a claim of rank without saying whose`);
      }
    }
  }
  return problems;
}

/** Which numeric hedge stands for which qualifier. */
const QUALIFIER_OF: Record<string, Qualifier> = {
  about: 'about',
  nearly: 'nearly',
  'more-than': 'more-than',
  plus: 'plus',
  'up-to': 'up-to',
  'as-much-as': 'as-much-as',
  'fewer-than': 'fewer-than',
  thousands: 'thousands',
  within: 'within',
};
/** Hedges written after their number (40 多家, 10% 以上, 两倍多, 一年内). */
const AFTER_NUMBER = new Set(['plus', 'within']);
const SUFFIX_WORDS = /^(?:以上|倍多)$/;

/** A figure's qualifier is the hedge its clause puts on its number, and only that. */
export function checkQualifiers(report: Report, zh: CheckWords): Problem[] {
  const problems: Problem[] = [];
  for (const f of report.figures.filter((x) => !x.derived)) {
    const tokens = numberTokens(zh.fmt.figure(f));
    const text = figureSources(f, zh).join('，');
    const found = new Set<Qualifier>();
    for (const hit of findHedges(text).filter((h) => h.hedge.kind === 'numeric')) {
      const after = AFTER_NUMBER.has(hit.hedge.id) || SUFFIX_WORDS.test(hit.text);
      const near = normaliseNumbers(
        after
          ? text.slice(Math.max(0, hit.index - 12), hit.index)
          : text.slice(hit.index + hit.text.length),
      );
      const m = after
        ? /(\d+(?:\.\d+)?[万亿]?)\D{0,6}$/.exec(near)
        : /^\D{0,6}?(\d+(?:\.\d+)?[万亿]?)/.exec(near);
      const attached = m?.[1];
      if (tokens.length === 0 || (attached !== undefined && tokens.includes(attached))) {
        found.add(QUALIFIER_OF[hit.hedge.id]!);
      }
    }
    if (f.qualifier === 'exact' || f.qualifier === 'range') {
      if (found.size > 0) {
        problems.push(
          `figures.${f.id}: the report hedges its number (${[...found].join(', ')}); the qualifier says ${f.qualifier}`,
        );
      }
    } else if (!found.has(f.qualifier)) {
      problems.push(
        `figures.${f.id}: the qualifier says ${f.qualifier}; the report’s clause does not`,
      );
    }
  }
  return problems;
}

/** Every check, on the whole file. */
export function checkWording(
  report: Report,
  source: string,
  w: Languages,
  list: Exceptions = EXCEPTIONS,
): Problem[] {
  const records = textRecords(report, source, w);
  return [
    ...checkHedges(records, list),
    ...checkAttributions(records, claimantsFor(report), list),
    ...checkLanguages(records, reportLatinWords(source, report)),
    ...checkRankClaims(records, list),
    ...checkQualifiers(report, w.zh),
    ...checkStatedDates(report, source, list),
    ...checkEventClaims(report, source, list),
    ...checkHeadings(report, source),
    ...checkSummaryNumbers(report, source),
    ...checkProseNumbers(report),
    ...checkNaming(records),
    ...checkPopulations(report, w.zh),
  ];
}

/** Exceptions that no longer excuse anything (their record is gone). */
export function staleExceptions(records: readonly TextRecord[]): WordingException[] {
  const paths = new Set(records.map((r) => base(r.path)));
  return EXCEPTIONS.filter((x) => !paths.has(base(x.path)));
}

/** Date expressions in a section's body, squeezed: a day, a month, a year (also inside a name,
 * "ICLR 2026"), a quarter, relative years. Durations ("9 个月", "五年内") are not dates. */
const DATE_EXPRESSIONS =
  /\d{1,2}月\d{1,2}日|\d{4}年(?:第[一二三四]季度|Q[1-4]|\d{1,2}月|底|初)?|(?<![\d个])\d{1,2}月(?!\d)|第[一二三四]季度|(?<![A-Za-z])Q[1-4](?!\d)|去年|今年|明年|(?<!\d)(?:19|20)\d{2}(?![\d年])/g;

/** The span of a quote inside a section's squeezed text, or null when it is not there. */
function span(section: string, quote: string): [number, number] | null {
  const at = section.indexOf(squeeze(quote));
  return at < 0 ? null : [at, at + squeeze(quote).length];
}

/** Each event with its place in the dataset and its section of the report (when found). */
function* eventsInSections(
  report: Report,
  source: string,
): Generator<{
  e: Report['events'][number];
  at: string;
  section: { heading: string; body: string };
}> {
  const sections = sectionTexts(source);
  for (const e of report.events) {
    const section = sections.get(e.section);
    if (section) yield { e, at: `events.${e.id}`, section };
  }
}

/**
 * Dates the report states are data: every date expression in a section's body lies inside a
 * stated date's sentence (or is excepted, with its reason); every stated date's sentence is in
 * its section, and its hedge is the one the sentence gives it.
 */
export function checkStatedDates(
  report: Report,
  source: string,
  list: Exceptions = EXCEPTIONS,
): Problem[] {
  const problems: Problem[] = [];
  for (const { e, at, section } of eventsInSections(report, source)) {
    const body = squeeze(section.body);
    const spans: [number, number][] = [];
    (e.statedDates ?? []).forEach((d, i) => {
      const s = span(body, d.quote);
      if (!s) problems.push(`${at}.statedDates[${i}]: the quote is not in section ${e.section}`);
      else spans.push(s);
      const want = expectedDateHedge(d.quote, d.date);
      if (d.hedge !== want) {
        problems.push(
          `${at}.statedDates[${i}]: the sentence words the date as ${want}; the hedge says ${d.hedge}`,
        );
      }
    });
    for (const m of body.matchAll(DATE_EXPRESSIONS)) {
      const words = m[0].trim();
      const inside = spans.some(([a, b]) => m.index >= a && m.index < b);
      if (!inside && !isExcepted(at, `date:${words}`, list)) {
        problems.push(
          `${at}: the report states “${words}” in section ${e.section}; no stated date holds it`,
        );
      }
    }
  }
  return problems;
}

/**
 * Claims of rank are held as the report's: every word of rank in a section (heading or body)
 * lies inside one of its event's claims' sentences, and every claim's sentence is in the
 * section.
 */
export function checkEventClaims(
  report: Report,
  source: string,
  list: Exceptions = EXCEPTIONS,
): Problem[] {
  const problems: Problem[] = [];
  for (const { e, at, section } of eventsInSections(report, source)) {
    const heading = squeeze(section.heading);
    const body = squeeze(section.body);
    const spans = { heading: [] as [number, number][], body: [] as [number, number][] };
    (e.claims ?? []).forEach((c, i) => {
      const inHeading = sameHeading(c.quote, section.heading) ? span(heading, heading) : null;
      const inBody = span(body, c.quote);
      if (inHeading) spans.heading.push(inHeading);
      else if (inBody) spans.body.push(inBody);
      else problems.push(`${at}.claims[${i}]: the quote is not in section ${e.section}`);
    });
    if (isExcepted(at, 'rank', list)) continue;
    for (const [where, text] of [
      ['heading', heading],
      ['body', body],
    ] as const) {
      for (const m of text.matchAll(RANK_ZH)) {
        if (!spans[where].some(([a, b]) => m.index >= a && m.index < b)) {
          problems.push(
            `${at}: the ${where} of section ${e.section} claims “${m[0]}”; no claim holds it`,
          );
        }
      }
    }
  }
  return problems;
}

/** Event titles are the report's headings; panels quote them verbatim and translate them as
 * the event does. */
export function checkHeadings(report: Report, source: string): Problem[] {
  const problems: Problem[] = [];
  const headings = sectionHeadings(source);
  const abstract = squeeze(abstractText(source));
  for (const e of report.events) {
    const h = headings.get(e.section);
    if (!h || !sameHeading(e.title.zh, h))
      problems.push(`events.${e.id}.title: not the heading of section ${e.section}`);
  }
  for (const p of report.panels) {
    if (!p.heading) continue;
    const { section, zh, en } = p.heading;
    const h = headings.get(section);
    const verbatim =
      section === 0 ? abstract.includes(squeeze(zh)) : h !== undefined && sameHeading(zh, h);
    if (!verbatim) problems.push(`panels.${p.id}.heading: not the report's words`);
    const event = report.events.find((e) => e.section === section);
    if (event && event.title.en !== en) {
      problems.push(
        `panels.${p.id}.heading.en: translated otherwise than events.${event.id}.title`,
      );
    }
  }
  return problems;
}

/** Every number a summary or title states is in the sentences it rests on. */
export function checkSummaryNumbers(report: Report, source: string): Problem[] {
  const problems: Problem[] = [];
  const headings = sectionHeadings(source);
  for (const e of report.events) {
    const basis = normaliseNumbers([...e.quotes, headings.get(e.section) ?? ''].join('。'));
    for (const [field, text] of [
      ['summary', e.summary.zh],
      ['title', e.title.zh],
    ] as const) {
      for (const m of normaliseNumbers(text).matchAll(/\d+(?:\.\d+)?[万亿]?/g)) {
        if (!new RegExp(`(?<![\\d.])${m[0].replace('.', '\\.')}(?![\\d.])`).test(basis)) {
          problems.push(`events.${e.id}.${field}: “${m[0]}” is not in its quotes`);
        }
      }
    }
  }
  return problems;
}

/** Compact numbers ($267.2B, 50K, 100×, "1-million-token") belong to labels and charts, not
 * to prose. */
const COMPACT =
  /\$\d+(?:\.\d+)?[BMK]\b|\b\d+(?:\.\d+)?[BMK]\b|\b\d+(?:\.\d+)?\s*×|\b\d+-(?:million|billion)\b/;

export function checkProseNumbers(report: Report): Problem[] {
  const problems: Problem[] = [];
  const prose: [string, string | undefined][] = [
    ['report.abstract', report.report.abstract.en],
    ['report.conclusion', report.report.conclusion.en],
    ...report.threads.map((t): [string, string] => [
      `threads.${t.id}.description`,
      t.description.en,
    ]),
    ...report.events.flatMap((e): [string, string | undefined][] => [
      [`events.${e.id}.title`, e.title.en],
      [`events.${e.id}.summary`, e.summary.en],
      [`events.${e.id}.dateNote`, e.dateNote?.en],
      ...(e.claims ?? []).map((c, i): [string, string] => [
        `events.${e.id}.claims[${i}]`,
        c.text.en,
      ]),
      ...(e.statedDates ?? []).map((d, i): [string, string] => [
        `events.${e.id}.statedDates[${i}]`,
        d.what.en,
      ]),
    ]),
    ...report.figures.map((f): [string, string | undefined] => [
      `figures.${f.id}.note`,
      f.note?.en,
    ]),
  ];
  for (const [path, text] of prose) {
    const m = text ? COMPACT.exec(text) : null;
    if (m) problems.push(`${path}: “${m[0]}” is a chart form; prose spells it out`);
  }
  return problems;
}

/**
 * One name for each company, product and voice: the records' names (NVIDIA, Google), plain
 * English ("SaaS apocalypse"), one voice for the dataset's own readings ("this dataset"), and
 * one typographic style (“ ” quotation marks, ' apostrophes).
 */
const NAMING: readonly { pattern: RegExp; lang: 'zh' | 'en'; why: string }[] = [
  { pattern: /\bNvidia\b/, lang: 'en', why: 'NVIDIA, as the report and the record write it' },
  {
    pattern: /英伟达|谷歌/,
    lang: 'zh',
    why: 'the organisation record’s name (NVIDIA, Google); quotes keep the report’s',
  },
  { pattern: /SaaSpocalypse/i, lang: 'en', why: 'plain English: "SaaS apocalypse"' },
  {
    pattern: /\b(?:the )?dashboard\b(?!’s? (?:page|view))|\beditors?\b/i,
    lang: 'en',
    why: 'the dataset’s own voice is "this dataset"',
  },
  { pattern: /本看板|编辑/, lang: 'zh', why: 'the dataset’s own voice is 本数据集' },
  {
    pattern: /quarterly record/i,
    lang: 'en',
    why: '前一季度纪录 is "the previous quarter’s record"',
  },
  { pattern: /"/, lang: 'en', why: 'one style: quotation marks are “ ”' },
  { pattern: /[‘’]/, lang: 'en', why: "one style: the dataset's apostrophe is '" },
];

export function checkNaming(records: readonly TextRecord[]): Problem[] {
  const problems: Problem[] = [];
  for (const rec of records) {
    for (const n of NAMING) {
      const m = n.pattern.exec(rec[n.lang]);
      if (m) problems.push(`${rec.path}: “${m[0]}”: ${n.why}`);
    }
  }
  return problems;
}

/** A figure's label names the population its clause counts (shoppers aged 18 to 30, AI-related
 * jobs, direct and indirect, online sales). */
const POPULATIONS: readonly { zh: RegExp; en: RegExp; words: string }[] = [
  { zh: /18\s*至\s*30\s*岁/, en: /\b18 to 30\b|\b18[–-]30\b/, words: '18 至 30 岁' },
  { zh: /AI\s*相关/, en: /\bAI-related\b/i, words: 'AI 相关' },
  { zh: /直接和间接/, en: /\bdirect and indirect\b/i, words: '直接和间接' },
  { zh: /在线销售/, en: /\bonline sales\b/i, words: '在线销售' },
];

export function checkPopulations(report: Report, zh: CheckWords): Problem[] {
  const problems: Problem[] = [];
  for (const f of report.figures.filter((x) => !x.derived)) {
    const basis = figureSources(f, zh).join('，');
    const zhText = `${f.label.zh}\n${f.note?.zh ?? ''}`;
    const enText = `${f.label.en}\n${f.note?.en ?? ''}`;
    for (const p of POPULATIONS) {
      if (!p.zh.test(basis)) continue;
      if (!p.zh.test(zhText))
        problems.push(
          `figures.${f.id}: the clause counts “${p.words}”; the Chinese label and note do not say so`,
        );
      if (!p.en.test(enText))
        problems.push(
          `figures.${f.id}: the clause counts “${p.words}”; the English label and note do not say so`,
        );
    }
    if (/Gen Z/.test(f.label.zh + f.label.en)) {
      problems.push(`figures.${f.id}: the report counts shoppers aged 18 to 30, not "Gen Z"`);
    }
  }
  return problems;
}
