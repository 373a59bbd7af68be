/**
 * A single number is a stat, not a one-bar chart: the figure big, as the report hedged it,
 * under a short line saying what it counts; a few related numbers stand side by side.
 */
import { describeRows, figureRow, markViews, panelTitle } from '../marks';
import { px, type FormBuilder, type StatItem } from '../types';

const VALUE_ROW = 118;

export const statForm: FormBuilder = (input, ctx) => {
  const panel = input.panel;
  if (panel.form !== 'stat') return null;
  const views = markViews(input, panel.stats, ctx).filter((v) => v.matched);
  if (views.length === 0) return null;
  const title = panelTitle(input.report, panel, ctx);
  const rows = views.map((v) => figureRow(v.figure, v.label, '', ctx));
  const stats: StatItem[] = views.map((v) => ({
    figureId: v.figure.id,
    value: v.valueLabel,
    label: v.label,
    derived: v.figure.derived ? ctx.text(v.figure.derived.formula) : undefined,
    entity: v.entity,
    dim: !v.related,
    relates: v.relates,
  }));
  const perRow = ctx.compact ? 1 : Math.min(stats.length, 2);
  return {
    kind: 'stat',
    stats,
    rows,
    description: describeRows(title, rows, ctx),
    height: Math.ceil(stats.length / perRow) * px(ctx, VALUE_ROW),
  };
};
