import { useWords } from '../../shared/use-words';

/** Placeholder blocks in the page's final geometry, so nothing shifts when the data lands. */
export function ReportSkeleton() {
  const { t } = useWords();
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{t('status.loading')}</span>
      <div className="cards" aria-hidden="true">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="card skeleton__block" />
        ))}
      </div>
      <LayoutSkeleton />
    </div>
  );
}

/** The filters and charts area, in its final geometry, before it has drawn. */
export function LayoutSkeleton() {
  return (
    <div className="layout" aria-hidden="true">
      <div className="layout__sidebar">
        <div className="panel skeleton__block skeleton__block--tall" />
      </div>
      <div className="layout__main">
        {/* Phones: the filter button's strip, where the app draws it (styles.css shows it). */}
        <div className="filter-strip filter-strip--placeholder">
          <div className="filter-strip__bar">
            <span className="button filter-strip__button skeleton__block" />
          </div>
        </div>
        <div className="panel skeleton__block skeleton__block--tall" />
      </div>
    </div>
  );
}
