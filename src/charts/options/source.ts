/** The one-line source under (and inside exports of) every chart. */
import type { Report } from '../../data/schema';
import { indexReport } from '../../data/selectors';
import { sectionContext } from '../../data/story-text';
import type { ChartRow, ChartWords } from './types';

/** "Source: publisher, “title” (April 2026, ai-2026-04), §2, §7; references: CNBC [7]". */
export function sourceLine(report: Report, rows: readonly ChartRow[], words: ChartWords): string {
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
  const separator = words.t('charts.listSeparator');
  const vars = {
    publisher: words.text(report.report.publisher),
    title: words.text(report.report.title),
    month: words.fmt.date(report.report.month),
  };
  const base = sections.length
    ? words.t('charts.source', {
        ...vars,
        sections: sections
          .map((section) =>
            words.t('charts.sectionRef', { section, context: sectionContext(report, section) }),
          )
          .join(separator),
      })
    : words.t('charts.sourceReport', vars);
  return refs.length
    ? base +
        words.t('charts.sourceRefs', {
          refs: refs.map((r) => `${r.publisher} [${r.number}]`).join(separator),
        })
    : base;
}

/** The line at the foot of every export and slide: month, report title and edition. */
export function editionStamp(report: Report, words: ChartWords): string {
  return words.t('export.stamp', {
    month: words.fmt.date(report.report.month),
    title: words.text(report.report.title),
    edition: report.report.id,
  });
}
