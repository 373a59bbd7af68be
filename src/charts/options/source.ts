/** The one-line source under (and inside exports of) every chart. */
import type { Report } from '../../data/schema';
import { indexReport } from '../../data/selectors';
import type { ChartContext, ChartRow } from './types';

export function sourceLine(report: Report, rows: readonly ChartRow[], ctx: ChartContext): string {
  const idx = indexReport(report);
  const sections = [...new Set(rows.map((r) => r.section))].sort((a, b) => a - b);
  const refIds = new Set(
    rows.flatMap((r) => {
      const fig = idx.figures.get(r.id);
      if (fig) return fig.provenance.references;
      const event = idx.events.get(r.id);
      return event ? event.references : [];
    }),
  );
  const refs = report.references.filter((r) => refIds.has(r.id));
  const vars = {
    publisher: report.report.publisher[ctx.lang],
    title: report.report.title[ctx.lang],
    month: ctx.fmt.date(report.report.month),
  };
  const base = sections.length
    ? ctx.text('charts.source', {
        ...vars,
        sections: ctx.text('charts.sections', {
          list: sections.join(ctx.text('charts.listSeparator')),
        }),
      })
    : ctx.text('charts.sourceReport', vars);
  return refs.length
    ? base +
        ctx.text('charts.sourceRefs', {
          refs: refs
            .map((r) => `${r.publisher} [${r.number}]`)
            .join(ctx.text('charts.listSeparator')),
        })
    : base;
}
