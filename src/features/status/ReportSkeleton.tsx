import { useTranslation } from 'react-i18next';

/** Placeholder blocks with the page's final geometry, so nothing shifts when data lands. */
export function ReportSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{t('status.loading')}</span>
      <div className="cards" aria-hidden="true">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="card skeleton__block" />
        ))}
      </div>
      <div className="panel skeleton__block skeleton__block--tall" aria-hidden="true" />
    </div>
  );
}
