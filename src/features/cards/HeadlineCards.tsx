import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../app/use-formatter';
import { coloursFor } from '../../charts/theme';
import { indexReport } from '../../data/selectors';
import type { Figure, Report } from '../../data/schema';
import { useScheme } from '../use-scheme';

interface CardProps {
  title: string;
  /** The organisation's colour, the same as in every chart and chip. */
  colour?: string;
  section: number;
  children: ReactNode;
  id: string;
}

function Card({ title, colour, section, children, id }: CardProps) {
  const { t } = useTranslation();
  return (
    <article
      className="card"
      aria-labelledby={`card-${id}`}
      data-card={id}
      style={colour ? { borderTopColor: colour } : undefined}
    >
      <h3 className="card__title" id={`card-${id}`}>
        {title}
      </h3>
      {children}
      <p className="card__source">{t('cards.sourceLink', { section })}</p>
    </article>
  );
}

/**
 * The key figures as real text. Each card looks its figures up by id, so a report
 * that lacks one simply shows fewer cards.
 */
export function HeadlineCards({ report }: { report: Report }) {
  const { t } = useTranslation();
  const fmt = useFormatter();
  const { figures } = indexReport(report);
  const scheme = useScheme();
  const colours = coloursFor(report, scheme);
  const orgColour = (f: Figure | undefined): string | undefined => {
    const org = f?.organisations[0];
    return org ? colours.organisation(org) : undefined;
  };
  const get = (id: string): Figure | undefined => figures.get(id);
  const value = (f: Figure): string => fmt.figure(f);

  const venture = get('q1-venture-total');
  const ventureMultiple = get('q1-vs-previous-record');
  const gpt = get('gpt-5-4-osworld');
  const human = get('osworld-human-baseline');
  const gain = get('gpt-5-4-gain-over-gpt-5-2');
  const capex = get('meta-capex-2026');
  const capexMultiple = get('meta-capex-vs-last-year');
  const memory = get('turboquant-memory-reduction');
  const energy = get('neuro-symbolic-energy-reduction');
  const returns = get('us-retail-return-rate');
  const online = get('us-online-return-rate');

  return (
    <section className="cards-section" aria-labelledby="cards-heading">
      <h2 id="cards-heading" className="visually-hidden">
        {t('cards.heading')}
      </h2>
      <div className="cards">
        {venture && (
          <Card id="venture" title={t('cards.ventureTitle')} section={venture.provenance.section}>
            <p className="card__value">{value(venture)}</p>
            {ventureMultiple && (
              <p className="card__note">
                {t('cards.ventureNote', { multiple: value(ventureMultiple) })}
              </p>
            )}
          </Card>
        )}
        {gpt && human && (
          <Card
            id="osworld"
            colour={orgColour(gpt)}
            title={t('cards.osworldTitle')}
            section={gpt.provenance.section}
          >
            <p className="card__value">{value(gpt)}</p>
            <p className="card__note">{t('cards.osworldVs', { baseline: value(human) })}</p>
            {gain && <p className="card__note">{t('cards.osworldNote', { gain: value(gain) })}</p>}
          </Card>
        )}
        {capex && (
          <Card
            id="capex"
            colour={orgColour(capex)}
            title={t('cards.capexTitle')}
            section={capex.provenance.section}
          >
            <p className="card__value">{value(capex)}</p>
            {capexMultiple && (
              <p className="card__note">
                {t('cards.capexNote', { multiple: value(capexMultiple) })}
              </p>
            )}
          </Card>
        )}
        {(memory || energy) && (
          <Card
            id="efficiency"
            title={t('cards.efficiencyTitle')}
            section={(memory ?? energy)?.provenance.section ?? 0}
          >
            <dl className="card__pairs">
              {memory && (
                <div>
                  <dt>{t('cards.efficiencyMemory')}</dt>
                  <dd className="card__value card__value--small">{value(memory)}</dd>
                </div>
              )}
              {energy && (
                <div>
                  <dt>{t('cards.efficiencyEnergy')}</dt>
                  <dd className="card__value card__value--small">{value(energy)}</dd>
                </div>
              )}
            </dl>
          </Card>
        )}
        {returns && online && (
          <Card
            id="returns"
            colour={orgColour(returns)}
            title={t('cards.returnsTitle')}
            section={returns.provenance.section}
          >
            <dl className="card__pairs">
              <div>
                <dt>{t('cards.returnsOverall')}</dt>
                <dd className="card__value card__value--small">{value(returns)}</dd>
              </div>
              <div>
                <dt>{t('cards.returnsOnline')}</dt>
                <dd className="card__value card__value--small">{value(online)}</dd>
              </div>
            </dl>
          </Card>
        )}
      </div>
    </section>
  );
}
