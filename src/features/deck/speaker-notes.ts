/**
 * What a presenter reads under each slide: the finding, the report's own heading, the
 * sentences of the report the figures rest on (verbatim Chinese), how each derived value is
 * computed, the panel's notes and inferences, and the filter the deck was made with. One line
 * per paragraph; no line is empty.
 */
import type { ChartWords } from '../../charts/options/types';
import { indexReport } from '../../data/selectors';
import type { Figure, Report, ReportEvent } from '../../data/schema';

/** The parts of a slide's notes, in the order they are read. */
export interface NotesParts {
  finding: string;
  /** The report's heading of the section, quoted. */
  heading?: string;
  /** Verbatim sentences of the report. */
  quotes?: readonly string[];
  /** Derived values, each with its formula. */
  derived?: readonly string[];
  /** The panel's notes and inferences, or other context. */
  notes?: readonly string[];
  filter?: string;
}

/** The notes as text: one paragraph per line. */
export function notesText(parts: NotesParts, words: ChartWords): string {
  const quotes = [...new Set(parts.quotes ?? [])];
  const lines = [
    parts.finding,
    parts.heading,
    ...(parts.notes ?? []),
    ...(parts.derived ?? []),
    ...(quotes.length
      ? [
          words.t('app.labelled', { label: words.t('figures.quote') }).trim(),
          ...quotes.map((q) => words.t('filters.quoted', { text: q })),
        ]
      : []),
    parts.filter,
  ];
  return lines
    .flatMap((line) => (line ? line.split('\n') : []))
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** The figures a list of ids names (ids the report lacks are skipped). */
export function figuresOf(report: Report, ids: readonly string[]): Figure[] {
  const figures = indexReport(report).figures;
  return ids.flatMap((id) => {
    const fig = figures.get(id);
    return fig ? [fig] : [];
  });
}

/**
 * "GPT-5.2 score on OSWorld-V (derived): 75% − 27.7 pp = 47.3%" for each derived figure; a
 * label that does not say it is derived gets "Derived:" before the formula.
 */
export function derivedLines(figures: readonly Figure[], words: ChartWords): string[] {
  const marker = words.fmt.derivedMarker();
  return figures.flatMap((fig) => {
    if (!fig.derived) return [];
    const label = words.text(fig.label);
    const formula = words.text(fig.derived.formula);
    return [
      words.t('app.labelled', { label }) +
        (label.includes(marker) ? formula : words.t('figures.derivedFrom', { formula })),
    ];
  });
}

/** The report's sentences the figures rest on. */
export function figureQuotes(figures: readonly Figure[]): string[] {
  return figures.map((f) => f.provenance.quote);
}

/** The report's sentences the events rest on. */
export function eventQuotes(events: readonly ReportEvent[]): string[] {
  return events.flatMap((e) => e.quotes);
}
