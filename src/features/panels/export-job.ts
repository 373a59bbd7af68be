/**
 * One panel prepared for export in a language: built afresh on a light background at slide
 * width, as currently filtered, with the words a finished slide carries (its finding as
 * the title, what is measured, the filter, notes, the source and the edition).
 */
import { csvOf } from '../../charts/export/csv';
import { exportFileName } from '../../charts/export/file-name';
import { buildPanel } from '../../charts/options/forms';
import { editionStamp, sourceLine } from '../../charts/options/source';
import type { PanelInput } from '../../charts/options/types';
import type { SlideInput } from '../../charts/export-render';
import { describeFilters, withSubset } from '../../data/describe-filters';
import type { EntityRef, Filters } from '../../data/filters';
import { panelHeadline, panelNotes, storyText } from '../../data/story-text';
import type { Lang } from '../../i18n/languages';
import { wordsFor } from '../../i18n/words';
import { layoutSize } from '../../lib/export-presets';
import { makeChartContext } from '../../charts/chart-context';

/** Everything needed to export one chart in one language. */
export interface ExportJob {
  slide: SlideInput;
  csv: string;
  /** The file name without its format: `<edition>-<slug>.<lang>.` + format. */
  fileName: (format: 'png' | 'svg' | 'csv') => string;
}

export function prepareExport(
  input: PanelInput,
  lang: Lang,
  filters: Filters,
  selection: EntityRef | null,
): ExportJob | null {
  const { report, panel } = input;
  const words = wordsFor(lang);
  const base = { ...makeChartContext(report, lang, 'light', selection), still: true };
  const build = (size: { scale: number; width: number }) => buildPanel(input, { ...base, ...size });
  // At the screen's scale first: the table, the CSV and "nothing to export" come from it.
  const chart = build({ scale: 1, width: layoutSize('16x9').width - 64 });
  if (!chart) return null;
  const measured = storyText(report, panel.subtitle, words);
  const filtered = withSubset(
    describeFilters(report, filters, selection, words),
    chart.subset,
    words,
  );
  const subtitle = filtered
    ? words.t('punct.join', { first: measured, second: filtered })
    : measured;
  return {
    slide: {
      build,
      lang,
      text: {
        title: panelHeadline(report, panel, words, chart.view),
        subtitle,
        notes: panelNotes(report, panel, words, chart.view),
        source: sourceLine(report, chart.rows, words),
        stamp: editionStamp(report, words),
      },
    },
    csv: csvOf(report, chart.rows, words),
    fileName: (format) => exportFileName(report.report.id, panel.slug, lang, format),
  };
}
