import type { Report } from '../../data/schema';
import { CardGrid } from '../../shared/CardGrid';
import { useWords } from '../../shared/use-words';

/** The headline figures the report file declares, in its order. */
export function HeadlineCards({ report }: { report: Report }) {
  const { t } = useWords();
  if (report.cards.length === 0) return null;
  return (
    <section className="cards-section" aria-labelledby="cards-heading">
      <h2 id="cards-heading" className="visually-hidden">
        {t('cards.heading')}
      </h2>
      <CardGrid report={report} />
    </section>
  );
}
