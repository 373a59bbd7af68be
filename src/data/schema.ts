/**
 * The single definition of a report file. Everything under data/ is parsed with
 * `reportSchema` once, when it is loaded; the rest of the app trusts the types.
 * `data/report.schema.json` is generated from this file (npm run gen-schema).
 * Building blocks live in schema-base.ts; the story (cards, panels) in schema-story.ts.
 */
import { z } from 'zod';
import {
  bilingualSchema,
  dateRefSchema,
  figureValueSchema,
  httpUrlSchema,
  idSchema,
  MAX_LIST,
  placeholderIds,
  qualifierSchema,
  textSchema,
  unitSchema,
  type Bilingual,
} from './schema-base';
import { panelMarks } from './report-format';
import { cardSchema, panelSchema, type Panel } from './schema-story';

export * from './schema-base';
export * from './schema-story';

export { SCHEMA_VERSION } from './report-format';
import { MAX_SECTION, SCHEMA_VERSION } from './report-format';

const text = textSchema;

/** Where a figure or event comes from: its section, the original sentence, its sources. */
export const provenanceSchema = z.strictObject({
  /** 0 = abstract, then the numbered sections; the conclusion's is `report.conclusionSection`. */
  section: z.number().int().min(0).max(MAX_SECTION),
  /** The original Chinese sentence, verbatim. */
  quote: text,
  /** Reference ids; empty means the report itself is the source. */
  references: z.array(idSchema).max(20),
});

export const derivationSchema = z.strictObject({
  formula: bilingualSchema,
  inputs: z.array(idSchema).min(1).max(10),
});

/** How the report attributes a figure: 估计 (estimate), 预计 (expectation), 称 / 认为 (claim),
 * 承诺 (promise), 表示 (statement), 宣布 (announcement: a plan or commitment made public). */
export const ATTRIBUTION_KINDS = [
  'estimate',
  'expectation',
  'claim',
  'promise',
  'statement',
  'announcement',
] as const;

export const attributionSchema = z.strictObject({
  kind: z.enum(ATTRIBUTION_KINDS),
  /** Who: "the US National Retail Federation", "industry analysts", "Meta". */
  by: bilingualSchema,
});
export type Attribution = z.infer<typeof attributionSchema>;

export const organisationKindSchema = z.enum([
  'company',
  'university',
  'government',
  'nonprofit',
  'media',
]);

export const organisationSchema = z.strictObject({
  id: idSchema,
  name: bilingualSchema,
  /** Other names the report (or readers) use: 谷歌 for Google, 英伟达 for NVIDIA. Search finds them. */
  aliases: z.array(textSchema).max(10).optional(),
  kind: organisationKindSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;

export const threadSchema = z.strictObject({
  id: idSchema,
  /** 1–4, the order the abstract gives. */
  order: z.number().int().min(1).max(9),
  name: bilingualSchema,
  description: bilingualSchema,
  quote: text,
});
export type Thread = z.infer<typeof threadSchema>;

export const categorySchema = z.strictObject({ id: idSchema, name: bilingualSchema });
export type Category = z.infer<typeof categorySchema>;

export const referenceSchema = z.strictObject({
  id: idSchema,
  number: z.number().int().min(1).max(99),
  publisher: text,
  title: text,
  url: httpUrlSchema,
});
export type Reference = z.infer<typeof referenceSchema>;

/** A date the report states inside a section (a rollout "from 30 April", a listing "as early
 * as the end of 2026"), with its hedge: data even when it lies in the future or is relative
 * ("last year"). The event's own date is among them when the report states it. */
export const statedDateSchema = z.strictObject({
  /** What happens then. */
  what: bilingualSchema,
  date: dateRefSchema,
  /** How the report words it: on/in that date, from it on, possibly as early as it, planned. */
  hedge: z.enum(['on', 'from', 'as-early-as', 'possibly-as-early-as', 'planned', 'expected']),
  /** The sentence that states it, verbatim. */
  quote: text,
  /** How the dataset reads the date, when it supplies a part the sentence leaves implicit
   * (the year of "5 月", the year "去年" means). */
  note: bilingualSchema.optional(),
});
export type StatedDate = z.infer<typeof statedDateSchema>;

/** A claim of rank ("the first", "a record", "the largest single commitment"): the report's
 * claim, with its sentence, never restated as fact. */
export const claimSchema = z.strictObject({
  text: bilingualSchema,
  /** Who makes the claim when the report attributes it; absent: the report itself. */
  by: bilingualSchema.optional(),
  quote: text,
});
export type Claim = z.infer<typeof claimSchema>;

export const eventSchema = z.strictObject({
  id: idSchema,
  /** A numbered section (before the conclusion's). */
  section: z.number().int().min(1).max(MAX_SECTION),
  title: bilingualSchema,
  /** A few words naming the development: the timeline, the treemap and tables use it. */
  shortTitle: bilingualSchema,
  summary: bilingualSchema,
  /** The report's sentences the title and summary rest on, verbatim. */
  quotes: z.array(text).min(1).max(20),
  date: dateRefSchema,
  dateNote: bilingualSchema.optional(),
  organisations: z.array(idSchema).min(1).max(40),
  category: idSchema,
  threads: z.array(idSchema).min(1).max(4),
  /** False when the abstract does not name this event and the thread is an editorial assignment. */
  threadsFromAbstract: z.boolean(),
  references: z.array(idSchema).max(20),
  /** Dates the section states, with their precision and hedge. */
  statedDates: z.array(statedDateSchema).max(20).optional(),
  claims: z.array(claimSchema).max(10).optional(),
});
export type ReportEvent = z.infer<typeof eventSchema>;

export const figureSchema = z
  .strictObject({
    id: idSchema,
    /** The event this figure belongs to; absent for figures of the conclusion. */
    event: idSchema.optional(),
    label: bilingualSchema,
    organisations: z.array(idSchema).max(20),
    value: figureValueSchema,
    unit: unitSchema,
    qualifier: qualifierSchema,
    /** When the figure applies (Q1 2026, the year 2025 …), at the report's precision. */
    date: dateRefSchema.optional(),
    derived: derivationSchema.optional(),
    /** Who the report says claims, estimates or expects the number, when not the report itself. */
    attribution: attributionSchema.optional(),
    note: bilingualSchema.optional(),
    provenance: provenanceSchema,
  })
  .refine((f) => (f.value.kind === 'range') === (f.qualifier === 'range'), {
    message: 'schema.rangeQualifier',
    path: ['qualifier'],
  });
export type Figure = z.infer<typeof figureSchema>;

export const reportMetaSchema = z.strictObject({
  id: idSchema,
  title: bilingualSchema,
  publisher: bilingualSchema,
  partners: bilingualSchema,
  month: dateRefSchema,
  language: z.literal('zh'),
  abstract: bilingualSchema,
  conclusion: bilingualSchema,
  /** The conclusion's section number (the last section). */
  conclusionSection: z.number().int().min(1).max(MAX_SECTION),
});

type Path = (string | number)[];
type StoryInput = Pick<Report, 'figures' | 'cards' | 'panels'>;

/** Parts may differ from their total by rounding only. */
const SUM_TOLERANCE = 0.001;

/**
 * The story's integrity: every figure it names exists (`checkId`), placeholders cite real
 * figures, marks drawn on one axis share a unit, a total's parts add up to it, multiples are
 * multiples, a reference panel has its reference, and slugs are unique.
 */
function checkStory(
  r: StoryInput,
  ctx: z.RefinementCtx,
  checkId: (id: string, path: Path) => void,
): void {
  const byId = new Map(r.figures.map((f) => [f.id, f]));
  const issue = (path: Path, message: string, params?: Record<string, unknown>): void => {
    ctx.addIssue({ code: 'custom', path, message, ...(params ? { params } : {}) });
  };
  const checkText = (value: Bilingual, path: Path): void => {
    for (const id of placeholderIds(value)) checkId(id, path);
  };
  r.cards.forEach((card, i) => {
    card.figures.forEach((f, j) => checkId(f.figure, ['cards', i, 'figures', j, 'figure']));
    if (card.context) checkText(card.context, ['cards', i, 'context']);
  });
  const slugs = new Map<string, number>();
  r.panels.forEach((panel, i) => {
    const at = (...rest: Path): Path => ['panels', i, ...rest];
    const seen = slugs.get(panel.slug);
    if (seen !== undefined) issue(at('slug'), 'schema.duplicateSlug', { slug: panel.slug });
    else slugs.set(panel.slug, i);
    checkText(panel.title, at('title'));
    checkText(panel.subtitle, at('subtitle'));
    (panel.annotations ?? []).forEach((a, j) => {
      if (a.kind === 'reference' || a.kind === 'callout') {
        checkId(a.figure, at('annotations', j, 'figure'));
      }
      checkText(a.kind === 'reference' ? a.label : a.text, at('annotations', j));
    });
    checkPanelShape(panel, at, byId, issue, checkId);
  });
}

function checkPanelShape(
  panel: Panel,
  at: (...rest: Path) => Path,
  byId: ReadonlyMap<string, Figure>,
  issue: (path: Path, message: string, params?: Record<string, unknown>) => void,
  checkId: (id: string, path: Path) => void,
): void {
  const unitOf = (id: string) => byId.get(id)?.unit;
  const markPaths: [string, Path][] = [];
  switch (panel.form) {
    case 'stat':
      panel.stats.forEach((m, j) => markPaths.push([m.figure, at('stats', j, 'figure')]));
      break;
    case 'part-to-whole':
      markPaths.push([panel.total.figure, at('total', 'figure')]);
      panel.parts.forEach((m, j) => markPaths.push([m.figure, at('parts', j, 'figure')]));
      break;
    case 'before-after':
      panel.pairs.forEach((p, j) => {
        markPaths.push([p.before.figure, at('pairs', j, 'before', 'figure')]);
        markPaths.push([p.after.figure, at('pairs', j, 'after', 'figure')]);
        if (unitOf(p.before.figure) && unitOf(p.before.figure) !== unitOf(p.after.figure)) {
          issue(at('pairs', j, 'after', 'figure'), 'schema.unitMismatch');
        }
      });
      break;
    case 'reference':
    case 'range':
    case 'multiples':
    case 'bars':
      panel.marks.forEach((m, j) => markPaths.push([m.figure, at('marks', j, 'figure')]));
      break;
    case 'timeline':
    case 'themes':
      break;
  }
  for (const [id, path] of markPaths) checkId(id, path);
  // One axis, one unit: the marks and the reference lines drawn across them (multiples are
  // checked for their own unit below).
  if (
    panel.form !== 'stat' &&
    panel.form !== 'before-after' &&
    panel.form !== 'multiples' &&
    markPaths.length > 0
  ) {
    const unit = unitOf(panelMarks(panel)[0]?.figure ?? '');
    for (const [id, path] of markPaths) {
      if (unit && unitOf(id) && unitOf(id) !== unit) issue(path, 'schema.unitMismatch');
    }
    (panel.annotations ?? []).forEach((a, j) => {
      if (a.kind === 'reference' && unit && unitOf(a.figure) && unitOf(a.figure) !== unit) {
        issue(at('annotations', j, 'figure'), 'schema.unitMismatch');
      }
    });
  }
  if (panel.form === 'multiples') {
    for (const [id, path] of markPaths) {
      if (unitOf(id) && unitOf(id) !== 'multiple') issue(path, 'schema.notMultiple');
    }
  }
  if (
    panel.form === 'reference' &&
    !(panel.annotations ?? []).some((a) => a.kind === 'reference')
  ) {
    issue(at('annotations'), 'schema.missingReference');
  }
  if (panel.form === 'part-to-whole') {
    const value = (id: string): number | null => {
      const v = byId.get(id)?.value;
      return v?.kind === 'point' ? v.value : null;
    };
    const total = value(panel.total.figure);
    const parts = panel.parts.map((m) => value(m.figure));
    if (total !== null && parts.every((p) => p !== null)) {
      const sum = parts.reduce<number>((a, b) => a + (b ?? 0), 0);
      if (Math.abs(sum - total) > Math.abs(total) * SUM_TOLERANCE) {
        issue(at('parts'), 'schema.partsSum', { sum, total });
      }
    }
  }
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** A whole report file, with referential integrity checked. */
export const reportSchema = z
  .strictObject({
    $schema: z.string().max(200).optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    report: reportMetaSchema,
    threads: z.array(threadSchema).min(1).max(20),
    categories: z.array(categorySchema).min(1).max(50),
    organisations: z.array(organisationSchema).min(1).max(MAX_LIST),
    references: z.array(referenceSchema).max(MAX_LIST),
    events: z.array(eventSchema).min(1).max(MAX_LIST),
    figures: z
      .array(figureSchema)
      .min(1)
      .max(MAX_LIST * 4),
    /** The headline cards, in order. */
    cards: z.array(cardSchema).max(12),
    /** The panels, in the order the dashboard and the presentation show them. */
    panels: z.array(panelSchema).min(1).max(40),
  })
  .superRefine((r, ctx) => {
    const collections = {
      threads: r.threads,
      categories: r.categories,
      organisations: r.organisations,
      references: r.references,
      events: r.events,
      figures: r.figures,
      cards: r.cards,
      panels: r.panels,
    } as const;
    for (const [name, items] of Object.entries(collections)) {
      for (const id of duplicates(items.map((i) => i.id))) {
        const index = items.findIndex((i) => i.id === id);
        ctx.addIssue({
          code: 'custom',
          path: [name, items.findIndex((i, n) => n > index && i.id === id), 'id'],
          message: 'schema.duplicateId',
          params: { id },
        });
      }
    }
    const ids = {
      thread: new Set(r.threads.map((t) => t.id)),
      category: new Set(r.categories.map((c) => c.id)),
      organisation: new Set(r.organisations.map((o) => o.id)),
      reference: new Set(r.references.map((x) => x.id)),
      event: new Set(r.events.map((e) => e.id)),
      figure: new Set(r.figures.map((f) => f.id)),
    };
    const check = (
      kind: keyof typeof ids,
      id: string | undefined,
      path: (string | number)[],
    ): void => {
      if (id !== undefined && !ids[kind].has(id)) {
        ctx.addIssue({ code: 'custom', path, message: 'schema.unknownId', params: { kind, id } });
      }
    };
    r.events.forEach((e, i) => {
      check('category', e.category, ['events', i, 'category']);
      e.threads.forEach((t, j) => check('thread', t, ['events', i, 'threads', j]));
      e.organisations.forEach((o, j) =>
        check('organisation', o, ['events', i, 'organisations', j]),
      );
      e.references.forEach((x, j) => check('reference', x, ['events', i, 'references', j]));
    });
    r.figures.forEach((f, i) => {
      check('event', f.event, ['figures', i, 'event']);
      f.organisations.forEach((o, j) =>
        check('organisation', o, ['figures', i, 'organisations', j]),
      );
      f.provenance.references.forEach((x, j) =>
        check('reference', x, ['figures', i, 'provenance', 'references', j]),
      );
      f.derived?.inputs.forEach((x, j) => {
        check('figure', x, ['figures', i, 'derived', 'inputs', j]);
        if (x === f.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['figures', i, 'derived', 'inputs', j],
            message: 'schema.selfDerived',
          });
        }
      });
    });
    checkStory(r, ctx, (id, path) => check('figure', id, path));
    // Sections run from the abstract (0) to the conclusion; an event is a numbered section.
    const last = r.report.conclusionSection;
    const within = (section: number, max: number, path: (string | number)[]): void => {
      if (section > max) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: 'schema.sectionAfterConclusion',
          params: { section, conclusion: last },
        });
      }
    };
    r.events.forEach((e, i) => within(e.section, last - 1, ['events', i, 'section']));
    r.figures.forEach((f, i) =>
      within(f.provenance.section, last, ['figures', i, 'provenance', 'section']),
    );
    r.panels.forEach((p, i) => {
      if (p.heading) within(p.heading.section, last, ['panels', i, 'heading', 'section']);
    });
  });
export type Report = z.infer<typeof reportSchema>;

/** data/index.json: the reports the app can open. */
export const reportIndexSchema = z.strictObject({
  reports: z
    .array(
      z.strictObject({
        id: idSchema,
        file: z.string().regex(/^[a-z0-9-]+\.json$/, 'schema.fileName'),
        month: dateRefSchema,
        title: bilingualSchema,
      }),
    )
    .min(1)
    .max(MAX_LIST),
});
export type ReportIndex = z.infer<typeof reportIndexSchema>;
