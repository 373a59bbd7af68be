/** The one-line source under (and inside exports of) every chart. */
import type { Report } from '../../data/schema';
import { indexReport } from '../../data/selectors';
import { sectionContext } from '../../data/story-text';
import type { ChartRow, ChartWords } from './types';

/**
 * Sorted sections as runs of consecutive numbered ones ([1, 15] for §1 to §15; [7, 7]); the
 * abstract and the conclusion, which are named, not numbered, stand alone.
 */
export function sectionRuns(report: Report, sections: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const s of sections) {
    const last = runs.at(-1);
    if (last && s === last[1] + 1 && !sectionContext(report, s) && !sectionContext(report, last[1]))
      last[1] = s;
    else runs.push([s, s]);
  }
  return runs;
}

/**
 * "Source: publisher, “title” (April 2026, ai-2026-04), §2, §7; references: CNBC [7]"; three
 * or more consecutive sections as a range ("§1–§15").
 */
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
        sections: sectionRuns(report, sections)
          .map(([from, to]) =>
            to - from >= 2
              ? words.t('charts.sectionRange', { from, to })
              : [...new Set([from, to])]
                  .map((section) =>
                    words.t('charts.sectionRef', {
                      section,
                      context: sectionContext(report, section),
                    }),
                  )
                  .join(separator),
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

/**
 * The line at the foot of every export and slide: the edition, as its readers name it (its
 * month and title; its file id, "ai-2026-04", is for machines and file names).
 */
export function editionStamp(report: Report, words: ChartWords): string {
  return words.t('export.stamp', {
    month: words.fmt.date(report.report.month),
    title: words.text(report.report.title),
  });
}
