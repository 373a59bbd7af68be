/**
 * The words a report file writes around its numbers (panel titles, card context lines,
 * callouts), made readable: `{{figure-id}}` becomes the figure as the report hedged it,
 * formatted for the language, with the derived marker when the dataset computed it.
 */
import { PLACEHOLDER } from './report-format';
import type { Bilingual, Figure, Panel, Report } from './schema';
import { indexReport } from './selectors';

/** What resolving a text needs of a language. */
export interface StoryWords {
  text: (value: Bilingual) => string;
  fmt: { figure: (f: Figure) => string; derivedMarker: () => string };
  t: (key: string, vars?: Record<string, unknown>) => string;
}

/** A figure's value as a story text quotes it. */
export function quotedValue(fig: Figure, words: StoryWords): string {
  const value = words.fmt.figure(fig);
  return fig.derived
    ? words.t('story.derivedValue', { value, marker: words.fmt.derivedMarker() })
    : value;
}

/** `text` in the language of `words`, its placeholders replaced by formatted figures. */
export function storyText(report: Report, text: Bilingual, words: StoryWords): string {
  const figures = indexReport(report).figures;
  return words.text(text).replace(PLACEHOLDER, (whole, id: string) => {
    const fig = figures.get(id);
    return fig ? quotedValue(fig, words) : whole;
  });
}

/**
 * The lines a panel prints under its chart: its notes, then its inferences, each marked as
 * the dataset's reading rather than the report's words.
 */
export function panelNotes(
  report: Report,
  panel: Panel,
  words: StoryWords,
  view?: { inferences: string[] },
): string[] {
  const inference = (text: string) => words.t('story.inference', { text });
  const notes = (panel.annotations ?? []).flatMap((a) => {
    if (a.kind === 'note') return [storyText(report, a.text, words)];
    if (a.kind === 'inference' && !view) return [inference(storyText(report, a.text, words))];
    return [];
  });
  // A chart of a subset of the events has its own readings of them (see SubsetStory).
  return view ? [...notes, ...view.inferences.map(inference)] : notes;
}

/** A panel's title: its finding, or what its chart says of the subset it draws. */
export function panelHeadline(
  report: Report,
  panel: Panel,
  words: StoryWords,
  view?: { title: string },
): string {
  return view?.title ?? storyText(report, panel.title, words);
}

/** Section 0 is the abstract and the report's `conclusionSection` its conclusion: words name them instead of a number
 * (the `context` i18next picks the right phrase with). */
export function sectionContext(report: Report, section: number): string | undefined {
  return section === 0
    ? 'abstract'
    : section === report.report.conclusionSection
      ? 'conclusion'
      : undefined;
}

/**
 * A text that will stand inside double quotes: its own double quotes become single ones, as
 * both languages nest quotations (“… a stage of ‘system competition’” / “…进入‘系统竞争’阶段”).
 */
export function nestedQuote(text: string): string {
  return text
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/"([^"]*)"/g, '‘$1’');
}

/** "The report's heading (§2): “…”": the report's own heading of a panel, quoted. */
export function headingLine(report: Report, panel: Panel, words: StoryWords): string | undefined {
  const heading = panel.heading;
  if (!heading) return undefined;
  return words.t('charts.reportHeading', {
    section: heading.section,
    heading: nestedQuote(words.text({ zh: heading.zh, en: heading.en })),
    context: sectionContext(report, heading.section),
  });
}
