/**
 * What the figure forms share: a panel's marks resolved to what is drawn (label, value as
 * the report hedged it, derived marker, callouts, colour, whether the filters and the focus
 * keep it), the rows of its table and its generated description.
 */
import type { EntityRef } from '../../data/filters';
import { figureKeys, figureRelates, indexReport } from '../../data/selectors';
import type { Annotation, Figure, Mark, Panel, Report } from '../../data/schema';
import { storyText } from '../../data/story-text';
import type { ChartContext, ChartRow, PanelInput } from './types';

/** A mark as a form draws it. */
export interface MarkView {
  figure: Figure;
  /** The panel's short label for it. */
  label: string;
  /** The value as the report hedged it ("more than $25B"). */
  value: string;
  /** The value with the derived marker, as a label on the chart shows it. */
  valueLabel: string;
  /** Callouts anchored on this mark, resolved. */
  callouts: string[];
  /** The filters keep it (else it is drawn as context only). */
  matched: boolean;
  /** The focus (hover, selection) is on something it relates to, or on nothing. */
  related: boolean;
  colour: string;
  entity?: EntityRef;
  /** What it relates to, as keys (see EntityDatum.relates). */
  relates: string[];
}

/** Opacity of a mark drawn as context, or unrelated to the focus. */
export const DIMMED = 0.28;

export function markOpacity(view: Pick<MarkView, 'matched' | 'related'>): number {
  return view.matched && view.related ? 1 : DIMMED;
}

/** The organisation colour of a figure (its first organisation), else the muted ink. */
export function figureColour(fig: Figure, ctx: ChartContext): string {
  const org = fig.organisations[0];
  return org ? ctx.colours.organisation(org) : ctx.colours.muted;
}

/** A value with the derived marker, when the dataset computed it. */
export function withMarker(fig: Figure, value: string, ctx: ChartContext): string {
  return fig.derived
    ? ctx.t('charts.valueDerived', { value, marker: ctx.fmt.derivedMarker() })
    : value;
}

/** Resolve a panel's marks; figures the report lacks are skipped. */
export function markViews(
  input: Pick<PanelInput, 'report' | 'panel' | 'matches'>,
  marks: readonly Mark[],
  ctx: ChartContext,
): MarkView[] {
  const idx = indexReport(input.report);
  const callouts = (input.panel.annotations ?? []).filter(
    (a): a is Extract<Annotation, { kind: 'callout' }> => a.kind === 'callout',
  );
  return marks.flatMap((mark) => {
    const figure = idx.figures.get(mark.figure);
    if (!figure) return [];
    const value = ctx.fmt.figure(figure);
    const org = figure.organisations[0];
    return [
      {
        figure,
        label: ctx.text(mark.label),
        value,
        valueLabel: withMarker(figure, value, ctx),
        callouts: callouts
          .filter((c) => c.figure === figure.id)
          .map((c) => storyText(input.report, c.text, ctx)),
        matched: input.matches.figureIds.has(figure.id),
        related: !ctx.focus || figureRelates(figure, ctx.focus, idx),
        colour: figureColour(figure, ctx),
        entity: org ? { kind: 'organisation', id: org } : undefined,
        relates: figureKeys(figure, idx),
      },
    ];
  });
}

/** A panel's reference figure (a line for a value, a row for a range), with its label. */
export interface ReferenceView {
  figure: Figure;
  label: string;
  value: string;
}

export function referenceViews(report: Report, panel: Panel, ctx: ChartContext): ReferenceView[] {
  const idx = indexReport(report);
  return (panel.annotations ?? []).flatMap((a) => {
    if (a.kind !== 'reference') return [];
    const figure = idx.figures.get(a.figure);
    if (!figure) return [];
    return [
      { figure, label: ctx.text(a.label), value: withMarker(figure, ctx.fmt.figure(figure), ctx) },
    ];
  });
}

/**
 * The panel's references that span a range (last year's level, derived), as marks of their own:
 * rows beside the marks they are compared with, not bands across them. They are resolved as
 * any mark (hatched and dashed when derived; the filters and the focus treat them alike).
 */
export function rangeReferenceViews(
  input: Pick<PanelInput, 'report' | 'panel' | 'matches'>,
  ctx: ChartContext,
): MarkView[] {
  const marks = (input.panel.annotations ?? []).flatMap((a) =>
    a.kind === 'reference' ? [{ figure: a.figure, label: a.label }] : [],
  );
  return markViews(input, marks, ctx).filter((v) => v.figure.value.kind === 'range');
}

/** A table row for a figure, under `label` (the panel's) and `group`. */
export function figureRow(
  fig: Figure,
  label: string,
  group: string,
  ctx: ChartContext,
  matched = true,
): ChartRow {
  return {
    id: fig.id,
    group,
    label,
    value: ctx.fmt.figure(fig),
    derived: fig.derived ? ctx.text(fig.derived.formula) : undefined,
    note: fig.note ? ctx.text(fig.note) : undefined,
    section: fig.provenance.section,
    matched,
  };
}

/** Rows for the marks, then the references (their group names them as references). */
export function markRows(
  views: readonly MarkView[],
  references: readonly ReferenceView[],
  ctx: ChartContext,
): ChartRow[] {
  return [
    ...views.map((v) => figureRow(v.figure, v.label, '', ctx, v.matched)),
    ...references.map((r) => figureRow(r.figure, r.label, ctx.t('charts.referenceGroup'), ctx)),
  ];
}

/** A generated description: "Title. Label: value; label: value (derived: formula)." */
export function describeRows(title: string, rows: readonly ChartRow[], ctx: ChartContext): string {
  const items = rows.map((r) =>
    ctx.t(r.derived ? 'charts.describe.itemDerived' : 'charts.describe.item', {
      label: r.group
        ? ctx.t('charts.describe.grouped', { group: r.group, label: r.label })
        : r.label,
      value: r.value,
      formula: r.derived ?? '',
      marker: ctx.fmt.derivedMarker(),
    }),
  );
  return ctx.t('charts.describe.sentence', {
    title,
    items: items.join(ctx.t('punct.semicolon')),
  });
}

/** The panel's title as the chart's own text (placeholders resolved). */
export function panelTitle(report: Report, panel: Panel, ctx: ChartContext): string {
  return storyText(report, panel.title, ctx);
}
