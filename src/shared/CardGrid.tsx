import type { CSSProperties } from 'react';
import { coloursFor } from '../charts/theme';
import { cardViews, type CardView } from '../data/cards';
import { figureRuns } from '../lib/figure-runs';
import { fontWidth } from '../lib/text-width';
import { FigureText } from './FigureText';
import { sectionContext } from '../data/story-text';
import type { Report } from '../data/schema';
import { useScheme } from './use-scheme';
import { useWords } from './use-words';

/** The figures' weight (.card__value). */
const FIGURE_WEIGHT = 750;

/** The widest piece a figure can be broken into: a held run, or a word between them. */
function widestPiece(value: string): number {
  const pieces = figureRuns(value).flatMap((run) =>
    run.held ? [run.text] : run.text.split(/\s+|(?<=[\u3000-\u9fff])/u),
  );
  return Math.max(0, ...pieces.map((p) => fontWidth(p.trim(), 100, FIGURE_WEIGHT) / 100));
}

/**
 * The widest single figure and the widest piece one can be broken into, and the same among
 * the pairs' figures, in em (3 % to spare: the canvas measures the stack's first font the
 * page has). The slide's CSS sets the figures on one line where that keeps them within
 * SHRINK of the size at which the widest piece fits; else broken between a range's ends
 * ("1150 亿至" / "1350 亿美元") at that fraction, never inside a number and its unit.
 */
function figureEms(cards: readonly CardView[]): CSSProperties {
  const widest = (pairs: boolean, measure: (value: string) => number): string =>
    (
      Math.max(
        1,
        ...cards
          .filter((c) => c.values.length > 1 === pairs)
          .flatMap((c) => c.values.map((v) => measure(v.value))),
      ) * 1.03
    ).toFixed(2);
  const whole = (value: string) => fontWidth(value, 100, FIGURE_WEIGHT) / 100;
  return {
    '--value-ems': widest(false, whole),
    '--value-piece-ems': widest(false, widestPiece),
    '--pair-ems': widest(true, whole),
    '--pair-piece-ems': widest(true, widestPiece),
  } as CSSProperties;
}

/**
 * The headline cards as real text: the dashboard's first screen and the presentation's
 * second slide. Each card's border takes its organisation's colour, as in every chart.
 */
export function CardGrid({
  report,
  headingLevel = 3,
  slide = false,
}: {
  report: Report;
  headingLevel?: 3 | 2;
  /** On a slide, every figure is sized so that the widest fits on one line (see figureEms);
   * the page's first screen does not pay for measuring. */
  slide?: boolean;
}) {
  const words = useWords();
  const colours = coloursFor(report, useScheme());
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const cards = cardViews(report, words);
  return (
    <div className="cards" style={slide ? figureEms(cards) : undefined}>
      {cards.map((card) => (
        <article
          key={card.id}
          className="card"
          aria-labelledby={`card-${card.id}`}
          data-card={card.id}
          style={
            card.organisation
              ? { borderTopColor: colours.organisation(card.organisation) }
              : undefined
          }
        >
          <Heading className="card__title" id={`card-${card.id}`}>
            <FigureText text={card.title} />
          </Heading>
          {card.values.length === 1 && card.values[0] ? (
            <div className="card__figure">
              <p className="card__value">
                <FigureText text={card.values[0].value} />
              </p>
            </div>
          ) : (
            <dl className="card__pairs">
              {card.values.map((v) => (
                <div key={v.figureId}>
                  <dt>{v.label}</dt>
                  <dd className="card__value card__value--small">
                    <FigureText text={v.value} />
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {card.context && <p className="card__note">{card.context}</p>}
          <p className="card__source">
            {words.t('cards.sourceLink', {
              section: card.section,
              context: sectionContext(report, card.section),
            })}
          </p>
        </article>
      ))}
    </div>
  );
}
