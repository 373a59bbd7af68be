/**
 * A chart's data as CSV: UTF-8 with a byte-order mark so spreadsheet tools read
 * Chinese correctly, formatted values beside the raw numbers in base units.
 */
import type { Report } from '../../data/schema';
import { indexReport } from '../../data/selectors';
import type { ChartRow, ChartWords } from '../options/types';

export const BOM = '\uFEFF';

function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  // Cells a spreadsheet would run as a formula are prefixed, then everything is quoted.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The rows of a chart as CSV, headed in the language of `words`. */
export function csvOf(report: Report, rows: readonly ChartRow[], words: ChartWords): string {
  const idx = indexReport(report);
  const header = [
    'group',
    'measure',
    'value',
    'qualifier',
    'low',
    'high',
    'unit',
    'derived',
    'section',
    'quote',
  ].map((key) => cell(words.t(`csv.${key}`)));
  const lines = rows.map((row) => {
    const fig = idx.figures.get(row.id);
    const low = fig ? (fig.value.kind === 'range' ? fig.value.low : fig.value.value) : undefined;
    const high = fig?.value.kind === 'range' ? fig.value.high : undefined;
    return [
      cell(row.group),
      cell(row.label),
      cell(row.value),
      // A derived value is not "as stated", whatever the hedge of the numbers it comes from.
      cell(
        fig
          ? words.t(fig.derived ? 'qualifierName.derived' : `qualifierName.${fig.qualifier}`)
          : undefined,
      ),
      cell(low),
      cell(high),
      // The unit's name in the reader's language (the raw numbers beside it are in it).
      cell(fig ? words.t(`csv.unitName.${fig.unit}`) : undefined),
      cell(row.derived),
      cell(row.section),
      cell(fig?.provenance.quote),
    ].join(',');
  });
  return `${BOM}${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
