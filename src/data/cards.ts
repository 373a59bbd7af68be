/**
 * The headline cards as the report file declares them, made readable in a language: the
 * title, each figure's value as the report hedged it (with its label when a card holds
 * several), and the context line with its placeholders filled.
 */
import { indexReport } from './selectors';
import type { Report } from './schema';
import { quotedValue, storyText, type StoryWords } from './story-text';

export interface CardValue {
  figureId: string;
  label?: string;
  value: string;
  derived: boolean;
}

export interface CardView {
  id: string;
  title: string;
  values: CardValue[];
  context?: string;
  /** The section the first figure comes from. */
  section: number;
  /** The first figure's first organisation, for its colour. */
  organisation?: string;
}

/** The cards whose figures the report has (a card missing one is left out). */
export function cardViews(report: Report, words: StoryWords): CardView[] {
  const figures = indexReport(report).figures;
  return report.cards.flatMap((card) => {
    const values = card.figures.map((f) => figures.get(f.figure));
    if (values.some((f) => f === undefined)) return [];
    const first = values[0];
    if (!first) return [];
    return [
      {
        id: card.id,
        title: words.text(card.title),
        values: card.figures.map((f, i) => {
          const fig = values[i]!;
          return {
            figureId: fig.id,
            label: f.label ? words.text(f.label) : undefined,
            value: quotedValue(fig, words),
            derived: Boolean(fig.derived),
          };
        }),
        context: card.context ? storyText(report, card.context, words) : undefined,
        section: first.provenance.section,
        organisation: first.organisations[0],
      },
    ];
  });
}
