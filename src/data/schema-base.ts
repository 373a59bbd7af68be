/**
 * The building blocks of a report file: ids, bilingual text, dates at their precision,
 * qualifiers, units and values. Records (schema.ts) and the story a file declares
 * (schema-story.ts) are made of these.
 */
import { z } from 'zod';
import { DATE_PRECISIONS, QUALIFIERS, UNITS } from './report-format';

export { DATE_PRECISIONS, PLACEHOLDER, placeholderIds, QUALIFIERS, UNITS } from './report-format';

// zod probes `new Function` to decide whether to compile parsers; under the page's
// Content-Security-Policy that probe is a (caught) violation. Never compile.
z.config({ jitless: true });

export const MAX_TEXT = 4000;
export const MAX_LIST = 500;

/** Ids are short kebab-case slugs so they can live in URLs. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'schema.kebabId')
  .max(80);

export const textSchema = z.string().trim().min(1, 'schema.nonEmpty').max(MAX_TEXT);

/** A text shown to readers, in both languages. */
export const bilingualSchema = z.strictObject({ zh: textSchema, en: textSchema });
export type Bilingual = z.infer<typeof bilingualSchema>;

/** Only http(s) links are ever rendered as links. */
export const httpUrlSchema = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s<>"']+$/i, 'schema.httpUrl');

export const qualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof qualifierSchema>;

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

export const datePrecisionSchema = z.enum(DATE_PRECISIONS);
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
  .strictObject({
    precision: datePrecisionSchema,
    value: z.string().max(10),
    /** "The end of 2026" (年底): a part of a month, quarter or year, never a made-up day. */
    part: z.enum(['start', 'end']).optional(),
  })
  .refine((d) => isRealDate(d.precision, d.value), {
    message: 'schema.dateFormat',
    path: ['value'],
  })
  .refine((d) => d.part === undefined || d.precision !== 'day', {
    message: 'schema.datePart',
    path: ['part'],
  });
export type DateRef = z.infer<typeof dateRefSchema>;
