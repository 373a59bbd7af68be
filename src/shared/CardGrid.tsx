import { coloursFor } from '../charts/theme';
import { cardViews } from '../data/cards';
import { sectionContext } from '../data/story-text';
import type { Report } from '../data/schema';
import { useScheme } from './use-scheme';
import { useWords } from './use-words';

/**
 * The headline cards as real text: the dashboard's first screen and the presentation's
 * second slide. Each card's border takes its organisation's colour, as in every chart.
 */
export function CardGrid({ report, headingLevel = 3 }: { report: Report; headingLevel?: 3 | 2 }) {
  const words = useWords();
  const colours = coloursFor(report, useScheme());
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="cards">
      {cardViews(report, words).map((card) => (
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
            {card.title}
          </Heading>
          {card.values.length === 1 && card.values[0] ? (
            <p className="card__value">{card.values[0].value}</p>
          ) : (
            <dl className="card__pairs">
              {card.values.map((v) => (
                <div key={v.figureId}>
                  <dt>{v.label}</dt>
                  <dd className="card__value card__value--small">{v.value}</dd>
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
