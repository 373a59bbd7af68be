import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../app/use-formatter';
import { reportIndexQuery } from '../../data/load-report';
import type { Report, ReportIndex } from '../../data/schema';
import { useDashboard } from '../../state/store';
import { LanguageSwitch } from './LanguageSwitch';
import { ShareControls } from './ShareControls';
import { ThemeSelect } from './ThemeSelect';

interface Props {
  report: Report | null;
  entry: ReportIndex['reports'][number] | null;
}

function ReportPicker({ current }: { current: string }) {
  const { t } = useTranslation();
  const lang = useDashboard((s) => s.lang);
  const setReport = useDashboard((s) => s.setReport);
  const fmt = useFormatter();
  const index = useQuery(reportIndexQuery);
  const reports = index.data?.reports ?? [];
  if (reports.length < 2) return null;
  return (
    <label className="report-picker">
      <span>{t('header.reportPicker')}</span>
      <select value={current} onChange={(e) => setReport(e.target.value)}>
        {reports.map((r) => (
          <option key={r.id} value={r.id}>
            {fmt.date(r.month)} · {r.title[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Title, publisher, month and the language switch: rendered whatever state the data is in. */
export function Header({ report, entry }: Props) {
  const { t } = useTranslation();
  const lang = useDashboard((s) => s.lang);
  const fmt = useFormatter();
  const title = report?.report.title[lang] ?? entry?.title[lang] ?? t('app.documentTitleLoading');
  const month = report?.report.month ?? entry?.month;
  return (
    <header className="masthead">
      <div className="masthead__text">
        <p className="masthead__eyebrow">
          {month && (
            <>
              <span className="visually-hidden">
                {t('app.labelled', { label: t('header.month') })}
              </span>
              <time dateTime={month.value}>{fmt.date(month)}</time>
            </>
          )}
        </p>
        <h1 className="masthead__title">{title}</h1>
        {/* Always present, so the header keeps its height while the report loads. */}
        <p className="masthead__publisher">
          {report
            ? t('header.publishedBy', {
                publisher: report.report.publisher[lang],
                partners: report.report.partners[lang],
              })
            : '\u00a0'}
        </p>
      </div>
      <div className="masthead__controls">
        {entry && <ReportPicker current={entry.id} />}
        <ShareControls ready={report !== null} />
        <ThemeSelect />
        <LanguageSwitch />
      </div>
    </header>
  );
}
