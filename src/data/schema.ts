/**
 * The single definition of a report file. Everything under data/ is parsed with
 * `reportSchema` once, when it is loaded; the rest of the app trusts the types.
 * `data/report.schema.json` is generated from this file (npm run gen-schema).
 */
import { z } from 'zod';

// zod probes `new Function` to decide whether to compile parsers; under the page's
// Content-Security-Policy that probe is a (caught) violation. Never compile.
z.config({ jitless: true });

const MAX_TEXT = 4000;
const MAX_LIST = 500;

/** Ids are short kebab-case slugs so they can live in URLs. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'schema.kebabId')
  .max(80);

const text = z.string().trim().min(1, 'schema.nonEmpty').max(MAX_TEXT);

/** A text shown to readers, in both languages. */
export const bilingualSchema = z.strictObject({ zh: text, en: text });

/** Only http(s) links are ever rendered as links. */
const httpUrl = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s<>"']+$/i, 'schema.httpUrl');

/**
 * How the report hedged a number. `exact` means the report states it flatly.
 * `range` goes with a range value; `thousands` means "数千" (the value is the
 * lower bound, 1000); `plus` means "40 多" (40-plus); `within` means "一年内".
 */
export const QUALIFIERS = [
  'exact',
  'about',
  'more-than',
  'nearly',
  'fewer-than',
  'up-to',
  'as-much-as',
  'range',
  'thousands',
  'plus',
  'within',
] as const;
export const qualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof qualifierSchema>;

/** Base units: money in US dollars, percent as a number of percent, counts as counts. */
export const UNITS = [
  'usd',
  'percent',
  'percentage-points',
  'multiple',
  'tokens',
  'installs',
  'users',
  'jobs',
  'vulnerabilities',
  'companies',
  'returns-per-shopper',
  'steps',
  'months',
  'years',
  'hours',
  'age-years',
] as const;
export const unitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof unitSchema>;

const finiteNonNegative = z.number().finite().nonnegative();

export const pointValueSchema = z.strictObject({
  kind: z.literal('point'),
  value: finiteNonNegative,
});
export const rangeValueSchema = z
  .strictObject({
    kind: z.literal('range'),
    low: finiteNonNegative,
    high: finiteNonNegative,
  })
  .refine((r) => r.low <= r.high, { message: 'schema.rangeOrder', path: ['low'] });
export const figureValueSchema = z.discriminatedUnion('kind', [pointValueSchema, rangeValueSchema]);
export type FigureValue = z.infer<typeof figureValueSchema>;

/** A date with the precision the report gives it: never a day it does not state. */
export const datePrecisionSchema = z.enum(['day', 'month', 'quarter', 'year']);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

const DATE_PATTERNS: Record<DatePrecision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
};

function isRealDate(precision: DatePrecision, value: string): boolean {
  const m = DATE_PATTERNS[precision].exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return false;
  if (precision === 'month' || precision === 'day') {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return false;
    if (precision === 'day') {
      const day = Number(m[3]);
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > last) return false;
    }
  }
  return true;
}

export const dateRefSchema = z
  .strictObject({ precision: datePrecisionSchema, value: z.string().max(10) })
  .refine((d) => isRealDate(d.precision, d.value), {
    message: 'schema.dateFormat',
    path: ['value'],
  });
export type DateRef = z.infer<typeof dateRefSchema>;

/** Where a figure or event comes from: its section, the original sentence, its sources. */
export const provenanceSchema = z.strictObject({
  /** 0 = abstract, 1–15 = numbered sections, 16 = conclusion. */
  section: z.number().int().min(0).max(16),
  /** The original Chinese sentence, verbatim. */
  quote: text,
  /** Reference ids; empty means the report itself is the source. */
  references: z.array(idSchema).max(20),
});

export const derivationSchema = z.strictObject({
  formula: bilingualSchema,
  inputs: z.array(idSchema).min(1).max(10),
});

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
  url: httpUrl,
});
export type Reference = z.infer<typeof referenceSchema>;

export const eventSchema = z.strictObject({
  id: idSchema,
  section: z.number().int().min(1).max(15),
  title: bilingualSchema,
  summary: bilingualSchema,
  date: dateRefSchema,
  dateNote: bilingualSchema.optional(),
  organisations: z.array(idSchema).min(1).max(40),
  category: idSchema,
  threads: z.array(idSchema).min(1).max(4),
  /** False when the abstract does not name this event and the thread is an editorial assignment. */
  threadsFromAbstract: z.boolean(),
  references: z.array(idSchema).max(20),
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
});

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
    schemaVersion: z.literal(1),
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
  })
  .superRefine((r, ctx) => {
    const collections = {
      threads: r.threads,
      categories: r.categories,
      organisations: r.organisations,
      references: r.references,
      events: r.events,
      figures: r.figures,
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
