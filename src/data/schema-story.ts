/**
 * The story a report file tells: its headline cards and its ordered panels, each drawn
 * in a form chosen for its message, with a title that states the finding. The code
 * holds the forms; which figures a month draws, in what order and under what words,
 * is the file's.
 */
import { z } from 'zod';
import { MAX_SECTION, RESERVED_PANEL_IDS, type PanelForm } from './report-format';

export type { PanelForm } from './report-format';
import { bilingualSchema, idSchema } from './schema-base';

export {
  PANEL_FORMS,
  panelFigureIds,
  panelMarks,
  panelTexts,
  RESERVED_PANEL_IDS,
} from './report-format';

/** A figure drawn on a panel, under a short label that says only what differs. */
export const markSchema = z.strictObject({ figure: idSchema, label: bilingualSchema });
export type Mark = z.infer<typeof markSchema>;

/** A card's figure; with one figure the card's title is its label. */
export const cardFigureSchema = z.strictObject({
  figure: idSchema,
  label: bilingualSchema.optional(),
});

export const cardSchema = z.strictObject({
  id: idSchema,
  title: bilingualSchema,
  figures: z.array(cardFigureSchema).min(1).max(3),
  /** One line of context; `{{figure-id}}` stands for a figure's formatted value. */
  context: bilingualSchema.optional(),
});
export type Card = z.infer<typeof cardSchema>;

/**
 * What a panel says beside its marks: a labelled reference line (or band, for a range
 * figure), a callout on one mark, a note under the chart, or an inference the dataset
 * makes that the report does not state (shown as such).
 */
export const annotationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('reference'), figure: idSchema, label: bilingualSchema }),
  z.strictObject({ kind: z.literal('callout'), figure: idSchema, text: bilingualSchema }),
  z.strictObject({ kind: z.literal('note'), text: bilingualSchema }),
  z.strictObject({ kind: z.literal('inference'), text: bilingualSchema }),
]);
export type Annotation = z.infer<typeof annotationSchema>;

/** The report's own heading, quoted: verbatim in Chinese, faithfully translated. */
export const headingSchema = z.strictObject({
  section: z.number().int().min(0).max(MAX_SECTION),
  zh: bilingualSchema.shape.zh,
  en: bilingualSchema.shape.en,
});

const panelBase = {
  id: idSchema.refine((id) => !(RESERVED_PANEL_IDS as readonly string[]).includes(id), {
    message: 'schema.reservedPanelId',
  }),
  /** The file-name part of an export: `<edition>-<slug>.<lang>.png`. */
  slug: idSchema,
  /** A short plain name for menus, file names and the accessible label. */
  name: bilingualSchema,
  /** What the panel shows happened; `{{figure-id}}` stands for a formatted value. */
  title: bilingualSchema,
  /** What is measured, in what unit. */
  subtitle: bilingualSchema,
  heading: headingSchema.optional(),
  annotations: z.array(annotationSchema).max(20).optional(),
  /** Spans the whole width of the page. */
  wide: z.boolean().optional(),
};

const marks = (min: number, max: number) => z.array(markSchema).min(min).max(max);

export const panelSchema = z.discriminatedUnion('form', [
  /** A single number (or a few): big figure, qualifier, context, source. */
  z.strictObject({ ...panelBase, form: z.literal('stat'), stats: marks(1, 4) }),
  /** A total and its parts, in one stacked bar; the parts must add up to the total. */
  z.strictObject({
    ...panelBase,
    form: z.literal('part-to-whole'),
    total: markSchema,
    parts: marks(2, 12),
  }),
  /** Values against a labelled reference line (a `reference` annotation). */
  z.strictObject({ ...panelBase, form: z.literal('reference'), marks: marks(1, 12) }),
  /** Stated ranges from low to high (points as dots), optionally against a reference. */
  z.strictObject({ ...panelBase, form: z.literal('range'), marks: marks(1, 12) }),
  /** Before and after, as a dumbbell with an arrow. */
  z.strictObject({
    ...panelBase,
    form: z.literal('before-after'),
    pairs: z
      .array(z.strictObject({ label: bilingualSchema, before: markSchema, after: markSchema }))
      .min(1)
      .max(8),
  }),
  /** Claimed multiples on a log axis. */
  z.strictObject({ ...panelBase, form: z.literal('multiples'), marks: marks(2, 12) }),
  /** Magnitudes compared, one unit. */
  z.strictObject({ ...panelBase, form: z.literal('bars'), marks: marks(2, 24) }),
  /** The edition's events in time. */
  z.strictObject({ ...panelBase, form: z.literal('timeline') }),
  /** The edition's events by thread and category. */
  z.strictObject({ ...panelBase, form: z.literal('themes') }),
]);
export type Panel = z.infer<typeof panelSchema>;
export type PanelOf<F extends PanelForm> = Extract<Panel, { form: F }>;
