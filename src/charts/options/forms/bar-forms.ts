/**
 * The forms drawn as rows of horizontal bars: magnitudes compared (`bars`), values against
 * a reference line (`reference`), claimed multiples on a log axis (`multiples`), stated
 * ranges from low to high (`range`) and a total with its parts as a waterfall
 * (`part-to-whole`).
 */
import type { PanelOf } from '../../../data/schema';
import { buildHorizontal, type HRow } from '../horizontal';
import {
  describeRows,
  markRows,
  markViews,
  panelTitle,
  rangeReferenceViews,
  referenceViews,
  type MarkView,
} from '../marks';
import type { ChartContext, EChartsBuilt, FormBuilder, PanelInput } from '../types';

type BarPanel = PanelOf<'bars' | 'reference' | 'multiples' | 'range'>;

function pointEnd(view: MarkView): number {
  const v = view.figure.value;
  return v.kind === 'range' ? v.high : v.value;
}

/** Rows from zero (a point) or from low to high (a range). */
function valueRows(views: readonly MarkView[]): HRow[] {
  return views.map((view) => {
    const v = view.figure.value;
    return v.kind === 'range'
      ? { view, start: v.low, end: v.high }
      : { view, start: 0, end: v.value };
  });
}

/** Null when the filters keep none of the panel's marks. */
function build(
  input: PanelInput,
  panel: BarPanel,
  ctx: ChartContext,
  options: { log?: boolean } = {},
): EChartsBuilt | null {
  const views = markViews(input, panel.marks, ctx);
  if (!views.some((v) => v.matched)) return null;
  const references = referenceViews(input.report, panel, ctx);
  // A reference value is a line across the rows; a reference range is a row of its own.
  const lines = references.filter((r) => r.figure.value.kind === 'point');
  const ranged = rangeReferenceViews(input, ctx);
  const title = panelTitle(input.report, panel, ctx);
  const tableRows = markRows(views, references, ctx);
  return buildHorizontal(
    {
      rows: valueRows([...views, ...ranged]),
      unit: views[0]?.figure.unit ?? 'usd',
      references: lines,
      log: options.log,
      title,
      tableRows,
      description: describeRows(title, tableRows, ctx),
    },
    ctx,
  );
}

export const barsForm: FormBuilder = (input, ctx) =>
  input.panel.form === 'bars' ? build(input, input.panel, ctx) : null;

export const referenceForm: FormBuilder = (input, ctx) =>
  input.panel.form === 'reference' ? build(input, input.panel, ctx) : null;

export const rangeForm: FormBuilder = (input, ctx) =>
  input.panel.form === 'range' ? build(input, input.panel, ctx) : null;

export const multiplesForm: FormBuilder = (input, ctx) =>
  input.panel.form === 'multiples' ? build(input, input.panel, ctx, { log: true }) : null;

/**
 * A waterfall: the total's row first, then each part stepping on from where the previous
 * ended, so the parts visibly tile the total. Parts the filters leave out stay as context.
 */
export const partToWholeForm: FormBuilder = (input, ctx) => {
  const panel = input.panel;
  if (panel.form !== 'part-to-whole') return null;
  const [total, ...parts] = markViews(input, [panel.total, ...panel.parts], ctx);
  if (!total || ![total, ...parts].some((v) => v.matched)) return null;
  let at = 0;
  const rows: HRow[] = [{ view: total, start: 0, end: pointEnd(total) }];
  for (const view of parts) {
    const end = at + pointEnd(view);
    rows.push({ view, start: at, end });
    at = end;
  }
  const title = panelTitle(input.report, panel, ctx);
  const tableRows = markRows([total, ...parts], [], ctx);
  return buildHorizontal(
    {
      rows,
      unit: total.figure.unit,
      title,
      tableRows,
      description: describeRows(title, tableRows, ctx),
    },
    ctx,
  );
};
