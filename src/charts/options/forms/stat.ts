/**
 * A single number is a stat, not a one-bar chart: the figure big, as the report hedged it,
 * under a short line saying what it counts; a few related numbers stand side by side.
 */
import { estimateWidth } from '../../../lib/text-width';
import { describeRows, figureRow, markViews, panelTitle } from '../marks';
import { px, type FormBuilder, type StatItem } from '../types';

const VALUE_ROW = 118;

/** The widest run kept on one line, in em of bold type: wider, and its words break apart. */
const MAX_RUN_EM = 8.5;

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/**
 * A big number's text in the runs a line may break between: the qualifier's words, then the
 * number with its unit as one run ("more than" / "97M installs", "超过" / "9700 万次", never
 * "超过 9700 万" / "次"). `core` is the value as written without its qualifier; a qualifier
 * written onto it without a space ("1 年内") stays with it. A run too wide to keep whole
 * ("thousands of vulnerabilities", where the number is itself a word) breaks between words.
 */
export function valueRuns(value: string, core: string): string[] {
  const at = core ? value.indexOf(core) : -1;
  if (at < 0) return words(value);
  let start = at;
  let end = at + core.length;
  while (start > 0 && !/\s/.test(value[start - 1] ?? '')) start--;
  while (end < value.length && !/\s/.test(value[end] ?? '')) end++;
  const run = value.slice(start, end);
  if (estimateWidth(run, 1, true) > MAX_RUN_EM) return words(value);
  return [...words(value.slice(0, start)), run, ...words(value.slice(end))];
}

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
    runs: valueRuns(v.valueLabel, ctx.fmt.figure({ ...v.figure, qualifier: 'exact' })),
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
