import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useReport } from '../data/use-report';
import { HeadlineCards } from '../features/cards/HeadlineCards';
import { FiguresTable } from '../features/figures/FiguresTable';
import { Header } from '../features/header/Header';
import { LoadError } from '../features/status/LoadError';
import { ReportSkeleton } from '../features/status/ReportSkeleton';
import { ReportFooter } from '../features/status/ReportFooter';
import { useDashboard } from '../state/store';
import { PanelBoundary } from './PanelBoundary';

/** The page: the header always works; the body shows loading, an error, or the report. */
export function Dashboard() {
  const { t } = useTranslation();
  const lang = useDashboard((s) => s.lang);
  const { entry, report, failed, unknownId } = useReport();
  const data = report.data;

  useEffect(() => {
    document.title = data
      ? t('app.documentTitle', { title: data.report.title[lang] })
      : t('app.documentTitleLoading');
  }, [data, lang, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header report={data ?? null} entry={entry} />
      <main id="main" className="page" tabIndex={-1}>
        {unknownId && (
          <p className="notice" role="status">
            {t('status.unknownReport', { id: unknownId })}
          </p>
        )}
        {failed ? (
          <LoadError
            error={failed.error}
            onRetry={() => void failed.refetch()}
            retrying={failed.isFetching}
          />
        ) : !data ? (
          <ReportSkeleton />
        ) : (
          <>
            <PanelBoundary name="cards">
              <HeadlineCards report={data} />
            </PanelBoundary>
            <PanelBoundary name="figures">
              <FiguresTable report={data} />
            </PanelBoundary>
            <ReportFooter report={data} />
          </>
        )}
      </main>
    </>
  );
}
